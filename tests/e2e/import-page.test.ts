import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, testAccounts, uniqueName, useSession, type Session } from "../support/curator-sessions";
import { launchBrowser, screenshot } from "../support/browser";
import { openTestDatabase, removeStatementsOf } from "../support/database";
import { BASE_URL } from "../support/env";

/**
 * The Import page in Chromium: a curator pastes a short document written for the test, checks
 * it, sees its passages, mentions and proposals, and imports it; a second curator accepts the
 * proposal in the review queue; the statement is then on the explorer's edge with its quote. The
 * imported document leaves the shared database with the file's accounts.
 */
const PASSWORD = "correct horse battery staple 42";
const DOC_PREFIX = "doc-1956-11-14-import-page-";
const QUOTE = "Khrushchev was a friend of peace";

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

async function removeImports(): Promise<void> {
  const database = openTestDatabase();
  try {
    await database.writeTx(async (tx) => {
      await removeStatementsOf(tx, "d.id STARTS WITH $prefix", { prefix: DOC_PREFIX });
      await tx.run("MATCH (p:Passage)-[:PART_OF]->(d:Document) WHERE d.id STARTS WITH $prefix DETACH DELETE p", { prefix: DOC_PREFIX });
      await tx.run("MATCH (d:Document) WHERE d.id STARTS WITH $prefix DETACH DELETE d", { prefix: DOC_PREFIX });
    });
  } finally {
    await database.close();
  }
}

describe("importing a document on the Import page", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;
  let importer: Session;
  let reviewer: Session;
  const run = uniqueName("ip");
  const accounts = testAccounts("ip-");
  const documentId = `${DOC_PREFIX}${run}`;
  let statementId = "";

  beforeAll(async () => {
    await removeImports();
    ({ browser, close } = await launchBrowser());
    await accounts.add(`${run}-vera`, "curator", PASSWORD);
    await accounts.add(`${run}-milan`, "curator", PASSWORD);
    importer = await signIn(`${run}-vera`, PASSWORD);
    reviewer = await signIn(`${run}-milan`, PASSWORD);
  }, 180_000);
  afterAll(async () => {
    await close?.();
    await accounts.removeAll();
    await removeImports();
  });

  it("asks a reader to sign in as a curator", async () => {
    await useSession(browser, null);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/import`);
    const prompt = page.getByTestId("import-sign-in");
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain("Sign in as a curator");
    expect(await prompt.getByRole("link", { name: "Sign in as a curator" }).getAttribute("href")).toBe("/sign-in?next=/import");
    await page.close();
  });

  it("checks a pasted text, shows its passages, mentions and proposals, and imports it", async () => {
    await useSession(browser, importer);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/`);
    await page.getByTestId("import-link").click();
    await page.getByTestId("import-desk").waitFor();
    expect(page.url()).toBe(`${BASE_URL}/import`);

    await page.getByLabel("Text").fill(`At the meeting Kardelj stated that ${QUOTE}.\n\nFiled as ${run}.`);
    await page.getByLabel("Title").fill("Import page test");
    await page.getByLabel("Date").fill("1956-11-14");
    await page.getByLabel("Id").fill(documentId);
    // The author reports Kardelj's words: reported speech is written with its reporter.
    await page.getByLabel("Author").fill("Mićunović");
    expect(await page.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);

    await page.getByLabel("Date").fill("1956-14-02");
    await page.getByRole("button", { name: "Check" }).click();
    await poll(() => page.getByTestId("import-error").textContent()).toContain('date "1956-14-02" is not a date');
    await page.getByLabel("Date").fill("1956-11-14");
    await page.getByLabel("Date").press("Enter");

    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    const passages = page.getByTestId("import-passages").locator("li");
    expect(await passages.count()).toBe(2);
    expect(await passages.first().locator("mark").allTextContents()).toEqual(["Kardelj", "Khrushchev"]);
    expect(await passages.first().locator("mark").first().getAttribute("data-actor")).toBe("kardelj");
    const proposal = page.getByTestId("import-proposal").filter({ hasText: /Kardelj → Nikita Khrushchev/ });
    expect(await proposal.count()).toBe(1);
    const text = (await proposal.textContent()) ?? "";
    expect(text).toContain("support");
    expect(text).toContain("reported by Veljko Mićunović");
    expect(text).toContain(QUOTE);
    expect(text).toMatch(/Confidence 0\.\d\d · .*stated/);
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, "import-preview");

    await page.getByRole("button", { name: "Import" }).click();
    const written = page.getByTestId("import-written");
    await written.waitFor();
    expect(await written.textContent()).toContain(`Imported ${documentId}: 2 passages`);
    expect(await page.getByTestId("import-review-link").getAttribute("href")).toBe(`/review?doc=${documentId}`);
    const database = openTestDatabase();
    try {
      const rows = await database.read(
        "MATCH (s:Statement {status: 'proposed'})-[:IN]->(:Passage)-[:PART_OF]->(:Document {id: $id}) MATCH (s)-[:BY]->(:Actor {id: 'kardelj'}) RETURN s.id AS id",
        { id: documentId },
      );
      expect(rows.length).toBe(1);
      statementId = rows[0]!.get("id") as string;
    } finally {
      await database.close();
    }
    await page.close();
  });

  it("is accepted by a second curator in the review queue and appears on the explorer's edge with its quote", async () => {
    expect(statementId).not.toBe("");
    await useSession(browser, reviewer);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/review?doc=${documentId}`);
    const item = page.locator(`[data-testid="review-item"][data-statement="${statementId}"]`);
    await item.waitFor();
    await item.getByRole("button", { name: /Accept/ }).click();
    await poll(() => item.getAttribute("data-status")).toBe("accepted");

    await page.goto(`${BASE_URL}/?sel=kardelj->khrushchev`);
    await page.getByTestId("statement-list").waitFor();
    await poll(() => page.getByTestId("quote").allTextContents()).toContainEqual(expect.stringContaining(QUOTE));
    await page.close();
  });
});
