/** Every operation the web app sends, by name; the same ones work in the GraphQL playground. */

export type Stance = "support" | "oppose" | "mixed" | "neutral";
export type Mode = "direct" | "reported" | "written";

export interface Filter {
  from?: string | null;
  to?: string | null;
  stances?: Stance[];
  modes?: Mode[];
  documents?: string[];
  includeOrganizations?: boolean;
}

export const NETWORK = /* GraphQL */ `
  query ExplorerNetwork($filter: StatementFilter, $limit: Int) {
    network(filter: $filter, limit: $limit) {
      nodes { id name kind country statementsMade statementsReceived degree }
      edges { id source target count netStance firstDate lastDate counts { support oppose mixed neutral } }
      actorCount limit truncated
    }
  }
`;

export const TIMELINE = /* GraphQL */ `
  query ExplorerTimeline($filter: StatementFilter) {
    timeline(filter: $filter) { month support oppose mixed neutral total }
  }
`;

export const DOCUMENT_LIST = /* GraphQL */ `
  query ExplorerDocuments {
    documents { id title date kind }
  }
`;

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!) {
    search(query: $query, first: 8) { kind id name matchedAlias country date }
  }
`;

const STATEMENT_FIELDS = `
  id quote stance intensity date mode topics note
  speaker { id name }
  target { id name }
  reportedBy { id name }
  passage { id index document { id title date citation } }
`;

export const EDGE_STATEMENTS = /* GraphQL */ `
  query EdgeStatements($filter: StatementFilter) {
    statements(filter: $filter, first: 100) { totalCount nodes { ${STATEMENT_FIELDS} } }
  }
`;

export const EXPORT_STATEMENTS = /* GraphQL */ `
  query ExportStatements($filter: StatementFilter, $after: String) {
    statements(filter: $filter, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${STATEMENT_FIELDS} } }
  }
`;

export const DOSSIER = /* GraphQL */ `
  query Dossier($id: ID!) {
    actor(id: $id) {
      id name kind country bio aliases
      ... on Person { born died roles { title from to organization { id name } } }
      ... on Organization { organizationKind }
      statementsMade(first: 200) { ${STATEMENT_FIELDS} }
      statementsReceived(first: 200) { ${STATEMENT_FIELDS} }
      documents(first: 200) { id title date }
    }
  }
`;

export const PATHS = /* GraphQL */ `
  query ExplorerPaths($from: ID!, $to: ID!, $since: String, $until: String) {
    paths(from: $from, to: $to, maxLength: 4, since: $since, until: $until) {
      length
      actors { id name }
      steps { from { id } to { id } statements(first: 100) { id stance speaker { id } target { id } } }
    }
  }
`;

export const READER = /* GraphQL */ `
  query Reader($id: ID!) {
    document(id: $id) {
      id title date kind citation archive url translator language originalLanguage summary credits
      authors { id name }
      recipients { id name }
      passages(first: 1000) {
        id index text
        mentions(first: 25) { start end surface actor { id name kind } }
      }
      statements(first: 1000) { id quote stance passage { id } speaker { id name } target { id name } }
    }
  }
`;

export interface StatementView {
  id: string;
  quote: string;
  stance: Stance;
  intensity: number;
  date: string;
  mode: Mode;
  topics: string[];
  note: string | null;
  speaker: { id: string; name: string };
  target: { id: string; name: string };
  reportedBy: { id: string; name: string } | null;
  passage: { id: string; index: number; document: { id: string; title: string; date: string; citation: string } };
}

export interface NetworkView {
  nodes: { id: string; name: string; kind: "person" | "organization"; country: string | null; statementsMade: number; statementsReceived: number; degree: number }[];
  edges: { id: string; source: string; target: string; count: number; netStance: Stance; firstDate: string; lastDate: string; counts: Record<Stance, number> }[];
  /** Actors in the corpus; when above `limit`, only the `limit` most active are included (`truncated`). */
  actorCount: number;
  limit: number;
  truncated: boolean;
}

export type { TimelineBucket } from "@/graph/queries/timeline";

export interface SearchHit {
  kind: "person" | "organization" | "document";
  id: string;
  name: string;
  matchedAlias: string | null;
  country: string | null;
  date: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string;
  date: string;
  kind: string;
}

/** The link that opens the reader at a passage, with a quote marked. */
export function readerHref(documentId: string, passageIndex: number, statementId?: string): string {
  const query = statementId ? `?statement=${encodeURIComponent(statementId)}` : "";
  return `/documents/${encodeURIComponent(documentId)}${query}#p${passageIndex}`;
}
