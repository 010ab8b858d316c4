import { describe, expect, it } from "vitest";
import { gql } from "../support/http";

type Statement = {
  id: string;
  date: string;
  stance: string;
  mode: string;
  topics: string[];
  quote: string;
  speaker: { id: string };
  target: { id: string };
  passage: { text: string; document: { id: string } };
};

const STATEMENT_FIELDS = "id date stance mode topics quote speaker { id } target { id } passage { text document { id } }";

async function statements(filter: Record<string, unknown>, first = 100) {
  const result = await gql<{ statements: { totalCount: number; nodes: Statement[] } }>(
    `query S($filter: StatementFilter, $first: Int) { statements(filter: $filter, first: $first) { totalCount nodes { ${STATEMENT_FIELDS} } } }`,
    { filter, first },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.statements;
}

describe("search", () => {
  it.each([
    ["Rankovic", "rankovic"],
    ["I.B. Tito", "tito"],
    ["Kadar", "kadar"],
    ["kádár", "kadar"],
    ["Vukmanovic-Tempo", "vukmanovic-tempo"],
    ["Khrushch", "khrushchev"],
  ])("finds %s as %s, best first, with the alias it matched", async (query, id) => {
    const result = await gql<{ search: { id: string; kind: string; matchedAlias: string | null; score: number }[] }>(
      "query Find($q: String!) { search(query: $q, first: 5) { id kind matchedAlias score } }",
      { q: query },
    );
    expect(result.errors).toBeUndefined();
    const hits = result.data!.search;
    expect(hits[0]?.id).toBe(id);
    expect(hits[0]?.matchedAlias).toBeTruthy();
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it("reports the alias the query matched", async () => {
    const result = await gql<{ search: { id: string; matchedAlias: string }[] }>('{ search(query: "I.B. Tito") { id matchedAlias } }');
    expect(result.data!.search[0]).toEqual({ id: "tito", matchedAlias: "I.B. Tito" });
  });

  it("finds organisations under every name and documents by title words", async () => {
    for (const [q, id] of [
      ["UCY", "lcy"],
      ["SKJ", "lcy"],
      ["Cominform", "cominform"],
    ]) {
      const result = await gql<{ search: { id: string }[] }>("query Find($q: String!) { search(query: $q) { id } }", { q });
      expect(result.data!.search.map((h) => h.id), q).toContain(id);
    }
    const docs = await gql<{ search: { id: string; kind: string }[] }>('{ search(query: "memorandum conversation") { id kind } }');
    expect(docs.data!.search[0]).toEqual({ id: "doc-1957-04-15-hoxha-khrushchev-memorandum", kind: "document" });
  });

  it("treats query syntax as text", async () => {
    for (const q of ['"', "tito~ OR *", "AND", "(", "\\", "'; MATCH (n) DETACH DELETE n //"]) {
      const result = await gql("query Find($q: String!) { search(query: $q) { id } }", { q });
      expect(result.errors, q).toBeUndefined();
    }
  });
});

describe("entities", () => {
  it("reads a person with roles, statements both ways, mentions and documents", async () => {
    const result = await gql<{
      person: { name: string; aliases: string[]; roles: { title: string; organization: { id: string } }[]; statementsMade: Statement[]; statementsReceived: Statement[]; mentions: { surface: string; passage: { text: string } }[]; documents: { id: string }[] };
    }>(`{ person(id: "tito") {
      name aliases roles { title organization { id } }
      statementsMade { ${STATEMENT_FIELDS} } statementsReceived { ${STATEMENT_FIELDS} }
      mentions(first: 10) { surface start end passage { text } } documents { id } } }`);
    expect(result.errors).toBeUndefined();
    const tito = result.data!.person;
    expect(tito.aliases).toEqual(expect.arrayContaining(["Tito", "I.B. Tito"]));
    expect(tito.roles.length).toBeGreaterThan(0);
    expect(tito.statementsMade.every((s) => s.speaker.id === "tito")).toBe(true);
    expect(tito.statementsReceived.every((s) => s.target.id === "tito")).toBe(true);
    expect(tito.statementsMade.length).toBeGreaterThan(3);
    expect(tito.statementsReceived.length).toBeGreaterThan(3);
    expect(tito.mentions).toHaveLength(10);
    expect(tito.documents.length).toBe(5);
  });

  it("reads an organisation with its members and a document with passages, mentions and statements", async () => {
    const org = await gql<{ organization: { name: string; aliases: string[]; members: { person: { id: string } }[] } }>(
      '{ organization(id: "lcy") { name aliases members { person { id } } } }',
    );
    expect(org.errors).toBeUndefined();
    expect(org.data!.organization.aliases).toEqual(expect.arrayContaining(["LCY", "UCY"]));
    expect(org.data!.organization.members.map((m) => m.person.id)).toContain("tito");

    const doc = await gql<{
      document: { citation: string; authors: { id: string }[]; passages: { index: number; text: string; mentions: { start: number; end: number; surface: string }[] }[]; statements: Statement[] };
    }>(`{ document(id: "doc-1957-04-15-hoxha-khrushchev-memorandum") {
      citation authors { id } passages { index text mentions { start end surface } } statements { ${STATEMENT_FIELDS} } } }`);
    expect(doc.errors).toBeUndefined();
    const d = doc.data!.document;
    expect(d.citation).toContain("AQSH");
    expect(d.passages.map((p) => p.index)).toEqual(d.passages.map((_, i) => i + 1));
    for (const p of d.passages) for (const m of p.mentions) expect(p.text.slice(m.start, m.end)).toBe(m.surface);
    for (const s of d.statements) expect(s.passage.text).toContain(s.quote);
  });

  it("answers an unknown id with NOT_FOUND and a hint", async () => {
    for (const query of ['{ person(id: "nobody") { name } }', '{ document(id: "doc-none") { title } }', '{ organization(id: "tito") { name } }']) {
      const result = await gql(query);
      expect(result.errors?.[0]?.extensions?.code, query).toBe("NOT_FOUND");
      expect(result.errors?.[0]?.message).toMatch(/No .* has the id/);
    }
  });
});

describe("statements filters", () => {
  it("filters by speaker and target", async () => {
    const { nodes, totalCount } = await statements({ speakers: ["khrushchev"], targets: ["hoxha"] });
    expect(totalCount).toBeGreaterThan(0);
    expect(nodes.every((s) => s.speaker.id === "khrushchev" && s.target.id === "hoxha")).toBe(true);
  });

  it("filters by stance, mode, document, topic and date range", async () => {
    const all = (await statements({})).totalCount;
    const checks: [Record<string, unknown>, (s: Statement) => boolean][] = [
      [{ stances: ["oppose"] }, (s) => s.stance === "oppose"],
      [{ modes: ["reported"] }, (s) => s.mode === "reported"],
      [{ documents: ["doc-1956-11-08-ucy-letter-on-hungary"] }, (s) => s.passage.document.id === "doc-1956-11-08-ucy-letter-on-hungary"],
      [{ topics: ["hungary"] }, (s) => s.topics.includes("hungary")],
      [{ from: "1956-01-01", to: "1956-12-31" }, (s) => s.date >= "1956-01-01" && s.date <= "1956-12-31"],
    ];
    for (const [filter, holds] of checks) {
      const { nodes, totalCount } = await statements(filter);
      expect(totalCount, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(totalCount, JSON.stringify(filter)).toBeLessThan(all);
      expect(nodes.every(holds), JSON.stringify(filter)).toBe(true);
    }
  });

  it("pages through every statement without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 100; pages++) {
      const result: Awaited<ReturnType<typeof gql<{ statements: { totalCount: number; nodes: { id: string; date: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>> = await gql(
        "query Page($after: String) { statements(first: 7, after: $after) { totalCount nodes { id date } pageInfo { hasNextPage endCursor } } }",
        { after },
      );
      const page = result.data!.statements;
      total = page.totalCount;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    const whole = [];
    let cursor: string | null = null;
    do {
      const r: Awaited<ReturnType<typeof gql<{ statements: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>> = await gql(
        "query Page($after: String) { statements(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }",
        { after: cursor },
      );
      whole.push(...r.data!.statements.nodes.map((n) => n.id));
      cursor = r.data!.statements.pageInfo.hasNextPage ? r.data!.statements.pageInfo.endCursor : null;
    } while (cursor);
    expect(seen).toEqual(whole);
  });

  it("refuses a forged cursor", async () => {
    const result = await gql('{ statements(after: "not-a-cursor") { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("derived views", () => {
  it("builds an ego network that grows with depth", async () => {
    const query = "query Ego($depth: Int) { egoNetwork(id: \"hoxha\", depth: $depth) { nodes { id } edges { source target } } }";
    const one = (await gql<{ egoNetwork: { nodes: { id: string }[]; edges: { source: string; target: string }[] } }>(query, { depth: 1 })).data!.egoNetwork;
    const two = (await gql<{ egoNetwork: { nodes: { id: string }[] } }>(query, { depth: 2 })).data!.egoNetwork;
    expect(one.nodes.map((n) => n.id)).toContain("hoxha");
    expect(one.edges.every((e) => e.source === "hoxha" || e.target === "hoxha" || one.nodes.some((n) => n.id === e.source))).toBe(true);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    for (const n of one.nodes) expect(two.nodes.map((m) => m.id)).toContain(n.id);
  });

  it("finds paths from Hoxha to Tito, each step backed by statements between its ends", async () => {
    const result = await gql<{
      paths: { length: number; actors: { id: string }[]; steps: { from: { id: string }; to: { id: string }; statements: { speaker: { id: string }; target: { id: string } }[] }[] }[];
    }>('{ paths(from: "hoxha", to: "tito", maxLength: 3) { length actors { id } steps { from { id } to { id } statements { speaker { id } target { id } } } } }');
    expect(result.errors).toBeUndefined();
    const paths = result.data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.actors[0]!.id).toBe("hoxha");
      expect(p.actors.at(-1)!.id).toBe("tito");
      expect(p.length).toBe(p.steps.length);
      for (const step of p.steps) {
        expect(step.statements.length).toBeGreaterThan(0);
        const ends = new Set([step.from.id, step.to.id]);
        for (const s of step.statements) expect(ends.has(s.speaker.id) && ends.has(s.target.id)).toBe(true);
      }
    }
  });

  it("counts statements per month and stance, consistent with the statements query", async () => {
    const result = await gql<{ timeline: { month: string; support: number; oppose: number; mixed: number; neutral: number; total: number }[]; statements: { totalCount: number } }>(
      "{ timeline { month support oppose mixed neutral total } statements { totalCount } }",
    );
    const buckets = result.data!.timeline;
    expect(buckets.map((b) => b.month)).toEqual([...buckets.map((b) => b.month)].sort());
    for (const b of buckets) expect(b.support + b.oppose + b.mixed + b.neutral).toBe(b.total);
    expect(buckets.reduce((sum, b) => sum + b.total, 0)).toBe(result.data!.statements.totalCount);
    expect(buckets.map((b) => b.month.slice(0, 4))).toEqual(expect.arrayContaining(["1954", "1956", "1957"]));
  });
});
