import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Database } from "../db";
import { fold } from "../shared/fold";
import { createMatcher, type Matcher } from "../seed/mentions";
import { collectivesOf } from "./propose-descriptions";
import type { FoundActor, ImportedMention, ProposerInput } from "./types";

/** A known actor as mentions are found by: its display name and every alias. */
export interface KnownActor {
  id: string;
  name: string;
  aliases: string[];
  /** An organisation's kind (party, state, body, …); null for a person. */
  kind?: string | null;
  /** The country served, when the registry says. */
  country?: string | null;
}

/** The people and organisations an import finds, and a matcher over their aliases. */
export interface Registry {
  actors: ReadonlyMap<string, KnownActor>;
  matcher: Matcher;
}

export function createRegistry(actors: readonly KnownActor[]): Registry {
  // The display name counts as an alias: an actor made in the reader may have no aliases yet.
  const withNames = actors.map((a) => ({ ...a, aliases: [...new Set([...a.aliases, a.name])] }));
  return { actors: new Map(withNames.map((a) => [a.id, a])), matcher: createMatcher(withNames) };
}

function readList(file: string): KnownActor[] {
  const list: unknown = parse(fs.readFileSync(file, "utf8"));
  if (!Array.isArray(list)) return [];
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return list.flatMap((entry: { id?: unknown; name?: unknown; aliases?: unknown; kind?: unknown; country?: unknown }) =>
    typeof entry.id === "string" && typeof entry.name === "string"
      ? [{ id: entry.id, name: entry.name, aliases: Array.isArray(entry.aliases) ? entry.aliases.map(String) : [], kind: text(entry.kind), country: text(entry.country) }]
      : [],
  );
}

/** The registries in a seed folder (people.yaml, organizations.yaml): what a dry run reads, with no database. */
export function readRegistryFiles(seedDir: string): Registry {
  return createRegistry([...readList(path.join(seedDir, "people.yaml")), ...readList(path.join(seedDir, "organizations.yaml"))]);
}

const READ_ACTORS = "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases, CASE WHEN a:Person THEN null ELSE a.kind END AS kind, a.country AS country";

/** Every actor in the graph, those made by curators included: what an import reads. */
export async function readRegistryFromDatabase(database: Database): Promise<Registry> {
  const rows = await database.read(READ_ACTORS);
  return createRegistry(
    rows.map((r) => ({
      id: r.get("id") as string,
      name: (r.get("name") as string | null) ?? (r.get("id") as string),
      aliases: r.get("aliases") as string[],
      kind: r.get("kind") as string | null,
      country: r.get("country") as string | null,
    })),
  );
}

/**
 * What the proposer needs of the registries besides names: the parties and states of each country,
 * for descriptions ("the Yugoslav comrades"), and every actor's country, for a speaker on their
 * own side (graph/ingest/propose-descriptions.ts, propose-exclusions.ts).
 */
export function sidesOf(registry: Registry): Pick<ProposerInput, "collectives" | "countries"> {
  const actors = [...registry.actors.values()];
  return {
    collectives: collectivesOf(actors),
    countries: actors.flatMap((a) => (a.country ? [{ id: a.id, country: a.country }] : [])),
  };
}

/** Mentions of known actors in each passage, as the seed finds them (graph/seed/mentions.ts). */
export function findMentions(registry: Registry, passages: readonly string[]): ImportedMention[] {
  return passages.flatMap((text, i) =>
    registry.matcher.find(text).map((m) => ({
      passage: i + 1,
      start: m.start,
      end: m.end,
      text: m.surface,
      actor: { id: m.entity, name: registry.actors.get(m.entity)?.name ?? m.surface },
    })),
  );
}

/** An actor named on the command line or the page: by id, by any alias, or else new, by the name as given. */
export function resolveActor(registry: Registry, given: string): FoundActor {
  const name = given.trim();
  const byId = registry.actors.get(name);
  if (byId) return { id: byId.id, name: byId.name };
  const whole = registry.matcher.find(name).find((m) => m.start === 0 && m.end === name.length);
  if (whole) return { id: whole.entity, name: registry.actors.get(whole.entity)!.name };
  const folded = fold(name).folded.toLowerCase();
  for (const actor of registry.actors.values()) {
    if (actor.aliases.some((a) => fold(a).folded.toLowerCase() === folded)) return { id: actor.id, name: actor.name };
  }
  return { id: null, name };
}
