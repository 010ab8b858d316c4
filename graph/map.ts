import neo4j from "neo4j-driver";

/** Boundary mappers: no Neo4j Integer or temporal value leaves graph/. */

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number(value ?? 0);
}

export function toNullableNumber(value: unknown): number | null {
  return value === null || value === undefined ? null : toNumber(value);
}

/** Neo4j Date (or a string already in ISO form) to "YYYY-MM-DD". */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isDate(value)) return value.toString();
  if (typeof value === "string") return value;
  throw new TypeError(`expected a Neo4j Date, got ${typeof value}`);
}

export function toStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
