import type { BrowserContext, Request, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, screenshot } from "../support/browser";
import { waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";

/**
 * The browser's one way to the data (docs/decisions/0014-browser-data-layer.md): a dropped
 * connection is asked again without the reader seeing it, a lasting failure is said with a way to
 * try again, and an answer no view waits for any more is cancelled.
 */

/** The operation a request to the API carries, and its variables. */
function operationOf(request: Request): { name: string; variables: Record<string, unknown> } | null {
  if (!request.url().endsWith("/api/graphql") || request.method() !== "POST") return null;
  const body = request.postDataJSON() as { query: string; variables?: Record<string, unknown> };
  return { name: /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "", variables: body.variables ?? {} };
}

const unavailable = (route: Route) =>
  route.fulfill({
    status: 503,
    contentType: "application/json",
    body: JSON.stringify({ errors: [{ message: "The graph database is unavailable. Try again in a moment.", extensions: { code: "DATABASE_UNAVAILABLE" } }] }),
  });

describe("how the browser reads the data", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => close?.());

  it("asks again after a dropped connection, and the reader never sees the failure", async () => {
    const page = await browser.newPage();
    const asked: string[] = [];
    await page.route("**/api/graphql", async (route) => {
      const op = operationOf(route.request());
      if (op?.name === "ExplorerNetwork") {
        asked.push(op.name);
        if (asked.length === 1) return route.abort("connectionreset");
      }
      return route.continue();
    });
    const alerts: string[] = [];
    await page.goto(BASE_URL);
    await waitForDrawing(page);
    for (const alert of await page.getByRole("alert").all()) alerts.push((await alert.textContent()) ?? "");
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(alerts.filter((a) => /could not be loaded|cannot be reached/.test(a))).toEqual([]);
    await page.close();
  });

  it("says a lasting failure plainly after a few tries, and draws the graph when asked to try again", async () => {
    const page = await browser.newPage();
    let failures = 0;
    const failNetwork = async (route: Route) => {
      if (operationOf(route.request())?.name !== "ExplorerNetwork") return route.continue();
      failures++;
      return unavailable(route);
    };
    await page.route("**/api/graphql", failNetwork);
    await page.goto(BASE_URL);
    const alert = page.getByRole("alert").filter({ hasText: "The graph database is unavailable." });
    await alert.waitFor();
    await screenshot(page, "data-layer-unavailable");
    // The first request and two more, a little apart; then the reader is told.
    expect(failures).toBe(3);
    expect(await alert.textContent()).toContain("Try again in a moment.");

    await page.unroute("**/api/graphql", failNetwork);
    await alert.getByRole("button", { name: "Try again" }).click();
    await waitForDrawing(page);
    await alert.waitFor({ state: "detached" });
    await page.close();
  });

  it("cancels a request no view waits for any more: a filter changed again before its answer came", async () => {
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await waitForDrawing(page);

    const held: Request[] = [];
    await page.route("**/api/graphql", async (route) => {
      const op = operationOf(route.request());
      if (op?.name === "ExplorerNetwork" && held.length === 0 && JSON.stringify(op.variables).includes("oppose")) {
        held.push(route.request());
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        return route.continue().catch(() => undefined);
      }
      return route.continue();
    });
    const failed = new Map<Request, string>();
    page.on("requestfailed", (request) => failed.set(request, request.failure()?.errorText ?? ""));

    await page.getByLabel("oppose").check();
    await expect.poll(() => held.length, { timeout: 10_000 }).toBe(1);
    // The answer for "oppose" alone is not in yet: asking for "oppose" and "support" instead cancels it.
    await page.getByLabel("support").check();
    await expect.poll(() => failed.get(held[0]!), { timeout: 10_000 }).toMatch(/ABORTED/);
    await waitForDrawing(page);
    await page.close();
  });

  it("says so when the query client's own code cannot be fetched, and recovers when asked to try again", async () => {
    const page = await browser.newPage();
    let blocked = 0;
    const blockClient = async (route: Route) => {
      const response = await route.fetch();
      const body = await response.text();
      // Only TanStack Query's chunk: the page's own code arrives as usual.
      if (body.includes("refetchOnWindowFocus")) {
        blocked++;
        return route.abort("internetdisconnected");
      }
      return route.fulfill({ response, body });
    };
    await page.route("**/_next/static/chunks/**", blockClient);
    await page.goto(BASE_URL);
    const alert = page.getByRole("alert").filter({ hasText: "could not be fetched" });
    await alert.waitFor();
    expect(blocked).toBeGreaterThanOrEqual(1);

    await page.unroute("**/_next/static/chunks/**", blockClient);
    await alert.getByRole("button", { name: "Try again" }).click();
    await waitForDrawing(page);
    await page.close();
  });
});
