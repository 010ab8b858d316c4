import { describe, expect, it } from "vitest";
import { BASE_URL } from "../support/env";

/**
 * The served app answers the GraphQL endpoint from its front door (scripts/serve.ts,
 * scripts/lib/graphql-listener.ts, docs/decisions/0027), not through Next.js's route: what a client
 * sees stays what the route gave, compression included, and the request's own context (round
 * trips, time budget) is the handler's.
 */
async function post(query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${BASE_URL}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
}

const WHOLE_NETWORK = "{ network { nodes { id name kind country } edges { id source target count netStance } } }";

describe("the GraphQL endpoint as served", () => {
  it("gzips a large answer for a client that accepts it, and sends the same answer uncompressed to one that does not", async () => {
    const zipped = await post(WHOLE_NETWORK, { "accept-encoding": "gzip" });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toMatch(/Accept-Encoding/i);
    expect(zipped.headers.get("vary")).toMatch(/Origin/);
    const plain = await post(WHOLE_NETWORK, { "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    const [zippedText, plainText] = [await zipped.text(), await plain.text()];
    expect(zippedText.length).toBeGreaterThan(1024);
    expect(JSON.parse(zippedText)).toEqual(JSON.parse(plainText));
  });

  it("leaves an answer under a kilobyte uncompressed", async () => {
    const small = await post(`{ actor(id: "tito") { name } }`, { "accept-encoding": "gzip" });
    expect(small.status).toBe(200);
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(((await small.json()) as { data: { actor: { name: string } } }).data.actor.name).toMatch(/Tito/);
  });

  it("counts the request's round trips in its own context", async () => {
    const computed = await post(`{ actor(id: "kardelj") { name } }`, { "cache-control": "no-cache" });
    const body = (await computed.json()) as { extensions?: { cypherRoundTrips?: number } };
    expect(body.extensions?.cypherRoundTrips).toBeGreaterThanOrEqual(1);
  });

  it("keeps the security headers the front door sets on every response", async () => {
    const response = await post("{ __typename }");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  });
});
