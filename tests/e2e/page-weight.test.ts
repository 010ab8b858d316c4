import type { BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptsOfPage } from "../../scripts/lib/page-weight";
import { launchBrowser } from "../support/browser";
import { waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";

/**
 * The explorer's first load carries only what its first paint needs (docs/decisions/0007-page-weight.md).
 * Each lazily loaded part is recognised by text its code contains and no other part does.
 */
const MARKS = {
  exports: "graphml.graphdrawing.org",
  sidePanel: "Documents that name",
  dataClient: "refetchOnWindowFocus",
  curatorView: "Include proposed statements",
  reviewQueue: "another curator must review it",
  reviewOperations: "query ReviewQueue",
};
/** Server libraries: none of them may reach the browser. */
const SERVER_ONLY = ["ZodError", "GraphQLError", "YAMLParseError", "Neo4jError"];

interface Fetched {
  path: string;
  body: string;
}

/** Records every script the page fetches, with its text; `settled` waits for the texts still arriving. */
function recordScripts(page: Page): { settled: () => Promise<Fetched[]> } {
  const fetched: Fetched[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    const path = new URL(response.url()).pathname;
    pending.push(
      response.text().then(
        (body) => void fetched.push({ path, body }),
        () => void fetched.push({ path, body: "" }),
      ),
    );
  });
  return {
    settled: async () => {
      await Promise.all(pending);
      return fetched;
    },
  };
}

const containing = (scripts: Fetched[], text: string) => scripts.filter((s) => s.body.includes(text)).map((s) => s.path);

/** Finds a person with the search box and opens them, as a reader would. */
async function selectBySearch(page: Page, name: string): Promise<void> {
  await page.getByTestId("search").fill(name);
  await page.getByRole("option", { name: new RegExp(name) }).first().waitFor();
  await page.keyboard.press("Enter");
}

/** Opens the explorer while recording every script it fetches, and waits for the graph. */
async function openRecording(page: Page): Promise<{ settled: () => Promise<Fetched[]> }> {
  const recording = recordScripts(page);
  await page.goto(BASE_URL);
  await waitForDrawing(page);
  return recording;
}

describe("what the explorer's first load fetches", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;
  let named: ReturnType<typeof scriptsOfPage>;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser({ acceptDownloads: true }));
    named = scriptsOfPage(await fetch(BASE_URL).then((r) => r.text()));
  });
  afterAll(async () => close?.());

  it("runs exactly the scripts its page names, then the graph view; no server library reaches the browser", async () => {
    const page = await browser.newPage();
    const { settled } = await openRecording(page);
    await page.waitForLoadState("networkidle");
    const fetched = await settled();

    const paths = fetched.map((s) => s.path);
    // Every script the measurement counts is one the browser ran, and nomodule ones are skipped.
    expect(named.run.length).toBeGreaterThan(0);
    for (const src of named.run) expect(paths, src).toContain(src);
    for (const src of named.skipped) expect(paths, src).not.toContain(src);
    // Before any interaction, the graph view (Cytoscape) arrives after them; the panel and the exporters do not.
    const later = fetched.filter((s) => !named.run.includes(s.path));
    expect(later.length).toBeGreaterThan(0);
    expect(
      containing(
        named.run.map((path) => fetched.find((s) => s.path === path)!),
        "cytoscape",
      ),
    ).toEqual([]);
    expect(containing(later, "cytoscape")).not.toEqual([]);
    // The query client is fetched as the page starts, in a chunk of its own (docs/decisions/0014).
    const first = named.run.map((path) => fetched.find((s) => s.path === path)!);
    expect(containing(first, MARKS.dataClient)).toEqual([]);
    expect(containing(later, MARKS.dataClient)).toHaveLength(1);
    expect(containing(fetched, MARKS.exports)).toEqual([]);
    expect(containing(fetched, MARKS.sidePanel)).toEqual([]);
    // What a curator sees comes after the first paint, and the review queue not at all.
    expect(containing(first, MARKS.curatorView)).toEqual([]);
    expect(containing(fetched, MARKS.reviewQueue)).toEqual([]);
    expect(containing(fetched, MARKS.reviewOperations)).toEqual([]);
    for (const name of SERVER_ONLY) expect(containing(fetched, name), name).toEqual([]);
    await page.close();
  });

  it("fetches the dossier panel when a person is selected, and shows it", async () => {
    const page = await browser.newPage();
    const { settled } = await openRecording(page);
    expect(containing(await settled(), MARKS.sidePanel)).toEqual([]);
    await selectBySearch(page, "Kardelj");
    await page.getByTestId("dossier").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toContain("Kardelj");
    expect(containing(await settled(), MARKS.sidePanel)).toHaveLength(1);
    // The keyboard still closes it.
    await page.getByRole("button", { name: "Close panel" }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("side-panel").waitFor({ state: "detached" });
    await page.close();
  });

  it("fetches the exporters when an export is chosen, and the export arrives", async () => {
    const page = await browser.newPage();
    const { settled } = await openRecording(page);
    expect(containing(await settled(), MARKS.exports)).toEqual([]);
    await page.getByTestId("export").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-graphml").click()]);
    expect(download.suggestedFilename()).toBe("stance-graph.graphml");
    expect(containing(await settled(), MARKS.exports)).toHaveLength(1);
    await page.close();
  });

  it("says so when a part cannot be fetched, and loads it when asked to try again", async () => {
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await waitForDrawing(page);
    // The connection drops after the first paint: the panel's code cannot be fetched.
    const offline = (route: Route) => route.abort("internetdisconnected");
    await page.route("**/_next/static/chunks/**", offline);
    await selectBySearch(page, "Kardelj");
    const alert = page.getByRole("alert").filter({ hasText: "could not be shown" });
    await alert.waitFor();
    await page.unroute("**/_next/static/chunks/**", offline);
    await alert.getByRole("button", { name: "try again" }).click();
    await page.getByTestId("dossier").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toContain("Kardelj");
    await page.close();
  });
});
