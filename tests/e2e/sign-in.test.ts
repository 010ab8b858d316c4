import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/graph/auth/session-cookie";
import { toNumber } from "@/graph/map";
import { createTestAccount, removeTestAccounts, TEST_PASSWORD } from "../support/accounts";
import { launchBrowser, screenshot } from "../support/browser";
import { openTestDatabase } from "../support/database";
import { BASE_URL } from "../support/env";

const database = openTestDatabase();
const PREFIX = "t-e2e-sign-";
const curator = `${PREFIX}curator`;

describe("signing in and out in Chromium", () => {
  let browser: BrowserContext;
  let close: () => Promise<void>;

  beforeAll(async () => {
    await removeTestAccounts(database, PREFIX);
    await createTestAccount(database, curator, "curator");
    ({ browser, close } = await launchBrowser());
  });
  afterAll(async () => {
    await close?.();
    await removeTestAccounts(database, PREFIX);
    await database.close();
  });

  it("signs in by keyboard from the explorer's Sign in link, shows the account corner, and signs out", async () => {
    const page = await browser.newPage();
    await page.goto(BASE_URL);
    await page.getByTestId("sign-in-link").click();
    await page.waitForURL(/\/sign-in\?next=%2F$/);

    // The username field has the focus; a wrong password is refused readably.
    await page.keyboard.type(curator);
    await page.keyboard.press("Tab");
    await page.keyboard.type("not the right password");
    await page.keyboard.press("Enter");
    // Next.js keeps a route announcer with the alert role too: the form's own is found by its id.
    const error = page.getByTestId("sign-in-error");
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe("Wrong username or password.");
    await expect(error.getAttribute("role")).resolves.toBe("alert");

    await page.getByLabel("Password").fill("");
    await page.getByLabel("Password").focus();
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${BASE_URL}/`);
    const corner = page.getByTestId("account-corner");
    await corner.waitFor();
    await expect(corner.textContent()).resolves.toContain(`${curator} (curator)`);
    await expect(corner.getByRole("link", { name: "Review" }).getAttribute("href")).resolves.toBe("/review");
    await screenshot(page, "signed-in");

    const cookie = (await browser.cookies(BASE_URL)).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("stance_session");

    await corner.getByRole("button", { name: "Sign out" }).click();
    await page.getByTestId("sign-in-link").waitFor();
    expect((await browser.cookies(BASE_URL)).some((c) => c.name === SESSION_COOKIE)).toBe(false);
    const live = await database.read("MATCH (s:Session {username: $u}) WHERE s.revokedAt IS NULL RETURN count(s) AS n", { u: curator });
    expect(toNumber(live[0]!.get("n"))).toBe(0);
    await page.close();
  });
});
