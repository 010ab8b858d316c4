import Link from "next/link";
import type { ReaderQuery } from "../lib/queries";
import { segmentPassage } from "../lib/segments";
import { AccountCorner, type SignedIn } from "./account-corner";
import { AnnotationLoader } from "./annotation/annotation-loader";
import { FocusPassage } from "./focus-passage";
import { StanceBadge } from "./stance-badge";
import { ThemeToggle } from "./theme-toggle";

type ReaderDocument = ReaderQuery["document"];
type ReaderStatement = ReaderDocument["statements"][number];

/** The document's statements by the passage they stand in, in document order. */
function byPassage(statements: readonly ReaderStatement[]): Map<string, ReaderStatement[]> {
  const groups = new Map<string, ReaderStatement[]>();
  for (const s of statements) groups.set(s.passage.id, [...(groups.get(s.passage.id) ?? []), s]);
  return groups;
}

/** Why a document cannot be shown, in the reader's place. */
export function ReaderProblem({ message }: { message: string }) {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        {message}
      </p>
      <Link href="/" className="mt-4 inline-block text-blue-700 underline dark:text-blue-400">
        Back to the explorer
      </Link>
    </main>
  );
}


/**
 * A document with its citation, every mention linked to its person, and a cited quote marked.
 * Rendered on the server; only bringing the linked paragraph into view runs in the browser, and,
 * for a signed-in curator, the annotation desk, which takes the text's place once its code arrives.
 */
export function DocumentReader({ doc, statementId, account = null }: { doc: ReaderDocument; statementId: string | null; account?: SignedIn | null }) {
  const article = <ReaderText doc={doc} statementId={statementId} />;
  const curator = account && account.role !== "viewer" ? account : null;
  return (
    // The left padding is the margin the ¶ numbers (and a curator's ✎) stand in, until the page is
    // wide enough for the centred column to leave one.
    <main className="mx-auto max-w-3xl py-6 pl-10 pr-4 lg:px-4" data-testid="reader">
      <FocusPassage />
      <nav className="mb-4 flex items-center justify-between gap-4 text-sm">
        <Link href="/" className="text-blue-700 underline dark:text-blue-400">
          ← Explorer
        </Link>
        <span className="flex items-center gap-3">
          <ThemeToggle />
          <AccountCorner account={account} here={`/documents/${encodeURIComponent(doc.id)}`} />
        </span>
      </nav>
      <header className="mb-6 space-y-2">
        <p className="text-sm text-slate-500">
          {doc.date} · {doc.kind} ·{" "}
          <span
            data-testid="source-kind"
            title={
              doc.sourceKind === "tertiary"
                ? "A reference work: its statements are left out of the explorer's counts unless included."
                : doc.sourceKind === "primary"
                  ? "A record made by a participant at the time."
                  : "A later account from the record."
            }
          >
            {doc.sourceKind} source
          </span>
        </p>
        <h1 className="text-xl font-semibold">{doc.title}</h1>
        {(doc.authors.length > 0 || doc.recipients.length > 0) && (
          <p className="text-sm">
            {doc.authors.length > 0 && <>By {doc.authors.map((a) => a.name).join(", ")}. </>}
            {doc.recipients.length > 0 && <>To {doc.recipients.map((a) => a.name).join(", ")}.</>}
          </p>
        )}
        {doc.summary && <p className="text-sm text-slate-600 dark:text-slate-400">{doc.summary}</p>}
        <dl className="rounded bg-slate-100 p-3 text-xs dark:bg-slate-900" data-testid="citation">
          <dt className="font-medium">Citation</dt>
          <dd className="mb-1">{doc.citation}</dd>
          {doc.archive && (
            <>
              <dt className="font-medium">Source</dt>
              <dd className="mb-1">
                {doc.archive}
                {doc.url && (
                  <>
                    {" "}
                    —{" "}
                    <a className="text-blue-700 underline dark:text-blue-400" href={doc.url} rel="noreferrer">
                      {doc.url}
                    </a>
                  </>
                )}
              </dd>
            </>
          )}
          {doc.translator && (
            <>
              <dt className="font-medium">Translation</dt>
              <dd className="mb-1">
                {doc.translator}, from {doc.originalLanguage}
              </dd>
            </>
          )}
          {doc.credits && <dd className="text-slate-500">{doc.credits}</dd>}
        </dl>
      </header>
      {curator ? (
        <AnnotationLoader doc={{ id: doc.id, date: doc.date, sourceKind: doc.sourceKind, passages: doc.passages }} viewer={curator} statementId={statementId}>
          {article}
        </AnnotationLoader>
      ) : (
        article
      )}
    </main>
  );
}

/** The text as everyone reads it: mentions linked, the cited quote marked, each statement listed under its paragraph. */
function ReaderText({ doc, statementId }: { doc: ReaderDocument; statementId: string | null }) {
  const statementsOf = byPassage(doc.statements);
  return (
    <article className="space-y-4 leading-relaxed">
      {doc.passages.map((p) => {
        const statements = statementsOf.get(p.id) ?? [];
        const cited = statementId ? statements.find((s) => s.id === statementId) : undefined;
        const at = cited ? p.text.indexOf(cited.quote) : -1;
        const quote = cited && at >= 0 ? { start: at, end: at + cited.quote.length } : null;
        return (
          <section key={p.id} id={`p${p.index}`} tabIndex={-1} aria-label={`Paragraph ${p.index}`} className={`group relative scroll-mt-20 rounded focus:outline-none ${quote ? "bg-amber-50 ring-2 ring-amber-300 dark:bg-amber-950/40" : ""}`}>
            <a href={`#p${p.index}`} className="absolute -left-8 top-0 text-xs text-slate-400 no-underline" aria-label={`Link to paragraph ${p.index}`}>
              ¶{p.index}
            </a>
            <p className="whitespace-pre-line">
              {segmentPassage(p.text, p.mentions, quote).map((seg) => {
                const body = seg.quoted ? <mark className="bg-amber-200 dark:bg-amber-700/60" data-testid="marked-quote">{seg.text}</mark> : seg.text;
                return seg.mention ? (
                  <Link key={seg.start} href={`/?person=${encodeURIComponent(seg.mention.actor.id)}`} className="text-blue-800 underline decoration-dotted underline-offset-2 dark:text-blue-300" title={seg.mention.actor.name} data-testid="mention">
                    {body}
                  </Link>
                ) : (
                  <span key={seg.start}>{body}</span>
                );
              })}
            </p>
            {statements.length > 0 && (
              <ul className="mt-1 flex flex-wrap gap-2 text-xs">
                {statements.map((s) => (
                  <li key={s.id}>
                    <Link href={`?statement=${encodeURIComponent(s.id)}#p${p.index}`} className="inline-flex items-center gap-1 text-slate-600 hover:underline dark:text-slate-400">
                      <StanceBadge stance={s.stance} /> {s.speaker.name} → {s.target.name}
                      <span className="text-slate-400">
                        · {s.dateLabel}
                        {s.dateSource === "document" ? " (document date)" : ""}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </article>
  );
}
