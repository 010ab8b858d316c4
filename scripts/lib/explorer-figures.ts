import type { Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { drawnCounts, readDrawing, waitForDrawing, type Drawing } from "./drawing";
import type { Figure } from "./figure";

/**
 * Counts the page's animation frames for four seconds and answers the frame rate. A string,
 * evaluated as written: the script runner would otherwise wrap named functions in a helper the
 * page does not have.
 */
const FRAME_RATE = `new Promise((resolve) => {
  const seconds = 4;
  let frames = 0;
  const start = performance.now();
  const tick = (now) => {
    const t = (now - start) / 1000;
    if (t >= seconds) return resolve(frames / t);
    frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/**
 * A print of what the graph's canvas layers have painted (every 97th pixel's red and alpha, with
 * its place), answered once something is painted and the print differs from `earlier`; false
 * until then. Passed to the page as a function with no named helpers inside: the app's
 * Content-Security-Policy forbids evaluating strings, and the page has no helpers of ours.
 */
const PAINTED = (earlier: number | null): number | false => {
  let inked = 0;
  let print = 1;
  for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')) {
    const context = canvas.width > 0 && canvas.height > 0 ? canvas.getContext("2d") : null;
    if (!context) continue;
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4 * 97) {
      if (data[i + 3]! > 0) inked++;
      print = (print * 31 + data[i]! * 7 + data[i + 3]! + i) % 2_147_483_647;
    }
  }
  return inked > 0 && print !== earlier ? print : false;
};

/** The canvas's print once it has stopped changing (the redraw that follows a pan or zoom is done). */
async function settledPrint(page: Page): Promise<number> {
  let last = (await page.evaluate(PAINTED, null)) as number;
  for (let same = 0; same < 5; ) {
    await page.waitForTimeout(100);
    const now = (await page.evaluate(PAINTED, null)) as number;
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

/** The point of the canvas farthest from every drawn actor: a drag that starts there pans. */
function background(drawing: Drawing): { x: number; y: number } {
  let best = { x: drawing.width / 2, y: drawing.height / 2, distance: -1 };
  for (let i = 1; i < 20; i++) {
    for (let j = 1; j < 12; j++) {
      const x = (drawing.width * i) / 20;
      const y = (drawing.height * j) / 12;
      const distance = Math.min(...drawing.actors.map((a) => Math.hypot(a.x - x, a.y - y)));
      if (distance > best.distance) best = { x, y, distance };
    }
  }
  return best;
}

/**
 * Pans and zooms the drawn graph with the mouse, as a reader does, for as long as the frames are
 * counted: drags on the background there and back, and wheel turns in and out around one point,
 * so the view comes back to where it started and the drag keeps starting on the background.
 */
async function panAndZoom(page: Page): Promise<number> {
  const canvas = (await page.getByTestId("graph-canvas").boundingBox())!;
  const spot = background(await readDrawing(page));
  const at = { x: canvas.x + spot.x, y: canvas.y + spot.y };
  const counted = page.evaluate<number>(FRAME_RATE);
  const until = Date.now() + 4_000;
  await page.mouse.move(at.x, at.y);
  for (let turn = 0; Date.now() < until; turn++) {
    const angle = turn * 0.7;
    const away = { x: at.x + Math.cos(angle) * 60, y: at.y + Math.sin(angle) * 40 };
    await page.mouse.down();
    await page.mouse.move(away.x, away.y, { steps: 6 });
    await page.mouse.up();
    await page.mouse.down();
    await page.mouse.move(at.x, at.y, { steps: 6 });
    await page.mouse.up();
    await page.mouse.wheel(0, -120);
    await page.mouse.wheel(0, 120);
  }
  return counted;
}

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
    // Drawn is painted: the moment the canvas shows the graph. The outline over it (what the
    // keyboard and screen readers reach) is read from the drawing after that, and timed apart.
    await page.waitForFunction(PAINTED, null, { timeout: 180_000, polling: 50 });
    const firstView = performance.now() - began;
    await waitForDrawing(page, { timeout: 180_000, polling: 50 });
    const outlined = performance.now() - began;
    const first = drawnCounts(await readDrawing(page));
    const castSize = page.getByTestId("cast-size");
    const cast = (await castSize.count()) > 0 ? ` the ${Number(await castSize.inputValue()).toLocaleString("en")} most active actors` : null;
    record({
      name: "explorer: first view drawn",
      value: Math.round(firstView),
      unit: "ms",
      note: `${first.actors} actors, ${first.links} links on screen${cast ? `;${cast}` : ""}; from navigation until the canvas paints them, layout included`,
    });
    record({
      name: "explorer: first view outlined",
      value: Math.round(outlined),
      unit: "ms",
      note: `from navigation until the outline over the canvas (keyboard and screen readers) lists the ${first.actors + first.links} elements drawn`,
    });

    const fps = await panAndZoom(page);
    record({ name: "explorer: pan and zoom", value: Math.round(fps * 10) / 10, unit: "fps", note: `${first.actors + first.links} elements drawn (the first view), mouse drags and wheel turns for 4 s` });

    // One step of the timeline's keyboard control narrows the range by a month; the drawn
    // links change when the filtered network has arrived and been applied.
    await page.getByTestId("timeline").focus();
    const before = await settledPrint(page);
    const filterBegan = performance.now();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(PAINTED, before, { timeout: 120_000, polling: 50 });
    const filterPainted = performance.now() - filterBegan;
    await page.waitForFunction(
      (links) => !(document.querySelector('[data-testid="graph-summary"]')?.textContent ?? "").includes(` and ${links} link`),
      first.links.toLocaleString("en"),
      { timeout: 120_000, polling: 50 },
    );
    const filterOutlined = performance.now() - filterBegan;
    const filtered = drawnCounts(await readDrawing(page));
    record({
      name: "explorer: date filter applied",
      value: Math.round(filterPainted),
      unit: "ms",
      note: `${first.links} → ${filtered.links} links; from the key press until the canvas repaints, request included; the outline follows at ${Math.round(filterOutlined)} ms`,
    });
  } finally {
    await close();
  }
}
