/**
 * The Cypher of graph/name-review.ts: reading name candidates, and turning one into an actor's
 * mentions and its held proposals into statements. Every value is a parameter.
 */

const CANDIDATE = (c: string) => `${c} {
  .id, .name, .kind, .count, .passages, .suggestedActor, .suggestedName, .why, .status,
  .resolvedBy, .reason, .actor, .actorName, .document,
  resolvedAt: toString(${c}.resolvedAt),
  documentTitle: COLLECT { MATCH (${c})-[:FOUND_IN]->(d:Document) RETURN d.title }[0],
  held: COUNT { (${c})<-[:NEEDS]-(:HeldProposal) }
}`;

export const LIST_CANDIDATES = `
MATCH (c:NameCandidate)
WHERE ($document IS NULL OR c.document = $document) AND ($status IS NULL OR c.status = $status)
  AND EXISTS { (c)-[:FOUND_IN]->(:Document) }
WITH c ORDER BY c.foundAt DESC, c.document, size(c.id), c.id
LIMIT $first
RETURN ${CANDIDATE("c")} AS candidate`;

/** Takes the candidate's write lock first, so two curators cannot both resolve it. */
export const LOCK_CANDIDATE = `
MATCH (c:NameCandidate {id: $id})
SET c.lockedAt = datetime()
RETURN c.status AS status, c.name AS name, c.document AS document,
  c.resolvedBy AS resolvedBy, toString(c.resolvedAt) AS resolvedAt`;

export const READ_CANDIDATE = `
MATCH (c:NameCandidate {id: $id})
RETURN ${CANDIDATE("c")} AS candidate`;

export const ACTOR_FOR_MERGE = `
MATCH (a:Actor {id: $actor})
RETURN a.name AS name, coalesce(a.aliases, []) AS aliases,
  COLLECT { MATCH (o:Actor) WHERE o.id <> a.id AND (toLower(o.name) = $lowered OR any(x IN coalesce(o.aliases, []) WHERE toLower(x) = $lowered))
    RETURN o.id + ' (' + o.name + ')' } AS clashes`;

export const ADD_ALIAS = `
MATCH (a:Actor {id: $actor})
SET a.aliases = coalesce(a.aliases, []) + $alias,
  a.aliasText = CASE WHEN a.aliasText IS NULL OR a.aliasText = '' THEN $alias ELSE a.aliasText + ' | ' + $alias END`;

/** The candidate's places become the actor's mentions; its held proposals take the actor in its role. */
export const RESOLVE_CANDIDATE = `
MATCH (c:NameCandidate {id: $id}), (a:Actor {id: $actor})
CALL (c, a) {
  MATCH (c)-[s:STANDS_IN]->(p:Passage)
  CREATE (p)-[:MENTIONS {start: s.start, end: s.end, surface: s.surface}]->(a)
  DELETE s
  RETURN count(*) AS mentions
}
CALL (c, a) {
  MATCH (h:HeldProposal)-[n:NEEDS]->(c)
  SET h.speaker = CASE n.role WHEN 'speaker' THEN a.id ELSE h.speaker END,
    h.target = CASE n.role WHEN 'target' THEN a.id ELSE h.target END,
    h.reportedBy = CASE n.role WHEN 'reportedBy' THEN a.id ELSE h.reportedBy END
  DELETE n
  RETURN count(*) AS updated
}
SET c.status = $status, c.resolvedBy = $by, c.resolvedAt = datetime($at), c.actor = a.id, c.actorName = a.name
RETURN mentions`;

/** Held proposals of a document that wait for no candidate any more, with what writing them needs. */
export const READY_PROPOSALS = `
MATCH (h:HeldProposal {document: $document})-[:IN]->(p:Passage)-[:PART_OF]->(d:Document)
WHERE NOT (h)-[:NEEDS]->()
RETURN h {.*} AS held, p.text AS text, toString(d.date) AS date, d.sourceKind AS sourceKind
ORDER BY size(h.id), h.id`;

export const DELETE_HELD = `
MATCH (h:HeldProposal) WHERE h.id IN $ids
DETACH DELETE h`;

export const DISMISS_CANDIDATE = `
MATCH (c:NameCandidate {id: $id})
CALL (c) {
  MATCH (c)-[s:STANDS_IN]->()
  DELETE s
  RETURN count(*) AS places
}
CALL (c) {
  MATCH (h:HeldProposal)-[:NEEDS]->(c)
  DETACH DELETE h
  RETURN count(*) AS dropped
}
SET c.status = 'dismissed', c.resolvedBy = $by, c.resolvedAt = datetime($at), c.reason = $reason
RETURN dropped`;
