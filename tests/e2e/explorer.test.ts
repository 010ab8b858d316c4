import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
import { BASE_URL } from "../support/env";

type Cy = {
  nodes(selector?: string): { length: number; map<T>(f: (n: { id(): string }) => T): T[] };
  edges(selector?: string): { length: number; map<T>(f: (e: { id(): string }) => T): T[] };
  getElementById(id: string): { renderedMidpoint(): { x: number; y: number }; renderedPosition(): { x: number; y: number }; empty(): boolean; hasClass(c: string): boolean };
  zoom(): number;
  extent(): { x1: number; y1: number; x2: number; y2: number };
};

async function openExplorer(page: Page): Promise<void> {
  await page.goto(BASE_URL);
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: { nodes(selector?: string): { length: number } } }).__cy;
    return cy !== undefined && cy.nodes(":visible").length > 0;
  });
}

const counts = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __cy: Cy }).__cy;
    return { nodes: cy.nodes(":visible").length, edges: cy.edges(":visible").length };
  });

describe("the explorer in Chromium", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => close?.());

  it("shows a readable first view: labels do not overlap, the legend is visible", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    await page.waitForTimeout(300);
    const { overlaps, drawn } = await page.evaluate(() => {
      type N = { id(): string; visible(): boolean; style(k: string): string; renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number } };
      const cy = (window as unknown as { __cy: { zoom(): number; nodes(selector?: string): { filter(f: (n: N) => boolean): { map<T>(f: (n: N) => T): T[] } } } }).__cy;
      // A label is drawn when its font size at this zoom reaches min-zoomed-font-size.
      const isDrawn = (n: N) => n.visible() && parseFloat(n.style("font-size")) * cy.zoom() >= parseFloat(n.style("min-zoomed-font-size"));
      const boxes = cy
        .nodes()
        .filter(isDrawn)
        .map((n) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false }) }));
      const found: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) found.push(`${boxes[i]!.id}/${boxes[j]!.id}`);
        }
      }
      return { overlaps: found, drawn: boxes.map((b) => b.id) };
    });
    for (const id of ["khrushchev", "tito", "hoxha", "kardelj"]) expect(drawn, id).toContain(id);
    expect(overlaps).toEqual([]);
    expect(await page.getByTestId("legend").isVisible()).toBe(true);
    await screenshot(page, "explorer-first-view");
    await page.close();
  });

  it("finds a person by an alias and focuses the node", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    await page.getByTestId("search").fill("Rankovic");
    await page.getByRole("option", { name: /Ranković/ }).first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByTestId("dossier").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toContain("Ranković");
    const selected = await page.evaluate(() => (window as unknown as { __cy: Cy }).__cy.getElementById("rankovic").hasClass("selected"));
    expect(selected).toBe(true);
    await screenshot(page, "search-focus-rankovic");
    await page.close();
  });

  it("filters by date with the timeline and edges disappear", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    const before = await counts(page);
    await page.getByTestId("timeline").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((n) => (window as unknown as { __cy: Cy }).__cy.edges(":visible").length < n, before.edges);
    const after = await counts(page);
    expect(after.edges).toBeLessThan(before.edges);
    expect(after.edges).toBeGreaterThan(0);
    expect(await page.getByTestId("filter-summary").textContent()).toMatch(/filtered by \d{4}-\d{2} – \d{4}-\d{2}/);
    await screenshot(page, "filtered-by-date");
    await page.close();
  });

  it("opens an edge's evidence, then the reader at the quoted passage with the quote marked", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    const edge = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      return cy.edges('[source = "khrushchev"][target = "tito"]').map((e) => e.id())[0] ?? cy.edges(":visible").map((e) => e.id())[0]!;
    });
    const point = await page.evaluate((id) => (window as unknown as { __cy: Cy }).__cy.getElementById(id).renderedMidpoint(), edge);
    const box = (await page.getByTestId("graph-canvas").boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.getByTestId("statement-list").waitFor();
    const quotes = await page.getByTestId("quote").allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    await screenshot(page, "edge-evidence");

    const link = page.getByTestId("passage-link").first();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/documents\/doc-[^?]+\?statement=s-[^#]+#p\d+$/);
    await link.click();
    await page.getByTestId("reader").waitFor();
    const marked = await page.getByTestId("marked-quote").allTextContents();
    expect(quotes[0]).toContain(marked.join(""));
    const anchor = href.split("#")[1]!;
    const inView = await page.evaluate((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    }, anchor);
    expect(inView).toBe(true);
    expect(await page.getByTestId("citation").textContent()).toMatch(/Citation/);
    expect(await page.getByTestId("mention").count()).toBeGreaterThan(5);
    await screenshot(page, "reader-at-quote");
    await page.close();
  });

  it("finds the paths between two people and highlights them", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    await page.getByTestId("path-from").fill("Hoxha");
    await page.getByRole("option", { name: /Hoxha/ }).first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByTestId("path-to").fill("Tito");
    await page.getByRole("option", { name: /Tito/ }).first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByTestId("find-paths").click();
    await page.getByTestId("paths").waitFor();
    const text = await page.getByTestId("paths").textContent();
    expect(text).toMatch(/Hoxha.*Tito/);
    const highlighted = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Cy }).__cy;
      return { hoxha: cy.getElementById("hoxha").hasClass("highlighted"), tito: cy.getElementById("tito").hasClass("highlighted") };
    });
    expect(highlighted).toEqual({ hoxha: true, tito: true });
    await screenshot(page, "paths-hoxha-tito");
    await page.close();
  });

  it("re-lays out on request: everyone moves, then the picture settles with every node on screen", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    const places = () =>
      page.evaluate(() => {
        type N = { id(): string; position(): { x: number; y: number }; renderedPosition(): { x: number; y: number } };
        const cy = (window as unknown as { __cy: { width(): number; height(): number; nodes(s?: string): { map<T>(f: (n: N) => T): T[] } } }).__cy;
        return {
          at: Object.fromEntries(cy.nodes(":visible").map((n) => [n.id(), n.position()])),
          offScreen: cy.nodes(":visible").map((n) => n.renderedPosition()).filter((p) => p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height()).length,
        };
      });
    const before = await places();
    await page.getByRole("button", { name: "Re-layout" }).click();
    await page.waitForFunction((old) => {
      const now = (window as unknown as { __cy: { getElementById(id: string): { position(): { x: number; y: number } } } }).__cy.getElementById("tito").position();
      return now.x !== old.x || now.y !== old.y;
    }, before.at.tito!);
    await page.getByTestId("layout-status").waitFor({ state: "detached" });
    // The new places are reached by a 400 ms animation.
    await page.waitForTimeout(700);
    const after = await places();
    const moved = Object.keys(before.at).filter((id) => before.at[id]!.x !== after.at[id]?.x || before.at[id]!.y !== after.at[id]?.y);
    expect(moved.length).toBeGreaterThan(Object.keys(before.at).length / 2);
    expect(after.offScreen).toBe(0);
    await page.close();
  });

  it("draws a large corpus from its most active actors, says so, and lets the reader draw more", async () => {
    const page = await browser.newPage();
    // The seed corpus is small; asking for a cast of five shows what a large corpus looks like.
    await page.goto(`${BASE_URL}/?cast=5`);
    await page.waitForFunction(() => ((window as unknown as { __cy?: Cy }).__cy?.nodes(":visible").length ?? 0) > 0);
    const few = await counts(page);
    expect(few.nodes).toBeGreaterThan(1);
    expect(few.nodes).toBeLessThanOrEqual(5);
    const note = page.getByTestId("cast-limit");
    expect(await note.textContent()).toMatch(/most active of \d+ actors/);
    expect(await page.getByTestId("cast-size").inputValue()).toBe("5");

    await page.getByTestId("cast-size").selectOption("1000");
    await page.waitForFunction((before) => ((window as unknown as { __cy?: Cy }).__cy?.nodes(":visible").length ?? 0) > before, few.nodes);
    expect((await counts(page)).nodes).toBeGreaterThan(5);
    expect(new URL(page.url()).searchParams.get("cast")).toBe("1000");
    // The whole seed corpus fits in 1,000: nothing is left out, so the note goes.
    await note.waitFor({ state: "detached" });
    await page.close();
  });

  it("asks for the unfiltered network once on first view, and a filter does not ask for it again", async () => {
    const page = await browser.newPage();
    const asked: string[] = [];
    page.on("request", (request) => {
      const body = request.postData() ?? "";
      if (request.url().endsWith("/api/graphql") && body.includes("ExplorerNetwork")) asked.push(body);
    });
    await openExplorer(page);
    await page.waitForLoadState("networkidle");
    expect(asked).toHaveLength(1);
    const before = await counts(page);
    await page.getByTestId("timeline").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((edges) => (window as unknown as { __cy: Cy }).__cy.edges(":visible").length !== edges, before.edges);
    await page.waitForLoadState("networkidle");
    // One more: the filtered network. The layout's basis stays the one already read.
    expect(asked).toHaveLength(2);
    await page.close();
  });
});
