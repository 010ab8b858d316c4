import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

/**
 * The round trips an answer reports (extensions.cypherRoundTrips) are every read the request
 * started, whichever ends first: an error that empties the whole answer (a non-null field not
 * found) may end execution while another field's read is still on its way, and the answer waits
 * for it instead of counting whatever had ended by then.
 */

const database = openTestDatabase();
afterAll(() => database.close());

// Two reads started together: the unknown actor's lookup, and the timeline.
const RACING = `{ actor(id: "nobody-by-this-id") { name } timeline { month total } }`;
const TIMES = 40;

const servers = {
  compiled: inProcessServer(database),
  standard: inProcessServer(database, { compiledQueries: false }),
  // A fresh answer to be stored: the data state is read in the first read's transaction.
  "compiled, fresh and stored": inProcessServer(database, { responseCacheBytes: 1024 * 1024 }),
};

describe("the round trips an answer reports", () => {
  for (const [name, server] of Object.entries(servers)) {
    it(`count every read the request started, ${name}`, async () => {
      const seen = new Set<unknown>();
      for (let i = 0; i < TIMES; i++) {
        const answer = await server.ask(RACING, {}, { "cache-control": "no-cache" });
        expect(answer.code).toBe("NOT_FOUND");
        seen.add(answer.extensions?.cypherRoundTrips);
      }
      expect([...seen]).toEqual([2]);
    });
  }
});
