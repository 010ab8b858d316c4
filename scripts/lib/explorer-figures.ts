import type { Page } from "playwright-core";
import { launchChromium } from "./chromium";
import type { Figure } from "./figure";


type Cy = {
  nodes(selector?: string): { length: number };
  edges(selector?: string): { length: number };
};

/**
 * Pans and zooms the drawn graph on every animation frame for four seconds and answers the frame
 * rate. A string, evaluated as written: the script runner would otherwise wrap named functions in
 * a helper the page does not have.
 */
const PAN_AND_ZOOM = `new Promise((resolve) => {
  const cy = window.__cy;
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  const seconds = 4;
  let frames = 0;
  const start = performance.now();
  const tick = (now) => {
    const t = (now - start) / 1000;
    if (t >= seconds) return resolve(frames / t);
    frames++;
    cy.panBy({ x: Math.cos(t * 3) * 6, y: Math.sin(t * 3) * 4 });
    cy.zoom({ level: cy.zoom() * (Math.sin(t * 2) > 0 ? 1.01 : 0.99), renderedPosition: centre });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

const drawnCounts = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __cy?: Cy }).__cy;
    return cy ? { nodes: cy.nodes(":visible").length, edges: cy.edges(":visible").length } : { nodes: 0, edges: 0 };
  });

/**
 * The explorer itself on the benchmark's corpus, in Chromium, as a reader meets it: how long until
 * the first view is drawn, the frame rate while panning and zooming it, and how long a date filter
 * takes to apply.
 */
export async function measureExplorer(base: string, record: (figure: Figure) => void): Promise<void> {
  const { browser, close } = await launchChromium();
  try {
    const page = await browser.newPage();
    const began = performance.now();
    await page.goto(`${base}/`, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => ((window as unknown as { __cy?: Cy }).__cy?.nodes(":visible").length ?? 0) > 0, undefined, { timeout: 180_000, polling: 100 });
    const firstView = performance.now() - began;
    const first = await drawnCounts(page);
    const castSize = page.getByTestId("cast-size");
    const cast = (await castSize.count()) > 0 ? ` the ${Number(await castSize.inputValue()).toLocaleString("en")} most active actors` : null;
    record({
      name: "explorer: first view drawn",
      value: Math.round(firstView),
      unit: "ms",
      note: `${first.nodes} actors, ${first.edges} links on screen${cast ? `;${cast}` : ""}; from navigation, layout included`,
    });

    const fps = await page.evaluate<number>(PAN_AND_ZOOM);
    record({ name: "explorer: pan and zoom", value: Math.round(fps * 10) / 10, unit: "fps", note: `${first.nodes + first.edges} elements drawn (the first view), 4 s` });

    // One step of the timeline's keyboard control narrows the range by a month; the drawn
    // links change when the filtered network has arrived and been applied.
    await page.getByTestId("timeline").focus();
    const filterBegan = performance.now();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      (before) => {
        const cy = (window as unknown as { __cy?: Cy }).__cy;
        return cy !== undefined && cy.edges(":visible").length !== before;
      },
      first.edges,
      { timeout: 120_000, polling: 50 },
    );
    const filtered = await drawnCounts(page);
    record({
      name: "explorer: date filter applied",
      value: Math.round(performance.now() - filterBegan),
      unit: "ms",
      note: `${first.edges} → ${filtered.edges} links; from the key press, request and redraw included`,
    });

  } finally {
    await close();
  }
}
