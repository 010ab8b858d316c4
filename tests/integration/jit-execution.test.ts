import { afterAll, describe, expect, it } from "vitest";
import { parse, OperationTypeNode, Kind } from "graphql";
import { EXAMPLE_OPERATIONS } from "@/graph/schema/examples";
import { explorerRequests } from "@/scripts/lib/load";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

/**
 * Queries compiled by graphql-jit (graph/schema/jit-execution.ts) answer exactly as graphql's
 * standard executor does: the same status, the same JSON byte for byte, errors, their codes and
 * their paths included, for the explorer's operations, the playground's examples, and requests
 * that go wrong in each way a client can make them go wrong.
 */

const database = openTestDatabase();
afterAll(() => database.close());

const compiled = inProcessServer(database);
const standard = inProcessServer(database, { compiledQueries: false });

const examples = parse(EXAMPLE_OPERATIONS).definitions.flatMap((d) =>
  d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY && d.name ? [{ query: EXAMPLE_OPERATIONS, operationName: d.name.value, variables: {} }] : [],
);

const REQUESTS: { query: string; variables?: Record<string, unknown>; operationName?: string }[] = [
  ...explorerRequests().map((r) => r.body),
  ...examples,
  // Aliases, fragments, directives, __typename and a variable's default.
  {
    query: `query Shapes($skip: Boolean = false, $first: Int = 3) {
      __typename
      all: network { nodes { ...N } }
      oppose: network(filter: { stances: [oppose] }) { edges @skip(if: $skip) { id counts { ... on StanceCounts { oppose } } } truncated limit actorCount }
      statements(first: $first) { totalCount nodes { id stance speaker { __typename name } } pageInfo { hasNextPage endCursor } }
    }
    fragment N on NetworkNode { id kind balance degree }`,
    variables: { skip: true },
  },
  // Not found: an error with its code and path, and data null where it stood.
  { query: `{ actor(id: "nobody-by-this-id") { name } timeline { month total } }` },
  // A limit out of range, from a resolver.
  { query: `query L($limit: Int) { network(limit: $limit) { nodes { id } } }`, variables: { limit: 1_000_000 } },
  // Variables graphql refuses: a wrong enum, a wrong type, a missing required one.
  { query: `query V($f: StatementFilter) { network(filter: $f) { nodes { id } } }`, variables: { f: { stances: ["hostile"] } } },
  { query: `query V($first: Int) { statements(first: $first) { totalCount } }`, variables: { first: "ten" } },
  { query: `query S($query: String!) { search(query: $query) { id } }`, variables: {} },
  // A bad date, refused by the resolver with its code.
  { query: `{ network(filter: { from: "1956-13-40" }) { nodes { id } } }` },
  // Not valid against the schema: never executed, by either.
  { query: `{ network { nodes { nosuchfield } } }` },
];

describe("compiled queries", () => {
  it("answer every request exactly as the standard executor does", async () => {
    let errors = 0;
    for (const request of REQUESTS) {
      const init = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) };
      const [fast, slow] = await Promise.all([compiled.send(init), standard.send(init)]);
      const [fastText, slowText] = [await fast.text(), await slow.text()];
      const label = `${request.operationName ?? request.query.slice(0, 60)} ${JSON.stringify(request.variables ?? {})}`;
      expect(fast.status, label).toBe(slow.status);
      expect(fastText, label).toBe(slowText);
      const answer = JSON.parse(fastText) as { data?: unknown; errors?: unknown[] };
      expect(answer.data ?? answer.errors, label).toBeDefined();
      if (answer.errors) errors++;
    }
    // The requests that should fail did, in both.
    expect(errors).toBeGreaterThanOrEqual(7);
  });
});
