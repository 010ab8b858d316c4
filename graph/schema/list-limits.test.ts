import { isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE } from "../queries/paging";
import { LIST_MAXIMA } from "./list-limits";
import { schema } from "./yoga";

/** Top-level lists paged with cursors; their `first:` is bounded by the page size. */
const PAGED = new Set(["Query.search", "Query.actors", "Query.statements", "Query.reviewQueue"]);

describe("list limits", () => {
  it("enforce, for every first: in the schema, the maximum its description names, above its default", () => {
    const problems: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith("__")) continue;
      const actor = type.name === "Person" || type.name === "Organization";
      for (const field of Object.values(type.getFields())) {
        const first = field.args.find((a) => a.name === "first");
        if (!first) continue;
        const coordinate = `${type.name}.${field.name}`;
        const max = PAGED.has(coordinate)
          ? MAX_PAGE_SIZE
          : (LIST_MAXIMA as Record<string, number>)[coordinate] ?? (actor ? (LIST_MAXIMA as Record<string, number>)[`Actor.${field.name}`] : undefined);
        if (max === undefined) problems.push(`${coordinate} has no maximum`);
        else if (!first.description?.includes(`1–${max}`)) problems.push(`${coordinate}: description "${first.description}" does not name 1–${max}`);
        else if (typeof first.defaultValue !== "number" || first.defaultValue > max) problems.push(`${coordinate}: default ${String(first.defaultValue)} is not within 1–${max}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
