import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
import { drawnCounts, readDrawing, waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";
import { gql } from "../support/http";

describe("home page in Chromium", () => {
  let browser: BrowserContext;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => close?.());

  it("draws the stance network read from Neo4j, with a legend", async () => {
    const expected = await gql<{ network: { nodes: unknown[]; edges: unknown[] } }>("{ network { nodes { id } edges { id } } }");
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await waitForDrawing(page);
    const drawing = await readDrawing(page);
    expect(drawing.actors.length).toBe(expected.data!.network.nodes.length);
    expect(drawing.links.length).toBe(expected.data!.network.edges.length);
    expect(drawnCounts(drawing)).toEqual({ actors: drawing.actors.length, links: drawing.links.length });
    await expect(page.getByTestId("legend").isVisible()).resolves.toBe(true);
    await screenshot(page, "home");
    await page.close();
  });

  it("opens the GraphQL playground with the example operations, without a CDN", async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/api/graphql`);
    await page.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
    await page.getByText("KhrushchevOnHoxha").first().waitFor();
    await screenshot(page, "graphiql");
    await page.close();
  });
});
