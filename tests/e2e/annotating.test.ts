import { spawnSync } from "node:child_process";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
import { removeTestAccounts } from "../support/accounts";
import { openTestDatabase } from "../support/database";
import { BASE_URL } from "../support/env";

/**
 * The curator's story in Chromium, against the built app and a real Neo4j: a curator selects a
 * quote in the reader with the mouse and proposes a statement, edits it; a second curator accepts
 * it in the review queue; it appears on the explorer's edge; an admin reverts the acceptance in
 * its History tab, and it leaves the explorer; the history shows every step.
 */

const DOCUMENT = "doc-1956-10-06-khrushchev-note";
const QUOTE = "I think that our positions might draw closer together, and I think that they will";
/** This file's accounts share a prefix, so that its cleanup removes exactly its own. */
const PREFIX = "an-";
const RUN = Date.now().toString(36);
const ACCOUNTS = {
  alice: { username: `${PREFIX}alice-${RUN}`, password: "alice-passphrase-1", role: "curator" },
  bob: { username: `${PREFIX}bob-${RUN}`, password: "bob-passphrase-22", role: "curator" },
  root: { username: `${PREFIX}root-${RUN}`, password: "root-passphrase-333", role: "admin" },
} as const;

/** Accounts are made as an operator makes them: `npm run users -- add`, the password on standard input. */
function addAccount({ username, password, role }: { username: string; password: string; role: string }): void {
  const tsx = path.resolve(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, ["scripts/users.ts", "add", username, "--role", role], {
    input: `${password}\n`,
    encoding: "utf8",
    cwd: path.resolve(import.meta.dirname, "..", ".."),
  });
  if (result.status !== 0) throw new Error(`users add ${username} failed: ${result.stderr}`);
}

/** Signs in on the sign-in page; whoever was signed in in this browser before is signed out. */
async function signIn(browser: BrowserContext, account: { username: string; password: string }): Promise<Page> {
  await browser.clearCookies();
  const page = await browser.newPage();
  await page.goto(`${BASE_URL}/sign-in`);
  await page.getByLabel("Username").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  return page;
}

/** Drags the mouse over `text` in the reader, as a person selects words. */
async function selectWithMouse(page: Page, text: string): Promise<void> {
  const ends = await page.evaluate((wanted) => {
    for (const p of document.querySelectorAll<HTMLElement>("[data-passage-index]")) {
      const at = (p.textContent ?? "").indexOf(wanted);
      if (at < 0) continue;
      const charRect = (offset: number) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (offset < seen + length) {
            const range = document.createRange();
            range.setStart(node, offset - seen);
            range.setEnd(node, offset - seen + 1);
            const r = range.getBoundingClientRect();
            return { left: r.left, right: r.right, y: r.top + r.height / 2 };
          }
          seen += length;
        }
        throw new Error("offset past the text");
      };
      p.scrollIntoView({ block: "center" });
      return { first: charRect(at), last: charRect(at + wanted.length - 1) };
    }
    throw new Error(`"${wanted}" is in no passage`);
  }, text);
  await page.mouse.move(ends.first.left + 0.5, ends.first.y);
  await page.mouse.down();
  await page.mouse.move(ends.last.right - 0.5, ends.last.y, { steps: 12 });
  await page.mouse.up();
}

/** The quotes the explorer lists as the evidence of the edge from one actor to another. */
async function edgeQuotes(page: Page, from: string, to: string): Promise<string[]> {
  await page.goto(`${BASE_URL}/?sel=${from}->${to}`);
  await page.getByTestId("statement-list").waitFor();
  return page.getByTestId("quote").allTextContents();
}

describe("a curator annotates in the reader, another accepts, an admin reverts", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;
  let statementId = "";

  beforeAll(async () => {
    for (const account of Object.values(ACCOUNTS)) addAccount(account);
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close?.();
    const database = openTestDatabase();
    await removeTestAccounts(database, PREFIX).finally(() => database.close());
  });

  it("proposes a statement from a quote selected with the mouse", async () => {
    const page = await signIn(browser, ACCOUNTS.alice);
    await page.goto(`${BASE_URL}/documents/${DOCUMENT}`);
    await page.getByTestId("annotation-bar").waitFor();
    await selectWithMouse(page, QUOTE);
    await page.getByTestId("annotate-selection").click();
    const form = page.getByTestId("annotation-form");
    await form.waitFor();
    expect(await form.getByTestId("draft-quote").textContent()).toBe(`“${QUOTE}”`);

    await form.getByTestId("speaker-search").fill("Broz");
    await form.getByRole("option", { name: /Tito/ }).first().waitFor();
    await page.keyboard.press("Enter");
    await form.getByTestId("target-search").fill("Hruščov");
    await form
      .getByRole("option", { name: /Khrushchev/ })
      .first()
      .waitFor();
    await page.keyboard.press("Enter");
    await form.getByTestId("stance").selectOption("support");
    await form.getByTestId("intensity").selectOption("1");
    await form.getByLabel("Topics, comma-separated").fill("ideology, party-relations");
    // Saving waits for the document's statements, after which the new one is numbered.
    await expect.poll(() => form.getByTestId("save-statement").isEnabled(), { timeout: 15_000 }).toBe(true);
    await screenshot(page, "annotation-form");
    await form.getByTestId("save-statement").click();

    await expect
      .poll(() => page.getByTestId("annotation-notice").textContent(), { timeout: 15_000 })
      .toMatch(/saved as proposed/);
    statementId = /Statement (\S+) saved/.exec((await page.getByTestId("annotation-notice").textContent()) ?? "")![1]!;
    expect(statementId).toMatch(/^s-1956-10-06-khrushchev-note-\d{3}$/);
    const mark = page.locator(`mark[data-statement="${statementId}"]`);
    await mark.first().waitFor();
    expect(await mark.first().getAttribute("data-status")).toBe("proposed");
    await page.close();
  });

  it("edits it against its version, and a stale edit is refused with a way to load the latest", async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/documents/${DOCUMENT}`);
    const stale = await browser.newPage();
    await stale.goto(`${BASE_URL}/documents/${DOCUMENT}`);
    for (const p of [page, stale]) {
      await p.locator(`button[data-statement="${statementId}"]`).click();
      await p.getByTestId("statement-panel").getByTestId("save-changes").waitFor();
    }

    await page.getByLabel("Note on the reading").fill("Tito's hope that the differences will close, said at the dinner.");
    await page.getByTestId("edit-reason").fill("A note on the occasion");
    await page.getByTestId("save-changes").click();
    await expect.poll(() => page.getByTestId("statement-notice").textContent(), { timeout: 15_000 }).toMatch(/Saved/);

    await stale.getByLabel("Note on the reading").fill("A different note.");
    await stale.getByTestId("save-changes").click();
    await stale.getByTestId("conflict").waitFor();
    await stale.getByTestId("load-latest").click();
    await expect.poll(() => stale.getByLabel("Note on the reading").inputValue(), { timeout: 15_000 }).toMatch(/^Tito's hope/);
    await page.close();
    await stale.close();
  });

  it("is accepted by a second curator in the review queue and appears on the explorer's edge with its quote", async () => {
    const page = await signIn(browser, ACCOUNTS.bob);
    await page.goto(`${BASE_URL}/review?curator=${ACCOUNTS.alice.username}`);
    const item = page.locator(`[data-testid="review-item"][data-statement="${statementId}"]`);
    await item.waitFor();
    await expect
      .poll(() => page.locator('[data-testid="review-item"][aria-current="true"]').getAttribute("data-statement"), {
        timeout: 15_000,
      })
      .toBe(statementId);
    await page.keyboard.press("a");
    await expect.poll(() => item.getAttribute("data-status"), { timeout: 15_000 }).toBe("accepted");
    expect(await edgeQuotes(page, "tito", "khrushchev")).toContainEqual(expect.stringContaining(QUOTE));
    await page.close();
  });

  it("leaves the explorer when an admin reverts the acceptance in its History tab, which shows every step", async () => {
    const page = await signIn(browser, ACCOUNTS.root);
    await page.goto(`${BASE_URL}/documents/${DOCUMENT}`);
    await page.locator(`button[data-statement="${statementId}"]`).click();
    const panel = page.getByTestId("statement-panel");
    await panel.getByTestId("tab-history").click();
    const accept = panel.locator('[data-testid="revision"][data-action="accept"]');
    await accept.getByTestId("revert-open").click();
    await accept.getByTestId("revert-reason").fill("Accepted before the passage was checked against the original");
    await accept.getByTestId("revert-confirm").click();
    await panel.locator('[data-testid="revision"][data-action="revert"]').waitFor();
    const actions = await panel.getByTestId("revision").evaluateAll((items) => items.map((i) => i.getAttribute("data-action")));
    expect(actions).toEqual(["create", "update", "accept", "revert"]);
    const text = (await panel.getByTestId("history").textContent()) ?? "";
    for (const who of [ACCOUNTS.alice.username, ACCOUNTS.bob.username, ACCOUNTS.root.username]) expect(text).toContain(who);
    expect(text).toContain("A note on the occasion");
    // The text follows: the statement is marked as proposed again.
    await expect
      .poll(() => page.locator(`mark[data-statement="${statementId}"]`).first().getAttribute("data-status"), { timeout: 15_000 })
      .toBe("proposed");
    await screenshot(page, "statement-history");

    expect(await edgeQuotes(page, "tito", "khrushchev")).not.toContainEqual(expect.stringContaining(QUOTE));
    await page.close();
  });

  it("annotates from the keyboard: a paragraph's own text to choose the quote in, Escape to close", async () => {
    const page = await signIn(browser, ACCOUNTS.alice);
    await page.goto(`${BASE_URL}/documents/${DOCUMENT}`);
    const annotate = page.getByRole("button", { name: /^Annotate paragraph 3 / });
    await annotate.focus();
    await page.keyboard.press("Enter");
    const chooser = page.getByTestId("quote-chooser");
    await expect.poll(() => chooser.evaluate((el) => el === document.activeElement)).toBe(true);
    const text = await chooser.inputValue();
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < 24; i++) await page.keyboard.press("Shift+ArrowRight");
    await expect.poll(() => page.getByTestId("draft-quote").textContent()).toBe(`“${text.slice(0, 24).trim()}”`);
    await page.keyboard.press("Escape");
    await page.getByTestId("annotation-form").waitFor({ state: "detached" });
    expect(await annotate.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it("gives anonymous readers today's reader, without the annotation code", async () => {
    await browser.clearCookies();
    const page = await browser.newPage();
    const scripts: Promise<string>[] = [];
    page.on("response", (r) => void (r.request().resourceType() === "script" && scripts.push(r.text().catch(() => ""))));
    await page.goto(`${BASE_URL}/documents/${DOCUMENT}?statement=s-1956-10-06-khrushchev-note-001`);
    await page.getByTestId("marked-quote").first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("annotation-bar").count()).toBe(0);
    expect(await page.getByTestId("annotate-passage").count()).toBe(0);
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((b) => b.includes("Annotating as"))).toEqual([]);
    await page.close();
  });
});
