import net from "node:net";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./config";
import { createDatabase } from "./db";
import { DatabaseUnavailableError } from "./errors";

/** A loopback port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const failure = (work: Promise<unknown>) => work.then(() => expect.unreachable(), (error: unknown) => error as DatabaseUnavailableError);

describe("a database object", () => {
  it("keeps its own circuit breaker: after a failure it fails at once, and other objects still try", async () => {
    const config = parseConfig({ NEO4J_BOLT_PORT: String(await closedPort()) }).neo4j;
    const first = createDatabase(config);
    const second = createDatabase(config);
    try {
      const tried = await failure(first.read("RETURN 1"));
      expect(tried).toBeInstanceOf(DatabaseUnavailableError);
      expect(tried.cause).not.toBeNull();
      // The breaker is open: no attempt, so no driver error behind the refusal.
      const refused = await failure(first.readTx(() => Promise.resolve(1)));
      expect(refused).toBeInstanceOf(DatabaseUnavailableError);
      expect(refused.cause).toBeNull();
      expect((await failure(second.writeTx(() => Promise.resolve(1)))).cause).not.toBeNull();
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("runs a once-only step once, and again after a failed run", async () => {
    const database = createDatabase(parseConfig({}).neo4j);
    let runs = 0;
    const step = () => {
      runs++;
      return runs === 1 ? Promise.reject(new Error("first run fails")) : Promise.resolve();
    };
    await expect(database.once("step", step)).rejects.toThrow("first run fails");
    await database.once("step", step);
    await database.once("step", step);
    expect(runs).toBe(2);
    await database.close();
  });
});
