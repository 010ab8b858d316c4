"use client";

import { useEffect, useState } from "react";
import { CAMP_COLORS, COUNTRY_COLORS, STANCE_COLORS, STANCE_LABELS } from "../lib/palette";

const KEY = "legend";

/**
 * What the colours, shapes and widths mean. It folds to a button: folded by default on a small
 * screen, where it would cover a quarter of the graph, open on a wide one, and remembered.
 */
export function Legend({ onHideCamps }: { onHideCamps?: () => void }) {
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => {
    const saved = window.localStorage.getItem(KEY);
    setOpen(saved ? saved === "open" : !window.matchMedia("(max-width: 639px)").matches);
  }, []);
  const toggle = () => {
    window.localStorage.setItem(KEY, open ? "folded" : "open");
    setOpen(!open);
  };
  return (
    <aside
      aria-label="Legend"
      data-testid="legend"
      data-open={open === true}
      className="absolute bottom-3 left-3 z-10 max-w-[calc(100%-1.5rem)] rounded border border-slate-200 bg-white/90 text-xs shadow-sm dark:border-slate-700 dark:bg-slate-900/90"
    >
      <button
        type="button"
        aria-expanded={open === true}
        data-testid="legend-toggle"
        onClick={toggle}
        className="flex w-full items-center justify-between gap-2 px-3 py-1.5 font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        Legend <span aria-hidden>{open ? "▾" : "▸"}</span>
      </button>
      {!open && onHideCamps && (
        <div className="px-3 pb-2">
          <CampsLine onHide={onHideCamps} />
        </div>
      )}
      {open && (
        <div className="px-3 pb-3">
          <p className="mb-1 font-medium">Arrow: speaker → target, net stance</p>
          <ul className="grid grid-cols-2 gap-x-3 gap-y-1">
            {(Object.keys(STANCE_LABELS) as (keyof typeof STANCE_LABELS)[]).map((stance) => (
              <li key={stance} className="flex items-center gap-2">
                <span aria-hidden className="inline-block h-1 w-6 rounded" style={{ backgroundColor: STANCE_COLORS[stance] }} />
                {STANCE_LABELS[stance]}
              </li>
            ))}
          </ul>
          <p className="mb-1 mt-2 font-medium">Colour: country of a person, party or state</p>
          <ul className="grid grid-cols-2 gap-x-3 gap-y-1">
            {Object.entries(COUNTRY_COLORS).map(([country, color]) => (
              <li key={country} className="flex items-center gap-2">
                <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: color }} />
                {country}
              </li>
            ))}
          </ul>
          <p className="mt-2 flex items-center gap-1 text-slate-600 dark:text-slate-400">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full bg-slate-500" /> person
            <span aria-hidden className="ml-2 inline-block h-2.5 w-2.5 rounded-sm bg-slate-500" /> party or state
          </p>
          <p className="mt-1 text-slate-600 dark:text-slate-400">Size: statements · width: statements on the link</p>
          {onHideCamps && <CampsLine onHide={onHideCamps} />}
        </div>
      )}
    </aside>
  );
}

/** The signed analysis's two camps, drawn as rings, and a way to take them off. */
function CampsLine({ onHide }: { onHide: () => void }) {
  return (
    <p className="mt-2 flex items-center gap-1" data-testid="legend-camps">
      <span aria-hidden className="inline-block h-3 w-3 rounded-full border-[3px]" style={{ borderColor: CAMP_COLORS[0] }} /> Camp
      1
      <span
        aria-hidden
        className="ml-2 inline-block h-3 w-3 rounded-full border-[3px] border-double"
        style={{ borderColor: CAMP_COLORS[1] }}
      />{" "}
      Camp 2
      <button
        type="button"
        onClick={onHide}
        className="ml-2 text-blue-700 underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:text-blue-400"
        data-testid="hide-camps"
      >
        hide
      </button>
    </p>
  );
}
