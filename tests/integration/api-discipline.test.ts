import { afterAll, describe, expect, it } from "vitest";
import { writeTx, read } from "@/graph/db";
import { toNumber } from "@/graph/map";
import { BASE_URL, CURATION_TOKEN } from "../support/env";
import { gql } from "../support/http";

const roundTrips = (result: { extensions?: { cypherRoundTrips?: number } }) => result.extensions?.cypherRoundTrips ?? -1;

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${BASE_URL}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: { cypherRoundTrips?: number } } };
}

describe("Cypher round trips", () => {
  it("do not grow with the number of people in a nested query", async () => {
    const query = `query Nested($first: Int) {
      actors(kind: person, first: $first) {
        nodes {
          name bio
          ... on Person { roles { title organization { name } } }
          statementsMade { quote target { name bio } document { title } }
          statementsReceived { quote speaker { name } passage { index } }
          mentions(first: 5) { surface passage { index document { title } } }
          documents { title }
        }
      }
    }`;
    const few = await post(query, { first: 20 });
    const many = await post(query, { first: 60 });
    expect(few.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    expect((many.body.data as { actors: { nodes: unknown[] } }).actors.nodes.length).toBeGreaterThan(30);
    // One query per kind of nested list, whatever the number of parents. A loader may dispatch in two
    // batches when its keys arrive in different ticks, so the count can differ by one or two between
    // runs; it never follows the result's size (a query per parent would be 60+ here).
    expect(roundTrips(few.body)).toBeGreaterThan(0);
    expect(roundTrips(few.body)).toBeLessThanOrEqual(12);
    expect(roundTrips(many.body)).toBeLessThanOrEqual(12);
    expect(Math.abs(roundTrips(many.body) - roundTrips(few.body))).toBeLessThanOrEqual(2);
  });
});

describe("limits", () => {
  it("refuses an over-deep query, naming the depth limit", async () => {
    let selection = "name";
    for (let i = 0; i < 8; i++) selection = `statementsMade { speaker { ${selection} } }`;
    const { status, body } = await post(`{ person(id: "tito") { ${selection} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
    expect(body.errors?.[0]?.message).toMatch(/depth limit of \d+/i);
  });

  it("refuses too many aliases and too costly queries, naming the limit", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: health { status }`).join(" ");
    const flood = await post(`{ ${aliases} }`);
    expect(flood.body.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
    expect(flood.body.errors?.[0]?.message).toMatch(/aliases limit of \d+/i);

    const wide = "id name country bio aliases kind";
    const costly = await post(
      `{ actors(first: 100) { nodes { ${wide} statementsMade { id quote date stance mode topics note speaker { ${wide} } target { ${wide} } passage { id index text } document { id title date citation } } statementsReceived { id quote date stance mode speaker { ${wide} } target { ${wide} } passage { id text } document { id title citation } } } } }`,
    );
    expect(costly.body.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
    expect(costly.body.errors?.[0]?.message).toMatch(/cost limit of \d+|tokens limit of \d+/i);
  });

  it("refuses a huge page size, naming the limit and the way forward", async () => {
    const { body } = await post("{ statements(first: 1000) { totalCount } }");
    expect(body.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
    expect(body.errors?.[0]?.message).toMatch(/Page size limit.*between 1 and 100.*after/);
    // Far larger values are refused earlier, by the cost limit, which also says so.
    const huge = await post("{ statements(first: 100000000) { totalCount } }");
    expect(huge.body.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
    expect(huge.body.errors?.[0]?.message).toMatch(/limit/i);
  });

  it("refuses an oversized body with 413", async () => {
    const query = `{ health { status } } # ${"x".repeat(70_000)}`;
    const { status, body } = await post(query);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
  });
});

describe("the schema documents itself", () => {
  it("has a description on every type, field, argument and enum value of its own", async () => {
    const { body } = await post(`{ __schema { types {
      name kind description
      fields { name description args { name description } }
      inputFields { name description }
      enumValues { name description }
    } } }`);
    type Named = { name: string; description: string | null };
    const types = (body.data as { __schema: { types: (Named & { kind: string; fields: (Named & { args: Named[] })[] | null; inputFields: Named[] | null; enumValues: Named[] | null })[] } }).__schema.types;
    const own = types.filter((t) => !t.name.startsWith("__") && !["String", "Int", "Float", "Boolean", "ID"].includes(t.name));
    expect(own.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const t of own) {
      if (!t.description) missing.push(t.name);
      for (const f of t.fields ?? []) {
        if (!f.description) missing.push(`${t.name}.${f.name}`);
        for (const a of f.args) if (!a.description) missing.push(`${t.name}.${f.name}(${a.name})`);
      }
      for (const f of t.inputFields ?? []) if (!f.description) missing.push(`${t.name}.${f.name}`);
      for (const v of t.enumValues ?? []) if (!v.description) missing.push(`${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("curation writes", () => {
  const id = "s-test-curation-write";
  const passage = "doc-1957-04-15-hoxha-khrushchev-memorandum-p4";
  const auth = { authorization: `Bearer ${CURATION_TOKEN}` };
  const CREATE = `mutation Create($input: StatementInput!) { createStatement(input: $input, curator: "test") { id quote curatedBy speaker { id } } }`;
  let quote = "";

  afterAll(async () => {
    await writeTx((tx) => tx.run("MATCH (s:Statement {id: $id}) DETACH DELETE s", { id }));
  });

  const count = async () => toNumber((await read("MATCH (s:Statement) RETURN count(s) AS n"))[0]!.get("n"));
  const input = (q: string) => ({ id, speaker: "hoxha", target: "khrushchev", stance: "support", intensity: 1, mode: "direct", passage, quote: q, topics: ["party-relations"] });

  it("refuses a write without the token, and over GET", async () => {
    quote = ((await read("MATCH (p:Passage {id: $passage}) RETURN p.text AS t", { passage }))[0]!.get("t") as string).slice(0, 40);
    const before = await count();
    const { body } = await post(CREATE, { input: input(quote) });
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await post(CREATE, { input: input(quote) }, { authorization: "Bearer wrong-token-wrong-token-wrong" });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const viaGet = await fetch(`${BASE_URL}/api/graphql?query=${encodeURIComponent(`mutation { retractStatement(id: "x", reason: "why", curator: "t") }`)}`, { headers: auth });
    expect(viaGet.status).toBe(405);
    expect(await count()).toBe(before);
  });

  it("refuses a quote that is not in its passage, and changes nothing", async () => {
    const before = await count();
    const { body } = await post(CREATE, { input: input("words that never stood in this passage") }, auth);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/not found verbatim/);
    const unknown = await post(CREATE, { input: { ...input(quote), speaker: "nobody" } }, auth);
    expect(unknown.body.errors?.[0]?.message).toMatch(/nobody/);
    expect(await count()).toBe(before);
  });

  it("creates, changes and retracts a statement, recording who", async () => {
    const created = await post(CREATE, { input: input(quote) }, auth);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data).toMatchObject({ createStatement: { id, quote, curatedBy: "test", speaker: { id: "hoxha" } } });

    const updated = await post(
      `mutation { updateStatement(id: "${id}", changes: { stance: mixed, intensity: 0, note: "reread" }, curator: "second") { stance intensity note curatedBy curatedAt } }`,
      {},
      auth,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data).toMatchObject({ updateStatement: { stance: "mixed", intensity: 0, note: "reread", curatedBy: "second" } });

    const inconsistent = await post(`mutation { updateStatement(id: "${id}", changes: { stance: oppose }, curator: "x") { stance } }`, {}, auth);
    expect(inconsistent.body.errors?.[0]?.message).toMatch(/intensity 0 does not fit stance oppose/);

    const retracted = await post(`mutation { retractStatement(id: "${id}", reason: "duplicate reading", curator: "third") }`, {}, auth);
    expect(retracted.body.data).toEqual({ retractStatement: id });
    const gone = await gql(`{ statement(id: "${id}") { id } }`);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const [row] = await read("MATCH (s:Statement {id: $id}) RETURN s.retractedBy AS by, s.retractReason AS why", { id });
    expect([row!.get("by"), row!.get("why")]).toEqual(["third", "duplicate reading"]);
  });
});
