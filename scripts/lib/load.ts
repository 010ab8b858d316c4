import autocannon from "autocannon";

/** Whom the explorer's operations ask about: two people with statements between them, a search. */
export interface LoadSubjects {
  speaker: string;
  target: string;
  search: string;
}

const SEED_SUBJECTS: LoadSubjects = { speaker: "khrushchev", target: "tito", search: "Rankovic" };

/** The explorer's real operations, as the browser sends them, about the given people. */
export function explorerRequests(subjects: LoadSubjects = SEED_SUBJECTS) {
  return [
    {
      name: "network",
      body: { query: "query ExplorerNetwork($filter: StatementFilter) { network(filter: $filter) { nodes { id name kind country statementsMade statementsReceived degree } edges { id source target count netStance firstDate lastDate counts { support oppose mixed neutral } } } }", variables: { filter: {} } },
    },
    {
      name: "network-1956",
      body: { query: "query ExplorerNetwork($filter: StatementFilter) { network(filter: $filter) { nodes { id name } edges { id source target count netStance } } }", variables: { filter: { from: "1956-01-01", to: "1956-12-31", stances: ["oppose"] } } },
    },
    { name: "timeline", body: { query: "query ExplorerTimeline { timeline { month support oppose mixed neutral total } }", variables: {} } },
    { name: "search", body: { query: "query ExplorerSearch($query: String!) { search(query: $query, first: 8) { kind id name matchedAlias } }", variables: { query: subjects.search } } },
    {
      name: "edge-statements",
      body: { query: "query EdgeStatements($filter: StatementFilter) { statements(filter: $filter, first: 100) { totalCount nodes { id quote stance date mode speaker { name } target { name } passage { index document { title } } } } }", variables: { filter: { speakers: [subjects.speaker], targets: [subjects.target] } } },
    },
    {
      name: "dossier",
      body: { query: "query Dossier($id: ID!) { actor(id: $id) { name bio statementsMade { quote target { name } } statementsReceived { quote speaker { name } } documents { title } } }", variables: { id: subjects.target } },
    },
  ] as const;
}

/** The operations about the seed corpus's people. */
export const EXPLORER_REQUESTS = explorerRequests();

export interface LoadResult {
  connections: number;
  durationSeconds: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  requestsPerSecond: number;
}

/**
 * Runs autocannon against the GraphQL endpoint on loopback, bounded in time. `fresh` asks for every
 * answer to be computed (Cache-Control: no-cache) instead of served from the response cache;
 * `only` names one operation to send alone.
 */
export async function runLoad(baseUrl: string, connections: number, durationSeconds: number, fresh = false, subjects?: LoadSubjects, only?: string): Promise<LoadResult> {
  const headers: Record<string, string> = { "content-type": "application/json", ...(fresh ? { "cache-control": "no-cache" } : {}) };
  const result = await autocannon({
    url: `${baseUrl}/api/graphql`,
    connections,
    duration: durationSeconds,
    timeout: 10,
    requests: explorerRequests(subjects).filter((r) => !only || r.name === only).map((r) => ({ method: "POST" as const, headers, body: JSON.stringify(r.body) })),
  });
  const codes: Record<string, number> = {};
  for (const [key, value] of Object.entries(result)) {
    const match = /^(\d)xx$/.exec(key);
    if (match && typeof value === "number") codes[key] = value;
  }
  return {
    connections,
    durationSeconds,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    statusCodes: codes,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
    requestsPerSecond: result.requests.average,
  };
}
