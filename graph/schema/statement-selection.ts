import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { STATEMENT_ENTRY_FIELDS } from "../queries/records";

/**
 * Whether the query asks of a statement list's items only fields a statement entry carries
 * (graph/queries/records.ts STATEMENT_ENTRY), through named and inline fragments alike, so the list
 * may be read as entries instead of in full (docs/decisions/0034). A field kept or dropped by
 * @include or @skip counts as asked: the answer is then read in full, never short of a field.
 */
export function asksOnlyEntryFields(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): boolean {
  const within = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): boolean =>
    set !== undefined &&
    set.selections.every((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === "__typename" || STATEMENT_ENTRY_FIELDS.has(selection.name.value);
        case Kind.INLINE_FRAGMENT:
          return within(selection.selectionSet, seen);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment: FragmentDefinitionNode | undefined = info.fragments[name];
          return fragment !== undefined && !seen.has(name) && within(fragment.selectionSet, new Set([...seen, name]));
        }
        default:
          return false;
      }
    });
  return info.fieldNodes.every((node) => within(node.selectionSet, new Set()));
}
