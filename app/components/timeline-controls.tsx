"use client";

import { useEffect, useRef, useState } from "react";
import type { MonthRange } from "../lib/explorer-state";
import { nextWindow, parseTypedRange } from "../lib/timeline-axis";

/** Months per second a reader may choose; the slowest first leaves the graph time to redraw. */
const SPEEDS = [
  { label: "slow", ms: 2000 },
  { label: "normal", ms: 1200 },
  { label: "fast", ms: 700 },
] as const;

interface TimelineControlsProps {
  months: string[];
  range: MonthRange | null;
  onChange: (range: MonthRange | null, how?: { step: boolean }) => void;
  /** The graph for the current window is still being read or drawn: playback waits for it. */
  busy?: boolean;
}

/**
 * The range typed as dates (a year or a month at each end), and playback: the chosen window, or
 * the first month, moves a month at a time to the end of the corpus, where it stops. Each step
 * replaces the view in the URL, so a link copied during playback opens on that month.
 */
export function TimelineControls({ months, range, onChange, busy = false }: TimelineControlsProps) {
  const [from, setFrom] = useState(range?.from ?? "");
  const [to, setTo] = useState(range?.to ?? "");
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(SPEEDS[1].ms);
  const latest = useRef({ range, months, onChange });
  latest.current = { range, months, onChange };

  // The fields follow the range however it was chosen (a drag, the keys, playback, Back).
  useEffect(() => {
    setFrom(range?.from ?? "");
    setTo(range?.to ?? "");
  }, [range?.from, range?.to]);

  // A step's time counts from when its month is drawn: while the graph is still being read
  // (`busy`), the timer waits, so a slow read never skips a month unseen.
  useEffect(() => {
    if (!playing || busy) return undefined;
    const timer = setTimeout(() => {
      const { range: now, months: axis, onChange: change } = latest.current;
      const next = nextWindow(axis, now);
      if (!next) setPlaying(false);
      else change(next, { step: true });
    }, speed);
    return () => clearTimeout(timer);
  }, [playing, speed, busy, range?.from, range?.to]);

  const apply = () => {
    if (from.trim() === "" && to.trim() === "") {
      setError(null);
      onChange(null);
      return;
    }
    const typed = parseTypedRange(from, to);
    if ("error" in typed) {
      setError(typed.error);
      return;
    }
    setError(null);
    onChange(typed.range);
  };

  const field = "w-full rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900";
  return (
    <div className="mt-2 space-y-1.5 text-xs">
      <form
        className="flex items-end gap-1.5"
        aria-label="Date range"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label className="min-w-0 flex-1">
          <span className="block text-[11px] text-slate-600 dark:text-slate-400">From</span>
          <input className={field} value={from} placeholder="YYYY or YYYY-MM" data-testid="timeline-from" aria-invalid={error?.startsWith("From") || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="min-w-0 flex-1">
          <span className="block text-[11px] text-slate-600 dark:text-slate-400">To</span>
          <input className={field} value={to} placeholder="YYYY or YYYY-MM" data-testid="timeline-to" aria-invalid={error?.startsWith("To") || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-700 dark:hover:bg-slate-800" data-testid="timeline-apply">
          Set
        </button>
      </form>
      {error && (
        <p role="alert" className="text-[11px] text-red-700 dark:text-red-400" data-testid="timeline-error">
          {error}
        </p>
      )}
      <div className="flex items-center gap-1.5">
        <button
          type="button"
          data-testid="timeline-play"
          aria-pressed={playing}
          disabled={months.length < 2}
          onClick={() => {
            if (!playing && range && months.indexOf(range.to) === months.length - 1) onChange({ from: months[0]!, to: months[months.indexOf(range.to) - months.indexOf(range.from)]! }, { step: true });
            setPlaying((p) => !p);
          }}
          className="rounded bg-blue-700 px-2 py-0.5 text-white hover:bg-blue-800 disabled:opacity-40 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400"
        >
          {playing ? "❚❚ Pause" : "▶ Play months"}
        </button>
        <label className="flex items-center gap-1 text-[11px] text-slate-600 dark:text-slate-400">
          Speed
          <select className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-900" value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="timeline-speed">
            {SPEEDS.map((s) => (
              <option key={s.ms} value={s.ms}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
