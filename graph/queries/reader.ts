import type { Database } from "../db";
import type { ReaderQuery } from "../shared/generated/graphql";
import { formatDateSaid } from "../shared/date-said";
import { createLoaders } from "./loaders";

/** A document as the reader shows it: the same shape as the Reader operation's answer. */
export type ReaderDocument = ReaderQuery["document"];

/**
 * Everything the reader page renders, read on the server: the document with its citation, every
 * passage with the names found in it, and every statement quoted from it. The batch loaders keep
 * it to one query per kind of thing, whatever the document's length.
 */
export async function getReaderDocument(database: Database, id: string): Promise<ReaderDocument | null> {
  const loaders = createLoaders(database);
  const document = await loaders.document.load(id);
  if (!document) return null;
  const [parties, passages, statements] = await Promise.all([
    loaders.documentParties.load(id),
    loaders.passagesOfDocument.load(id),
    loaders.statementsInDocument.load(id),
  ]);
  const mentions = await Promise.all(passages.map((p) => loaders.mentionsInPassage.load(p.id)));
  const actors = new Map(
    (await loaders.actor.loadMany([...new Set(mentions.flat().map((m) => m.actorId))])).flatMap((a) => (a && !(a instanceof Error) ? [[a.id, a] as const] : [])),
  );
  const name = (ref: { id: string; name: string }) => ({ id: ref.id, name: ref.name });
  return {
    ...document,
    authors: parties.authors.map(name),
    recipients: parties.recipients.map(name),
    passages: passages.map((p, i) => ({
      id: p.id,
      index: p.index,
      text: p.text,
      mentions: (mentions[i] ?? []).flatMap((m) => {
        const actor = actors.get(m.actorId);
        return actor ? [{ start: m.start, end: m.end, surface: m.surface, actor: { id: actor.id, name: actor.name, kind: actor.kind } }] : [];
      }),
    })),
    statements: statements.map((s) => ({
      id: s.id,
      quote: s.quote,
      stance: s.stance,
      dateLabel: formatDateSaid({ date: s.date, qualifier: s.dateQualifier, until: s.dateUntil }),
      dateSource: s.dateSource,
      passage: { id: s.passage.id },
      speaker: name(s.speaker),
      target: name(s.target),
    })),
  };
}
