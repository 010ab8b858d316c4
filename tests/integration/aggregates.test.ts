import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGGREGATE_ROWS, deleteStatements, MONTH_ROWS, RECOMPUTED_MONTHS, RECOMPUTED_ROWS, RECOMPUTED_TOTALS, rebuildAggregates, TOTAL_ROWS } from "@/graph/aggregates";
import type { Viewer } from "@/graph/auth/viewer";
import { createStatement, retractStatement, updateStatement } from "@/graph/curation";
import { toNumber } from "@/graph/map";
import { reviewStatement, revertRevision } from "@/graph/review";
import type { Stance } from "@/graph/shared/stance";
import { CURATION_PASSAGE } from "../support/curation";
import { openTestDatabase } from "../support/database";

const database = openTestDatabase();

/**
 * The aggregates (graph/aggregates.ts): rows, pair totals and month totals, are kept by every write of
 * a statement, in the write's transaction. After random sequences of writes through the real write
 * functions, the stored rows and totals equal those recomputed from the statements; a write refused midway (a stale
 * version, a check that fails, a review by the proposer) changes neither.
 */

const PREFIX = "s-test-aggregates-";
// People of the test's own, so that other test files writing at the same time touch none of its rows.
const PEOPLE = ["test-aggregates-a", "test-aggregates-b", "test-aggregates-c", "test-aggregates-d"];
const STANCES: Stance[] = ["support", "oppose", "mixed", "neutral"];
// The memorandum is dated 1957-04-15: the last date is after it, so a write with it is refused.
const DATES = ["1957-04-15", "1957-04", "1957", "1956-11-03", "1956", "1958-01-01"];
const admin: Viewer = { username: "aggregates-admin", role: "admin", via: "token" };
const alice: Viewer = { username: "aggregates-alice", role: "curator", via: "session" };
const bob: Viewer = { username: "aggregates-bob", role: "curator", via: "session" };

const made = new Set<string>();

async function removeMade() {
  const ids = [...made];
  await database.writeTx(async (tx) => {
    await tx.run("MATCH (r:Revision) WHERE r.subject IN $ids DETACH DELETE r", { ids });
    await deleteStatements(tx, ids);
  });
}

beforeAll(async () => {
  await database.writeTx((tx) => tx.run("UNWIND $ids AS id MERGE (a:Person:Actor {id: id}) SET a.name = id, a.aliases = [id]", { ids: PEOPLE }));
});

afterAll(async () => {
  await removeMade();
  await database.writeTx((tx) => tx.run("MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a", { ids: PEOPLE }));
  await database.close();
});

type Rows = { key: string; count: number; intensitySum: number }[];
const rows = async (query: string, actors: string[] | null = PEOPLE): Promise<Rows> =>
  (await database.read(query, { actors })).map((r) => ({ key: r.get("key") as string, count: toNumber(r.get("count")), intensitySum: toNumber(r.get("intensitySum")) }));

/** The pair totals (the coarse tier) as text: key, counts by stance and intensity sum, first and last day. */
const totals = async (query: string, actors: string[] | null = PEOPLE): Promise<string[]> =>
  (await database.read(query, { actors })).map((r) => `${r.get("key") as string} ${(r.get("counts") as unknown[]).map(toNumber).join(",")} ${r.get("days") as string}`);

/** The month totals as text (every month total in the graph: the seed's and this test's). */
const months = async (query: string): Promise<string[]> => (await database.read(query)).map((r) => r.get("row") as string);

/** A valid intensity for a stance (support > 0, oppose < 0, mixed and neutral 0). */
const intensityFor = (stance: Stance, strong: boolean) => (stance === "support" ? (strong ? 2 : 1) : stance === "oppose" ? (strong ? -2 : -1) : 0);

const write = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), speaker: fc.nat(3), target: fc.nat(3), stance: fc.constantFrom(...STANCES), strong: fc.boolean(), date: fc.constantFrom(...DATES), proposed: fc.boolean() }),
  fc.record({ kind: fc.constant("edit" as const), which: fc.nat(20), stance: fc.option(fc.constantFrom(...STANCES)), strong: fc.boolean(), date: fc.option(fc.constantFrom(...DATES)), stale: fc.boolean() }),
  fc.record({ kind: fc.constant("review" as const), which: fc.nat(20), accept: fc.boolean(), byProposer: fc.boolean() }),
  fc.record({ kind: fc.constant("retract" as const), which: fc.nat(20) }),
  fc.record({ kind: fc.constant("revert" as const), which: fc.nat(20) }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

let serial = 0;

async function apply(w: Write, ids: string[], quote: string): Promise<void> {
  const pick = (n: number) => ids[n % Math.max(1, ids.length)];
  if (w.kind === "create") {
    const id = `${PREFIX}${process.pid}-${serial++}`;
    made.add(id);
    await createStatement(
      database,
      { id, speaker: PEOPLE[w.speaker]!, target: PEOPLE[w.target]!, stance: w.stance, intensity: intensityFor(w.stance, w.strong), mode: "direct", passage: CURATION_PASSAGE, quote, date: w.date },
      w.proposed ? alice : admin,
    );
    ids.push(id);
    return;
  }
  const id = pick(w.which);
  if (!id) return;
  if (w.kind === "edit") {
    const stance = w.stance ?? undefined;
    const version = w.stale ? 99 : null;
    await updateStatement(database, id, { ...(stance ? { stance, intensity: intensityFor(stance, w.strong) } : {}), ...(w.date ? { date: w.date } : {}) }, "aggregates-admin", { version });
  } else if (w.kind === "review") {
    await reviewStatement(database, w.byProposer ? alice : bob, id, w.accept ? "accept" : "reject", { reason: "not what the text says" });
  } else if (w.kind === "retract") {
    await retractStatement(database, id, "a test retraction", "aggregates-admin");
  } else {
    const [row] = await database.read("MATCH (s:Statement {id: $id}) RETURN s.version AS version", { id });
    await revertRevision(database, admin, `statement:${id}@${toNumber(row!.get("version"))}`, "a test revert");
  }
}

describe("aggregates kept by every write", () => {
  it("equal a recomputation from the statements after random sequences of writes; a refused write changes neither", async () => {
    const [passage] = await database.read("MATCH (p:Passage {id: $id}) RETURN p.text AS text", { id: CURATION_PASSAGE });
    const quote = (passage!.get("text") as string).slice(0, 30);
    let refused = 0;
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 3, maxLength: 14 }), async (writes) => {
        const ids: string[] = [];
        for (const w of writes) {
          const before = await rows(AGGREGATE_ROWS);
          const totalsBefore = await totals(TOTAL_ROWS);
          const monthsBefore = await months(MONTH_ROWS);
          const statementsBefore = await database.read("MATCH (s:Statement) WHERE s.id STARTS WITH $p RETURN s.id + ':' + s.version + ':' + s.status AS v ORDER BY v", { p: PREFIX });
          try {
            await apply(w, ids, quote);
            applied++;
          } catch (error) {
            refused++;
            expect((error as { code?: string }).code, String(error)).toMatch(/CONFLICT|BAD_USER_INPUT|FORBIDDEN|NOT_FOUND/);
            expect(await rows(AGGREGATE_ROWS)).toEqual(before);
            expect(await totals(TOTAL_ROWS)).toEqual(totalsBefore);
            expect(await months(MONTH_ROWS)).toEqual(monthsBefore);
            const statementsAfter = await database.read("MATCH (s:Statement) WHERE s.id STARTS WITH $p RETURN s.id + ':' + s.version + ':' + s.status AS v ORDER BY v", { p: PREFIX });
            expect(statementsAfter.map((r) => r.get("v") as string)).toEqual(statementsBefore.map((r) => r.get("v") as string));
          }
        }
        expect(await rows(AGGREGATE_ROWS)).toEqual(await rows(RECOMPUTED_ROWS));
        expect(await totals(TOTAL_ROWS)).toEqual(await totals(RECOMPUTED_TOTALS));
        expect(await months(MONTH_ROWS)).toEqual(await months(RECOMPUTED_MONTHS));
      }),
      { numRuns: 12, seed: 18 },
    );
    // The sequences exercised both paths.
    expect(applied).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(3);
  }, 240_000);

  it("are rebuilt from the statements by rebuildAggregates, to the same rows, totals and month totals", async () => {
    const kept = await rows(AGGREGATE_ROWS);
    const keptTotals = await totals(TOTAL_ROWS);
    expect(kept.length).toBeGreaterThan(0);
    expect(keptTotals.length).toBeGreaterThan(0);
    const keptMonths = await months(MONTH_ROWS);
    expect(keptMonths.length).toBeGreaterThan(0);
    await rebuildAggregates(database);
    expect(await rows(AGGREGATE_ROWS)).toEqual(kept);
    expect(kept).toEqual(await rows(RECOMPUTED_ROWS));
    expect(await totals(TOTAL_ROWS)).toEqual(keptTotals);
    expect(keptTotals).toEqual(await totals(RECOMPUTED_TOTALS));
    expect(await months(MONTH_ROWS)).toEqual(keptMonths);
    expect(keptMonths).toEqual(await months(RECOMPUTED_MONTHS));
    // The seed's own rows, as the load built them, are the statements' too.
    const seeded = ["hoxha", "khrushchev", "tito", "kardelj", "nagy"];
    expect(await rows(AGGREGATE_ROWS, seeded)).toEqual(await rows(RECOMPUTED_ROWS, seeded));
    expect(await totals(TOTAL_ROWS, seeded)).toEqual(await totals(RECOMPUTED_TOTALS, seeded));
  });
});
