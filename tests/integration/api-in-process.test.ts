import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

const database = openTestDatabase();
afterAll(() => database.close());

/**
 * What the schema and its resolvers answer, asked in-process (no HTTP) of the seeded test
 * database. What needs HTTP itself (statuses through the route, headers, CORS, bodies, the front
 * door) stays in the HTTP tests.
 */
const { ask } = inProcessServer(database);

type Statement = {
  id: string;
  date: string;
  stance: string;
  intensity: number;
  mode: string;
  topics: string[];
  quote: string;
  speaker: { id: string };
  target: { id: string };
  passage: { text: string; document: { id: string } };
};

const STATEMENT_FIELDS =
  "id date stance intensity mode topics quote speaker { id } target { id } passage { text document { id } }";

type PageInfo = { hasNextPage: boolean; endCursor: string | null };
type Connection<T> = { totalCount: number; nodes: T[]; pageInfo: PageInfo };

async function statements(filter: Record<string, unknown>, first = 100) {
  const result = await ask<{ statements: Connection<Statement> }>(
    `query S($filter: StatementFilter, $first: Int) { statements(filter: $filter, first: $first) { totalCount nodes { ${STATEMENT_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
    { filter, first },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.statements;
}

/** Every page of a connection, following endCursor until hasNextPage is false. */
async function allPages<T>(field: "statements" | "actors", args: string, selection: string, first: number) {
  const pages: Connection<T>[] = [];
  let after: string | null = null;
  for (let n = 0; n < 500; n++) {
    const result: Awaited<ReturnType<typeof ask<Record<string, Connection<T>>>>> = await ask(
      `query Page($after: String) { ${field}(${args} first: ${first}, after: $after) { totalCount nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(result.errors, `page ${n + 1}`).toBeUndefined();
    const page = result.data![field]!;
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
    expect(after, `page ${n + 1} has a next page but no end cursor`).toBeTruthy();
  }
  throw new Error(`${field} did not end within 500 pages`);
}

describe("search by name and alias", () => {
  it.each([
    ["Rankovic", "rankovic", "Aleksandar Ranković"],
    ["I.B. Tito", "tito", "Josip Broz Tito"],
    ["Kadar", "kadar", undefined],
    ["kádár", "kadar", undefined],
    ["Vukmanovic-Tempo", "vukmanovic-tempo", undefined],
    ["Khrushch", "khrushchev", undefined],
  ])("finds %s as %s, best first, with the alias it matched", async (query, id, name) => {
    const result = await ask<{
      search: { id: string; kind: string; name: string; matchedAlias: string | null; score: number }[];
    }>("query Find($q: String!) { search(query: $q, first: 5) { id kind name matchedAlias score } }", { q: query });
    expect(result.errors).toBeUndefined();
    const hits = result.data!.search;
    expect(hits[0]?.id).toBe(id);
    expect(hits[0]?.kind).toBe("person");
    if (name) expect(hits[0]?.name).toBe(name);
    expect(hits[0]?.matchedAlias).toBeTruthy();
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it("reports the alias the query matched", async () => {
    const result = await ask<{ search: { id: string; matchedAlias: string }[] }>(
      '{ search(query: "I.B. Tito") { id matchedAlias } }',
    );
    expect(result.data!.search[0]).toEqual({ id: "tito", matchedAlias: "I.B. Tito" });
  });

  it("finds organisations under every name and documents by title words", async () => {
    for (const [q, id] of [
      ["UCY", "lcy"],
      ["SKJ", "lcy"],
      ["Cominform", "cominform"],
    ]) {
      const result = await ask<{ search: { id: string }[] }>("query Find($q: String!) { search(query: $q) { id } }", { q });
      expect(
        result.data!.search.map((h) => h.id),
        q,
      ).toContain(id);
    }
    const docs = await ask<{ search: { id: string; kind: string }[] }>(
      '{ search(query: "memorandum conversation") { id kind } }',
    );
    expect(docs.data!.search[0]).toEqual({ id: "doc-1957-04-15-hoxha-khrushchev-memorandum", kind: "document" });
  });

  it("gives at most `first` hits", async () => {
    const result = await ask<{ search: unknown[] }>('{ search(query: "a", first: 2) { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.length).toBeLessThanOrEqual(2);
  });

  it("treats query syntax as text", async () => {
    for (const q of ['"', "tito~ OR *", "AND", "(", "\\", "'; MATCH (n) DETACH DELETE n //"]) {
      const result = await ask<{ search: unknown[] }>("query Find($q: String!) { search(query: $q) { id } }", { q });
      expect(result.errors, q).toBeUndefined();
      expect(Array.isArray(result.data?.search), q).toBe(true);
    }
  });
});

describe("lookups", () => {
  it("reads a person with roles, statements both ways, mentions and documents", async () => {
    const result = await ask<{
      person: {
        name: string;
        aliases: string[];
        roles: { title: string; organization: { id: string } }[];
        statementsMade: Statement[];
        statementsReceived: Statement[];
        mentions: { surface: string; passage: { text: string } }[];
        documents: { id: string }[];
      };
    }>(`{ person(id: "tito") {
      name aliases roles { title organization { id } }
      statementsMade { ${STATEMENT_FIELDS} } statementsReceived { ${STATEMENT_FIELDS} }
      mentions(first: 10) { surface start end passage { text } } documents { id } } }`);
    expect(result.errors).toBeUndefined();
    const tito = result.data!.person;
    expect(tito.name).toBe("Josip Broz Tito");
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
    const org = await ask<{ organization: { name: string; aliases: string[]; members: { person: { id: string } }[] } }>(
      '{ organization(id: "lcy") { name aliases members { person { id } } } }',
    );
    expect(org.errors).toBeUndefined();
    expect(org.data!.organization.aliases).toEqual(expect.arrayContaining(["LCY", "UCY"]));
    expect(org.data!.organization.members.map((m) => m.person.id)).toContain("tito");

    const doc = await ask<{
      document: {
        citation: string;
        authors: { id: string }[];
        passages: { index: number; text: string; mentions: { start: number; end: number; surface: string }[] }[];
        statements: Statement[];
      };
    }>(`{ document(id: "doc-1957-04-15-hoxha-khrushchev-memorandum") {
      citation authors { id } passages { index text mentions { start end surface } } statements { ${STATEMENT_FIELDS} } } }`);
    expect(doc.errors).toBeUndefined();
    const d = doc.data!.document;
    expect(d.citation).toContain("AQSH");
    expect(d.passages.length).toBeGreaterThan(0);
    expect(d.passages.map((p) => p.index)).toEqual(d.passages.map((_, i) => i + 1));
    for (const p of d.passages) for (const m of p.mentions) expect(p.text.slice(m.start, m.end)).toBe(m.surface);
    expect(d.statements.length).toBeGreaterThan(0);
    for (const s of d.statements) expect(s.passage.text).toContain(s.quote);
  });

  it("reads any actor by id as the kind it is", async () => {
    const result = await ask<{ a: { __typename: string; id: string }; b: { __typename: string; id: string } }>(
      '{ a: actor(id: "tito") { __typename id } b: actor(id: "lcy") { __typename id } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: { __typename: "Person", id: "tito" }, b: { __typename: "Organization", id: "lcy" } });
  });

  it("reads a statement by id as the list gave it", async () => {
    const listed = (await statements({ speakers: ["khrushchev"] }, 3)).nodes;
    expect(listed.length).toBe(3);
    for (const s of listed) {
      const result = await ask<{ statement: Statement }>(`query One($id: ID!) { statement(id: $id) { ${STATEMENT_FIELDS} } }`, {
        id: s.id,
      });
      expect(result.errors, s.id).toBeUndefined();
      expect(result.data!.statement).toEqual(s);
    }
  });

  it.each([
    ['{ person(id: "nobody") { name } }', "person", "nobody"],
    ['{ person(id: "lcy") { name } }', "person", "lcy"],
    ['{ organization(id: "tito") { name } }', "organization", "tito"],
    ['{ actor(id: "nobody") { name } }', "person or organization", "nobody"],
    ['{ document(id: "doc-none") { title } }', "document", "doc-none"],
    ['{ statement(id: "s-none") { quote } }', "statement", "s-none"],
    ['{ egoNetwork(id: "nobody") { actorCount } }', "person or organization", "nobody"],
    ['{ paths(from: "nobody", to: "tito") { length } }', "person or organization", "nobody"],
    ['{ paths(from: "tito", to: "nobody") { length } }', "person or organization", "nobody"],
  ])("answers %s with NOT_FOUND, naming what and the id, and a hint", async (query, what, id) => {
    const result = await ask(query);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.code).toBe("NOT_FOUND");
    expect(result.message).toMatch(new RegExp(`^No ${what} has the id "${id}"\\. .*(search|actors|documents|statements)`));
  });
});

describe("statements", () => {
  it("filters by speaker and target", async () => {
    const { nodes, totalCount } = await statements({ speakers: ["khrushchev"], targets: ["hoxha"] });
    expect(totalCount).toBeGreaterThan(0);
    expect(nodes).toHaveLength(totalCount);
    expect(nodes.every((s) => s.speaker.id === "khrushchev" && s.target.id === "hoxha")).toBe(true);
  });

  it("filters by stance, mode, document, topic and date range", async () => {
    const all = (await statements({})).totalCount;
    const checks: [Record<string, unknown>, (s: Statement) => boolean][] = [
      [{ stances: ["oppose"] }, (s) => s.stance === "oppose"],
      [{ stances: ["support", "mixed"] }, (s) => s.stance === "support" || s.stance === "mixed"],
      [{ modes: ["reported"] }, (s) => s.mode === "reported"],
      [
        { documents: ["doc-1956-11-08-ucy-letter-on-hungary"] },
        (s) => s.passage.document.id === "doc-1956-11-08-ucy-letter-on-hungary",
      ],
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

  it("counts organisations in by default, and leaves them out when asked", async () => {
    const [all, people] = [await statements({}), await statements({ includeOrganizations: false })];
    expect(people.totalCount).toBeGreaterThan(0);
    expect(people.totalCount).toBeLessThan(all.totalCount);
  });

  it("pages through every statement without gaps or repeats, in (date, id) order", async () => {
    const pages = await allPages<{ id: string; date: string }>("statements", "", "id date", 7);
    const seen = pages.flatMap((p) => p.nodes);
    const total = pages[0]!.totalCount;
    expect(pages.length).toBe(Math.ceil(total / 7));
    for (const p of pages) expect(p.totalCount).toBe(total);
    for (const p of pages.slice(0, -1)) expect(p.nodes).toHaveLength(7);
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(a.date < b.date || (a.date === b.date && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    const whole = (await allPages<{ id: string }>("statements", "", "id", 100)).flatMap((p) => p.nodes.map((n) => n.id));
    expect(seen.map((s) => s.id)).toEqual(whole);
  });

  it("pages through a filtered list the same way", async () => {
    const filter = 'filter: { stances: [oppose, mixed], from: "1956-01-01" },';
    const pages = await allPages<{ id: string; stance: string; date: string }>("statements", filter, "id stance date", 3);
    const seen = pages.flatMap((p) => p.nodes);
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    expect(seen.length).toBe(pages[0]!.totalCount);
    expect(seen.every((s) => (s.stance === "oppose" || s.stance === "mixed") && s.date >= "1956-01-01")).toBe(true);
  });

  it("leads nowhere from the last page's end cursor", async () => {
    const pages = await allPages<{ id: string }>("statements", "", "id", 50);
    const last = pages.at(-1)!;
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.endCursor).toBeTruthy();
    const beyond = await ask<{ statements: Connection<{ id: string }> }>(
      "query N($after: String) { statements(first: 50, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }",
      { after: last.pageInfo.endCursor },
    );
    expect(beyond.errors).toBeUndefined();
    expect(beyond.data!.statements).toEqual({
      totalCount: last.totalCount,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it("refuses a forged cursor, and one from another list", async () => {
    const forged = await ask('{ statements(after: "not-a-cursor") { totalCount } }');
    expect(forged.code).toBe("BAD_USER_INPUT");
    expect(forged.message).toMatch(/cursor in `after` is not one this API issued/);
    const actorsPage = await ask<{ actors: Connection<unknown> }>("{ actors(first: 2) { pageInfo { endCursor } } }");
    const foreign = await ask("query S($after: String) { statements(after: $after) { totalCount } }", {
      after: actorsPage.data!.actors.pageInfo.endCursor,
    });
    expect(foreign.code).toBe("BAD_USER_INPUT");
    expect(foreign.message).toMatch(/cursor in `after` is not one this API issued/);
  });
});

describe("actors", () => {
  it("pages through people in name order without gaps or repeats", async () => {
    const pages = await allPages<{ id: string; name: string; kind: string }>("actors", "kind: person,", "id name kind", 9);
    const seen = pages.flatMap((p) => p.nodes);
    expect(pages.length).toBeGreaterThan(1);
    expect(seen.length).toBe(pages[0]!.totalCount);
    expect(new Set(seen.map((a) => a.id)).size).toBe(seen.length);
    expect(seen.every((a) => a.kind === "person")).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(a.name < b.name || (a.name === b.name && a.id < b.id), `${a.name} before ${b.name}`).toBe(true);
    }
  });

  it("counts people and organisations together when no kind is given", async () => {
    const counts = await ask<{ all: { totalCount: number }; people: { totalCount: number }; orgs: { totalCount: number } }>(
      "{ all: actors { totalCount } people: actors(kind: person) { totalCount } orgs: actors(kind: organization) { totalCount } }",
    );
    const { all, people, orgs } = counts.data!;
    expect(people.totalCount).toBeGreaterThan(0);
    expect(orgs.totalCount).toBeGreaterThan(0);
    expect(all.totalCount).toBe(people.totalCount + orgs.totalCount);
  });
});

interface NetworkShape {
  nodes: { id: string; name: string; statementsMade: number; statementsReceived: number; degree: number }[];
  edges: { id: string; source: string; target: string; count: number; netStance: string; firstDate: string; lastDate: string }[];
  actorCount: number;
  limit: number;
  truncated: boolean;
}

const NETWORK = `query Network($filter: StatementFilter, $limit: Int) {
  network(filter: $filter, limit: $limit) {
    nodes { id name statementsMade statementsReceived degree }
    edges { id source target count netStance firstDate lastDate }
    actorCount limit truncated
  }
}`;

const network = async (variables: Record<string, unknown> = {}) => {
  const result = await ask<{ network: NetworkShape }>(NETWORK, variables);
  expect(result.errors, JSON.stringify(variables)).toBeUndefined();
  return result.data!.network;
};

/** What every network view holds to: edges between drawn nodes, counts that add up. */
function expectConsistent({ nodes, edges }: NetworkShape): void {
  const ids = new Set(nodes.map((n) => n.id));
  expect(ids.size).toBe(nodes.length);
  expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  for (const e of edges) {
    expect(e.id).toBe(`${e.source}->${e.target}`);
    expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
    expect(["support", "oppose", "mixed", "neutral"]).toContain(e.netStance);
    expect(e.count, e.id).toBeGreaterThan(0);
    expect(e.firstDate <= e.lastDate, e.id).toBe(true);
  }
  for (const n of nodes) {
    const neighbours = new Set(edges.flatMap((e) => (e.source === n.id ? [e.target] : e.target === n.id ? [e.source] : [])));
    expect(n.degree, n.id).toBe(neighbours.size);
    expect(n.statementsMade, n.id).toBe(edges.filter((e) => e.source === n.id).reduce((sum, e) => sum + e.count, 0));
    expect(n.statementsReceived, n.id).toBe(edges.filter((e) => e.target === n.id).reduce((sum, e) => sum + e.count, 0));
  }
}

describe("network", () => {
  it("derives a person-to-person graph from the seeded statements", async () => {
    const whole = await network();
    const { nodes, edges } = whole;
    expect(nodes.length).toBeGreaterThan(5);
    expect(edges.length).toBeGreaterThan(5);
    expectConsistent(whole);
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.has("khrushchev") && ids.has("tito")).toBe(true);
    const made = nodes.reduce((sum, n) => sum + n.statementsMade, 0);
    expect(made).toBe(edges.reduce((sum, e) => sum + e.count, 0));
    // Organisations stay out of network views unless asked for, and the edges add up to the statements.
    const people = await statements({ includeOrganizations: false }, 1);
    expect(made).toBe(people.totalCount);
  });

  it("narrows to a date range", async () => {
    const all = (await network()).edges;
    const only1957 = await network({ filter: { from: "1957-01-01", to: "1957-12-31" } });
    expect(only1957.edges.length).toBeGreaterThan(0);
    expect(only1957.edges.length).toBeLessThan(all.length);
    expectConsistent(only1957);
    for (const e of only1957.edges) expect(e.firstDate >= "1957-01-01" && e.lastDate <= "1957-12-31", e.id).toBe(true);
  });

  it("draws a large corpus from its most active actors, the same ones under every filter", async () => {
    const whole = await network();
    expect(whole.truncated).toBe(false);
    expect(whole.limit).toBe(1000);
    expect(whole.actorCount).toBeGreaterThanOrEqual(whole.nodes.length);
    // An explicit null limit means the default.
    expect((await network({ limit: null })).limit).toBe(1000);

    const five = await network({ limit: 5 });
    expect(five.truncated).toBe(true);
    expect(five.limit).toBe(5);
    expect(five.actorCount).toBe(whole.actorCount);
    expect(five.nodes.length).toBeGreaterThan(1);
    expect(five.nodes.length).toBeLessThanOrEqual(5);
    expectConsistent(five);
    const cast = new Set(five.nodes.map((n) => n.id));
    // The most active speaker of the seed corpus is always in the cast.
    expect(cast.has("khrushchev")).toBe(true);
    // A filtered view draws from the same cast, so nodes keep their place as filters change.
    const filtered = await network({ limit: 5, filter: { from: "1956-01-01", to: "1956-12-31" } });
    expect(filtered.nodes.length).toBeGreaterThan(0);
    for (const n of filtered.nodes) expect(cast.has(n.id)).toBe(true);
    // Asking for someone outside the cast draws nothing rather than everyone.
    const outsider = whole.nodes.map((n) => n.id).find((id) => !cast.has(id))!;
    const none = await network({ limit: 5, filter: { speakers: [outsider] } });
    expect(none.nodes).toEqual([]);
  });

  it("refuses a limit outside 1–5000 and says which", async () => {
    for (const limit of [0, -1, 5001]) {
      const result = await ask(`{ network(limit: ${limit}) { actorCount } }`);
      expect(result.code, String(limit)).toBe("LIMIT_EXCEEDED");
      expect(result.message, String(limit)).toContain("between 1 and 5000");
    }
  });
});

describe("egoNetwork", () => {
  const EGO = `query Ego($id: ID!, $depth: Int, $filter: StatementFilter) {
    egoNetwork(id: $id, depth: $depth, filter: $filter) {
      nodes { id name statementsMade statementsReceived degree }
      edges { id source target count netStance firstDate lastDate }
      actorCount limit truncated
    }
  }`;
  const ego = async (variables: Record<string, unknown>) => {
    const result = await ask<{ egoNetwork: NetworkShape }>(EGO, variables);
    expect(result.errors, JSON.stringify(variables)).toBeUndefined();
    return result.data!.egoNetwork;
  };

  it("at depth 1 holds the centre and the actors one statement away, each linked to it", async () => {
    const one = await ego({ id: "hoxha", depth: 1 });
    expectConsistent(one);
    expect(one.nodes.map((n) => n.id)).toContain("hoxha");
    expect(one.nodes.length).toBeGreaterThan(1);
    for (const n of one.nodes.filter((m) => m.id !== "hoxha")) {
      expect(
        one.edges.some((e) => (e.source === "hoxha" && e.target === n.id) || (e.target === "hoxha" && e.source === n.id)),
        n.id,
      ).toBe(true);
    }
    expect(one.actorCount).toBe(one.nodes.length);
    expect(one.limit).toBe(500);
    expect(one.truncated).toBe(false);
  });

  it("grows with depth, keeping what the shallower one held", async () => {
    const one = await ego({ id: "hoxha", depth: 1 });
    const two = await ego({ id: "hoxha", depth: 2 });
    expectConsistent(two);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const reached = new Set(two.nodes.map((n) => n.id));
    for (const n of one.nodes) expect(reached.has(n.id), n.id).toBe(true);
  });

  it("counts only statements under the filter", async () => {
    const all = await ego({ id: "hoxha", depth: 1 });
    const opposed = await ego({ id: "hoxha", depth: 1, filter: { stances: ["oppose"] } });
    expectConsistent(opposed);
    expect(opposed.edges.length).toBeGreaterThan(0);
    const total = (n: NetworkShape) => n.edges.reduce((sum, e) => sum + e.count, 0);
    expect(total(opposed)).toBeLessThan(total(all));
    expect(opposed.edges.every((e) => e.netStance === "oppose")).toBe(true);
  });

  it("at depth 1 costs one Cypher round trip (one statement), deeper one per hop and one for the links", async () => {
    const one = await ask(EGO, { id: "hoxha", depth: 1 });
    const two = await ask(EGO, { id: "hoxha", depth: 2 });
    expect(one.errors).toBeUndefined();
    expect(two.errors).toBeUndefined();
    expect(one.extensions?.cypherRoundTrips).toBe(1);
    expect(two.extensions?.cypherRoundTrips).toBe(3);
  });

  it("refuses a depth outside 1–3, naming the limit", async () => {
    for (const depth of [0, 4]) {
      const result = await ask(EGO, { id: "hoxha", depth });
      expect(result.code, String(depth)).toBe("LIMIT_EXCEEDED");
      expect(result.message, String(depth)).toMatch(/depth.*between 1 and 3/);
    }
  });
});

describe("paths", () => {
  type Path = {
    length: number;
    actors: { id: string }[];
    steps: {
      from: { id: string };
      to: { id: string };
      statements: { date: string; speaker: { id: string }; target: { id: string } }[];
    }[];
  };
  const PATHS = `query P($from: ID!, $to: ID!, $maxLength: Int, $since: String, $until: String) {
    paths(from: $from, to: $to, maxLength: $maxLength, since: $since, until: $until) {
      length actors { id } steps { from { id } to { id } statements { date speaker { id } target { id } } }
    }
  }`;
  const paths = async (variables: Record<string, unknown>) => {
    const result = await ask<{ paths: Path[] }>(PATHS, variables);
    expect(result.errors, JSON.stringify(variables)).toBeUndefined();
    return result.data!.paths;
  };

  it("finds paths from Hoxha to Tito, each step backed by statements between its ends", async () => {
    const found = await paths({ from: "hoxha", to: "tito", maxLength: 3 });
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(10);
    for (const p of found) {
      expect(p.actors[0]!.id).toBe("hoxha");
      expect(p.actors.at(-1)!.id).toBe("tito");
      expect(p.length).toBe(p.steps.length);
      expect(p.length).toBeLessThanOrEqual(3);
      expect(p.actors.length).toBe(p.length + 1);
      p.steps.forEach((step, i) => {
        expect([step.from.id, step.to.id]).toEqual([p.actors[i]!.id, p.actors[i + 1]!.id]);
        expect(step.statements.length).toBeGreaterThan(0);
        const ends = new Set([step.from.id, step.to.id]);
        for (const s of step.statements) expect(ends.has(s.speaker.id) && ends.has(s.target.id)).toBe(true);
      });
    }
    // Shortest first.
    for (let i = 1; i < found.length; i++) expect(found[i - 1]!.length).toBeLessThanOrEqual(found[i]!.length);
  });

  it("links only through statements in the date range", async () => {
    const found = await paths({ from: "hoxha", to: "tito", maxLength: 4, since: "1956-01-01", until: "1957-12-31" });
    for (const p of found)
      for (const step of p.steps)
        for (const s of step.statements) expect(s.date >= "1956-01-01" && s.date <= "1957-12-31").toBe(true);
  });

  it("finds no path from an actor to itself", async () => {
    expect(await paths({ from: "tito", to: "tito" })).toEqual([]);
  });

  it("refuses a maxLength outside 1–4, naming the limit", async () => {
    for (const maxLength of [0, 5]) {
      const result = await ask(PATHS, { from: "hoxha", to: "tito", maxLength });
      expect(result.code, String(maxLength)).toBe("LIMIT_EXCEEDED");
      expect(result.message, String(maxLength)).toMatch(/maxLength.*between 1 and 4/);
    }
  });
});

describe("timeline", () => {
  type Bucket = { month: string; support: number; oppose: number; mixed: number; neutral: number; total: number };
  const TIMELINE = `query T($filter: StatementFilter) {
    timeline(filter: $filter) { month support oppose mixed neutral total }
    statements(filter: $filter, first: 1) { totalCount }
  }`;

  it("counts statements per month and stance, in month order", async () => {
    const result = await ask<{ timeline: Bucket[] }>(TIMELINE);
    const buckets = result.data!.timeline;
    expect(buckets.map((b) => b.month)).toEqual([...buckets.map((b) => b.month)].sort());
    expect(new Set(buckets.map((b) => b.month)).size).toBe(buckets.length);
    for (const b of buckets) {
      expect(b.month).toMatch(/^\d{4}-\d{2}$/);
      expect(b.support + b.oppose + b.mixed + b.neutral).toBe(b.total);
      expect(b.total).toBeGreaterThan(0);
    }
    expect(buckets.map((b) => b.month.slice(0, 4))).toEqual(expect.arrayContaining(["1954", "1956", "1957"]));
  });

  it.each([
    ["no filter", {}],
    ["a stance", { stances: ["oppose"] }],
    ["a year", { from: "1956-01-01", to: "1956-12-31" }],
    ["a speaker", { speakers: ["khrushchev"] }],
    ["people only", { includeOrganizations: false }],
    ["a topic and a mode", { topics: ["hungary"], modes: ["direct", "written"] }],
  ])("sums to the statements query's count under %s", async (_, filter) => {
    const result = await ask<{ timeline: Bucket[]; statements: { totalCount: number } }>(TIMELINE, { filter });
    expect(result.errors).toBeUndefined();
    const { timeline, statements: list } = result.data!;
    expect(list.totalCount).toBeGreaterThan(0);
    expect(timeline.reduce((sum, b) => sum + b.total, 0)).toBe(list.totalCount);
  });

  it("puts each stance's statements in its own column", async () => {
    for (const stance of ["support", "oppose", "mixed", "neutral"] as const) {
      const result = await ask<{ timeline: Bucket[]; statements: { totalCount: number } }>(TIMELINE, {
        filter: { stances: [stance] },
      });
      const { timeline, statements: list } = result.data!;
      expect(
        timeline.reduce((sum, b) => sum + b[stance], 0),
        stance,
      ).toBe(list.totalCount);
      expect(
        timeline.every((b) => b.total === b[stance]),
        stance,
      ).toBe(true);
    }
  });
});

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
    const few = await ask(query, { first: 20 });
    const many = await ask<{ actors: { nodes: unknown[] } }>(query, { first: 60 });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data!.actors.nodes.length).toBeGreaterThan(30);
    const trips = (answer: { extensions?: { cypherRoundTrips?: number } }) => answer.extensions?.cypherRoundTrips ?? -1;
    // One query per kind of nested list, whatever the number of parents. A loader may dispatch in two
    // batches when its keys arrive in different ticks, so the count can differ by one or two between
    // runs; it never follows the result's size (a query per parent would be 60+ here).
    expect(trips(few)).toBeGreaterThan(0);
    expect(trips(few)).toBeLessThanOrEqual(12);
    expect(trips(many)).toBeLessThanOrEqual(12);
    expect(Math.abs(trips(many) - trips(few))).toBeLessThanOrEqual(2);
  });
});

describe("the schema documents itself", () => {
  it("has a description on every type, field, argument and enum value of its own", async () => {
    type Named = { name: string; description: string | null };
    type TypeInfo = Named & {
      kind: string;
      fields: (Named & { args: Named[] })[] | null;
      inputFields: Named[] | null;
      enumValues: Named[] | null;
    };
    const result = await ask<{ __schema: { types: TypeInfo[] } }>(`{ __schema { types {
      name kind description
      fields { name description args { name description } }
      inputFields { name description }
      enumValues { name description }
    } } }`);
    expect(result.errors).toBeUndefined();
    const own = result.data!.__schema.types.filter(
      (t) => !t.name.startsWith("__") && !["String", "Int", "Float", "Boolean", "ID"].includes(t.name),
    );
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
