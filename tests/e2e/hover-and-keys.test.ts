import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
import { readDrawing, waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";
import { gql } from "../support/http";

/**
 * Issue 17: hovering an actor or a link shows its name, counts and net stance, beside it and never
 * over it; Tab reaches the graph, arrow keys move between actors and through an actor's links with
 * a ring drawn on the canvas, Enter opens the panel and Escape closes it.
 */

const NETWORK = `query { network { nodes { id name country statementsMade statementsReceived } edges { source target count counts { support oppose mixed neutral } firstDate lastDate } } }`;
type Network = {
  network: {
    nodes: { id: string; name: string; country: string | null; statementsMade: number; statementsReceived: number }[];
    edges: {
      source: string;
      target: string;
      count: number;
      counts: Record<string, number>;
      firstDate: string | null;
      lastDate: string | null;
    }[];
  };
};

async function truth(): Promise<Network["network"]> {
  const answer = await gql<Network>(NETWORK);
  expect(answer.errors).toBeUndefined();
  return answer.data!.network;
}

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function open(browser: BrowserContext, width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(BASE_URL);
  await waitForDrawing(page);
  return page;
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);

/** Whether the canvas draws the focus ring's sky blue (#0ea5e9, no country's colour) within `box` (page pixels). */
async function ringDrawnAround(page: Page, box: Rect, rgb: [number, number, number] = [14, 165, 233]): Promise<boolean> {
  return page.evaluate(
    ([b, c]) => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')) {
        const r = canvas.getBoundingClientRect();
        const scale = canvas.width / (r.width || 1);
        const x = Math.max(0, Math.floor((b.x - 8 - r.left) * scale));
        const y = Math.max(0, Math.floor((b.y - 8 - r.top) * scale));
        const w = Math.ceil((b.width + 16) * scale);
        const h = Math.ceil((b.height + 16) * scale);
        const pixels = canvas.getContext("2d")?.getImageData(x, y, w, h).data;
        if (!pixels) continue;
        for (let i = 0; i < pixels.length; i += 4) {
          if (
            pixels[i + 3]! > 128 &&
            Math.abs(pixels[i]! - c[0]) < 14 &&
            Math.abs(pixels[i + 1]! - c[1]) < 14 &&
            Math.abs(pixels[i + 2]! - c[2]) < 14
          )
            return true;
        }
      }
      return false;
    },
    [box, rgb] as const,
  );
}

describe("hover details and the keyboard on the graph", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => close?.());

  it("hovering an actor shows its name, country and counts beside it, gone when the pointer leaves or the view zooms", async () => {
    const network = await truth();
    const page = await open(browser, 1440, 900);
    const canvas = (await page.getByTestId("graph-canvas").boundingBox())!;
    const tito = network.nodes.find((n) => n.name === "Josip Broz Tito")!;
    const actor = page.getByRole("list", { name: "Actors drawn" }).getByRole("button", { name: tito.name, exact: true });
    const spot = (await actor.boundingBox())!;
    await page.mouse.move(spot.x + spot.width / 2, spot.y + spot.height / 2);
    const hover = page.getByTestId("graph-hover");
    await hover.waitFor();
    const text = (await hover.textContent())!;
    expect(text).toContain(tito.name);
    expect(text).toContain(tito.country ?? "Unknown");
    expect(text).toContain(`${tito.statementsMade} statement`);
    expect(text).toContain(`${tito.statementsReceived} received`);
    const received = network.edges.filter((e) => e.target === tito.id);
    const net = received.reduce((n, e) => n + (e.counts.support ?? 0) - (e.counts.oppose ?? 0), 0);
    expect(text).toContain(`Net received ${net > 0 ? `+${net}` : net < 0 ? `−${-net}` : "0"}`);
    const details = (await hover.boundingBox())!;
    expect(overlaps(details, spot)).toBe(false);
    expect(details.x).toBeGreaterThanOrEqual(canvas.x);
    expect(details.x + details.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    await screenshot(page, "hover-actor-desktop");
    await page.mouse.move(canvas.x + 5, canvas.y + canvas.height - 5);
    await hover.waitFor({ state: "detached" });
    await page.mouse.move(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await hover.waitFor();
    await page.mouse.wheel(0, -200);
    await hover.waitFor({ state: "detached" });
    await page.close();
  });

  it("hovering a link shows speaker → target, its count by stance, net stance and dates, off the line", async () => {
    const network = await truth();
    const page = await open(browser, 1440, 900);
    const drawing = await readDrawing(page);
    const canvas = (await page.getByTestId("graph-canvas").boundingBox())!;
    // The link whose middle is furthest from every other link and actor: the pointer rests on it alone.
    const points = [...drawing.links, ...drawing.actors];
    const distance = (l: { x: number; y: number }) =>
      Math.min(...points.filter((p) => p !== l).map((p) => Math.hypot(p.x - l.x, p.y - l.y)));
    const link = [...drawing.links].sort((a, b) => distance(b) - distance(a))[0]!;
    const [speaker, target] = link.name.replace(/, \d+ statements?$/, "").split(" → ") as [string, string];
    const ids = new Map(network.nodes.map((n) => [n.name, n.id]));
    const edge = network.edges.find((e) => e.source === ids.get(speaker) && e.target === ids.get(target))!;
    expect(edge).toBeDefined();
    await page.mouse.move(canvas.x + link.x, canvas.y + link.y);
    const hover = page.getByTestId("graph-hover");
    await hover.waitFor();
    const text = (await hover.textContent())!;
    expect(text).toContain(`${speaker} → ${target}`);
    expect(text).toContain(`${edge.count} statement`);
    for (const [stance, n] of Object.entries(edge.counts)) if (n > 0) expect(text).toContain(`${n} ${stance}`);
    expect(text).toMatch(/Net stance: (support|opposition|mixed|neutral)/);
    if (edge.firstDate) expect(text).toContain(edge.firstDate);
    if (edge.lastDate) expect(text).toContain(edge.lastDate);
    const details = (await hover.boundingBox())!;
    const pointer = { x: canvas.x + link.x - 3, y: canvas.y + link.y - 3, width: 6, height: 6 };
    expect(overlaps(details, pointer)).toBe(false);
    await screenshot(page, "hover-link-desktop");
    await page.close();
  });

  it("Tab reaches the graph; arrows go to the nearest actor that way, ] through its links, with a ring on the canvas; Enter opens, Escape closes", async () => {
    const page = await open(browser, 1440, 900);
    await page.getByTestId("search").focus();
    for (
      let i = 0;
      i < 60 && (await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))) !== "graph-actor";
      i++
    )
      await page.keyboard.press("Tab");
    const first = (await focusedName(page))!;
    expect(first).not.toBeNull();
    const hover = page.getByTestId("graph-hover");
    await hover.waitFor();
    expect(await hover.textContent()).toContain(first);
    expect(await page.getByTestId("graph-hover-keys").textContent()).toContain("Enter opens");

    // Right: the actor reached lies to the right, and no actor lies between them on that line.
    const drawing = await readDrawing(page);
    const from = drawing.actors.find((a) => a.name === first)!;
    await page.keyboard.press("ArrowRight");
    const right = (await focusedName(page))!;
    const to = drawing.actors.find((a) => a.name === right)!;
    if (drawing.actors.some((a) => a.x > from.x + 1)) {
      expect(to.x).toBeGreaterThan(from.x);
      const nearer = drawing.actors.filter(
        (a) =>
          a !== to &&
          a.x > from.x + 1 &&
          Math.hypot(a.x - from.x, a.y - from.y) < Math.hypot(to.x - from.x, to.y - from.y) &&
          Math.abs(a.y - from.y) < Math.abs(to.y - from.y) &&
          a.x - from.x < to.x - from.x,
      );
      expect(nearer.map((a) => a.name)).toEqual([]);
    }
    const spot = (await page
      .getByRole("list", { name: "Actors drawn" })
      .getByRole("button", { name: right, exact: true })
      .boundingBox())!;
    await page.mouse.move(0, 0);
    expect(await ringDrawnAround(page, spot)).toBe(true);
    await screenshot(page, "keyboard-ring-desktop");

    // ] walks through the actor's links; Escape comes back to the actor.
    const own = drawing.links.filter((l) => l.name.startsWith(`${right} → `) || l.name.includes(` → ${right},`));
    await page.keyboard.press("]");
    const link = (await focusedName(page))!;
    expect(own.map((l) => l.name)).toContain(link);
    expect(await hover.textContent()).toContain(link.replace(/, \d+ statements?$/, ""));
    if (own.length > 1) {
      await page.keyboard.press("]");
      const next = (await focusedName(page))!;
      expect(own.map((l) => l.name)).toContain(next);
      expect(next).not.toBe(link);
    }
    await page.keyboard.press("Escape");
    expect(await focusedName(page)).toBe(right);

    await page.keyboard.press("Enter");
    await page.getByTestId("dossier").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toContain(right);
    await page.keyboard.press("Escape");
    await page.getByTestId("side-panel").waitFor({ state: "detached" });
    expect(await focusedName(page)).toBe(right);
    await page.close();
  });

  it("draws both camps of the analysis at once, as a pink and a teal ring, with a legend line", async () => {
    for (const size of [
      { name: "desktop", width: 1440, height: 900 },
      { name: "phone", width: 390, height: 844 },
    ]) {
      const page = await open(browser, size.width, size.height);
      await page.getByTestId("open-analysis").click();
      const analysis = page.getByTestId("signed-analysis");
      await analysis.waitFor();
      const camp1 = (await analysis.getByTestId("camp-1").locator("p").nth(1).textContent())!.split(", ");
      const camp2 = (await analysis.getByTestId("camp-2").locator("p").nth(1).textContent())!.split(", ");
      await analysis.getByRole("button", { name: "Show both camps on the graph" }).click();
      await page.getByRole("button", { name: /^Close camps/ }).click();
      await page.getByTestId("legend-camps").waitFor();
      await page.mouse.move(0, 0);
      const spotOf = async (name: string) =>
        page.getByRole("list", { name: "Actors drawn" }).getByRole("button", { name, exact: true }).boundingBox();
      const one = await spotOf(camp1[0]!);
      const two = await spotOf(camp2[0]!);
      if (one) expect(await ringDrawnAround(page, one, [219, 39, 119])).toBe(true);
      if (two) expect(await ringDrawnAround(page, two, [13, 148, 136])).toBe(true);
      await screenshot(page, `camps-${size.name}`);
      await page.getByTestId("hide-camps").click();
      await page.getByTestId("legend-camps").waitFor({ state: "detached" });
      // The canvas draws the change at its next frame.
      if (one) await expect.poll(() => ringDrawnAround(page, one, [219, 39, 119]), { timeout: 5_000 }).toBe(false);
      await page.close();
    }
  });

  it("gives names a dark backing in dark mode", async () => {
    const page = await open(browser, 1440, 900);
    await page.getByRole("button", { name: /dark mode/i }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
    await page.mouse.move(0, 0);
    const label = page.getByTestId("graph-label").first();
    const box = (await label.boundingBox())!;
    // Inside a drawn name's box, no near-white backing is left, once the canvas has drawn the theme.
    const white = () => page.evaluate((b) => {
      let count = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')) {
        const r = canvas.getBoundingClientRect();
        const scale = canvas.width / (r.width || 1);
        const data = canvas
          .getContext("2d")
          ?.getImageData(
            Math.floor((b.x - r.left) * scale),
            Math.floor((b.y - r.top) * scale),
            Math.ceil(b.width * scale),
            Math.ceil(b.height * scale),
          ).data;
        if (!data) continue;
        for (let i = 0; i < data.length; i += 4)
          if (data[i + 3]! > 180 && data[i]! > 235 && data[i + 1]! > 235 && data[i + 2]! > 235) count += 1;
      }
      return count;
    }, box);
    await expect.poll(white, { timeout: 5_000 }).toBeLessThan(4);
    await screenshot(page, "dark-labels-desktop");
    await page.close();
  });
});
