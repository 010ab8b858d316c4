import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEssays } from "@/graph/essays";
import { launchBrowser, screenshot } from "../support/browser";
import { readDrawing, waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";
import { gql } from "../support/http";

/**
 * Issue 17, part C: views that agree with each other (essay steps, the evidence panel, the
 * counts), the selection framed where the side panel leaves the canvas visible, paths through
 * parties and states, and names (never ids) in the panel's title.
 */

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "laptop", width: 1280, height: 720 },
  { name: "phone", width: 390, height: 844 },
] as const;

type Link = { name: string; stance: string | null; emphasis: string | null; x: number; y: number };

/** The links the canvas draws, with the net stance each is coloured by. */
const links = (page: Page): Promise<Link[]> =>
  page.locator('[data-testid="graph-outline"] [data-testid="graph-link"]').evaluateAll((els) => {
    const origin = document.querySelector('[data-testid="graph-outline"]')!.getBoundingClientRect();
    return els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.getAttribute("aria-label") ?? "", stance: el.getAttribute("data-stance"), emphasis: el.getAttribute("aria-description"), x: (r.left + r.right) / 2 - origin.left, y: (r.top + r.bottom) / 2 - origin.top };
    });
  });

const NETWORK = `query($filter: StatementFilter) { network(filter: $filter) { nodes { id name } edges { id source target count netStance } } }`;
type Network = { network: { nodes: { id: string; name: string }[]; edges: { id: string; source: string; target: string; count: number; netStance: string }[] } };

async function networkOf(filter: Record<string, unknown>): Promise<Network["network"]> {
  const answer = await gql<Network>(NETWORK, { filter });
  expect(answer.errors).toBeUndefined();
  return answer.data!.network;
}

const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
};

async function sized(browser: BrowserContext, width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  return page;
}

/** The uncovered part of the canvas, in page pixels. */
async function uncoveredCanvas(page: Page) {
  const canvas = (await page.getByTestId("graph-canvas").boundingBox())!;
  const panel = await page.getByTestId("panel-frame").boundingBox();
  if (!panel) return canvas;
  if (panel.x - canvas.x > 80) return { ...canvas, width: panel.x - canvas.x };
  return { ...canvas, height: panel.y - canvas.y };
}

describe("views that agree, and a selection the panel does not hide", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => close?.());

  it("colours an essay step's arrows by the statements of the step's window, as its quotes are", async () => {
    const essay = listEssays()[0]!;
    const page = await sized(browser, 1440, 900);
    await page.goto(`${BASE_URL}/essays/${essay.slug}`);
    await waitForDrawing(page);
    const steps = page.getByTestId("essay-step");
    for (let i = 0; i < essay.steps.length; i++) {
      const step = essay.steps[i]!;
      await steps.nth(i).evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.waitForFunction((n) => document.querySelector('[data-testid="essay-graph"]')?.getAttribute("data-active-step") === String(n), i);
      const truth = await networkOf({ from: step.from ? `${step.from}-01` : null, to: step.to ? lastDay(step.to) : null, speakers: step.people, targets: step.people, includeOrganizations: true });
      const names = new Map(truth.nodes.map((n) => [n.id, n.name]));
      const expected = truth.edges.map((e) => ({ name: `${names.get(e.source)} → ${names.get(e.target)}, ${e.count} ${e.count === 1 ? "statement" : "statements"}`, stance: e.netStance })).sort((a, b) => a.name.localeCompare(b.name));
      // The step's arrows, and only they, are drawn: each with the count and stance of the window.
      await expect
        .poll(async () => (await links(page)).map((l) => ({ name: l.name, stance: l.stance })).sort((a, b) => a.name.localeCompare(b.name)), { timeout: 10_000 })
        .toEqual(expected);
      if (step.from) expect(await page.getByTestId("essay-step-filter").textContent()).toContain(step.from);
      await screenshot(page, `agree-essay-step-${i + 1}-desktop`);
    }

    // The first step: the 1954 letter's supports, drawn as support, not as the period's "mixed".
    await steps.first().evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.waitForFunction(() => document.querySelector('[data-testid="essay-graph"]')?.getAttribute("data-active-step") === "0");
    const first = steps.first().getByTestId("essay-quote");
    await page.waitForFunction(() => !document.body.textContent?.includes("Loading the quote"));
    const quoted = await first.allTextContents();
    const cpsuToLcy = quoted.filter((q) => /CPSU|Communist Party of the Soviet Union/.test(q) && /League of Communists|LCY/.test(q));
    expect(cpsuToLcy.length).toBeGreaterThan(0);
    await expect.poll(async () => (await links(page)).find((l) => /^(CC CPSU|Communist Party of the Soviet Union) → League of Communists of Yugoslavia,/.test(l.name))?.stance, { timeout: 10_000 }).toBe("support");
    await page.close();
  });

  it("keeps the timeline's axis on the corpus when a stance is chosen, so a drag aimed at 1956 selects 1956", async () => {
    const page = await sized(browser, 1440, 900);
    await page.goto(BASE_URL);
    await waitForDrawing(page);
    const timeline = page.getByTestId("timeline");
    await timeline.waitFor();
    const axis = async () => [await timeline.getAttribute("data-first-month"), await timeline.getAttribute("data-last-month")];
    const before = await axis();
    await page.getByLabel("oppose").check();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("stance") === "oppose");
    await page.waitForLoadState("networkidle");
    expect(await axis()).toEqual(before);

    // Drag from the 1956 tick to December 1956.
    const start = (await page.locator('[data-testid="timeline-ticks"] [data-month="1956-01"]').boundingBox())!;
    const end = (await page.locator('[data-testid="timeline-ticks"] [data-month="1956-12"]').boundingBox())!;
    const box = (await timeline.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(start.x + start.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(end.x + end.width / 2, y, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("to") === "1956-12");
    const url = new URL(page.url());
    expect([url.searchParams.get("from"), url.searchParams.get("to")]).toEqual(["1956-01", "1956-12"]);
    expect(await axis()).toEqual(before);
    await screenshot(page, "agree-timeline-drag-1956-desktop");

    // Typed dates give the same view as a drag over the same months.
    await page.getByTestId("timeline-from").fill("1956-09");
    await page.getByTestId("timeline-to").fill("1956-12");
    await page.getByTestId("timeline-apply").click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("from") === "1956-09");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(400);
    const typed = (await links(page)).map((l) => l.name).sort();
    const sep = (await page.locator('[data-testid="timeline-ticks"] [data-month="1956-09"]').boundingBox())!;
    await page.mouse.move(sep.x + sep.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(end.x + end.width / 2, y, { steps: 6 });
    await page.mouse.up();
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(400);
    expect(new URL(page.url()).searchParams.get("from")).toBe("1956-09");
    expect((await links(page)).map((l) => l.name).sort()).toEqual(typed);
    expect(typed.length).toBeGreaterThan(0);

    // A date it cannot read is refused with a message.
    await page.getByTestId("timeline-from").fill("Sept 1956");
    await page.getByTestId("timeline-apply").click();
    expect(await page.getByTestId("timeline-error").textContent()).toContain("write a year (1956) or a year and month (1956-09)");
    await page.close();
  });

  it("plays the months: the window moves forward a month at a time and the URL keeps it", async () => {
    const page = await sized(browser, 1440, 900);
    await page.goto(`${BASE_URL}/?from=1956-09&to=1956-09`);
    await waitForDrawing(page);
    await page.getByTestId("timeline-speed").selectOption({ label: "fast" });
    await page.getByTestId("timeline-play").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("from") === "1956-10", undefined, { timeout: 5_000 });
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("from") === "1956-11", undefined, { timeout: 5_000 });
    await page.keyboard.press("Enter");
    const paused = new URL(page.url()).searchParams.get("from")!;
    await page.waitForTimeout(1_500);
    expect(new URL(page.url()).searchParams.get("from")).toBe(paused);
    expect(new URL(page.url()).searchParams.get("to")).toBe(paused);
    // The graph shows the month it stopped on.
    const truth = await networkOf({ from: `${paused}-01`, to: lastDay(paused), includeOrganizations: false });
    await expect.poll(async () => (await links(page)).length, { timeout: 10_000 }).toBe(truth.edges.length);
    await screenshot(page, "agree-timeline-playback-desktop");
    await page.close();
  });

  it("shows the statements the edge is drawn from, under the filters it names", async () => {
    const page = await sized(browser, 1440, 900);
    await page.goto(`${BASE_URL}/?stance=oppose&from=1956-09&to=1956-12`);
    await waitForDrawing(page);
    const truth = await networkOf({ stances: ["oppose"], from: "1956-09-01", to: "1956-12-31", includeOrganizations: false });
    const edge = truth.edges.find((e) => e.source === "khrushchev" && e.target === "tito")!;
    expect(edge).toBeDefined();
    const total = truth.edges.reduce((n, e) => n + e.count, 0);
    // The arrow, the toolbar's count and the panel all count the statements of the same view.
    const name = `Nikita Khrushchev → Josip Broz Tito, ${edge.count} ${edge.count === 1 ? "statement" : "statements"}`;
    await expect.poll(async () => (await links(page)).find((l) => l.name.startsWith("Nikita Khrushchev → Josip Broz Tito,"))?.name, { timeout: 15_000 }).toBe(name);
    const summary = (await page.getByTestId("filter-summary").textContent())!;
    expect(summary).toContain(`${truth.edges.length} links, ${total} statements`);
    expect(summary).toContain("filtered by 1956-09 – 1956-12 · stance: oppose");
    // Chosen from the canvas's outline, as a keyboard does: arrows that cross share pixels.
    await page.getByRole("button", { name, exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("statement-list").waitFor();
    const said = (await page.getByTestId("evidence-count").textContent())!;
    expect(said).toContain(`${edge.count} statement`);
    expect(said).toContain("filtered by 1956-09 – 1956-12 · stance: oppose");
    expect(await page.getByTestId("statement").count()).toBe(edge.count);
    for (const badge of await page.locator('[data-testid="statement"]').allTextContents()) expect(badge).toMatch(/oppose/i);
    expect(await page.getByTestId("panel-title").textContent()).toBe("Nikita Khrushchev → Josip Broz Tito");
    await screenshot(page, "agree-evidence-filtered-desktop");
    await page.close();
  });

  it("says what is true of someone not drawn when no filter is set, and titles panels by name", async () => {
    const page = await sized(browser, 1440, 900);
    await page.goto(`${BASE_URL}/?sel=bulganin`);
    await page.getByTestId("panel-title").waitFor();
    await expect.poll(async () => page.getByTestId("panel-title").textContent(), { timeout: 10_000 }).toMatch(/Bulganin/);
    expect(await page.getByTestId("panel-title").textContent()).not.toBe("bulganin");
    await page.goto(BASE_URL);
    await waitForDrawing(page);
    await page.getByTestId("search").fill("CPSU");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Enter");
    const notice = page.getByText(/is a party or state|is not in the graph/).first();
    await notice.waitFor();
    expect(await notice.textContent()).not.toContain("under the current filters");
    await page.close();
  });

  it("highlights every actor and link of a path through a party, after offering to draw parties and states", async () => {
    const page = await sized(browser, 1440, 900);
    await page.goto(BASE_URL);
    await waitForDrawing(page);
    for (const [field, name] of [["path-from", "Hoxha"], ["path-to", "Tito"]] as const) {
      await page.getByTestId(field).fill(name);
      await page.getByRole("option", { name: new RegExp(name) }).first().waitFor();
      await page.keyboard.press("Enter");
    }
    await page.getByTestId("find-paths").click();
    await page.getByTestId("paths").waitFor();
    const through = page.getByTestId("paths").getByRole("button", { name: /CPSU|Communist Party of the Soviet Union/ }).first();
    await through.click();
    const hint = page.getByTestId("path-hidden");
    await hint.waitFor();
    expect(await hint.textContent()).toContain("Include parties and states");
    const chain = (await through.textContent())!.split(" → ");
    await hint.getByRole("button", { name: "Include parties and states" }).click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get("orgs") === "1");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(600);
    const drawing = await readDrawing(page);
    const highlighted = drawing.actors.filter((a) => a.emphasis === "highlighted").map((a) => a.name);
    for (const name of chain) expect(highlighted, name).toContain(name);
    const lit = drawing.links.filter((l) => l.emphasis === "highlighted").map((l) => l.name);
    for (let i = 1; i < chain.length; i++) {
      expect(lit.some((l) => l.startsWith(`${chain[i - 1]} → ${chain[i]},`) || l.startsWith(`${chain[i]} → ${chain[i - 1]},`)), `${chain[i - 1]} – ${chain[i]}`).toBe(true);
    }
    await screenshot(page, "agree-path-through-party-desktop");
    await page.close();
  });

  for (const size of SIZES) {
    it(`frames a selected link and person where the panel leaves the canvas visible at ${size.width}×${size.height}`, async () => {
      const page = await sized(browser, size.width, size.height);
      await page.goto(BASE_URL);
      await waitForDrawing(page);
      await page.waitForTimeout(400);
      const inside = async (name: (n: string) => boolean, kind: "actors" | "links") => {
        const drawing = await readDrawing(page);
        const item = drawing[kind].find((i) => name(i.name));
        if (!item) return false;
        const canvas = (await page.getByTestId("graph-canvas").boundingBox())!;
        const free = await uncoveredCanvas(page);
        const x = canvas.x + item.x;
        const y = canvas.y + item.y;
        return x >= free.x && x <= free.x + free.width && y >= free.y && y <= free.y + free.height;
      };
      // A shared link opening on an edge: Khrushchev → Nagy.
      await page.goto(`${BASE_URL}/?sel=khrushchev->nagy`);
      await waitForDrawing(page);
      await page.getByTestId("statement-list").waitFor();
      await expect.poll(() => inside((n) => n.startsWith("Nikita Khrushchev → Imre Nagy,"), "links"), { timeout: 10_000 }).toBe(true);
      await screenshot(page, `agree-framed-edge-${size.name}`);
      // A person chosen by search.
      await page.getByTestId("search").fill("Nagy");
      await page.getByRole("option", { name: /Nagy/ }).first().waitFor();
      await page.keyboard.press("Enter");
      await page.getByTestId("dossier").waitFor();
      await expect.poll(() => inside((n) => n === "Imre Nagy", "actors"), { timeout: 10_000 }).toBe(true);
      await screenshot(page, `agree-framed-person-${size.name}`);
      // Closing the panel keeps the selection and "Show neighbourhood".
      await page.getByRole("button", { name: "Close panel" }).click();
      await page.getByTestId("selection-bar").getByRole("button", { name: "Show neighbourhood" }).click();
      await page.waitForFunction(() => new URLSearchParams(window.location.search).has("hl"));
      expect(new URL(page.url()).searchParams.get("sel")).toBe("nagy");
      await screenshot(page, `agree-panel-closed-${size.name}`);
      await page.close();
    });
  }
});
