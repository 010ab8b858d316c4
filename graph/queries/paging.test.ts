import fc from "fast-check";
import neo4j, { Record as Neo4jRecord } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { isCalendarDate } from "./date-arguments";
import { checkPageSize, decodeCursor, encodeCursor, MAX_PAGE_SIZE, toPage } from "./paging";

/** The error a call throws, or a failure when it throws none. */
function refusal(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

const FOREIGN = /^The cursor in `after` is not one this API issued; pass a `pageInfo.endCursor` from an earlier page\.$/;
const base64url = (text: string) => Buffer.from(text).toString("base64url");

describe("cursors", () => {
  it("decode to the (sort key, id) pair they were made from, whatever the characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), (key, id) => {
        expect(decodeCursor(encodeCursor([key, id]))).toEqual([key, id]);
      }),
    );
    expect(decodeCursor(encodeCursor(["Aleksandar Ranković", "rankovic"]))).toEqual(["Aleksandar Ranković", "rankovic"]);
  });

  it("are opaque and safe in a URL", () => {
    const cursor = encodeCursor(["1956-10-06", "s-1956-10-06-khrushchev-note-012"]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain("1956");
  });

  it("refuse anything this API did not issue, with BAD_USER_INPUT", () => {
    const forged = [
      "",
      "not-a-cursor",
      "%%%",
      base64url("not json"),
      base64url("null"),
      base64url('"1956-10-06"'),
      base64url('["1956-10-06"]'),
      base64url('["1956-10-06", "s-1", "extra"]'),
      base64url('["1956-10-06", 12]'),
      base64url('[1956, "s-1"]'),
      base64url('{"0": "1956-10-06", "1": "s-1"}'),
    ];
    for (const cursor of forged) {
      const error = refusal(() => decodeCursor(cursor));
      expect(error.code, cursor).toBe("BAD_USER_INPUT");
      expect(error.httpStatus, cursor).toBe(400);
      expect(error.message, cursor).toMatch(FOREIGN);
    }
  });

  it("refuse a cursor from another list, whose sort key is of another form", () => {
    // An actors cursor sorts by name; the statements list sorts by date.
    const actors = encodeCursor(["Josip Broz Tito", "tito"]);
    expect(decodeCursor(actors)).toEqual(["Josip Broz Tito", "tito"]);
    expect(refusal(() => decodeCursor(actors, isCalendarDate)).code).toBe("BAD_USER_INPUT");
    expect(decodeCursor(encodeCursor(["1956-10-06", "s-1"]), isCalendarDate)).toEqual(["1956-10-06", "s-1"]);
    // A statements cursor whose date was edited into one that does not exist never reaches Neo4j.
    expect(refusal(() => decodeCursor(encodeCursor(["1956-02-30", "s-1"]), isCalendarDate)).message).toMatch(FOREIGN);
  });
});

describe("toPage", () => {
  type Item = { id: string; name: string };
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Name ${i}` }));
  const record = (total: number, page: Record<string, unknown>[]) => new Neo4jRecord(["total", "page"], [neo4j.int(total), page]);
  const map = (row: Record<string, unknown>): Item => ({ id: String(row.id), name: String(row.name) });
  const keyOf = (item: Item): [string, string] => [item.name, item.id];

  it("cuts the extra row a query fetches to learn that another page follows", () => {
    const page = toPage(record(12, rows(6)), 5, map, keyOf);
    expect(page.items.map((i) => i.id)).toEqual(["a0", "a1", "a2", "a3", "a4"]);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(12);
    expect(decodeCursor(page.endCursor!)).toEqual(["Name 4", "a4"]);
  });

  it("ends the list when no extra row came back, with a cursor at its last item", () => {
    for (const n of [5, 3, 1]) {
      const page = toPage(record(n, rows(n)), 5, map, keyOf);
      expect(page.items, `${n} rows`).toHaveLength(n);
      expect(page.hasNextPage, `${n} rows`).toBe(false);
      expect(decodeCursor(page.endCursor!), `${n} rows`).toEqual([`Name ${n - 1}`, `a${n - 1}`]);
    }
  });

  it("has no cursor for an empty page, or when nothing came back at all", () => {
    expect(toPage(record(0, []), 5, map, keyOf)).toEqual({ items: [], totalCount: 0, hasNextPage: false, endCursor: null });
    expect(toPage(undefined, 5, map, keyOf)).toEqual({ items: [], totalCount: 0, hasNextPage: false, endCursor: null });
  });

  it("lets the next page start after its end cursor: walking the pages visits every row once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 12 }), (size, first) => {
        const before = (a: Item, b: Item) => a.name < b.name || (a.name === b.name && a.id < b.id);
        const all = rows(size).sort((a, b) => (before(a, b) ? -1 : 1));
        const seen: string[] = [];
        let after: [string, string] | null = null;
        for (let pages = 0; pages <= size + 1; pages++) {
          // What the Cypher does: rows strictly after the cursor's (name, id), first + 1 of them.
          const cut = after;
          const rest = cut ? all.filter((r) => before({ name: cut[0], id: cut[1] }, r)) : all;
          const page = toPage(record(size, rest.slice(0, first + 1)), first, map, keyOf);
          seen.push(...page.items.map((i) => i.id));
          if (!page.hasNextPage) break;
          after = decodeCursor(page.endCursor!);
        }
        expect(seen).toEqual(all.map((r) => r.id));
      }),
    );
  });
});

describe("checkPageSize", () => {
  it("allows 1 to the maximum", () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    for (const first of [1, 2, 50, 99, 100]) expect(() => checkPageSize(first), String(first)).not.toThrow();
  });

  it("refuses anything else with LIMIT_EXCEEDED, naming the bounds and the way to the next page", () => {
    for (const first of [0, -1, 101, 1000, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31]) {
      const error = refusal(() => checkPageSize(first));
      expect(error.code, String(first)).toBe("LIMIT_EXCEEDED");
      expect(error.message, String(first)).toBe(
        `Page size limit: \`first\` must be between 1 and 100 (got ${first}); follow pageInfo.endCursor with \`after\` for more.`,
      );
    }
  });
});
