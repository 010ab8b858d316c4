import { afterAll, describe, expect, it } from "vitest";
import { getCounts } from "@/graph/seed";
import { openTestDatabase } from "../support/database";
import { BASE_URL, TEST_CONFIG } from "../support/env";

const database = openTestDatabase();
afterAll(() => database.close());

/**
 * Promise: no request gets a 500, a stack trace, a leaked credential, or changes data. Every refusal
 * is a 4xx or a GraphQL error with a code and a message that names the problem. What arguments do
 * to the resolvers (injection strings in every string argument) is tested in-process
 * (api-limits-in-process.test.ts); here, requests as a hostile client sends them over HTTP.
 */

interface Answer {
  status: number;
  text: string;
}

async function send(body: string, headers: Record<string, string> = { "content-type": "application/json" }, method = "POST", query = ""): Promise<Answer> {
  const response = await fetch(`${BASE_URL}/api/graphql${query}`, { method, headers, body: method === "GET" ? undefined : body });
  return { status: response.status, text: await response.text() };
}

const LEAKS = /stack|node_modules|Neo4jError|at [\w.<>]+ \(|\.ts:\d+|\.js:\d+|bolt:\/\/|stance-graph-local/i;

/** The shape every answer must have, whatever was sent. */
function expectSafe(answer: Answer, label: string): void {
  expect(answer.status, label).toBeLessThan(500);
  expect(answer.text, label).not.toMatch(LEAKS);
  expect(answer.text, label).not.toContain(TEST_CONFIG.neo4j.password);
  if (answer.text.startsWith("{")) {
    const body = JSON.parse(answer.text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    for (const error of body.errors ?? []) {
      expect(error.extensions?.code, `${label}: ${error.message}`).toBeTruthy();
      expect(error.message.length, label).toBeGreaterThan(10);
    }
  }
}

const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

describe("hostile requests", () => {
  const cases: [string, () => Promise<Answer>][] = [
    ["depth bomb", () => send(json(`{ person(id: "tito") { ${"statementsMade { speaker { ".repeat(12)} id ${"} } ".repeat(12)} } }`))],
    ["alias flood", () => send(json(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: health { status }`).join(" ")} }`))],
    ["huge first", () => send(json("{ statements(first: 2147483647) { totalCount } }"))],
    ["negative first", () => send(json("{ statements(first: -5) { totalCount } }"))],
    [
      "deeply nested fragments",
      () =>
        send(
          json(
            `query Q { person(id: "tito") { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Person { statementsMade { speaker { ... on Person { ...F${i + 1} } } } }`).join(" ")} fragment F30 on Person { id }`,
          ),
        ),
    ],
    ["fragment cycle", () => send(json("query Q { person(id: \"tito\") { ...A } } fragment A on Person { ...B } fragment B on Person { ...A }"))],
    ["introspection abuse", () => send(json(`{ __schema { types { ${"fields { type { ofType { fields { type { ".repeat(6)} name ${"} } } } } ".repeat(6)} } } }`))],
    ["malformed JSON", () => send('{"query": "{ health { status } ')],
    ["not JSON at all", () => send("\u0000\u0001binary")],
    ["oversized body", () => send(json(`{ health { status } } #${"x".repeat(200_000)}`))],
    ["wrong content type", () => send(json("{ health { status } }"), { "content-type": "text/plain" })],
    ["xml content type", () => send("<query/>", { "content-type": "application/xml" })],
    ["mutation over GET", () => send("", {}, "GET", `?query=${encodeURIComponent('mutation { retractStatement(id: "x", reason: "why not", curator: "a") }')}`)],
    ["batched requests", () => send(JSON.stringify([{ query: "{ health { status } }" }, { query: "{ health { status } }" }]))],
    ["unknown field", () => send(json("{ password }"))],
    ["variables of the wrong type", () => send(json("query Q($id: ID!) { person(id: $id) { name } }", { id: { $ne: null } }))],
    ["null query", () => send(JSON.stringify({ query: null }))],
    ["many operations, none chosen", () => send(json("query A { health { status } } query B { health { status } }"))],
    ["directive flood", () => send(json(`{ health ${"@include(if: true) ".repeat(100)} { status } }`))],
  ];

  it.each(cases)("%s is refused or answered safely", async (label, request) => {
    const before = await getCounts(database);
    const answer = await request();
    expectSafe(answer, label);
    if (label !== "variables of the wrong type" && label !== "batched requests") {
      expect(answer.status === 200 && !answer.text.includes('"errors"'), `${label} should not simply succeed: ${answer.text.slice(0, 200)}`).toBe(false);
    }
    expect(await getCounts(database)).toEqual(before);
  });
});

/**
 * Each probe of the hardening review (docs/hardening.md, "Probes") that needs HTTP, as it was sent;
 * probes 1, 2, 6 and 11 are answered by the GraphQL handler alone and are tested in-process
 * (api-limits-in-process.test.ts).
 */
describe("probes that once got through", () => {
  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) => send(body, headers);
  const codeOf = (answer: Answer) => (JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;

  it("4. answers syntax errors with 400 GRAPHQL_PARSE_FAILED, over POST and GET", async () => {
    for (const answer of [await post('{"query":"{"}'), await post('{"query":""}'), await send("", {}, "GET", "?query=%7B")]) {
      expect(answer.status, answer.text).toBe(400);
      expect(codeOf(answer), answer.text).toBe("GRAPHQL_PARSE_FAILED");
    }
  });

  it("5. refuses an endless chunked body while it streams in, without reading it all", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(120);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 50_000_000) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${BASE_URL}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("LIMIT_EXCEEDED");
    // Whatever the client had queued in socket buffers, far less than the 50 MB was asked for.
    expect(pulled).toBeLessThan(20_000_000);
  });

  it("7. serves a cached answer only to a request that passes the same checks, with the same headers", async () => {
    const body = json(`{ actor(id: "rankovic") { name country } }`);
    await post(body);
    const cached = await fetch(`${BASE_URL}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(cached.headers.get("x-cache")).toBe("hit");
    expect(cached.headers.get("x-frame-options")).toBe("DENY");
    expect(cached.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    const plain = await post(body, { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect(codeOf(plain)).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("8. grants CORS to the app's own origin only, and executes no form or multipart body", async () => {
    const query = json(`{ actor(id: "tito") { name } }`);
    const asking = (origin: string) =>
      fetch(`${BASE_URL}/api/graphql`, { method: "POST", headers: { "content-type": "application/json", origin, authorization: "Bearer x" }, body: query });
    const foreign = await asking("https://evil.example");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    expect(foreign.headers.get("access-control-allow-credentials")).toBeNull();
    const own = await asking(BASE_URL);
    expect(own.headers.get("access-control-allow-origin")).toBe(BASE_URL);
    const preflight = await fetch(`${BASE_URL}/api/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-headers")).toBeNull();

    const form = await post(`query=${encodeURIComponent("{ actor(id: \"tito\") { name } }")}`, { "content-type": "application/x-www-form-urlencoded" });
    const multipart = new FormData();
    multipart.set("operations", query);
    const parts = await fetch(`${BASE_URL}/api/graphql`, { method: "POST", body: multipart });
    for (const [label, status, text] of [["form", form.status, form.text], ["multipart", parts.status, await parts.text()]] as const) {
      expect(status, label).toBe(415);
      expect(text, label).not.toContain("Tito");
    }
  });

  it("9. answers malformed addresses with 400, and every 404 with the security headers", async () => {
    for (const path of ["/documents/%E0%A4%A", "/essays/%E0%A4%A", "/documents/%C0%AF", "/embedded", "/api/graphqlx"]) {
      const response = await fetch(BASE_URL + path);
      expect(response.status, path).toBeLessThan(500);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });
});
