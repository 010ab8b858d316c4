import type { Page } from "playwright-core";

/**
 * What the graph canvas shows, read the way assistive technology reads it: from the outline the
 * canvas keeps over itself (app/components/graph-outline.tsx), one element per actor and link
 * where it is drawn, each name laid where it is legible, and a sentence saying what is drawn.
 * Shared by the browser tests and the explorer benchmark.
 */
export interface DrawnItem {
  /** The accessible name: an actor's name, or "speaker → target, n statements". */
  name: string;
  /** Centre, in pixels from the canvas's top left corner. */
  x: number;
  y: number;
  /** The selected one (aria-current). */
  current: boolean;
  /** "highlighted", "dimmed", or null (aria-description). */
  emphasis: string | null;
}

export interface DrawnBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Drawing {
  /** The canvas's size in pixels. */
  width: number;
  height: number;
  actors: DrawnItem[];
  links: DrawnItem[];
  /** The names drawn legibly, where they are drawn. */
  labels: { name: string; box: DrawnBox }[];
  /** The canvas's description: how many actors and links are drawn. */
  summary: string;
}

/*
 * Read with a string evaluated as written: the script runner would otherwise wrap the named
 * functions inside it in a helper the page does not have.
 */
const READ_DRAWING = `(() => {
  const outline = document.querySelector('[data-testid="graph-outline"]');
  if (!outline) return { width: 0, height: 0, actors: [], links: [], labels: [], summary: "" };
  const origin = outline.getBoundingClientRect();
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { x1: r.left - origin.left, y1: r.top - origin.top, x2: r.right - origin.left, y2: r.bottom - origin.top };
  };
  const item = (el) => {
    const b = box(el);
    return { name: el.getAttribute("aria-label") ?? "", x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, current: el.getAttribute("aria-current") === "true", emphasis: el.getAttribute("aria-description") };
  };
  return {
    width: origin.width,
    height: origin.height,
    actors: [...outline.querySelectorAll('[data-testid="graph-actor"]')].map(item),
    links: [...outline.querySelectorAll('[data-testid="graph-link"]')].map(item),
    labels: [...outline.querySelectorAll('[data-testid="graph-label"]')].map((el) => ({ name: el.textContent ?? "", box: box(el) })),
    summary: outline.querySelector('[data-testid="graph-summary"]')?.textContent ?? "",
  };
})()`;

export function readDrawing(page: Page): Promise<Drawing> {
  return page.evaluate<Drawing>(READ_DRAWING);
}

/** Waits until the canvas draws at least one actor. */
export async function waitForDrawing(page: Page, options: { timeout?: number; polling?: number } = {}): Promise<void> {
  // A function, not a string: the app's Content-Security-Policy forbids evaluating strings in the page.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="graph-outline"] [data-testid="graph-actor"]').length > 0, undefined, options);
}

/** How many actors and links the canvas says it draws, listed in its outline or not. */
export function drawnCounts(drawing: Drawing): { actors: number; links: number } {
  const match = /([\d,]+) actors? and ([\d,]+) links? drawn/.exec(drawing.summary);
  const count = (text: string | undefined) => Number((text ?? "0").replace(/,/g, ""));
  return { actors: count(match?.[1]), links: count(match?.[2]) };
}
