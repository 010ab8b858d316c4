import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, testAccounts, uniqueName, useSession, type Session } from "../support/curator-sessions";
import { launchBrowser, screenshot } from "../support/browser";
import { openTestDatabase } from "../support/database";
import { BASE_URL } from "../support/env";

/**
 * New names on the Import page in Chromium: a curator imports a document written for the test
 * (tests/fixtures/ingest/brioni-names.txt), sees its new names in the last check, confirms one
 * as a new person and merges another into the actor suggested; the proposals that waited for
 * them are in the review queue, where a second curator accepts one, and it is on the explorer's
 * graph. Everything the file made leaves the shared database with its accounts.
 */
const PASSWORD = "correct horse battery staple 42";
const DOC_PREFIX = "doc-1956-08-02-import-names-";
const ACTOR_PREFIX = "t-import-names-";
const FIXTURE = fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", "ingest", "brioni-names.txt"), "utf8");

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

async function removeAll(): Promise<void> {
  const database = openTestDatabase();
  try {
    await database.writeTx(async (tx) => {
      const prefix = DOC_PREFIX;
      await tx.run(
        `MATCH (s:Statement)-[:IN]->(:Passage)-[:PART_OF]->(d:Document) WHERE d.id STARTS WITH $prefix
         OPTIONAL MATCH (r:Revision {subject: s.id}) DETACH DELETE r, s`,
        { prefix },
      );
      await tx.run("MATCH (n) WHERE (n:NameCandidate OR n:HeldProposal) AND n.document STARTS WITH $prefix DETACH DELETE n", { prefix });
      await tx.run("MATCH (p:Passage)-[:PART_OF]->(d:Document) WHERE d.id STARTS WITH $prefix DETACH DELETE p", { prefix });
      await tx.run("MATCH (d:Document) WHERE d.id STARTS WITH $prefix DETACH DELETE d", { prefix });
      await tx.run("MATCH (a:Actor) WHERE a.id STARTS WITH $actor OPTIONAL MATCH (r:Revision {subject: a.id}) DETACH DELETE r, a", { actor: ACTOR_PREFIX });
      await tx.run(
        `MATCH (k:Actor {id: 'khrushchev'}) WHERE 'Hruschev' IN k.aliases
         SET k.aliases = [x IN k.aliases WHERE x <> 'Hruschev'], k.aliasText = replace(k.aliasText, ' | Hruschev', '')`,
      );
    });
  } finally {
    await database.close();
  }
}

describe("new names on the Import page", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;
  let importer: Session;
  let reviewer: Session;
  const run = uniqueName("in");
  const accounts = testAccounts("in-");
  const documentId = `${DOC_PREFIX}${run}`;
  const actorId = `${ACTOR_PREFIX}${run}`;

  beforeAll(async () => {
    await removeAll();
    ({ browser, close } = await launchBrowser());
    await accounts.add(`${run}-ana`, "curator", PASSWORD);
    await accounts.add(`${run}-bora`, "curator", PASSWORD);
    importer = await signIn(`${run}-ana`, PASSWORD);
    reviewer = await signIn(`${run}-bora`, PASSWORD);
  }, 180_000);
  afterAll(async () => {
    await close?.();
    await accounts.removeAll();
    await removeAll();
  });

  it("imports a document, confirms one new name and merges another, each announced", async () => {
    await useSession(browser, importer);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/import`);
    await page.getByTestId("import-desk").waitFor();
    // A passage of the run's own keeps the text apart from any earlier run's.
    await page.getByLabel("Text").fill(`${FIXTURE}\nThe notes were filed on the second day, copy ${run.replace(/\D/g, "")}.`);
    await page.getByLabel("Title").fill("Notes on the talks at Brioni");
    await page.getByLabel("Date").fill("1956-08-02");
    await page.getByLabel("Id").fill(documentId);
    await page.getByLabel("Author").fill("Mićunović");
    await page.getByRole("button", { name: "Check" }).click();

    const names = page.getByTestId("import-new-name");
    await poll(() => names.count()).toBe(3);
    expect(await names.allTextContents()).toEqual([
      expect.stringContaining("Ilse Berg"),
      expect.stringContaining("Brioni"),
      expect.stringMatching(/Hruschev.*perhaps Nikita Khrushchev: another transliteration of "Khrushchev"/),
    ]);
    await page.getByTestId("import-new-names").scrollIntoViewIfNeeded();
    await screenshot(page, "import-new-names-preview");

    await page.getByRole("button", { name: "Import" }).click();
    await poll(() => page.getByTestId("import-written").textContent()).toContain("3 new names wait for you below, and 3 proposals wait for them");
    const panel = page.getByTestId("name-candidates");
    const ilse = panel.locator('[data-testid="name-candidate"][data-name="Ilse Berg"]');
    await ilse.waitFor();
    expect(await ilse.textContent()).toContain("2 proposals wait for it");
    expect(await ilse.getByRole("link", { name: /passage 2 of/ }).getAttribute("href")).toBe(`/documents/${documentId}#p2`);
    await ilse.scrollIntoViewIfNeeded();
    await screenshot(page, "import-new-names-waiting");

    // Confirm from the keyboard: the form opens with the name focused, defaults from the guess.
    await ilse.getByRole("button", { name: "Confirm…" }).click();
    expect(await ilse.getByTestId("confirm-name").evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await ilse.getByTestId("confirm-kind").inputValue()).toBe("person");
    await ilse.getByTestId("confirm-id").fill(actorId);
    await ilse.getByTestId("confirm-id").press("Enter");
    const announcement = page.getByTestId("names-announcement");
    await poll(() => announcement.textContent()).toContain("Confirmed Ilse Berg: 2 proposed statements written.");
    await poll(() => ilse.count()).toBe(0);

    const hruschev = panel.locator('[data-testid="name-candidate"][data-name="Hruschev"]');
    await hruschev.getByRole("button", { name: "Merge into…" }).click();
    expect(await hruschev.getByTestId("merge-target").textContent()).toBe("Nikita Khrushchev");
    await screenshot(page, "import-new-names-merge");
    await hruschev.getByTestId("merge-submit").click();
    await poll(() => announcement.textContent()).toContain("Merged Hruschev into Nikita Khrushchev: 1 proposed statement written.");

    // A refusal is said in words where the decision was made.
    const brioni = panel.locator('[data-testid="name-candidate"][data-name="Brioni"]');
    await brioni.getByRole("button", { name: "Confirm…" }).click();
    await brioni.getByTestId("confirm-id").fill("tito");
    await brioni.getByTestId("confirm-submit").click();
    await poll(() => brioni.getByTestId("name-error").textContent()).toContain('id "tito" already exists');

    // Opened again, the page still lists what waits.
    await page.reload();
    await poll(() => page.getByTestId("name-candidates").locator('[data-testid="name-candidate"][data-name="Brioni"]').count()).toBe(1);
    await page.close();
  });

  it("shows the written proposals in the review queue, and the accepted one on the explorer's graph", async () => {
    await useSession(browser, reviewer);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/review?doc=${documentId}`);
    const items = page.getByTestId("review-item");
    await poll(() => items.count()).toBe(4);
    const found = items.filter({ hasText: "had betrayed the cause of socialism" });
    expect(await found.textContent()).toContain("Ilse Berg");
    // Proposed by the curator who confirmed the name, not by "import".
    expect(await found.textContent()).toContain(`by ${run}-ana`);
    const ilseOnTito = page.locator(`[data-testid="review-item"][data-statement="${await found.getAttribute("data-statement")}"]`);
    await ilseOnTito.scrollIntoViewIfNeeded();
    await screenshot(page, "import-new-names-review");
    await ilseOnTito.getByRole("button", { name: /Accept/ }).click();
    await poll(() => ilseOnTito.getAttribute("data-status")).toBe("accepted");

    await page.goto(`${BASE_URL}/?sel=${actorId}->tito`);
    await page.getByTestId("statement-list").waitFor();
    await poll(() => page.getByTestId("quote").allTextContents()).toContainEqual(expect.stringContaining("had betrayed the cause of socialism"));
    await page.close();
  });
});
