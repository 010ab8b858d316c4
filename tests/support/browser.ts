import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

export { launchChromium as launchBrowser } from "../../scripts/lib/chromium";
export const SCREENSHOTS = path.resolve(import.meta.dirname, "..", "..", "test-results", "screenshots");

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
