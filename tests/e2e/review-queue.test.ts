import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  asAdminToken,
  propose,
  quotesFrom,
  signIn,
  testAccounts,
  uniqueName,
  useSession,
  type Session,
} from "../support/curator-sessions";
import { launchBrowser, screenshot } from "../support/browser";
import { BASE_URL } from "../support/env";

const MEMORANDUM = "doc-1957-04-15-hoxha-khrushchev-memorandum";
const LETTER = "doc-1954-09-23-khrushchev-letter-to-tito";
const PASSWORD = "correct horse battery staple 42";

interface Stored {
  statement: {
    status: string;
    statusBy: string | null;
    version: number;
    intensity: number;
    note: string | null;
    proposedBy: string | null;
  };
}
const stored = async (id: string) =>
  (
    await asAdminToken<Stored>("query ($id: ID!) { statement(id: $id) { status statusBy version intensity note proposedBy } }", {
      id,
    })
  ).data!.statement;

/** Waits for what the page shows: up to 15 s, since a loaded machine answers slower than the 1 s default. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
const items = (page: Page) => page.getByTestId("review-item");
const item = (page: Page, id: string) => page.locator(`[data-testid="review-item"][data-statement="${id}"]`);
const currentId = (page: Page) => page.locator('[data-testid="review-item"][aria-current="true"]').getAttribute("data-statement");

describe("the review queue in Chromium", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;
  let proposer: Session;
  let reviewer: Session;
  let admin: Session;
  const run = uniqueName("rq");
  const accounts = testAccounts("rq-");
  const ids = { first: `${run}-1`, second: `${run}-2`, third: `${run}-3`, elsewhere: `${run}-4` };

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
    await accounts.add(`${run}-ana`, "curator", PASSWORD);
    await accounts.add(`${run}-boris`, "curator", PASSWORD);
    await accounts.add(`${run}-dora`, "admin", PASSWORD);
    proposer = await signIn(`${run}-ana`, PASSWORD);
    reviewer = await signIn(`${run}-boris`, PASSWORD);
    admin = await signIn(`${run}-dora`, PASSWORD);
    const [a, b, c] = await quotesFrom(MEMORANDUM, 3);
    const [d] = await quotesFrom(LETTER, 1);
    // Oldest first: proposed in this order, one a little after the other.
    await propose(proposer, { id: ids.first, speaker: "hoxha", target: "tito", stance: "oppose", intensity: -1, ...a! });
    await propose(proposer, { id: ids.second, speaker: "hoxha", target: "khrushchev", stance: "support", intensity: 1, ...b! });
    await propose(proposer, { id: ids.third, speaker: "khrushchev", target: "hoxha", stance: "oppose", intensity: -1, ...c! });
    await propose(proposer, { id: ids.elsewhere, speaker: "khrushchev", target: "tito", stance: "support", intensity: 1, ...d! });
  }, 180_000);
  afterAll(async () => {
    await close?.();
    await accounts.removeAll();
  });

  it("asks an anonymous visitor to sign in as a curator", async () => {
    await useSession(browser, null);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/review`);
    const prompt = page.getByTestId("review-sign-in");
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain("Sign in as a curator");
    expect(await page.getByRole("link", { name: "Sign in as a curator" }).getAttribute("href")).toBe("/sign-in?next=/review");
    expect(await page.getByTestId("review-item").count()).toBe(0);
    await page.close();
  });

  it("shows a curator that their own proposal awaits another curator, and refuses their decision", async () => {
    await useSession(browser, proposer);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/review?curator=${proposer.username}`);
    await item(page, ids.first).waitFor();
    expect(await item(page, ids.first).getByTestId("review-own").textContent()).toBe(
      "You proposed this statement: another curator must review it.",
    );
    expect(
      await item(page, ids.first)
        .getByRole("button", { name: /Accept/ })
        .isDisabled(),
    ).toBe(true);
    expect(
      await item(page, ids.first)
        .getByRole("button", { name: /Reject/ })
        .isDisabled(),
    ).toBe(true);
    await page.keyboard.press("a");
    await expect
      .poll(() => item(page, ids.first).getByTestId("review-notice").textContent())
      .toContain("another curator must review it");
    expect((await stored(ids.first)).status).toBe("proposed");
    await page.close();
  });

  it("lets another curator work through the queue by keyboard alone: filter, accept, reject with a reason, edit", async () => {
    await useSession(browser, reviewer);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/review?curator=${proposer.username}`);
    await item(page, ids.first).waitFor();
    expect(await items(page).count()).toBe(4);
    expect(await page.getByTestId("review-counts").textContent()).toContain("4 proposals left under these filters");
    // Each with its passage, the quote marked, and a link to it in the reader.
    const first = item(page, ids.first);
    expect(await first.locator("mark").count()).toBe(1);
    expect(await first.getByTestId("review-reader-link").getAttribute("href")).toContain(
      `/documents/${MEMORANDUM}?statement=${ids.first}#p`,
    );
    expect(await first.getByTestId("review-proposer").textContent()).toContain(`by ${proposer.username}`);

    // The document filter, kept in the URL; the statement from the other document goes.
    await page.getByTestId("review-filter-document").selectOption(MEMORANDUM);
    await page.waitForURL((url) => url.searchParams.get("doc") === MEMORANDUM);
    await poll(() => items(page).count()).toBe(3);
    expect(new URL(page.url()).searchParams.get("curator")).toBe(proposer.username);
    await screenshot(page, "review-desktop");

    // The keys are there to be read.
    await page.keyboard.press("?");
    await page.getByTestId("review-keys").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("review-keys").waitFor({ state: "detached" });

    await poll(() => currentId(page)).toBe(ids.first);
    await page.keyboard.press("a");
    await poll(() => item(page, ids.first).getAttribute("data-status")).toBe("accepted");
    // The decision moves on to the next, and the decided one stays in view with its status.
    await poll(() => currentId(page)).toBe(ids.second);

    await page.keyboard.press("r");
    await page.getByTestId("reject-reason").waitFor();
    await page.keyboard.type("The passage is Hoxha's thanks, not a stance toward Khrushchev.");
    await page.keyboard.press("Enter");
    await poll(() => item(page, ids.second).getAttribute("data-status")).toBe("rejected");
    await poll(() => currentId(page)).toBe(ids.third);

    await page.keyboard.press("e");
    await page.getByTestId("review-edit").waitFor();
    await page.keyboard.press("Tab"); // from the stance to the intensity
    await page.keyboard.press("Control+a");
    await page.keyboard.type("-2");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Tab"); // mode, qualifier, date, topics, note
    await page.keyboard.type("Read as strong: an accusation.");
    await page.keyboard.press("Control+Enter");
    await page.getByTestId("review-edit").waitFor({ state: "detached" });
    await poll(() => item(page, ids.third).getByTestId("review-notice").textContent()).toContain("Saved as version 2");
    expect(await item(page, ids.third).getAttribute("data-status")).toBe("proposed");
    expect(await page.getByTestId("review-counts").textContent()).toContain(
      "1 proposal left under these filters · 2 decided here",
    );

    // What the server holds: who decided, the edit with its new version.
    expect(await stored(ids.first)).toMatchObject({ status: "accepted", statusBy: reviewer.username });
    expect(await stored(ids.second)).toMatchObject({ status: "rejected", statusBy: reviewer.username });
    expect(await stored(ids.third)).toMatchObject({
      status: "proposed",
      version: 2,
      intensity: -2,
      note: "Read as strong: an accusation.",
    });
    expect(await stored(ids.elsewhere)).toMatchObject({ status: "proposed", version: 1 });
    await page.close();
  });

  it("says plainly when another save came first, and shows the latest version", async () => {
    await useSession(browser, reviewer);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/review?curator=${proposer.username}&doc=${LETTER}`);
    await item(page, ids.elsewhere).waitFor();
    // The proposer edits the statement after the reviewer opened it.
    const edit = await proposer.ask(
      'mutation ($id: ID!) { updateStatement(id: $id, changes: { note: "Checked again." }, version: 1) { version } }',
      { id: ids.elsewhere },
    );
    expect(edit.errors).toBeUndefined();
    await page.keyboard.press("a");
    const notice = item(page, ids.elsewhere).getByTestId("review-notice");
    await poll(() => notice.textContent()).toContain("Someone else saved this statement after you opened it");
    expect(await notice.textContent()).toContain("version 2");
    expect(await item(page, ids.elsewhere).textContent()).toContain("Checked again.");
    expect((await stored(ids.elsewhere)).status).toBe("proposed");
    await page.close();
  });

  it("undoes a decision right after it: an admin's undo reverts it, a curator's says who can", async () => {
    const open = async (session: Session) => {
      await useSession(browser, session);
      const page = await browser.newPage();
      await page.goto(`${BASE_URL}/review?curator=${proposer.username}&doc=${LETTER}`);
      await item(page, ids.elsewhere).waitFor();
      return page;
    };
    const byAdmin = await open(admin);
    await byAdmin.keyboard.press("a");
    await poll(() => item(byAdmin, ids.elsewhere).getAttribute("data-status")).toBe("accepted");
    await byAdmin.keyboard.press("u");
    await poll(() => item(byAdmin, ids.elsewhere).getAttribute("data-status")).toBe("proposed");
    expect(await item(byAdmin, ids.elsewhere).getByTestId("review-notice").textContent()).toContain("The accept was reverted");
    await byAdmin.close();

    const byCurator = await open(reviewer);
    await byCurator.keyboard.press("a");
    await poll(() => item(byCurator, ids.elsewhere).getAttribute("data-status")).toBe("accepted");
    await byCurator.keyboard.press("u");
    await expect
      .poll(() => item(byCurator, ids.elsewhere).getByTestId("review-notice").textContent())
      .toContain("Only an admin can undo a decision");
    expect(await item(byCurator, ids.elsewhere).getAttribute("data-status")).toBe("accepted");
    await byCurator.close();

    expect(await stored(ids.elsewhere)).toMatchObject({ status: "accepted", statusBy: reviewer.username });
    const history = await admin.ask<{ history: { action: string; by: string }[] }>(
      "query ($id: ID!) { history(id: $id) { action by } }",
      { id: ids.elsewhere },
    );
    expect(history.data!.history.map((r) => `${r.action} ${r.by}`)).toEqual([
      `create ${proposer.username}`,
      `update ${proposer.username}`,
      `accept ${admin.username}`,
      `revert ${admin.username}`,
      `accept ${reviewer.username}`,
    ]);
  });

  it("fits a phone", async () => {
    await useSession(browser, reviewer);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${BASE_URL}/review?curator=${proposer.username}`);
    await item(page, ids.third).waitFor();
    await screenshot(page, "review-phone");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.close();
  });
});
