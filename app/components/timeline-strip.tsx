"use client";

import { useRef, useState } from "react";
import type { MonthRange } from "../lib/explorer-state";
import type { TimelineBucket, TimelineSpan } from "../lib/queries";
import { axisMonths, monthLabel, ticksOf } from "../lib/timeline-axis";
import { STANCE_COLORS } from "./graph-style";
import { TimelineControls } from "./timeline-controls";

interface TimelineStripProps {
  buckets: TimelineBucket[];
  /** Statements dated only to a year or a range of months: drawn as lines over their span, not as bars on a day. */
  spans?: TimelineSpan[];
  /** The corpus's first and last month: the axis, fixed whatever the other filters. */
  axis?: MonthRange | null;
  /** Selected months, inclusive (YYYY-MM); null selects everything. */
  range: MonthRange | null;
  /** `step` is a playback step: the view keeps it without a history entry of its own. */
  onChange: (range: MonthRange | null, how?: { step: boolean }) => void;
  /** The graph for the chosen window is still being read: playback waits for it. */
  busy?: boolean;
}

const STACK = ["oppose", "mixed", "neutral", "support"] as const;

/**
 * Statements per month as stacked bars over a fixed axis with year and month ticks, and a range
 * brush: drag across months to select them, or focus the strip and use arrow keys (Shift widens),
 * Escape clears. Below it, the range typed as dates, and playback through the months.
 */
export function TimelineStrip({ buckets, spans = [], axis = null, range, onChange, busy = false }: TimelineStripProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const months = axisMonths(axis, [...buckets.map((b) => b.month), ...spans.flatMap((s) => [s.from, s.to])]);
  if (months.length === 0) return <p className="text-xs text-slate-500">No statements to chart.</p>;

  const byMonth = new Map(buckets.map((b) => [b.month, b]));
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const imprecise = spans.reduce((n, s) => n + s.total, 0);
  const width = 100 / months.length;
  const index = (month: string | undefined, fallback: number) => {
    const i = month ? months.indexOf(month) : -1;
    return i >= 0 ? i : fallback;
  };
  const sel = drag
    ? { start: Math.min(drag.start, drag.end), end: Math.max(drag.start, drag.end) }
    : range
      ? { start: index(range.from, 0), end: index(range.to, months.length - 1) }
      : null;

  const monthAt = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    return Math.min(months.length - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * months.length)));
  };
  const commit = (start: number, end: number) => {
    if (start === 0 && end === months.length - 1) onChange(null);
    else onChange({ from: months[start]!, to: months[end]! });
  };

  return (
    <div>
      <svg
        ref={svg}
        data-testid="timeline"
        data-first-month={months[0]}
        data-last-month={months.at(-1)}
        role="slider"
        tabIndex={0}
        aria-label="Statements per month; drag or use arrow keys to choose a date range"
        aria-valuemin={0}
        aria-valuemax={months.length - 1}
        aria-valuenow={sel?.start ?? 0}
        aria-valuetext={sel ? `${months[sel.start]} to ${months[sel.end]}` : "all months"}
        viewBox="0 0 100 40"
        preserveAspectRatio="none"
        className="h-16 w-full cursor-crosshair touch-none rounded-t bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:bg-slate-900"
        onPointerDown={(e) => {
          (e.target as Element).setPointerCapture?.(e.pointerId);
          const at = monthAt(e.clientX);
          setDrag({ start: at, end: at });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, end: monthAt(e.clientX) })}
        onPointerUp={() => {
          if (drag) commit(Math.min(drag.start, drag.end), Math.max(drag.start, drag.end));
          setDrag(null);
        }}
        onKeyDown={(e) => {
          const current = sel ?? { start: 0, end: months.length - 1 };
          const step = e.key === "ArrowLeft" ? -1 : e.key === "ArrowRight" ? 1 : 0;
          if (e.key === "Escape") {
            e.preventDefault();
            onChange(null);
          } else if (step !== 0) {
            e.preventDefault();
            if (e.shiftKey) commit(current.start, Math.min(months.length - 1, Math.max(current.start, current.end + step)));
            else {
              // From "all months", the first (or last) month this view has statements in: the axis
              // spans the whole corpus, and its ends may be empty under the filters.
              const filled = months.flatMap((m, i) => (byMonth.has(m) ? [i] : []));
              const start = sel ? Math.min(months.length - 1, Math.max(0, current.start + step)) : ((step > 0 ? filled[0] : filled.at(-1)) ?? (step > 0 ? 0 : months.length - 1));
              commit(start, start);
            }
          }
        }}
      >
        {sel && <rect x={sel.start * width} y={0} width={(sel.end - sel.start + 1) * width} height={40} className="fill-blue-500/15" />}
        {months.map((month, i) => {
          const bucket = byMonth.get(month);
          if (!bucket) return null;
          let y = 40;
          const inside = !sel || (i >= sel.start && i <= sel.end);
          return (
            <g key={month} opacity={inside ? 1 : 0.3}>
              <title>{`${monthLabel(month)}: ${bucket.total} statements (${bucket.support} support, ${bucket.oppose} oppose, ${bucket.mixed} mixed, ${bucket.neutral} neutral)`}</title>
              {STACK.map((stance) => {
                const h = (bucket[stance] / max) * (spans.length > 0 ? 32 : 36);
                y -= h;
                return h > 0 ? <rect key={stance} x={i * width + width * 0.1} y={y} width={width * 0.8} height={h} fill={STANCE_COLORS[stance]} /> : null;
              })}
            </g>
          );
        })}
        {spans.map((span) => {
          const from = months.indexOf(span.from);
          const to = months.indexOf(span.to);
          const stance = STACK.reduce((best, st) => (span[st] > span[best] ? st : best), STACK[0]);
          return (
            <rect key={`${span.from}-${span.to}`} x={from * width} y={36} width={(to - from + 1) * width} height={3} fill={STANCE_COLORS[stance]} opacity={0.7} data-testid="timeline-span">
              <title>{`${span.from} to ${span.to}: ${span.total} statements dated only to a year or a range (${span.support} support, ${span.oppose} oppose, ${span.mixed} mixed, ${span.neutral} neutral)`}</title>
            </rect>
          );
        })}
      </svg>
      <Ticks months={months} />
      {imprecise > 0 && (
        <p className="mt-1 text-[11px] text-slate-500">
          The line below the bars: {imprecise} statement{imprecise === 1 ? "" : "s"} dated only to a year or a range of months.
        </p>
      )}
      <p className="mt-1 text-center text-[11px] text-slate-600 dark:text-slate-400">
        <span data-testid="timeline-range">{sel ? `${months[sel.start]} – ${months[sel.end]}` : "all dates"}</span>
      </p>
      <TimelineControls months={months} range={range} onChange={onChange} busy={busy} />
    </div>
  );
}

/** A mark under every month, a longer one every quarter, the year under each January. */
function Ticks({ months }: { months: string[] }) {
  const width = 100 / months.length;
  return (
    <div className="relative h-5 w-full border-t border-slate-300 dark:border-slate-700" aria-hidden="true" data-testid="timeline-ticks">
      {ticksOf(months).map((t) => (
        <span key={t.month} data-month={t.month} data-tick={t.kind} className="absolute top-0" style={{ left: `${t.index * width}%`, width: `${width}%` }}>
          <span className={`absolute left-0 top-0 w-px bg-slate-400 dark:bg-slate-500 ${t.kind === "month" ? "h-1" : t.kind === "quarter" ? "h-1.5" : "h-2.5"}`} />
          {t.label && <span className="absolute left-0.5 top-1.5 whitespace-nowrap text-[10px] leading-none text-slate-600 dark:text-slate-400">{t.label}</span>}
        </span>
      ))}
    </div>
  );
}
