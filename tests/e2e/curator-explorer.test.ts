import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { propose, quotesFrom, signIn, testAccounts, uniqueName, useSession, type Session } from "../support/curator-sessions";
import { launchBrowser, screenshot } from "../support/browser";
import { readDrawing, waitForDrawing } from "../support/drawing";
import { BASE_URL } from "../support/env";
import { gql } from "../support/http";

const PASSWORD = "correct horse battery staple 42";

interface Network {
  network: { nodes: { id: string; name: string; kind: string }[]; edges: { source: string; target: string }[] };
}

const linkNames = async (page: Page) => (await readDrawing(page)).links.map((l) => l.name);

describe("the explorer's proposed statements, for curators only", () => {
  let browser: BrowserContext;
  let close: (() => Promise<void>) | undefined;
  let curator: Session;
  let target: { id: string; name: string };
  const run = uniqueName("ce");
  const accounts = testAccounts("ce-");

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser());
    await accounts.add(`${run}-cleo`, "curator", PASSWORD);
    curator = await signIn(`${run}-cleo`, PASSWORD);
    // A person Hoxha has said nothing about in the accepted statements: the proposal makes a new edge.
    const { data } = await gql<Network>("{ network { nodes { id name kind } edges { source target } } }");
    const spoken = new Set(data!.network.edges.filter((e) => e.source === "hoxha").map((e) => e.target));
    target = data!.network.nodes.find((n) => n.id !== "hoxha" && n.kind === "person" && !spoken.has(n.id))!;
    const [quote] = await quotesFrom("doc-1957-04-15-hoxha-khrushchev-memorandum", 1, 7);
    await propose(curator, { id: `${run}-1`, speaker: "hoxha", target: target.id, stance: "oppose", intensity: -1, ...quote! });
  }, 120_000);
  afterAll(async () => {
    await close?.();
    await accounts.removeAll();
  });

  it("shows an anonymous reader no checkbox, and no proposed edge even when the link asks for them", async () => {
    await useSession(browser, null);
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/?proposed=1`);
    await waitForDrawing(page);
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("include-proposed").count()).toBe(0);
    expect((await linkNames(page)).filter((name) => name.startsWith(`Enver Hoxha → ${target.name},`))).toEqual([]);
    await page.close();
  });

  it("draws a curator's proposed edge when they include proposed statements, and marks the statement as proposed", async () => {
    await useSession(browser, curator);
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await waitForDrawing(page);
    const box = page.getByTestId("include-proposed");
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect((await linkNames(page)).filter((name) => name.startsWith(`Enver Hoxha → ${target.name},`))).toEqual([]);

    await box.check();
    await page.waitForURL((url) => url.searchParams.get("proposed") === "1");
    await expect
      .poll(async () => (await linkNames(page)).filter((name) => name.startsWith(`Enver Hoxha → ${target.name},`)), {
        timeout: 20_000,
      })
      .toEqual([`Enver Hoxha → ${target.name}, 1 statement`]);
    await screenshot(page, "explorer-proposed");

    // The evidence behind the new edge: the proposed statement, marked as such.
    await page.goto(`${BASE_URL}/?proposed=1&sel=hoxha->${target.id}`);
    const statement = page.getByTestId("side-panel").getByTestId("statement");
    await statement.first().waitFor();
    expect(await statement.count()).toBe(1);
    expect(await statement.first().getAttribute("data-status")).toBe("proposed");
    expect(await statement.first().getByTestId("proposed-badge").textContent()).toBe("proposed");

    // Unchecked, the view is the public one again.
    await page.getByTestId("include-proposed").uncheck();
    await page.waitForURL((url) => !url.searchParams.has("proposed"));
    await expect
      .poll(async () => (await linkNames(page)).filter((name) => name.startsWith(`Enver Hoxha → ${target.name},`)), {
        timeout: 20_000,
      })
      .toEqual([]);
    await page.close();
  });
});
