import { WEBGL_MIN_ELEMENTS, isSoftwareGl } from "@/app/components/cytoscape-instance";
import { call, startHarness, type Renderer } from "./browser-bench";
import type { Figure } from "./figure";

const RENDERERS: Renderer[] = ["canvas", "webgl", "sigma"];
const ELEMENT_SIZES = [1_000, 5_000, 20_000];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The browser's figures for `npm run bench`: frames per second while panning and zooming with each
 * renderer at each size, and the explorer's worker layout (time, and the longest main-thread task
 * meanwhile). Sizes count elements (nodes + edges); the synthetic graph has two arrows per person.
 */
export async function measureBrowser(quick: boolean, record: (figure: Figure) => void): Promise<void> {
  const seconds = quick ? 2 : 5;
  const layoutRepeats = quick ? 1 : 3;
  const harness = await startHarness();
  try {
    const probe = await harness.open();
    const gl = await call(probe, "webglRenderer");
    await probe.close();
    const conditions = `headless Chromium 1280×800, WebGL: ${gl}`;
    console.log(`\nRendering (${seconds} s of pan and zoom per case; ${conditions})`);
    for (const elements of ELEMENT_SIZES) {
      const fps: Partial<Record<Renderer, number>> = {};
      for (const renderer of RENDERERS) {
        // A fresh page per case: no renderer inherits another's caches or GL contexts.
        const page = await harness.open();
        const run = await call(page, "fps", renderer, Math.round(elements / 3), seconds);
        await page.close();
        fps[renderer] = run.frames / run.seconds;
        record({
          name: `fps ${renderer}, ${elements.toLocaleString("en")} elements`,
          value: round(run.frames / run.seconds),
          unit: "fps",
          median: median(run.perSecond),
          spread: [Math.min(...run.perSecond), Math.max(...run.perSecond)],
          note: `${run.elements} elements; per-second frames ${run.perSecond.join(", ")}`,
        });
      }
      record({ name: `WebGL / canvas, ${elements.toLocaleString("en")} elements`, value: round(fps.webgl! / fps.canvas!, 2), unit: "×", goal: "≥ 3×", note: conditions });
      const chosen: Renderer = elements >= WEBGL_MIN_ELEMENTS && !isSoftwareGl(gl) ? "webgl" : "canvas";
      record({ name: `explorer / sigma.js, ${elements.toLocaleString("en")} elements`, value: round(fps[chosen]! / fps.sigma!, 2), unit: "×", goal: "≥ 1×", note: `the explorer draws this size with its ${chosen} renderer here` });
    }

    console.log(`\nLayout in the worker (${layoutRepeats} run${layoutRepeats > 1 ? "s" : ""} per size)`);
    const page = await harness.open();
    for (const [people, goal] of [
      [1_000, "≤ 1 s"],
      [10_000, "≤ 5 s"],
    ] as const) {
      const runs = [];
      for (let i = 0; i < layoutRepeats; i++) runs.push(await call(page, "layout", people));
      const times = runs.map((r) => r.ms);
      record({
        name: `layout of ${people.toLocaleString("en")} nodes`,
        value: Math.round(median(times)),
        unit: "ms",
        goal,
        median: Math.round(median(times)),
        spread: [Math.round(Math.min(...times)), Math.round(Math.max(...times))],
        note: `${runs[0]!.edges} edges; the page drew ${runs.map((r) => r.frames).join(", ")} frames meanwhile`,
      });
      record({
        name: `longest main-thread task during layout, ${people.toLocaleString("en")} nodes`,
        value: Math.round(Math.max(...runs.map((r) => r.longestTaskMs))),
        unit: "ms",
        goal: "no task > 50 ms",
        note: `${runs.reduce((n, r) => n + r.longTasks, 0)} tasks over 50 ms (Long Tasks API; 0 means none)`,
      });
    }
    await page.close();
  } finally {
    await harness.close();
  }
}
