import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startHarness, type Harness } from "../../scripts/lib/browser-bench";
import { screenshot } from "../support/browser";
import { readDrawing, waitForDrawing } from "../support/drawing";

const PEOPLE = 8_000;

/** The explorer's GraphCanvas on a large synthetic network, in the browser harness the benchmarks use. */
describe("a large network in the explorer's canvas", () => {
  let harness: Harness | undefined;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it("lays out in a worker while the page keeps answering, then draws every node in its place", async () => {
    const page = await harness!.open();
    await call(page, "mountCanvas", PEOPLE);
    const status = page.getByTestId("layout-status");
    await status.waitFor();
    expect(await status.textContent()).toContain(`Laying out ${PEOPLE.toLocaleString("en")} nodes`);

    // A page blocked by the layout would only handle the click after the layout, status gone.
    await page.getByTestId("poke").click();
    await page.getByText("Clicked 1").waitFor({ timeout: 2_000 });
    expect(await status.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector('[data-testid="graph-canvas"]')?.getAttribute("aria-busy"))).toBe("true");

    await status.waitFor({ state: "detached", timeout: 60_000 });
    await waitForDrawing(page);
    const drawing = await readDrawing(page);
    // Places to a hundredth of a pixel: two actors drawn at one place would share one.
    const places = new Set(drawing.actors.map((a) => `${a.x.toFixed(2)},${a.y.toFixed(2)}`));
    const onScreen = drawing.actors.filter((a) => a.x >= 0 && a.y >= 0 && a.x <= drawing.width && a.y <= drawing.height);
    const drawn = { nodes: drawing.actors.length, places: places.size, onScreen: onScreen.length, width: drawing.width, height: drawing.height };
    expect(drawn.nodes).toBe(PEOPLE);
    expect(drawn.places).toBe(PEOPLE);
    // Fitted into a canvas that has a size: every node is on screen.
    expect(drawn.width * drawn.height).toBeGreaterThan(0);
    expect(drawn.onScreen).toBe(PEOPLE);
    await screenshot(page, "large-layout");
    await page.close();
  });

  it("exports the same PNG picture whether the WebGL or the canvas renderer draws", async () => {
    const page = await harness!.open();
    const viaWebgl = await call(page, "exportPng", true, 300);
    const viaCanvas = await call(page, "exportPng", false, 300);
    await page.close();
    expect(viaWebgl.webgl).toBe(true);
    expect(viaCanvas.webgl).toBe(false);
    expect({ width: viaWebgl.width, height: viaWebgl.height }).toEqual({ width: viaCanvas.width, height: viaCanvas.height });
    expect(viaWebgl.drawnFraction).toBeGreaterThan(0.01);
    expect(Math.abs(viaWebgl.drawnFraction - viaCanvas.drawnFraction)).toBeLessThan(0.2 * viaCanvas.drawnFraction);
  });
});
