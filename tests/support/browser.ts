import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium, type LaunchOptions } from "../../scripts/lib/chromium";

const RESULTS = path.resolve(import.meta.dirname, "..", "..", "test-results");
export const SCREENSHOTS = path.join(RESULTS, "screenshots");
/** What a browser test that failed left behind: each open page's picture and what happened in it. */
export const FAILURES = path.join(RESULTS, "failures");

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The last events of every open page, oldest first: navigations, errors, failed and refused requests. */
const journals = new Map<Page, string[]>();
const JOURNAL_LENGTH = 200;

function watch(page: Page): void {
  const journal: string[] = [];
  journals.set(page, journal);
  const note = (line: string) => {
    journal.push(`${new Date().toISOString()} ${line}`);
    if (journal.length > JOURNAL_LENGTH) journal.shift();
  };
  page.on("close", () => journals.delete(page));
  page.on("framenavigated", (frame) => frame === page.mainFrame() && note(`navigated to ${frame.url()}`));
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && note(`console ${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => note(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => note(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? "no reason given"})`));
  page.on("response", (response) => response.status() >= 400 && note(`${response.status()} for ${response.request().method()} ${response.url()}`));
}

/** Debian's Chromium for the browser tests, with every page it opens watched for the failure report. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const launched = await launchChromium(options);
  launched.browser.pages().forEach(watch);
  launched.browser.on("page", watch);
  return launched;
}

/**
 * Called when a browser test fails (tests/support/e2e-setup.ts): every page still open and used is photographed, and
 * its address and journal are written beside the picture and to the test's output, so that a
 * failure seen once can be read afterwards.
 */
export async function reportOpenPages(testName: string): Promise<void> {
  const slug = testName.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").slice(0, 80);
  fs.mkdirSync(FAILURES, { recursive: true });
  let n = 0;
  for (const [page, journal] of journals) {
    if (page.url() === "about:blank" && journal.length === 0) continue;
    const base = path.join(FAILURES, `${slug}-${++n}`);
    const text = [`test: ${testName}`, `address: ${page.url()}`, ...journal].join("\n");
    fs.writeFileSync(`${base}.txt`, `${text}\n`);
    console.error(`Open page ${n} of the failed test (${base}.png):\n${text}`);
    await page.screenshot({ path: `${base}.png`, timeout: 5_000 }).catch((error: unknown) => console.error(`No picture of page ${n}: ${String(error)}`));
  }
}
