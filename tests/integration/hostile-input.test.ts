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
