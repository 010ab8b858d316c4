import type { Stance } from "../shared/stance";
import { AppError } from "../errors";
import { checkDate } from "./date-arguments";

/** The statement filter shared by network, timeline and statements queries. */
export interface StatementFilter {
  from?: string | null;
  to?: string | null;
  ids?: string[] | null;
  stances?: Stance[] | null;
  modes?: string[] | null;
  documents?: string[] | null;
  speakers?: string[] | null;
  targets?: string[] | null;
  topics?: string[] | null;
  includeOrganizations?: boolean | null;
  includeTertiary?: boolean | null;
  /** Proposed statements as well as accepted ones: curators' views only (the resolvers check). */
  includeProposed?: boolean | null;
}

/**
 * The WHERE clause every filtered statement query shares, over `s` (Statement), `a` (speaker) and
 * `b` (target). Only accepted statements count (label Published), and proposed ones (label
 * Proposed) when a curator asks; rejected and retracted ones never. Statements from tertiary
 * sources count only when asked for. A date range takes a statement whose date said covers any day of it (`s.date` is the
 * first day the date covers, `s.dateLast` the last: a month-precise statement is in September
 * whichever day of September the range starts). Status and tertiary sources are labels: a label
 * costs nothing to test, where a property would be read for every statement counted.
 * Values only ever arrive as parameters.
 */
export const STATEMENT_FILTER_WHERE = `
  (s:Published OR ($includeProposed AND s:Proposed))
  AND ($ids IS NULL OR s.id IN $ids)
  AND ($from IS NULL OR s.dateLast >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($includeTertiary OR NOT s:Tertiary)
  AND ($stances IS NULL OR s.stance IN $stances)
  AND ($modes IS NULL OR s.mode IN $modes)
  AND ($speakers IS NULL OR a.id IN $speakers)
  AND ($targets IS NULL OR b.id IN $targets)
  AND ($topics IS NULL OR any(t IN s.topics WHERE t IN $topics))
  AND ($documents IS NULL OR EXISTS { (s)-[:IN]->(:Passage)-[:PART_OF]->(d:Document) WHERE d.id IN $documents })
  AND ($includeOrganizations OR (a:Person AND b:Person))`;

const MAX_IDS = 100;

function checkIds(ids: string[] | null | undefined): string[] | null | undefined {
  if (ids && ids.length > MAX_IDS) throw new AppError("LIMIT_EXCEEDED", `\`filter.ids\` may name at most ${MAX_IDS} statements (got ${ids.length}).`);
  return ids;
}

export function filterParams(filter: StatementFilter = {}, includeOrganizationsByDefault = false): Record<string, unknown> {
  const list = <T>(values: T[] | null | undefined) => (values && values.length > 0 ? values : null);
  return {
    from: checkDate("filter.from", filter.from),
    to: checkDate("filter.to", filter.to),
    ids: list(checkIds(filter.ids)),
    stances: list(filter.stances),
    modes: list(filter.modes),
    documents: list(filter.documents),
    speakers: list(filter.speakers),
    targets: list(filter.targets),
    topics: list(filter.topics),
    includeOrganizations: filter.includeOrganizations ?? includeOrganizationsByDefault,
    includeTertiary: filter.includeTertiary ?? false,
    includeProposed: filter.includeProposed ?? false,
  };
}

/**
 * The same filter over the aggregates (graph/aggregates.ts): `r` (SAID_ABOUT) between `a` and `b`.
 * Exact for every filter but statement ids and topics, which only statements carry
 * (answeredByAggregates); the date test is the statements' own, on the days the row's date covers.
 */
export const AGGREGATE_FILTER_WHERE = `
  (NOT r.proposed OR $includeProposed)
  AND ($from IS NULL OR r.dateLast >= date($from)) AND ($to IS NULL OR r.date <= date($to))
  AND ($includeTertiary OR NOT r.tertiary)
  AND ($stances IS NULL OR r.stance IN $stances)
  AND ($modes IS NULL OR r.mode IN $modes)
  AND ($speakers IS NULL OR a.id IN $speakers)
  AND ($targets IS NULL OR b.id IN $targets)
  AND ($documents IS NULL OR r.document IN $documents)
  AND ($includeOrganizations OR (a:Person AND b:Person))`;

/**
 * The aggregate filter's date test on its own, for a filter with a date (either end): put first
 * in the WHERE, it is tested before the rest and a row outside the dates reads no more of its
 * properties. Inside the optional form (`$from IS NULL OR …`) Neo4j tested the stance, the flags
 * and the labels first: on the quick corpus the network of 1956's filter read 20,581 db hits led
 * by the dates and 5,814 as this (docs/decisions/0034). It repeats the filter's own date test, so
 * the rows kept are the same; an end left open is compared with the furthest date Neo4j knows.
 */
export const AGGREGATE_DATES_FIRST = `
  r.dateLast >= coalesce(date($from), date('-999999999-01-01')) AND r.date <= coalesce(date($to), date('+999999999-12-31'))`;

/** Whether a filter's parameters can be answered from the aggregates: neither ids nor topics. */
export function answeredByAggregates(params: Record<string, unknown>): boolean {
  return params.ids === null && params.topics === null;
}
