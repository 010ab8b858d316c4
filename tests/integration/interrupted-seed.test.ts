import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getCounts } from "@/graph/seed";
import { ROOT } from "@/scripts/lib/paths";
import { generateCorpus } from "@/scripts/lib/synthetic-corpus";
import { openTestDatabase } from "../support/database";

const database = openTestDatabase();
afterAll(() => database.close());

/** Promise: a seed killed half way leaves the old graph or the new one, never a mix. */
describe("a seed interrupted half way", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-interrupt-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("leaves the previous graph untouched", { timeout: 180_000 }, async () => {
    generateCorpus(dir, { people: 2000, documents: 100, statements: 20_000, seed: 7 });
    const before = await getCounts(database);
    // node itself (not the tsx wrapper), so that SIGKILL stops the process that holds the transaction.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--reset", "--dir", dir], {
      cwd: ROOT,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const killedMidway = await new Promise<boolean>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        // The reset and the documents are already written inside the open transaction by now.
        if (output.includes("loading statements")) {
          child.kill("SIGKILL");
          resolve(true);
        }
      });
      child.on("exit", () => resolve(false));
    });
    expect(killedMidway, output).toBe(true);
    await new Promise((resolve) => child.once("exit", resolve).once("close", resolve));
    // Neo4j rolls back a transaction whose client vanished; give it a moment to notice.
    const deadline = Date.now() + 30_000;
    let after = await getCounts(database);
    while (Date.now() < deadline && JSON.stringify(after) !== JSON.stringify(before)) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = await getCounts(database);
    }
    expect(after).toEqual(before);
  });
});
