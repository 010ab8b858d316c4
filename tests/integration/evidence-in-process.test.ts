import { afterAll, describe, expect, it } from "vitest";
import { toNumber } from "@/graph/map";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";
import { deleteStatements } from "@/graph/aggregates";

/**
 * Evidence an analyst can cite, through the GraphQL handler on the test database: dates said with
 * their precision and source, tertiary sources left out of counts unless asked for, people the
 * texts do not name, and names found however they are spelt.
 */
const database = openTestDatabase();
const TOKEN = "evidence-curation-token-0123456789abc";
const auth = { authorization: `Bearer ${TOKEN}` };
const { ask } = inProcessServer(database, { curationToken: TOKEN });

const MEMORANDUM_P4 = "doc-1957-04-15-hoxha-khrushchev-memorandum-p4";
const ENCYCLOPEDIA_P1 = "doc-1955-06-02-belgrade-declaration-p1";
const created = ["s-test-evidence-month", "s-test-evidence-year", "s-test-evidence-tertiary"];

afterAll(async () => {
  await database.writeTx((tx) => deleteStatements(tx, created));
  await database.close();
});

const passageText = async (id: string) => (await database.read("MATCH (p:Passage {id: $id}) RETURN p.text AS t", { id }))[0]!.get("t") as string;

const CREATE = `mutation C($input: StatementInput!) { createStatement(input: $input, curator: "test") {
  id date datePrecision dateQualifier dateUntil dateSource dateLabel sourceKind } }`;

interface Said {
  id: string;
  date: string;
  datePrecision: string;
  dateQualifier: string;
  dateSource: string;
  dateLabel: string;
  sourceKind: string;
  mode: string;
  passage: { document: { date: string } };
}

describe("dates said, with their certainty", () => {
  it("gives every statement a date no later than its document's, its precision and where it comes from", async () => {
    const nodes: Said[] = [];
    let totalCount = 0;
    let after: string | null = null;
    do {
      const answer: Awaited<ReturnType<typeof ask<{ statements: { totalCount: number; nodes: Said[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>>> = await ask(
        `query P($after: String) { statements(first: 100, after: $after, filter: { includeTertiary: true }) {
          totalCount pageInfo { endCursor hasNextPage }
          nodes { id date datePrecision dateQualifier dateSource dateLabel sourceKind mode passage { document { date } } } } }`,
        { after },
      );
      expect(answer.errors).toBeUndefined();
      nodes.push(...answer.data!.statements.nodes);
      totalCount = answer.data!.statements.totalCount;
      after = answer.data!.statements.pageInfo.hasNextPage ? answer.data!.statements.pageInfo.endCursor : null;
    } while (after);
    expect(nodes).toHaveLength(totalCount);
    for (const s of nodes) {
      expect(s.datePrecision, s.id).toBe({ 10: "day", 7: "month", 4: "year" }[s.date.length]);
      expect(s.date.slice(0, 10) <= s.passage.document.date, s.id).toBe(true);
      expect(["text", "document"], s.id).toContain(s.dateSource);
      expect(s.dateLabel.length, s.id).toBeGreaterThan(3);
      // The document's date stands in only as itself: exact for the author writing, "before" for recounted words.
      if (s.dateSource === "document") {
        expect(s.date, s.id).toBe(s.passage.document.date);
        expect(["exact", "before"], s.id).toContain(s.dateQualifier);
      }
    }
    // Words recounted later are dated when they were said, not when they were written down.
    expect(nodes.filter((s) => s.dateSource === "text" && s.date < s.passage.document.date).length).toBeGreaterThan(20);
    expect(nodes.some((s) => s.dateQualifier === "before" && s.dateLabel.startsWith("before "))).toBe(true);
  });

  it("places a month-precise statement over its month, and a year-precise one over its year, never on the 1st", async () => {
    const text = await passageText(MEMORANDUM_P4);
    const base = { speaker: "hoxha", target: "khrushchev", stance: "support", intensity: 1, mode: "reported", reportedBy: "khrushchev", passage: MEMORANDUM_P4, quote: text.slice(0, 30) };
    const month = await ask<{ createStatement: Said }>(CREATE, { input: { ...base, id: created[0], date: "1956-09", dateQualifier: "about" } }, auth);
    expect(month.errors).toBeUndefined();
    expect(month.data!.createStatement).toMatchObject({ date: "1956-09", datePrecision: "month", dateQualifier: "about", dateSource: "text", dateLabel: "about Sept. 1956" });
    const year = await ask<{ createStatement: Said }>(CREATE, { input: { ...base, id: created[1], date: "1955" } }, auth);
    expect(year.data!.createStatement).toMatchObject({ date: "1955", datePrecision: "year", dateLabel: "1955" });

    const inRange = async (from: string, to: string) =>
      (
        await ask<{ statements: { nodes: { id: string }[] } }>(
          `query Q($f: StatementFilter) { statements(filter: $f, first: 100) { nodes { id } } }`,
          { f: { speakers: ["hoxha"], targets: ["khrushchev"], from, to } },
        )
      ).data!.statements.nodes.map((n) => n.id);
    // Mid-September finds the September statement; the 1st of September alone does too; August does not.
    expect(await inRange("1956-09-15", "1956-09-20")).toContain(created[0]);
    expect(await inRange("1956-08-01", "1956-08-31")).not.toContain(created[0]);
    expect(await inRange("1955-07-01", "1955-07-31")).toContain(created[1]);

    const timeline = await ask<{ timeline: { month: string; total: number }[]; timelineSpans: { from: string; to: string; total: number }[] }>(
      `query T($f: StatementFilter) { timeline(filter: $f) { month total } timelineSpans(filter: $f) { from to total } }`,
      { f: { ids: created.slice(0, 2) } },
    );
    expect(timeline.data!.timeline).toEqual([{ month: "1956-09", total: 1 }]);
    // The months and the spans are one query, read once.
    expect(timeline.extensions?.cypherRoundTrips).toBe(1);
    expect(timeline.data!.timelineSpans).toEqual([{ from: "1955-01", to: "1955-12", total: 1 }]);
  });

  it("refuses a date after the document's, a malformed one, and a between without its bound, naming the field", async () => {
    const text = await passageText(MEMORANDUM_P4);
    const input = { id: "s-test-evidence-refused", speaker: "hoxha", target: "khrushchev", stance: "support", intensity: 1, mode: "direct", passage: MEMORANDUM_P4, quote: text.slice(0, 30) };
    for (const [changes, message] of [
      [{ date: "1957-05" }, /after the document's date 1957-04-15/],
      [{ date: "1957-4-1" }, /must be a real date written YYYY-MM-DD, YYYY-MM or YYYY/],
      [{ date: "1956-09", dateQualifier: "between" }, /dateQualifier between needs dateUntil/],
    ] as const) {
      const answer = await ask(CREATE, { input: { ...input, ...changes } }, auth);
      expect(answer.code, JSON.stringify(changes)).toBe("BAD_USER_INPUT");
      expect(answer.message).toMatch(message);
    }
  });
});

describe("source kinds", () => {
  it("says what kind of source each document is", async () => {
    const answer = await ask<{ documents: { id: string; kind: string; sourceKind: string }[] }>("{ documents { id kind sourceKind } }");
    for (const d of answer.data!.documents) expect(d.sourceKind, d.id).toBe(d.kind === "encyclopedia-article" ? "tertiary" : "primary");
  });

  it("leaves a tertiary source's statement out of every count unless asked for, and marks it as such", async () => {
    const text = await passageText(ENCYCLOPEDIA_P1);
    const quote = text.slice(text.indexOf("brought about"), text.indexOf("brought about") + 45);
    // An encyclopedia reports without a person reporting: no reportedBy, and the date stands in from the document, "before".
    const made = await ask<{ createStatement: Said }>(
      CREATE,
      { input: { id: created[2], speaker: "tito", target: "khrushchev", stance: "support", intensity: 1, mode: "reported", passage: ENCYCLOPEDIA_P1, quote } },
      auth,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data!.createStatement).toMatchObject({ sourceKind: "tertiary", dateSource: "document", dateQualifier: "before", date: "1955-06-02" });

    const views = async (includeTertiary: boolean) => {
      const answer = await ask<{
        network: { edges: { id: string }[] };
        statements: { nodes: { id: string }[] };
        timeline: { month: string }[];
        paths: unknown[];
      }>(
        `query V($f: StatementFilter) {
          network(filter: $f) { edges { id } }
          statements(filter: $f, first: 100) { nodes { id } }
          timeline(filter: $f) { month }
          paths(from: "tito", to: "khrushchev", maxLength: 1, since: "1955-06-01", until: "1955-06-30") { length }
        }`,
        { f: { speakers: ["tito"], targets: ["khrushchev"], includeTertiary } },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    };
    const without = await views(false);
    expect(without.statements.nodes.map((n) => n.id)).not.toContain(created[2]);
    expect(without.timeline.map((b) => b.month)).not.toContain("1955-06");
    // Paths never run through a tertiary source.
    expect(without.paths).toEqual([]);
    const withTertiary = await views(true);
    expect(withTertiary.statements.nodes.map((n) => n.id)).toContain(created[2]);
    expect(withTertiary.timeline.map((b) => b.month)).toContain("1955-06");
    expect(withTertiary.network.edges.map((e) => e.id)).toContain("tito->khrushchev");
  });
});

describe("people the texts do not name", () => {
  it("are people of their own, marked unidentified, each linked to the body they belong to", async () => {
    const rows = await database.read(`
      MATCH (p:Person) WHERE p.unidentified
      RETURN p.id AS id, count { (p)-[:MEMBER_OF]->(:Organization) } AS bodies, count { (p)<-[:BY|ABOUT]-(:Statement) } AS statements`);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(toNumber(r.get("bodies")), r.get("id") as string).toBeGreaterThan(0);
    expect(rows.some((r) => toNumber(r.get("statements")) > 0)).toBe(true);

    const speaking = rows.find((r) => toNumber(r.get("statements")) > 0)!.get("id") as string;
    const answer = await ask<{ actor: { unidentified: boolean; roles: { organization: { id: string } }[] } }>(
      `query A($id: ID!) { actor(id: $id) { unidentified ... on Person { roles { organization { id } } } } }`,
      { id: speaking },
    );
    expect(answer.data!.actor.unidentified).toBe(true);
    expect(answer.data!.actor.roles.length).toBeGreaterThan(0);
    const named = await ask<{ actor: { unidentified: boolean } }>(`{ actor(id: "tito") { unidentified } }`);
    expect(named.data!.actor.unidentified).toBe(false);
  });
});

describe("names as people spell them", () => {
  const first = async (query: string) =>
    (await ask<{ search: { id: string; matchedAlias: string | null }[] }>(`query S($q: String!) { search(query: $q, first: 5) { id matchedAlias } }`, { q: query })).data!
      .search[0];

  it("finds the major figures by their transliterations, by typos, and by spaced initials", async () => {
    for (const [query, id] of [
      ["Hodja", "hoxha"],
      ["Enver Hodža", "hoxha"],
      ["Khrushchov", "khrushchev"],
      ["Hrushchev", "khrushchev"],
      ["Krushchev", "khrushchev"],
      ["Rankovich", "rankovic"],
      ["Rankovitj", "rankovic"],
      ["I. B. Tito", "tito"],
      ["Kardelj", "kardelj"],
    ] as const) {
      expect((await first(query))?.id, query).toBe(id);
    }
  });

  it("ranks an exact name first, above names a typo away", async () => {
    expect((await first("Tito"))?.id).toBe("tito");
    expect((await first("Nagy"))?.id).toBe("nagy");
  });
});
