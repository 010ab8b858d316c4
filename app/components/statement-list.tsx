import Link from "next/link";
import { readerHref, type StatementView } from "../lib/queries";
import { MODE_LABELS } from "../lib/labels";
import { StanceBadge } from "./stance-badge";

/** Statements with their evidence: quote, stance, mode, reporter, document, date, link to the passage. */
export function StatementList({ statements, show = "both" }: { statements: StatementView[]; show?: "speaker" | "target" | "both" }) {
  if (statements.length === 0) return <p className="text-sm text-slate-500">None.</p>;
  return (
    <ol className="space-y-3" data-testid="statement-list">
      {statements.map((s) => (
        <li key={s.id} className="rounded border border-slate-200 p-2 dark:border-slate-700" data-testid="statement" data-status={s.status}>
          <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
            <StanceBadge stance={s.stance} intensity={s.intensity} />
            <time dateTime={s.date} title={s.dateSource === "document" ? "The text gives no date: the document's date stands in." : undefined}>
              {s.dateLabel}
              {s.dateSource === "document" && <span className="text-slate-400"> (document date)</span>}
            </time>
            {show !== "target" && <span className="font-medium text-slate-800 dark:text-slate-200">{s.speaker.name}</span>}
            {show === "both" && <span aria-hidden>→</span>}
            {show !== "speaker" && <span className="font-medium text-slate-800 dark:text-slate-200">{s.target.name}</span>}
            <span title={MODE_LABELS[s.mode]}>· {s.mode}</span>
            {s.reportedBy && <span>· reported by {s.reportedBy.name}</span>}
            {s.status === "proposed" && (
              <span className="rounded bg-blue-100 px-1 text-blue-900 dark:bg-blue-950 dark:text-blue-100" data-testid="proposed-badge" title="Not yet reviewed: listed because your view includes proposed statements.">
                proposed
              </span>
            )}
            {s.sourceKind === "tertiary" && (
              <span className="rounded bg-amber-100 px-1 text-amber-900 dark:bg-amber-950 dark:text-amber-100" title="From a reference work, not a record made at the time; left out of counts unless included.">
                tertiary source
              </span>
            )}
          </div>
          <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-sm italic dark:border-slate-600" data-testid="quote">
            “{s.quote}”
          </blockquote>
          <p className="mt-1 text-xs">
            <Link href={readerHref(s.passage.document.id, s.passage.index, s.id)} className="text-blue-700 underline dark:text-blue-400" data-testid="passage-link">
              {s.passage.document.title.length > 80 ? `${s.passage.document.title.slice(0, 80)}…` : s.passage.document.title}, ¶{s.passage.index}
            </Link>
          </p>
          {s.note && <p className="mt-1 text-xs text-slate-500">Note: {s.note}</p>}
        </li>
      ))}
    </ol>
  );
}
