import type { ManagedTransaction } from "neo4j-driver";
import type { Viewer } from "./auth/viewer";
import { runIn, type Database } from "./db";
import { AppError } from "./errors";
import { toNumber } from "./map";
import { ACTOR, toActor } from "./queries/records";
import { writeRevision, type Revision } from "./revisions";
import type { ActorInput } from "./schema/generated/resolvers";
import type { Actor } from "./types";

/**
 * People and organisations made while annotating. The new actor is searchable by its name and
 * aliases at once (search reads aliasText); mentions of it in the texts are found when the corpus
 * is next seeded, not at creation: passages already loaded keep the mentions they had.
 */

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether the id is taken, and which existing actors already answer to any of the aliases. */
const CONTEXT_FOR_ACTOR = `
OPTIONAL MATCH (taken:Actor {id: $id})
RETURN taken IS NOT NULL AS taken,
  COLLECT { MATCH (a:Actor) WHERE any(x IN a.aliases WHERE toLower(x) IN $lowered) OR toLower(a.name) IN $lowered
    RETURN a.id + ' (' + a.name + ')' } AS clashes`;

const CREATE_PERSON = `
CREATE (n:Person:Actor {id: $id})
SET n += $props, n.origin = 'curation', n.version = 1, n.createdBy = $by, n.createdAt = $at
RETURN ${ACTOR("n")} AS actor`;

const CREATE_ORGANIZATION = `
CREATE (n:Organization:Actor {id: $id})
SET n += $props, n.origin = 'curation', n.version = 1, n.createdBy = $by, n.createdAt = $at
RETURN ${ACTOR("n")} AS actor`;

/** Removes an actor made through curation, only when nothing refers to it. */
const REMOVE_UNUSED_ACTOR = `
MATCH (n:Actor {id: $id})
WITH n, COUNT { (n)<-[:BY|ABOUT|REPORTED_BY|WRITTEN_BY|ADDRESSED_TO]-() } AS uses
WITH n, uses, n {.*} AS fields
CALL (n, uses) { WITH n WHERE uses = 0 DETACH DELETE n }
RETURN uses, fields`;

function bad(message: string): AppError {
  return new AppError("BAD_USER_INPUT", message);
}

/** An actor's own fields, as its revisions record them. */
const fieldsOf = (a: Actor) => ({ name: a.name, kind: a.kind, aliases: a.aliases, country: a.country, bio: a.bio, organizationKind: a.organizationKind });

export function checkActorInput(input: ActorInput): { name: string; aliases: string[] } {
  if (!ID.test(input.id)) throw bad(`id "${input.id}" must be a lowercase slug such as mikoyan or pcf-central-committee.`);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) throw bad("`name` must be 1–200 characters.");
  const aliases = [...new Set([name, ...(input.aliases ?? []).map((a) => a.trim())])].filter((a) => a.length > 0);
  if (aliases.some((a) => a.length > 200)) throw bad("Each alias must be at most 200 characters.");
  if (aliases.length > 100) throw bad("At most 100 aliases.");
  return { name, aliases };
}

export async function createActor(database: Database, viewer: Viewer, input: ActorInput, reason?: string | null): Promise<Actor> {
  return database.writeTx((tx) => createActorIn(tx, viewer, input, reason));
}

/**
 * createActor inside a transaction someone else holds (confirming a new name, graph/name-review.ts);
 * `organizationKind` is the registries' kind of an organisation (party, state, body, …).
 */
export async function createActorIn(tx: ManagedTransaction, viewer: Viewer, input: ActorInput, reason?: string | null, organizationKind?: string | null): Promise<Actor> {
  const { name, aliases } = checkActorInput(input);
  const lowered = aliases.map((a) => a.toLowerCase());
  const [context] = await runIn(tx, CONTEXT_FOR_ACTOR, { id: input.id, lowered });
  if (context!.get("taken")) throw bad(`A person or organization with id "${input.id}" already exists.`);
  const clashes = context!.get("clashes") as string[];
  if (clashes.length > 0) throw bad(`An alias may belong to one actor only: ${clashes.join(", ")} already answers to one of ${aliases.map((a) => `"${a}"`).join(", ")}.`);
  const at = new Date().toISOString();
  const props = Object.fromEntries(
    Object.entries({
      name,
      aliases,
      aliasText: aliases.join(" | "),
      country: input.country?.trim() || null,
      bio: input.bio?.trim() || null,
      kind: input.kind === "person" ? null : organizationKind?.trim() || null,
    }).filter(([, v]) => v !== null),
  );
  const [row] = await runIn(tx, input.kind === "person" ? CREATE_PERSON : CREATE_ORGANIZATION, { id: input.id, props, by: viewer.username, at });
  const actor = toActor(row!.get("actor") as Record<string, unknown>);
  await writeRevision(tx, { subject: actor.id, subjectKind: "actor", version: 1, action: "create", by: viewer.username, at, reason, before: null, after: fieldsOf(actor) });
  return actor;
}

/**
 * Reverting an actor's creation removes the actor, when no statement or document names it; its
 * revisions stay, with the fields it had. Actors have no other revisions yet.
 */
export async function revertActorCreation(tx: ManagedTransaction, viewer: Viewer, revision: Revision, later: Revision[], reason: string): Promise<Revision> {
  if (revision.action !== "create") throw new AppError("BAD_USER_INPUT", `Revision ${revision.id} is a ${revision.action}; of an actor's revisions only its creation can be reverted.`);
  if (later.length > 0) throw new AppError("CONFLICT", `Actor "${revision.subject}" was already removed (${later.at(-1)!.id}); nothing was changed.`, 409);
  const removed = await writeRevision(tx, {
    subject: revision.subject,
    subjectKind: "actor",
    version: revision.version + 1,
    action: "revert",
    by: viewer.username,
    at: new Date().toISOString(),
    reason,
    before: JSON.parse(revision.after),
    after: null,
    reverts: revision.id,
  });
  const [row] = await runIn(tx, REMOVE_UNUSED_ACTOR, { id: revision.subject });
  if (!row) throw new AppError("NOT_FOUND", `Actor "${revision.subject}" no longer exists.`, 404);
  const uses = toNumber(row.get("uses"));
  if (uses > 0) throw new AppError("CONFLICT", `Actor "${revision.subject}" cannot be removed: ${uses} statements or documents name it. Retract or change those first; nothing was changed.`, 409);
  return removed;
}
