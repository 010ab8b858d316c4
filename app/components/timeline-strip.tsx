"use client";

import { useRef, useState } from "react";
import type { MonthRange } from "../lib/explorer-state";
import type { TimelineBucket, TimelineSpan } from "../lib/queries";
import { STANCE_COLORS } from "./graph-style";

interface TimelineStripProps {
  buckets: TimelineBucket[];
  /** Statements dated only to a year or a range of months: drawn as lines over their span, not as bars on a day. */
  spans?: TimelineSpan[];
  /** Selected months, inclusive (YYYY-MM); null selects everything. */
  range: MonthRange | null;
  onChange: (range: MonthRange | null) => void;
}

const STACK = ["oppose", "mixed", "neutral", "support"] as const;

/** Every month between the first and the last bucket, so gaps in time show as gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/**
 * Statements per month as stacked bars, with a range brush: drag across months to select them,
 * or focus the strip and use arrow keys (Shift widens), Escape clears.
 */
export function TimelineStrip({ buckets, spans = [], range, onChange }: TimelineStripProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  if (buckets.length === 0 && spans.length === 0) return <p className="text-xs text-slate-500">No statements to chart.</p>;

  const ends = [...buckets.map((b) => b.month), ...spans.flatMap((s) => [s.from, s.to])].sort();
  const months = monthsBetween(ends[0]!, ends.at(-1)!);
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
        role="slider"
        tabIndex={0}
        aria-label="Statements per month; drag or use arrow keys to choose a date range"
        aria-valuemin={0}
        aria-valuemax={months.length - 1}
        aria-valuenow={sel?.start ?? 0}
        aria-valuetext={sel ? `${months[sel.start]} to ${months[sel.end]}` : "all months"}
        viewBox="0 0 100 40"
        preserveAspectRatio="none"
        className="h-16 w-full cursor-crosshair touch-none rounded bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:bg-slate-900"
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
              const start = Math.min(months.length - 1, Math.max(0, (sel ? current.start : step > 0 ? -1 : months.length) + step));
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
              <title>{`${month}: ${bucket.total} statements (${bucket.support} support, ${bucket.oppose} oppose, ${bucket.mixed} mixed, ${bucket.neutral} neutral)`}</title>
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
      {imprecise > 0 && (
        <p className="mt-1 text-[11px] text-slate-500">
          The line below the bars: {imprecise} statement{imprecise === 1 ? "" : "s"} dated only to a year or a range of months.
        </p>
      )}
      <div className="mt-1 flex justify-between text-[11px] text-slate-500">
        <span>{months[0]}</span>
        <span data-testid="timeline-range">{sel ? `${months[sel.start]} – ${months[sel.end]}` : "all dates"}</span>
        <span>{months.at(-1)}</span>
      </div>
    </div>
  );
}
