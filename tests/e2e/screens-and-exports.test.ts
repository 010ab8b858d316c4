import fs from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
import { waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const ESSAY = "/essays/khrushchev-and-the-yugoslavs";
const DOCUMENT = "/documents/doc-1956-10-06-khrushchev-note";

/** A fresh page at a size, with no saved theme or legend state. */
async function open(
  browser: BrowserContext,
  size: { width: number; height: number },
  path = "/",
  theme?: "dark" | "light",
): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize(size);
  await page.goto(`${BASE_URL}/sign-in`);
  await page.evaluate((t) => {
    window.localStorage.clear();
    if (t) window.localStorage.setItem("theme", t);
  }, theme ?? null);
  await page.goto(`${BASE_URL}${path}`);
  return page;
}

const box = async (page: Page, testId: string) => (await page.getByTestId(testId).boundingBox())!;

/** The page's background, as the luminance of body's computed colour (0 black … 1 white). */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    // The computed colour may be oklch(); a canvas turns any CSS colour into sRGB bytes.
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });

/**
 * Waits for an essay's graph and quotes. On a loaded machine a cold read may run past the request
 * time budget; the page then says so with "Try again", and a reader presses it, as this does.
 */
async function untilEssayLoaded(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 4; attempt++) {
    // A failed read's message, with its button (Next's route announcer is an empty alert of its own).
    const alert = page.locator('[role="alert"]:has(button)');
    await page
      .locator('[role="alert"]:has(button), [data-testid="graph-outline"] [data-testid="graph-actor"]')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.locator('[role="alert"]:has(button), [data-testid="essay-quote"] a').first().waitFor({ timeout: 60_000 });
    if ((await alert.count()) === 0) return;
    await alert.getByRole("button", { name: "Try again" }).first().click();
    await alert
      .first()
      .waitFor({ state: "detached", timeout: 30_000 })
      .catch(() => undefined);
  }
  throw new Error(`The essay did not load: ${(await page.locator('[role="alert"]:has(button)').allTextContents()).join(" ")}`);
}

describe("every screen size and theme", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser({ acceptDownloads: true }));
  });
  afterAll(async () => close?.());

  it("opens the filters on a phone as a sheet over the graph, which keeps its size; Done, Escape and a tap outside close it", async () => {
    for (const theme of ["light", "dark"] as const) {
      const page = await open(browser, PHONE, "/", theme);
      await waitForDrawing(page);
      const before = await box(page, "graph-canvas");
      const filtersButton = page.getByRole("button", { name: "Filters" });
      await filtersButton.click();
      const sheet = page.getByRole("dialog", { name: "Filters" });
      await sheet.waitFor();
      await page.getByText("Include parties and states").waitFor();
      const graph = await box(page, "graph-canvas");
      expect(graph.height).toBeGreaterThan(PHONE.height * 0.5);
      expect(graph.width).toBe(before.width);
      expect(graph.height).toBe(before.height);
      const sheetBox = (await sheet.boundingBox())!;
      expect(sheetBox.y + sheetBox.height).toBeLessThanOrEqual(PHONE.height + 1);
      expect(sheetBox.height).toBeLessThanOrEqual(PHONE.height * 0.6 + 1);
      await screenshot(page, `phone-filters-sheet-${theme}`);

      // The focus stays in the sheet however far Tab goes, and returns to the button when it closes.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      }
      await page.keyboard.press("Shift+Tab");
      expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.keyboard.press("Escape");
      await sheet.waitFor({ state: "detached" });
      expect(await filtersButton.evaluate((el) => el === document.activeElement)).toBe(true);

      await filtersButton.click();
      await sheet.waitFor();
      await page.mouse.click(PHONE.width / 2, sheetBox.y - 40);
      await sheet.waitFor({ state: "detached" });

      await filtersButton.click();
      await page.getByTestId("close-filters").click();
      await sheet.waitFor({ state: "detached" });
      await page.close();
    }
  });

  it("folds the legend on a phone by default, opens it on a button, and remembers", async () => {
    const page = await open(browser, PHONE);
    await waitForDrawing(page);
    const toggle = page.getByTestId("legend-toggle");
    await toggle.waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="legend-toggle"]')?.getAttribute("aria-expanded") === "false",
    );
    const graph = await box(page, "graph-canvas");
    const folded = await box(page, "legend");
    // Folded, it is one line: it covers a sliver of the graph, not a quarter.
    expect(folded.width * folded.height).toBeLessThan(graph.width * graph.height * 0.03);
    await screenshot(page, "phone-legend-folded");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await page.getByText("Colour: country of a person, party or state").waitFor();
    await screenshot(page, "phone-legend-open");
    await page.reload();
    await waitForDrawing(page);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="legend-toggle"]')?.getAttribute("aria-expanded") === "true",
    );
    await page.getByTestId("legend-toggle").click();
    await page.close();

    const wide = await open(browser, DESKTOP);
    await waitForDrawing(wide);
    await wide.waitForFunction(
      () => document.querySelector('[data-testid="legend-toggle"]')?.getAttribute("aria-expanded") === "true",
    );
    await screenshot(wide, "desktop-legend");
    await wide.close();
  });

  it("keeps an essay's graph in view above its steps on a phone as they scroll, and beside them on a wide screen", async () => {
    for (const theme of ["light", "dark"] as const) {
      const page = await open(browser, PHONE, ESSAY, theme);
      await page.getByTestId("essay-step").first().waitFor();
      const steps = await page.getByTestId("essay-step").count();
      expect(steps).toBeGreaterThan(2);
      for (const i of [0, Math.floor(steps / 2), steps - 1]) {
        await page.getByTestId("essay-step").nth(i).scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        const graph = await box(page, "essay-graph");
        expect(graph.y, `step ${i}`).toBeGreaterThanOrEqual(-1);
        expect(graph.y + graph.height, `step ${i}`).toBeLessThanOrEqual(PHONE.height * 0.5);
        expect(graph.height).toBeGreaterThan(PHONE.height * 0.3);
      }
      await untilEssayLoaded(page);
      await page.waitForTimeout(500);
      await screenshot(page, `phone-essay-${theme}`);
      await page.close();
    }
    const wide = await open(browser, DESKTOP, ESSAY);
    await wide.getByTestId("essay-step").nth(2).scrollIntoViewIfNeeded();
    await wide.waitForTimeout(300);
    const graph = await box(wide, "essay-graph");
    const step = (await wide.getByTestId("essay-step").nth(2).boundingBox())!;
    expect(graph.x).toBeGreaterThan(step.x + step.width - 1);
    expect(graph.y).toBeGreaterThanOrEqual(-1);
    await screenshot(wide, "desktop-essay");
    await wide.close();
  });

  it("shows the reader's ¶ numbers whole on a phone", async () => {
    const page = await open(browser, PHONE, DOCUMENT);
    const marks = page.getByRole("link", { name: /^Link to paragraph/ });
    await marks.first().waitFor();
    const count = await marks.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const b = (await marks.nth(i).boundingBox())!;
      expect(b.x, `¶ ${i + 1}`).toBeGreaterThanOrEqual(0);
    }
    await screenshot(page, "phone-reader");
    await page.close();
  });

  it("keeps dark mode on every page, across reloads, before any script of the app has run", async () => {
    const page = await open(browser, DESKTOP, "/", "light");
    await waitForDrawing(page);
    await page.getByTestId("theme-toggle").click();
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    await screenshot(page, "desktop-explorer-dark");

    for (const path of [DOCUMENT, "/essays", ESSAY, "/sign-in", "/review", "/import"]) {
      await page.goto(`${BASE_URL}${path}`);
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark")), path).toBe(true);
      expect(await backgroundLuminance(page), path).toBeLessThan(0.15);
      await page.getByTestId("theme-toggle").waitFor();
      expect(await page.getByTestId("theme-toggle").getAttribute("aria-pressed"), path).toBe("true");
    }
    await screenshot(page, "desktop-import-dark");

    // With the app's scripts never arriving, the document is still dark: the theme comes with the HTML.
    await page.route("**/_next/static/chunks/**", (route) => route.abort());
    await page.goto(`${BASE_URL}${DOCUMENT}`);
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
    expect(await backgroundLuminance(page)).toBeLessThan(0.15);
    await page.unroute("**/_next/static/chunks/**");
    await page.goto(`${BASE_URL}${DOCUMENT}`);
    await screenshot(page, "desktop-reader-dark");
    await page.setViewportSize(PHONE);
    await screenshot(page, "phone-reader-dark");

    // The toggle works once the page's script has run: it then says dark is on.
    await page.locator('[data-testid="theme-toggle"][aria-pressed="true"]').waitFor();
    await page.getByTestId("theme-toggle").click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(false);
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.9);
    await page.close();
  });
});

describe("exports an author can publish", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;
  const VIEW = "/?stance=oppose&from=1956-09&to=1956-12&orgs=1";

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser({ acceptDownloads: true }));
  });
  afterAll(async () => close?.());

  async function exported(page: Page, kind: "svg" | "png" | "csv") {
    await page.getByTestId("export").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${kind}`).click()]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  }

  it("names each file for its view, writes numeric intensities, and frames the pictures with title, filters, legend and sources", async () => {
    const page = await open(browser, DESKTOP, VIEW);
    await waitForDrawing(page);
    await page.waitForTimeout(500);

    const csv = await exported(page, "csv");
    expect(csv.name).toBe("stance-graph_oppose_1956-09--1956-12_with-parties-states_statements.csv");
    const rows = csv.bytes.toString("utf8").trim().split("\r\n");
    const intensity = rows[0]!.split(",").indexOf("intensity");
    expect(rows.length).toBeGreaterThan(1);
    // Intensity is the column after the stance; quoted fields come later in the row.
    for (const row of rows.slice(1)) {
      const cell = row.split(",")[intensity]!;
      expect(cell).toMatch(/^-?\d$/);
      expect(Number(cell)).toBeLessThan(0);
    }

    const svg = await exported(page, "svg");
    expect(svg.name).toBe("stance-graph_oppose_1956-09--1956-12_with-parties-states.svg");
    const text = svg.bytes.toString("utf8");
    expect(text).toContain("stance: oppose");
    expect(text).toContain("1956-09 – 1956-12");
    expect(text).toContain("Sources");
    expect(text).toContain("Oppose");
    // Parties and states take their country's colour: the LCY is not drawn Soviet.
    const fill = (id: string) => new RegExp(`data-id="${id}"><(?:rect|circle)[^>]* fill="([^"]+)"`).exec(text)?.[1];
    if (fill("lcy") && fill("cpsu")) expect(fill("lcy")).not.toBe(fill("cpsu"));
    const yugoslav = /<g class="node" data-id="tito"><circle[^>]* fill="([^"]+)"/.exec(text)?.[1];
    if (yugoslav && fill("lcy")) expect(fill("lcy")).toBe(yugoslav);

    // Drawn by the browser, every text lies inside the picture.
    const check = await browser.newPage();
    await check.setContent(`<body style="margin:0">${text}</body>`);
    const outside = await check.evaluate(() => {
      const svgEl = document.querySelector("svg")!;
      const frame = svgEl.getBoundingClientRect();
      return [...svgEl.querySelectorAll("text")]
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
        .filter(
          ({ r }) =>
            r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5,
        )
        .map(({ text }) => text);
    });
    expect(outside).toEqual([]);
    expect(await check.evaluate(() => document.querySelectorAll("svg .caption text").length)).toBeGreaterThan(4);
    await check.setViewportSize(DESKTOP);
    await check.evaluate(() =>
      document.querySelector("svg")!.setAttribute("style", "max-width:100vw;max-height:100vh;width:auto;height:auto"),
    );
    await screenshot(check, "export-svg");

    const png = await exported(page, "png");
    expect(png.name).toBe("stance-graph_oppose_1956-09--1956-12_with-parties-states.png");
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(1440);
    // Below the graph: text (dark pixels) in the bottom band, and white at the very edge: nothing cut off.
    const rows2 = await check.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const dark = (y0: number, y1: number) => {
        const d = ctx.getImageData(0, y0, img.width, y1 - y0).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! < 120 && d[i + 1]! < 120 && d[i + 2]! < 140) n++;
        return n;
      };
      return { top: dark(0, 60), bottom: dark(img.height - 200, img.height - 8), edge: dark(img.height - 4, img.height) };
    }, png.bytes.toString("base64"));
    expect(height).toBeGreaterThan(400);
    expect(rows2.top).toBeGreaterThan(50);
    expect(rows2.bottom).toBeGreaterThan(50);
    expect(rows2.edge).toBe(0);
    await check.setContent(
      `<body style="margin:0;background:#888"><img style="max-width:100vw;max-height:100vh" src="data:image/png;base64,${png.bytes.toString("base64")}"></body>`,
    );
    await screenshot(check, "export-png");
    await check.close();
    await page.close();
  });

  it("names a person's neighbourhood for the person", async () => {
    const page = await open(browser, DESKTOP, "/?stance=oppose&sel=tito&hl=tito");
    await waitForDrawing(page);
    await page.getByTestId("dossier").waitFor();
    await page.waitForTimeout(500);
    const svg = await exported(page, "svg");
    expect(svg.name).toBe("stance-graph_tito-ego_oppose.svg");
    expect(svg.bytes.toString("utf8")).toContain("Stance Graph: Josip Broz Tito and their neighbourhood");
    await page.close();
  });
});

describe("the GraphQL playground", () => {
  it("is a light page whose assets are hashed and cached for good, and it still runs a query, in the site's theme", async () => {
    const { gzipSync } = await import("node:zlib");
    const response = await fetch(`${BASE_URL}/api/graphql`, { headers: { accept: "text/html" } });
    const html = await response.text();
    expect(gzipSync(Buffer.from(html)).length).toBeLessThan(1_000_000);
    expect(Buffer.byteLength(html)).toBeLessThan(100_000);
    const assets = [...html.matchAll(/\/api\/graphiql\/([\w.]+)/g)].map((m) => m[1]!);
    expect(assets.length).toBe(5);
    for (const name of assets) {
      expect(name).toMatch(/\.[0-9a-f]{16}\.(js|css)$/);
      const asset = await fetch(`${BASE_URL}/api/graphiql/${name}`, { headers: { "accept-encoding": "gzip" } });
      expect(asset.status, name).toBe(200);
      expect(asset.headers.get("cache-control"), name).toBe("public, max-age=31536000, immutable");
      expect(asset.headers.get("content-encoding"), name).toBe("gzip");
    }
    expect((await fetch(`${BASE_URL}/api/graphiql/js.0000000000000000.js`)).status).toBe(404);

    const { browser, close } = await launchBrowser();
    try {
      const page = await open(browser, DESKTOP, "/", "dark");
      await page.goto(`${BASE_URL}/api/graphql`);
      await page.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
      await page.getByText("KhrushchevOnHoxha").first().waitFor();
      expect(await page.evaluate(() => document.body.classList.contains("graphiql-dark"))).toBe(true);
      await page.locator(".graphiql-execute-button").click();
      // With several operations in the editor, GraphiQL asks which to run.
      const choice = page.getByRole("menuitem", { name: "KhrushchevOnHoxha" });
      if (
        await choice.waitFor({ timeout: 3_000 }).then(
          () => true,
          () => false,
        )
      )
        await choice.click();
      await page.getByText('"data"').first().waitFor({ timeout: 20_000 });
      await screenshot(page, "graphiql-dark");
    } finally {
      await close();
    }
  });
});
