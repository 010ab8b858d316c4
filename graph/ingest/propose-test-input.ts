import type { FoundActor, ImportedDocument, ImportedMention, ProposerInput } from "./types";

/**
 * The proposer's tests' input: passages written for a test, with mentions of the test's actors
 * found by their short names (the keys of `actors`) as the registry matcher would find them, in a
 * note by Ilse Berg unless the test says otherwise.
 */
export function testInput(actors: Record<string, FoundActor>, passages: string[], extra: Partial<Omit<ProposerInput, "document" | "passages" | "mentions">> & { document?: Partial<ImportedDocument> } = {}): ProposerInput {
  const { document, ...rest } = extra;
  return {
    document: {
      id: "doc-t",
      title: "Notes",
      date: "1960-05-01",
      kind: "note",
      citation: "Test",
      sourceKind: "primary",
      authors: actors.Ilse ? [actors.Ilse] : [],
      ...document,
    },
    passages: passages.map((text, i) => ({ n: i + 1, text })),
    mentions: mentionsOf(actors, passages),
    ...rest,
  };
}

/** Each actor's short name wherever it stands as a word in the passages. */
export function mentionsOf(actors: Record<string, FoundActor>, passages: string[]): ImportedMention[] {
  return passages.flatMap((text, i) =>
    Object.entries(actors).flatMap(([surface, actor]) =>
      [...text.matchAll(new RegExp(`\\b${surface}\\b`, "g"))].map((m) => ({
        passage: i + 1,
        start: m.index,
        end: m.index + surface.length,
        text: surface,
        actor,
      })),
    ),
  );
}
