/**
 * The shapes the app works with, all generated from the schema and the operations in
 * app/lib/operations/ (`npm run codegen`): nothing here is written by hand.
 */
import type {
  DossierQuery,
  ExplorerDocumentsQuery,
  ExplorerNetworkQuery,
  ExplorerSearchQuery,
  ExplorerTimelineQuery,
  StatementFieldsFragment,
  StatementFilter,
} from "@/graph/shared/generated/graphql";

export {
  DossierDocument as DOSSIER,
  DossierStatementsDocument as DOSSIER_STATEMENTS,
  EdgeStatementsDocument as EDGE_STATEMENTS,
  EssayStatementsDocument as ESSAY_STATEMENTS,
  ExplorerDocumentsDocument as DOCUMENT_LIST,
  ExplorerNetworkDocument as NETWORK,
  ExplorerPathsDocument as PATHS,
  ExplorerSearchDocument as SEARCH,
  ExplorerTimelineDocument as TIMELINE,
  ExportStatementsDocument as EXPORT_STATEMENTS,
  ReaderDocument as READER,
} from "@/graph/shared/generated/graphql";
export type { ExplorerPathsQuery, Mode, ReaderQuery, Stance } from "@/graph/shared/generated/graphql";

/** The filters the explorer sets; the rest of the schema's filter is for other views. */
export type Filter = Pick<StatementFilter, "from" | "to" | "stances" | "modes" | "documents" | "includeOrganizations" | "includeTertiary" | "includeProposed">;
export type StatementView = StatementFieldsFragment;
export type NetworkView = ExplorerNetworkQuery["network"];
export type TimelineBucket = ExplorerTimelineQuery["timeline"][number];
export type TimelineSpan = ExplorerTimelineQuery["timelineSpans"][number];
export type SearchHit = ExplorerSearchQuery["search"][number];
export type DocumentSummary = ExplorerDocumentsQuery["documents"][number];
export type Dossier = DossierQuery["actor"];

/** The link that opens the reader at a passage, with a quote marked. */
export function readerHref(documentId: string, passageIndex: number, statementId?: string): string {
  const query = statementId ? `?statement=${encodeURIComponent(statementId)}` : "";
  return `/documents/${encodeURIComponent(documentId)}${query}#p${passageIndex}`;
}
