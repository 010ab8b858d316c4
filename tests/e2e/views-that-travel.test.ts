import fs from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEssays } from "@/graph/essays";
import { launchBrowser, screenshot } from "../support/browser";
import { readDrawing, waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";

async function waitForGraph(page: Page): Promise<void> {
  await waitForDrawing(page);
  await page.waitForTimeout(400);
}

/** What a reader sees of the graph: who is drawn where, which links, what is highlighted and selected. */
const snapshot = async (page: Page) => {
  const drawing = await readDrawing(page);
  const items = [...drawing.actors, ...drawing.links];
  return {
    nodes: drawing.actors.map((a) => ({ name: a.name, x: a.x, y: a.y })).sort((a, b) => a.name.localeCompare(b.name)),
    edges: drawing.links.map((l) => l.name).sort(),
    highlighted: items.filter((i) => i.emphasis === "highlighted").map((i) => i.name).sort(),
    selected: items.filter((i) => i.current).map((i) => i.name),
  };
};

describe("views that travel", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser({ acceptDownloads: true }));
  });
  afterAll(async () => close?.());

  it("restores a shared view exactly in a fresh page, and steps back through changes", async () => {
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await waitForGraph(page);
    await page.getByLabel("oppose").check();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("stance") === "oppose");
    await page.getByTestId("search").fill("Hoxha");
    await page.getByRole("option", { name: /Hoxha/ }).first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByTestId("dossier").waitFor();
    await page.getByRole("button", { name: "Show neighbourhood" }).click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has("hl"));
    // Drag a node: it is pinned where it was dropped.
    // Searching moved the view to Hoxha; the drag starts where he is drawn once it has settled.
    await page.waitForTimeout(400);
    const node = (await readDrawing(page)).actors.find((a) => a.name === "Enver Hoxha")!;
    const box = (await page.getByTestId("graph-canvas").boundingBox())!;
    await page.mouse.move(box.x + node.x, box.y + node.y);
    await page.mouse.down();
    await page.mouse.move(box.x + node.x + 60, box.y + node.y + 40, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has("pin"));
    await page.waitForTimeout(400);

    await page.getByTestId("share").click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="share-url"]')?.value !== "");
    const link = await page.getByTestId("share-url").inputValue();
    expect(link).toContain("stance=oppose");
    expect(link).toContain("sel=hoxha");
    const before = await snapshot(page);
    await screenshot(page, "share-original");

    const fresh = await browser.newPage();
    await fresh.goto(link);
    await waitForGraph(fresh);
    await fresh.getByTestId("dossier").waitFor();
    const after = await snapshot(fresh);
    // Every actor is drawn at the same place on screen. The link stores zoom to a thousandth and pan
    // to a tenth of a pixel, so a place may land up to a pixel apart; everything else matches exactly.
    expect({ ...after, nodes: after.nodes.map((n) => n.name) }).toEqual({ ...before, nodes: before.nodes.map((n) => n.name) });
    expect(before.nodes.length).toBeGreaterThan(0);
    for (const [i, node] of before.nodes.entries()) {
      expect(Math.abs(after.nodes[i]!.x - node.x), node.name).toBeLessThanOrEqual(1);
      expect(Math.abs(after.nodes[i]!.y - node.y), node.name).toBeLessThanOrEqual(1);
    }
    await screenshot(fresh, "share-restored");
    await fresh.close();

    // Back: the highlight goes, then the selection, then the stance filter.
    await page.keyboard.press("Escape");
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).has("hl"));
    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has("hl"));
    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has("sel"));
    expect(new URL(page.url()).searchParams.get("stance")).toBe("oppose");
    await page.goForward();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("sel") === "hoxha");
    await page.close();
  });

  it("moves the graph at each step of an essay as the reader scrolls", async () => {
    const essay = listEssays()[0]!;
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/essays`);
    await page.getByRole("link", { name: essay.title }).click();
    await waitForGraph(page);
    const seen: string[] = [];
    const steps = page.getByTestId("essay-step");
    for (let i = 0; i < essay.steps.length; i++) {
      await steps.nth(i).scrollIntoViewIfNeeded();
      await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.waitForFunction((n) => document.querySelector('[data-testid="essay-graph"]')?.getAttribute("data-active-step") === String(n), i);
      await page.waitForTimeout(450);
      const state = await snapshot(page);
      seen.push(state.highlighted.join(" "));
      expect(state.highlighted.length, `step ${i + 1}`).toBeGreaterThan(0);
      await screenshot(page, `essay-step-${i + 1}`);
    }
    expect(new Set(seen).size).toBe(essay.steps.length);
    const quoted = essay.steps.reduce((n, s) => n + s.statements.length, 0);
    expect(await page.getByTestId("essay-quote").count()).toBe(quoted);
    // Every quote arrived, with its text and a link to its passage.
    await page.waitForFunction(() => !document.body.textContent?.includes("Loading the quote"));
    expect(await page.locator('[data-testid="essay-quote"] blockquote').count()).toBe(quoted);
    await page.close();
  });

  it("downloads every export with the right content", async () => {
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await waitForGraph(page);
    const shown = await snapshot(page);
    const take = async (kind: string) => {
      await page.getByTestId("export").click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${kind}`).click()]);
      const file = (await download.path());
      return fs.readFileSync(file);
    };

    const png = await take("png");
    expect(png.subarray(1, 4).toString()).toBe("PNG");

    const svg = (await take("svg")).toString("utf8");
    expect(svg.match(/class="edge"/g)?.length).toBe(shown.edges.length);
    expect(svg.match(/class="node"/g)?.length).toBe(shown.nodes.length);
    expect(svg).toMatch(/Sources:/);

    const graphml = (await take("graphml")).toString("utf8");
    const doc = await page.evaluate((xml) => {
      const parsed = new DOMParser().parseFromString(xml, "application/xml");
      return { error: parsed.querySelector("parsererror") !== null, nodes: parsed.getElementsByTagName("node").length, edges: parsed.getElementsByTagName("edge").length };
    }, graphml);
    expect(doc).toEqual({ error: false, nodes: shown.nodes.length, edges: shown.edges.length });

    const json = JSON.parse((await take("json")).toString("utf8")) as { nodes: unknown[]; edges: unknown[] };
    expect([json.nodes.length, json.edges.length]).toEqual([shown.nodes.length, shown.edges.length]);

    const csv = (await take("csv")).toString("utf8").trim().split("\r\n");
    const header = csv[0]!.split(",");
    expect(header).toContain("citation");
    const shownStatements = Number(/(\d+) statements/.exec((await page.getByTestId("filter-summary").textContent())!)![1]);
    expect(csv.length - 1).toBe(shownStatements);
    const citation = header.indexOf("citation");
    for (const row of csv.slice(1)) expect(row.length).toBeGreaterThan(0);
    expect(csv.slice(1).every((row) => row.split(",").length > citation)).toBe(true);
    await page.close();
  });

  it("embeds a view as a minimal page that links back to the explorer", async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/embed?stance=oppose&from=1957-01&to=1957-12`);
    await waitForGraph(page);
    const link = await page.getByTestId("open-full").getAttribute("href");
    expect(link).toContain("stance=oppose");
    expect(await page.getByTestId("search").count()).toBe(0);
    const response = await page.request.get(`${BASE_URL}/embed`);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
    const home = await page.request.get(`${BASE_URL}/`);
    expect(home.headers()["x-frame-options"]).toBe("DENY");
    await screenshot(page, "embed");
    await page.close();
  });
});
