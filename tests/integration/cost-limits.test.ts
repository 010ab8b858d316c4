import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { DOCUMENT_LIST, DOSSIER, EDGE_STATEMENTS, ESSAY_STATEMENTS, EXPORT_STATEMENTS, NETWORK, PATHS, READER, SEARCH, TIMELINE } from "@/app/lib/queries";
import { NETWORK_LIMIT_CHOICES } from "@/graph/shared/network-limits";
import { costOf, MAX_COST } from "@/graph/schema/cost";
import { EXAMPLE_OPERATIONS } from "@/graph/schema/examples";
import { schema } from "@/graph/schema/yoga";

/** The app's own operations, the playground's examples, and what each is sent with. */
type Operation = [string, { toString(): string }, Record<string, unknown>];
const OWN: Operation[] = [
  ...NETWORK_LIMIT_CHOICES.map((limit): Operation => [`network at ${limit}`, NETWORK, { limit }]),
  ["timeline", TIMELINE, {}],
  ["documents", DOCUMENT_LIST, {}],
  ["search", SEARCH, { query: "Tito" }],
  ["edge statements", EDGE_STATEMENTS, { filter: { speakers: ["khrushchev"], targets: ["tito"] } }],
  ["export", EXPORT_STATEMENTS, {}],
  ["dossier", DOSSIER, { id: "khrushchev" }],
  ["paths", PATHS, { from: "hoxha", to: "tito" }],
  ["reader", READER, { id: "doc-1956-10-06-khrushchev-note" }],
  ["essay statements", ESSAY_STATEMENTS, { ids: ["s-1"] }],
  ...parse(EXAMPLE_OPERATIONS)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d): Operation => [`example ${d.name?.value}`, EXAMPLE_OPERATIONS, { operationName: d.name?.value }]),
];

describe("the cost limit", () => {
  it.each(OWN)("leaves room for the app's own %s: at most half the limit", (_, query, variables) => {
    const { operationName, ...rest } = variables as { operationName?: string };
    expect(costOf(schema, parse(query.toString()), rest, operationName)).toBeLessThanOrEqual(MAX_COST / 2);
  });
});
