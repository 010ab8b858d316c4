/** Where the test server runs; set by scripts/test.ts. */
export const BASE_URL = process.env.TEST_BASE_URL ?? "http://127.0.0.1:3100";
export const CURATION_TOKEN = process.env.CURATION_TOKEN ?? "";
