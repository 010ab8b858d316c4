import { createMatcher, type Mention } from "./mentions";
import type { Corpus } from "./read";

/** A passage's id: its document's id and its 1-based place in the document. */
export const passageId = (documentId: string, index: number) => `${documentId}-p${index}`;

export interface PassageMentions {
  passage: string;
  mentions: Mention[];
}

/** Pure: every mention in every passage of the corpus. */
export function extractMentions(corpus: Corpus): PassageMentions[] {
  const matcher = createMatcher([...corpus.people, ...corpus.organizations].map((e) => e.value));
  return corpus.documents.flatMap((d) =>
    d.passages.map((text, i) => ({ passage: passageId(d.meta.id, i + 1), mentions: matcher.find(text) })),
  );
}

export interface PassageRow {
  id: string;
  document: string;
  index: number;
  text: string;
}

/** Every passage of the corpus as the loader writes it. */
export function toPassageRows(corpus: Corpus): PassageRow[] {
  return corpus.documents.flatMap((d) => d.passages.map((text, i) => ({ id: passageId(d.meta.id, i + 1), document: d.meta.id, index: i + 1, text })));
}
