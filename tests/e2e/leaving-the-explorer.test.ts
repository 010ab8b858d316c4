import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
import { readDrawing, waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";

/** Longer than the pause after a move before the explorer writes its view into the address. */
const VIEW_WRITTEN = 1_000;

describe("leaving the explorer by a link", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => close?.());

  it("reaches the reader even when the view moves while the reader is on its way", async () => {
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await waitForDrawing(page);
    const { links } = await readDrawing(page);
    const edge = links.find((l) => l.name.startsWith("Nikita Khrushchev → Josip Broz Tito,"))!;
    await page.getByRole("list", { name: "Links drawn" }).getByRole("button", { name: edge.name, exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("statement-list").waitFor();
    await page.waitForTimeout(VIEW_WRITTEN);

    // The reader's answer is held back, so that the view can move while it is on its way.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => url.pathname.startsWith("/documents/"), async (route) => {
      await held;
      await route.continue();
    });
    const link = page.getByTestId("passage-link").first();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    const before = (await readDrawing(page)).actors.map((a) => a.x);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => (await readDrawing(page)).actors.map((a) => a.x)).not.toEqual(before);
    await page.waitForTimeout(VIEW_WRITTEN);
    release();

    await page.getByTestId("reader").waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe(href.split("?")[0]);
    await screenshot(page, "reader-after-a-moving-view");
    await page.close();
  });
});
