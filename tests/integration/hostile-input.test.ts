import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCounts } from "@/graph/seed";
import { getConfig } from "@/graph/config";
import { BASE_URL } from "../support/env";

/**
 * Promise: no input gets a 500, a stack trace, a leaked credential, or changes data. Every refusal
 * is a 4xx or a GraphQL error with a code and a message that names the problem.
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
  expect(answer.text, label).not.toContain(getConfig().neo4j.password);
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
    const before = await getCounts();
    const answer = await request();
    expectSafe(answer, label);
    if (label !== "variables of the wrong type" && label !== "batched requests") {
      expect(answer.status === 200 && !answer.text.includes('"errors"'), `${label} should not simply succeed: ${answer.text.slice(0, 200)}`).toBe(false);
    }
    expect(await getCounts()).toEqual(before);
  });
});

const INJECTIONS = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  "tito'}) DETACH DELETE n RETURN 1 //",
  "\\\\",
  "\\u0000",
  "${process.env.NEO4J_PASSWORD}",
  "🙂👩‍👩‍👧‍👦",
  "\u202e\u0644\u0627",
  "a".repeat(5000),
  "*",
  "~",
  "tito AND OR NOT",
  "(((",
  "CALL dbms.security.listUsers()",
  "<script>alert(1)</script>",
];

describe("injection strings in every string argument", () => {
  const templates: [string, (s: string) => { query: string; variables: Record<string, unknown> }][] = [
    ["search.query", (s) => ({ query: "query Q($s: String!) { search(query: $s) { id } }", variables: { s } })],
    ["person.id", (s) => ({ query: "query Q($s: ID!) { person(id: $s) { id } }", variables: { s } })],
    ["document.id", (s) => ({ query: "query Q($s: ID!) { document(id: $s) { id } }", variables: { s } })],
    ["statement.id", (s) => ({ query: "query Q($s: ID!) { statement(id: $s) { id } }", variables: { s } })],
    ["statements.after", (s) => ({ query: "query Q($s: String) { statements(after: $s) { totalCount } }", variables: { s } })],
    ["filter.speakers/topics/documents", (s) => ({ query: "query Q($f: StatementFilter) { statements(filter: $f) { totalCount } }", variables: { f: { speakers: [s], targets: [s], topics: [s], documents: [s] } } })],
    ["filter.from/to", (s) => ({ query: "query Q($f: StatementFilter) { network(filter: $f) { nodes { id } } }", variables: { f: { from: s, to: s } } })],
    ["egoNetwork.id", (s) => ({ query: "query Q($s: ID!) { egoNetwork(id: $s) { nodes { id } } }", variables: { s } })],
    ["paths.from/to/since", (s) => ({ query: "query Q($s: ID!, $d: String) { paths(from: $s, to: \"tito\", since: $d) { length } }", variables: { s, d: s } })],
    ["actors.after", (s) => ({ query: "query Q($s: String) { actors(after: $s) { totalCount } }", variables: { s } })],
  ];

  it("answers every generated input safely and changes nothing", { timeout: 120_000 }, async () => {
    const before = await getCounts();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...templates),
        fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ unit: "binary", maxLength: 60 }), fc.string({ maxLength: 30 })),
        async ([label, make], value) => {
          const answer = await send(JSON.stringify(make(value)));
          expectSafe(answer, `${label} <- ${JSON.stringify(value).slice(0, 80)}`);
        },
      ),
      { numRuns: 250, seed: 20261124 },
    );
    expect(await getCounts()).toEqual(before);
  });
});

/** Each probe of the hardening review (docs/hardening.md, "Probes"), as it was sent. */
describe("probes that once got through", () => {
  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) => send(body, headers);
  const codeOf = (answer: Answer) => (JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  const messageOf = (answer: Answer) => (JSON.parse(answer.text) as { errors?: { message: string }[] }).errors?.[0]?.message ?? "";

  it("1. refuses the fan-out of nested lists without first:, naming the cost and the limit", async () => {
    const answer = await post(json(`{ person(id:"khrushchev") { statementsMade { speaker { statementsMade { speaker { statementsMade { speaker { id } } } } } } } }`));
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("LIMIT_EXCEEDED");
    expect(messageOf(answer)).toMatch(/cost limit of \d+: this query could return up to \d+ objects/);
  });

  it("2. costs first: given in a variable as the same value written in the query", async () => {
    const nested = (n: string) => `person(id: "khrushchev") { statementsMade(first: ${n}) { speaker { statementsMade(first: ${n}) { speaker { statementsMade(first: ${n}) { id } } } } } }`;
    const literal = await post(json(`{ ${nested("100")} }`));
    const variable = await post(json(`query Q($n: Int) { ${nested("$n")} }`, { n: 100 }));
    expect([literal.status, variable.status]).toEqual([400, 400]);
    expect(messageOf(variable)).toBe(messageOf(literal));
  });

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

  it("6. names the date argument that is not a calendar date, and the form it must take", async () => {
    const cursor = Buffer.from(JSON.stringify(["9999-99-99", "s-x"])).toString("base64url");
    const cases: [string, Answer][] = [
      ["filter.from", await post(json(`{ statements(filter: { from: "2020-13-45" }) { totalCount } }`))],
      ["filter.to", await post(json(`{ network(filter: { to: "1956-02-30" }) { nodes { id } } }`))],
      ["since", await post(json(`{ paths(from: "hoxha", to: "tito", since: "1956-13-01") { length } }`))],
      ["until", await post(json(`{ paths(from: "hoxha", to: "tito", until: "yesterday") { length } }`))],
      ["after", await post(json(`query Q($c: String) { statements(after: $c) { totalCount } }`, { c: cursor }))],
    ];
    for (const [argument, answer] of cases) {
      expect(answer.status, argument).toBe(400);
      expect(codeOf(answer), argument).toBe("BAD_USER_INPUT");
      expect(messageOf(answer), argument).toContain(argument === "after" ? "cursor" : `\`${argument}\` must be a calendar date written YYYY-MM-DD`);
    }
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

  it("11. codes a bad variable BAD_USER_INPUT and refuses subscriptions with a code", async () => {
    const variable = await post(json("query Q($id: ID!) { person(id: $id) { name } }", { id: { $ne: null } }));
    expect(variable.status).toBe(400);
    expect(codeOf(variable)).toBe("BAD_USER_INPUT");
    const subscription = await post(json("subscription { statements { id } }"));
    expect(subscription.status).toBe(400);
    expect(codeOf(subscription)).toMatch(/OPERATION_NOT_SUPPORTED|GRAPHQL_VALIDATION_FAILED/);
  });
});
