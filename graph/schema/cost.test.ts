import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { costOf, LIST_SIZES, MAX_COST, unsizedListFields } from "./cost";
import { schema } from "./yoga";

const cost = (query: string, variables: Record<string, unknown> = {}) => costOf(schema, parse(query), variables);

describe("query cost", () => {
  it("sizes every list field of the schema, by an argument or by the table", () => {
    expect(unsizedListFields(schema)).toEqual([]);
  });

  it("multiplies nested list sizes, with the schema's defaults where no first: is given", () => {
    const made = 100; // statementsMade's default in the schema
    // Each statement and its speaker are entities; the person at the top is one more.
    expect(cost(`{ person(id: "x") { statementsMade { speaker { id } } } }`)).toBe(1 + made * 2);
    expect(cost(`{ person(id: "x") { statementsMade(first: 3) { speaker { statementsMade(first: 4) { id } } } } }`)).toBe(1 + 3 * (1 + 1 + 4));
    // Scalars and value objects ride with their entity.
    expect(cost(`{ statements(first: 10) { totalCount pageInfo { endCursor } nodes { id quote } } }`)).toBe(10);
    expect(cost(`{ network(limit: 100) { nodes { id } edges { id counts { support } } } }`)).toBe(100 * (1 + (LIST_SIZES["Network.edges"] ?? 0)));
  });

  it("counts a size given by a variable exactly as the same size written in the query", () => {
    const literal = `{ person(id: "khrushchev") { statementsMade(first: 100) { speaker { statementsMade(first: 100) { speaker { statementsMade(first: 100) { id } } } } } } }`;
    const variable = `query Q($n: Int) { person(id: "khrushchev") { statementsMade(first: $n) { speaker { statementsMade(first: $n) { speaker { statementsMade(first: $n) { id } } } } } } }`;
    expect(cost(variable, { n: 100 })).toBe(cost(literal));
    expect(cost(literal)).toBeGreaterThan(MAX_COST);
    // Without the variable, the argument's default applies.
    expect(cost(variable)).toBe(cost(variable, { n: 100 }));
  });

  it("puts nested lists without first: over the limit", () => {
    const fanOut = `{ person(id: "khrushchev") { statementsMade { speaker { statementsMade { speaker { statementsMade { speaker { id } } } } } } } }`;
    expect(cost(fanOut)).toBeGreaterThan(MAX_COST);
  });
});
