"use client";

import { useMemo } from "react";
import type { ReviewFilter } from "@/graph/shared/generated/curators";
import { valueOf } from "../../lib/data/load";
import { useGraphQL } from "../../lib/data/use-graphql";
import { REVIEW_FACETS } from "../../lib/curator-operations";

interface Option {
  value: string;
  label: string;
  count: number;
}

/** Options with how many proposals each has, most first; the chosen one stays listed even at 0. */
function options(entries: { value: string; label: string }[], chosen: string | null | undefined): Option[] {
  const counted = new Map<string, Option>();
  for (const { value, label } of entries) {
    const option = counted.get(value) ?? { value, label, count: 0 };
    option.count += 1;
    counted.set(value, option);
  }
  if (chosen && !counted.has(chosen)) counted.set(chosen, { value: chosen, label: chosen, count: 0 });
  return [...counted.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

const SELECT = "mt-0.5 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-950";

/** Filters by document, speaker and curator, offering what the queue holds. */
export function ReviewFilters({ filter, onChange }: { filter: ReviewFilter; onChange: (filter: ReviewFilter) => void }) {
  const facets = useGraphQL(REVIEW_FACETS, {}, { keepPrevious: true });
  const nodes = valueOf(facets, null)?.reviewQueue.nodes;
  const lists = useMemo(() => {
    const all = nodes ?? [];
    return {
      documents: options(
        all.map((n) => ({ value: n.passage.document.id, label: `${n.passage.document.date} ${n.passage.document.title}` })),
        filter.document,
      ),
      speakers: options(
        all.map((n) => ({ value: n.speaker.id, label: n.speaker.name })),
        filter.speaker,
      ),
      curators: options(
        all.filter((n) => n.proposedBy).map((n) => ({ value: n.proposedBy!, label: n.proposedBy! })),
        filter.curator,
      ),
    };
  }, [nodes, filter.document, filter.speaker, filter.curator]);

  const select = (label: string, key: keyof ReviewFilter, list: Option[], testId: string) => (
    <label className="block min-w-0 text-xs text-slate-600 dark:text-slate-400">
      {label}
      <select
        className={SELECT}
        value={filter[key] ?? ""}
        data-testid={testId}
        onChange={(e) => onChange({ ...filter, [key]: e.target.value || null })}
      >
        <option value="">All</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label.length > 70 ? `${o.label.slice(0, 70)}…` : o.label} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      role="search"
      aria-label="Filter the queue"
      className="flex flex-wrap items-end justify-end gap-x-2 gap-y-1"
      onSubmit={(e) => e.preventDefault()}
    >
      {/* Three across even on a phone: the queue, not the filters, should fill the first screen. */}
      <div className="grid min-w-0 flex-1 basis-full grid-cols-3 gap-2 sm:basis-0">
        {select("Document", "document", lists.documents, "review-filter-document")}
        {select("Speaker", "speaker", lists.speakers, "review-filter-speaker")}
        {select("Proposed by", "curator", lists.curators, "review-filter-curator")}
      </div>
      {(filter.document || filter.speaker || filter.curator) && (
        <button
          type="button"
          className="rounded px-2 py-1 text-sm text-blue-700 underline dark:text-blue-400"
          onClick={() => onChange({ document: null, speaker: null, curator: null })}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
