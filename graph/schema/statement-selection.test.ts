import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { asksOnlyEntryFields } from "./statement-selection";

/** The selection of `statementsMade` in a document, as a resolver's info gives it. */
function infoOf(document: string) {
  const parsed = parse(document);
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const actor = operation.selectionSet.selections[0] as FieldNode;
  const fieldNodes = actor.selectionSet!.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === "statementsMade");
  return { fieldNodes, fragments };
}

describe("asksOnlyEntryFields", () => {
  it.each([
    "{ actor(id: \"x\") { statementsMade { quote target { name bio statementsMade { note } } } } }",
    "{ actor(id: \"x\") { statementsMade { __typename id q: quote stance intensity speaker { id } } } }",
    "fragment A on Statement { quote ...B } fragment B on Statement { ... on Statement { target { name } } } { actor(id: \"x\") { statementsMade { ...A } } }",
  ])("is true when only an entry's fields are asked: %s", (document) => {
    expect(asksOnlyEntryFields(infoOf(document))).toBe(true);
  });

  it.each([
    "{ actor(id: \"x\") { statementsMade { quote dateLabel } } }",
    "{ actor(id: \"x\") { statementsMade { quote note @include(if: false) } } }",
    "{ actor(id: \"x\") { statementsMade { quote } statementsMade { passage { id } } } }",
    "fragment A on Statement { quote ... on Statement { document { id } } } { actor(id: \"x\") { statementsMade { ...A } } }",
    "{ actor(id: \"x\") { statementsMade { ...Missing } } }",
    "fragment A on Statement { quote ...A } { actor(id: \"x\") { statementsMade { ...A } } }",
  ])("is false when any other field may be asked: %s", (document) => {
    expect(asksOnlyEntryFields(infoOf(document))).toBe(false);
  });
});
