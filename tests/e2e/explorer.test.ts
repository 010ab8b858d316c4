import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
import { readDrawing, waitForDrawing, type Drawing } from "../support/drawing";
import { BASE_URL } from "../support/env";

async function openExplorer(page: Page): Promise<void> {
  await page.goto(BASE_URL);
  await waitForDrawing(page);
}

const counts = async (page: Page) => {
  const drawing = await readDrawing(page);
  return { nodes: drawing.actors.length, edges: drawing.links.length };
};

/** Each actor's place within the whole picture, so that zooming or panning alone moves no one. */
function arrangement(drawing: Drawing): Map<string, { x: number; y: number }> {
  const xs = drawing.actors.map((a) => a.x);
  const ys = drawing.actors.map((a) => a.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  const width = Math.max(...xs) - left || 1;
  const height = Math.max(...ys) - top || 1;
  return new Map(drawing.actors.map((a) => [a.name, { x: (a.x - left) / width, y: (a.y - top) / height }]));
}

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
    // The names the canvas draws at this zoom, where it draws them.
    const { labels } = await readDrawing(page);
    const overlaps: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.box;
        const b = labels[j]!.box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${labels[i]!.name}/${labels[j]!.name}`);
      }
    }
    const drawn = labels.map((l) => l.name);
    await screenshot(page, "explorer-first-view");
    for (const name of ["Nikita Khrushchev", "Josip Broz Tito", "Enver Hoxha", "Edvard Kardelj"]) expect(drawn, name).toContain(name);
    expect(overlaps).toEqual([]);
    expect(await page.getByTestId("legend").isVisible()).toBe(true);
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
    // The view glides to the node; the outline is redrawn once it has come to rest.
    const current = async () => (await readDrawing(page)).actors.filter((a) => a.current).map((a) => a.name);
    await expect.poll(current, { timeout: 10_000 }).toEqual(["Aleksandar Ranković"]);
    expect(await page.getByTestId("graph-selection").textContent()).toBe("Selected: Aleksandar Ranković.");
    await screenshot(page, "search-focus-rankovic");
    await page.close();
  });

  it("reaches the drawn actors from the keyboard: one tab stop, arrows between them, Enter opens a dossier", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    const actors = page.getByRole("list", { name: "Actors drawn" }).getByRole("button");
    const tabStops = await actors.evaluateAll((buttons) => buttons.filter((b) => b.getAttribute("tabindex") === "0").length);
    expect(tabStops).toBe(1);
    // The arrow goes to the nearest actor drawn that way (the highest, from the lowest one up).
    const { actors: drawn } = await readDrawing(page);
    const lowest = [...drawn].sort((a, b) => b.y - a.y)[0]!;
    await actors.and(page.getByRole("button", { name: lowest.name, exact: true })).focus();
    await page.keyboard.press("ArrowUp");
    const second = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label")))!;
    expect(second).not.toBe(lowest.name);
    expect(drawn.find((a) => a.name === second)!.y).toBeLessThan(lowest.y);
    await screenshot(page, "keyboard-focus");
    await page.keyboard.press("Enter");
    await page.getByTestId("dossier").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toContain(second);
    expect(new URL(page.url()).searchParams.get("sel")).not.toBeNull();
    await page.close();
  });

  it("filters by date with the timeline and edges disappear", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    const before = await counts(page);
    await page.getByTestId("timeline").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="graph-link"]').length < n, before.edges);
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
    const { links } = await readDrawing(page);
    const edge = links.find((l) => l.name.startsWith("Nikita Khrushchev → Josip Broz Tito,"))!;
    expect(edge).toBeDefined();
    // Chosen from the canvas's outline, as a keyboard does: a click at the arrow's middle may land
    // on another arrow crossing it there.
    await page.getByRole("list", { name: "Links drawn" }).getByRole("button", { name: edge.name, exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("statement-list").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toContain("Nikita Khrushchev → Josip Broz Tito");
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
    // The outline is redrawn once the view has come to rest around the highlighted path.
    const ends = async () => {
      const { actors } = await readDrawing(page);
      const emphasis = (name: string) => actors.find((a) => a.name === name)?.emphasis;
      return { hoxha: emphasis("Enver Hoxha"), tito: emphasis("Josip Broz Tito") };
    };
    await expect.poll(ends, { timeout: 10_000 }).toEqual({ hoxha: "highlighted", tito: "highlighted" });
    await screenshot(page, "paths-hoxha-tito");
    await page.close();
  });

  it("re-lays out on request: everyone moves, then the picture settles with every node on screen", async () => {
    const page = await browser.newPage();
    await openExplorer(page);
    const before = await readDrawing(page);
    const tito = before.actors.find((a) => a.name === "Josip Broz Tito")!;
    await page.getByRole("button", { name: "Re-layout" }).click();
    await page.waitForFunction((old) => {
      const origin = document.querySelector('[data-testid="graph-outline"]')!.getBoundingClientRect();
      const now = document.querySelector('[data-testid="graph-actor"][aria-label="Josip Broz Tito"]')?.getBoundingClientRect();
      return now !== undefined && (Math.abs(now.x + now.width / 2 - origin.x - old.x) > 0.5 || Math.abs(now.y + now.height / 2 - origin.y - old.y) > 0.5);
    }, tito);
    await page.getByTestId("layout-status").waitFor({ state: "detached" });
    // The new places are reached by a 400 ms animation.
    await page.waitForTimeout(700);
    const after = await readDrawing(page);
    const [was, now] = [arrangement(before), arrangement(after)];
    const moved = [...was].filter(([name, p]) => {
      const q = now.get(name);
      return !q || Math.abs(p.x - q.x) > 0.01 || Math.abs(p.y - q.y) > 0.01;
    });
    expect(moved.length).toBeGreaterThan(was.size / 2);
    const offScreen = after.actors.filter((a) => a.x < 0 || a.y < 0 || a.x > after.width || a.y > after.height);
    expect(offScreen).toEqual([]);
    await page.close();
  });

  it("draws a large corpus from its most active actors, says so, and lets the reader draw more", async () => {
    const page = await browser.newPage();
    // The seed corpus is small; asking for a cast of five shows what a large corpus looks like.
    await page.goto(`${BASE_URL}/?cast=5`);
    await waitForDrawing(page);
    const few = await counts(page);
    expect(few.nodes).toBeGreaterThan(1);
    expect(few.nodes).toBeLessThanOrEqual(5);
    const note = page.getByTestId("cast-limit");
    expect(await note.textContent()).toMatch(/most active of \d+ actors/);
    expect(await page.getByTestId("cast-size").inputValue()).toBe("5");

    await page.getByTestId("cast-size").selectOption("1000");
    // Read where the drawing is read: the outline over the canvas, once it lists the larger cast.
    await expect.poll(async () => (await counts(page)).nodes, { timeout: 20_000 }).toBeGreaterThan(few.nodes);
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
    await page.waitForFunction((edges) => document.querySelectorAll('[data-testid="graph-link"]').length !== edges, before.edges);
    await page.waitForLoadState("networkidle");
    // One more: the filtered network. The layout's basis stays the one already read.
    expect(asked).toHaveLength(2);
    await page.close();
  });
});
