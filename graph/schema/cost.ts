import { getNamedType, getNullableType, GraphQLError, isCompositeType, isInterfaceType, isListType, isObjectType, type DocumentNode, type GraphQLField, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { getComplexity, type ComplexityEstimatorArgs } from "graphql-query-complexity";
import { MAX_EGO_NODES } from "../queries/ego";

/**
 * What a query can return, counted before it runs: every entity (an object with an id) that the
 * answer could hold, with list sizes multiplied through the nesting. Scalars and small value
 * objects (page info, stance counts, timeline buckets) ride with their entity and count nothing.
 * docs/decisions/0010 says why, and how the limit was chosen.
 */
export const MAX_COST = 75_000;

/**
 * The most entities a list may hold, for lists without a `first` or `limit` argument. Either the
 * data bounds them (a document's authors, a person's roles, a path's links), or a parent already
 * counted them: a connection's nodes and a network's nodes are as many as the parent's `first` or
 * `limit`, so they count once per parent item here. A test checks that every list field of the
 * schema is sized, by an argument or by this table.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  "StatementConnection.nodes": 1,
  "ActorConnection.nodes": 1,
  // Per actor in the network: its node, and the edges it adds (the seed corpus has about two).
  "Network.nodes": 1,
  "Network.edges": 5,
  "Document.authors": 5,
  "Document.recipients": 5,
  "Person.roles": 10,
  "Path.actors": 5,
  "Path.steps": 4,
  "Query.paths": 10,
  "Query.timeline": 600,
  // One per distinct (first month, last month) of the imprecise dates: far fewer than the months in practice.
  "Query.timelineSpans": 600,
  "Query.egoNetwork": MAX_EGO_NODES,
  // A team's accounts, and the revisions of one statement or actor: tens, not thousands.
  "Query.accounts": 100,
  "Query.history": 100,
  // An import's preview: bounded by the 2 MB of text it takes (graph/ingest/import-document.ts).
  "ImportDocument.authors": 5,
  "ImportPreview.passages": 5000,
  "ImportPreview.mentions": 10000,
  "ImportPreview.proposals": 5000,
  "ImportOutcome.skipped": 5000,
  // The new names of one import, grouped by form: far fewer than its mentions.
  "ImportPreview.newNames": 2000,
  "ImportOutcome.candidates": 2000,
};

/** The argument that says how many items a list field returns, when it has one. */
const SIZE_ARGUMENTS = ["first", "limit"] as const;

function sizeArgument(field: GraphQLField<unknown, unknown>): string | undefined {
  return SIZE_ARGUMENTS.find((name) => field.args.some((a) => a.name === name));
}

/** True when the field returns a list of objects (lists of scalars cost nothing). */
function isObjectList(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNullableType(field.type);
  return isListType(type) && isCompositeType(getNamedType(type));
}

/** A field's own cost: 1 for an entity (an object or interface with an id), 0 for anything else. */
function ownCost(field: GraphQLField<unknown, unknown>): number {
  const named = getNamedType(field.type);
  return (isObjectType(named) || isInterfaceType(named)) && "id" in named.getFields() ? 1 : 0;
}

/** How many items the field can return, from its size argument (variables resolved) or the table. */
export function listSize(parentType: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const argument = sizeArgument(field);
  if (argument) {
    const value = args[argument];
    // An absent size falls back to the schema's default, which getArgumentValues has applied.
    return typeof value === "number" && value > 0 ? value : 1;
  }
  return LIST_SIZES[`${parentType}.${field.name}`] ?? 1;
}

/** The estimator: a list multiplies what each item costs; a single object adds its own cost. */
function estimate({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const perItem = ownCost(field) + childComplexity;
  const sized = isObjectList(field) || sizeArgument(field) !== undefined || `${type.name}.${field.name}` in LIST_SIZES;
  return sized ? listSize(type.name, field, args) * perItem : perItem;
}

/** The cost of one operation with its variables; throws a GraphQLError when variables are invalid. */
export function costOf(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [estimate] });
}

/** Every list field of the schema that has neither a size argument nor an entry in LIST_SIZES. */
export function unsizedListFields(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (isObjectList(field) && !sizeArgument(field) && !(`${type.name}.${field.name}` in LIST_SIZES)) {
        missing.push(`${type.name}.${field.name}`);
      }
    }
  }
  return missing;
}

/** How many variable sets' costs are kept for one document. */
const COSTS_PER_DOCUMENT = 64;

/**
 * Refuses, before anything runs, an operation whose cost is over the limit: 400 LIMIT_EXCEEDED
 * with the cost and the limit. Runs at execution time because only then are the variables known.
 */
export function limitCost(maxCost: number): Plugin {
  // The cost of a parsed document (yoga's parser cache gives the same object for the same text)
  // under given variables, so that a repeated request is not walked again; null: invalid variables.
  const known = new WeakMap<DocumentNode, Map<string, number | null>>();
  const costFor = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number | null => {
    const key = JSON.stringify([operationName ?? null, variables]);
    let byVariables = known.get(document);
    const cached = byVariables?.get(key);
    if (cached !== undefined) return cached;
    let cost: number | null;
    try {
      cost = costOf(schema, document, variables, operationName);
    } catch {
      cost = null;
    }
    if (!byVariables) known.set(document, (byVariables = new Map<string, number | null>()));
    // Bounded: a document asked with ever new variables keeps only its latest costs.
    if (byVariables.size >= COSTS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, cost);
    return cost;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = costFor(
        args.schema as GraphQLSchema,
        args.document as DocumentNode,
        (args.variableValues ?? {}) as Record<string, unknown>,
        (args.operationName as string | null | undefined) ?? undefined,
      );
      // Invalid variables: the executor reports them, with their names.
      if (cost === null || cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Query cost limit of ${maxCost}: this query could return up to ${cost} objects. Ask for fewer (a smaller first: or limit:, fewer nested lists), or split it into several requests.`,
            { extensions: { code: "LIMIT_EXCEEDED", cost, maxCost, http: { status: 400 } } },
          ),
        ],
      });
    },
  };
}
