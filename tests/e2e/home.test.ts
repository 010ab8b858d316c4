import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
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
    await page.waitForFunction(() => {
      const cy = (window as unknown as { __cy?: { nodes(selector?: string): { length: number } } }).__cy;
      return cy !== undefined && cy.nodes(":visible").length > 0;
    });
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: { nodes(selector?: string): { length: number }; edges(selector?: string): { length: number } } }).__cy;
      return { nodes: cy.nodes(":visible").length, edges: cy.edges(":visible").length };
    });
    expect(drawn.nodes).toBe(expected.data!.network.nodes.length);
    expect(drawn.edges).toBe(expected.data!.network.edges.length);
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
