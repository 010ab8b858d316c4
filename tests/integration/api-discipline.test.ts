import { afterAll, describe, expect, it } from "vitest";
import { statementCount, statementInput } from "../support/curation";
import { openTestDatabase } from "../support/database";
import { BASE_URL, CURATION_TOKEN } from "../support/env";
import { inProcessServer } from "../support/in-process";

const database = openTestDatabase();
afterAll(() => database.close());

/**
 * The GraphQL API as the built app serves it over HTTP. What the schema and resolvers answer is
 * tested in-process (api-in-process, api-limits-in-process, curation-in-process); here, that the
 * route and the front door pass those answers on unchanged, and what only HTTP shows.
 */
async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${BASE_URL}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe("the route", () => {
  const { ask } = inProcessServer(database);

  it.each([
    ["an answer", '{ person(id: "tito") { name aliases } }'],
    ["NOT_FOUND", '{ person(id: "nobody") { name } }'],
    ["a refused page size", "{ statements(first: 1000) { totalCount } }"],
    ["a refused depth", `{ person(id: "tito") { ${"statementsMade { speaker { ".repeat(8)} name ${"} } ".repeat(8)} } }`],
    ["a bad date", '{ statements(filter: { from: "1956-02-30" }) { totalCount } }'],
    ["a query that does not parse", "{"],
    ["a subscription", "subscription { statements { id } }"],
  ])("answers %s with the status and body the handler gives", async (_, query) => {
    const direct = await ask(query);
    const served = await post(query);
    expect(served.status).toBe(direct.status);
    expect(served.body.data).toEqual(direct.data);
    expect(served.body.errors).toEqual(direct.errors);
  });

  it("refuses an oversized body with 413", async () => {
    const query = `{ health { status } } # ${"x".repeat(70_000)}`;
    const { status, body } = await post(query);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
  });
});

describe("curation writes over HTTP", () => {
  const CREATE = `mutation Create($input: StatementInput!) { createStatement(input: $input, curator: "test") { id } }`;
  // Refused by the quote check, after the token: reaching it shows the token was accepted, and nothing is written.
  const input = statementInput("s-test-curation-http", "words that never stood in this passage");
  const count = () => statementCount(database);

  it("opens writes with the configured token only, answering 401 without it", async () => {
    const before = await count();
    const none = await post(CREATE, { input });
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await post(CREATE, { input }, { authorization: "Bearer wrong-token-wrong-token-wrong" });
    expect(wrong.status).toBe(401);
    const right = await post(CREATE, { input }, { authorization: `Bearer ${CURATION_TOKEN}` });
    expect(right.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(right.body.errors?.[0]?.message).toMatch(/not found verbatim/);
    expect(await count()).toBe(before);
  });

  it("never runs a mutation over GET, even with the token", async () => {
    const before = await count();
    const viaGet = await fetch(
      `${BASE_URL}/api/graphql?query=${encodeURIComponent(`mutation { retractStatement(id: "x", reason: "why", curator: "t") }`)}`,
      {
        headers: { authorization: `Bearer ${CURATION_TOKEN}` },
      },
    );
    expect(viaGet.status).toBe(405);
    expect(await count()).toBe(before);
  });
});
