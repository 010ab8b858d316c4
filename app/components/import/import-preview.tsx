import type { ImportDocumentMutation } from "@/graph/shared/generated/imports";
import { plural } from "@/graph/shared/plural";
import { NewNamesPreview } from "./new-names-preview";

type Preview = ImportDocumentMutation["importDocument"];
type Mention = Preview["mentions"][number];

/** A passage's text with its mentions marked: known actors in one colour, new names in another. */
function MarkedText({ text, mentions }: { text: string; mentions: Mention[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start));
    const known = m.actor.id !== null;
    parts.push(
      <mark
        key={`${m.start}-${m.end}`}
        title={known ? `${m.actor.name} (${m.actor.id})` : `${m.actor.name}: not yet an actor`}
        className={known ? "rounded bg-amber-100 px-0.5 dark:bg-amber-900/60 dark:text-amber-50" : "rounded bg-violet-100 px-0.5 dark:bg-violet-900/60"}
        data-actor={m.actor.id ?? ""}
      >
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

const STANCE_CLASS: Record<string, string> = {
  support: "text-emerald-700 dark:text-emerald-400",
  oppose: "text-red-700 dark:text-red-400",
  mixed: "text-amber-700 dark:text-amber-400",
  neutral: "text-slate-600 dark:text-slate-400",
};

/** The last check: the document as read, its passages as they will be saved, and the proposed statements. */
export function ImportPreview({ preview }: { preview: Preview }) {
  const { document, passages, mentions, proposals } = preview;
  const known = mentions.filter((m) => m.actor.id !== null).length;
  return (
    <section aria-labelledby="import-preview-title" className="mt-6" data-testid="import-preview">
      <h2 id="import-preview-title" className="text-lg font-semibold">
        Last check: {document.title}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <code>{document.id}</code> · {document.date} · {document.kind} · {document.sourceKind}
        {document.authors.length > 0 && <> · by {document.authors.map((a) => a.name).join(", ")}</>} · {plural(passages.length, "passage", "passages")} ·{" "}
        {plural(known, "mention of a known actor", "mentions of known actors")} · {plural(proposals.length, "proposed statement", "proposed statements")}
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="font-medium">Passages as they will be saved</h3>
          <ol className="mt-2 max-h-[32rem] space-y-2 overflow-auto pr-2 font-serif text-sm" data-testid="import-passages">
            {passages.map((p) => (
              <li key={p.n} className="flex gap-2">
                <span className="w-6 shrink-0 text-right font-sans text-xs text-slate-400">{p.n}</span>
                <p>
                  <MarkedText text={p.text} mentions={mentions.filter((m) => m.passage === p.n)} />
                </p>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3 className="font-medium">Proposed statements, for review</h3>
          {proposals.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">The proposer found no statement to propose in this text.</p>
          ) : (
            <ul className="mt-2 space-y-2" data-testid="import-proposals">
              {proposals.map((p, i) => (
                <li key={i} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700" data-testid="import-proposal">
                  <p>
                    <strong>{p.speaker.name}</strong>
                    {p.speaker.id === null && <span className="text-violet-700 dark:text-violet-300"> (new)</span>} →{" "}
                    <strong>{p.target.name}</strong>
                    {p.target.id === null && <span className="text-violet-700 dark:text-violet-300"> (new)</span>}{" "}
                    <span className={STANCE_CLASS[p.stance]}>
                      {p.stance} {p.intensity > 0 ? `+${p.intensity}` : p.intensity}
                    </span>{" "}
                    <span className="text-slate-500">
                      · {p.mode}
                      {p.reportedBy && <> by {p.reportedBy.name}</>} · passage {p.passage}
                      {p.date && <> · {p.date}</>}
                    </span>
                  </p>
                  <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 font-serif dark:border-slate-600">“{p.quote}”</blockquote>
                  <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                    Confidence {p.confidence.toFixed(2)} · {p.reason}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <NewNamesPreview names={preview.newNames} />
    </section>
  );
}
