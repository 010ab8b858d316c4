"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import type { Selection } from "../lib/explorer-state";
import type { Filter } from "../lib/queries";
import type { GraphCanvasHandle, VisibleArea } from "./canvas-controls";
import type { DossierView } from "./dossier";
import { SidePanel } from "./side-panel";

interface SelectionPanelProps {
  selection: Selection;
  filter: Filter;
  /** The filters in force, in words ("filtered by …"); empty when none is set. */
  filterText: string;
  names: Map<string, string>;
  /** What a person's dossier counts: the view's filters and the network drawn. */
  dossierView: DossierView;
  /** The selection the page was opened with (a shared link): its zoom and pan are kept if they show it. */
  fromLink: boolean;
  controls: RefObject<GraphCanvasHandle | null>;
  onShowNeighbourhood: (id: string) => void;
  onClear: () => void;
}

/** How long a selection waits for the canvas to be ready to frame it: 150 ms a try. */
const CANVAS_WAIT_TRIES = 60;

const BUTTON = "rounded px-3 py-1 text-sm shadow focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400";

/**
 * The side panel over the canvas (a sheet over the lower part on a phone), and the framing that
 * keeps the selection in the part of the canvas it leaves visible. Closing the panel keeps the
 * selection: a bar says what is selected and keeps "Show neighbourhood" and the panel within reach.
 */
export function SelectionPanel({ selection, filter, filterText, names, dossierView, fromLink, controls, onShowNeighbourhood, onClear }: SelectionPanelProps) {
  const [open, setOpen] = useState(true);
  const panel = useRef<HTMLDivElement>(null);
  const linked = useRef(fromLink);
  linked.current = fromLink;
  useEffect(() => setOpen(true), [selection.id]);

  useEffect(() => {
    // After the panel has been laid out, so that what it covers is measured, not guessed; and once
    // the canvas is there (it loads apart from the panel: a shared link may bring the panel first).
    const ids = selection.kind === "edge" ? [selection.id, selection.source, selection.target] : [selection.id];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const attempt = () => {
      if (controls.current) controls.current.frame(ids, uncovered(panel.current), linked.current);
      else if (tries++ < CANVAS_WAIT_TRIES) timer = setTimeout(attempt, 150);
    };
    const frame = requestAnimationFrame(attempt);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [selection, controls, open]);

  const name = selection.kind === "node" ? (names.get(selection.id) ?? null) : `${names.get(selection.source) ?? "…"} → ${names.get(selection.target) ?? "…"}`;
  const neighbourhood = selection.kind === "node" && (
    <button type="button" className={`${BUTTON} bg-blue-700 text-white hover:bg-blue-800`} onClick={() => onShowNeighbourhood(selection.id)}>
      Show neighbourhood
    </button>
  );

  if (!open) {
    return (
      <div className="absolute bottom-3 right-3 z-20 flex max-w-[calc(100%-1.5rem)] flex-wrap items-center gap-2 rounded bg-white/95 p-2 text-sm shadow-lg dark:bg-slate-900/95" data-testid="selection-bar">
        <span className="truncate">{name ? `${name} selected` : "One actor selected"}</span>
        {neighbourhood}
        <button type="button" className={`${BUTTON} border border-slate-300 dark:border-slate-700`} onClick={() => setOpen(true)}>
          Open panel
        </button>
        <button type="button" className={`${BUTTON} border border-slate-300 dark:border-slate-700`} onClick={onClear}>
          Clear selection
        </button>
      </div>
    );
  }
  return (
    <div
      ref={panel}
      data-testid="panel-frame"
      className="absolute inset-x-0 bottom-0 z-20 h-[58%] border-t border-slate-200 bg-white shadow-xl sm:inset-x-auto sm:inset-y-0 sm:right-0 sm:h-auto sm:w-full sm:max-w-md sm:border-l sm:border-t-0 dark:border-slate-800 dark:bg-slate-950"
    >
      <SidePanel selection={selection} filter={filter} filterText={filterText} names={names} dossierView={dossierView} onClose={() => setOpen(false)} />
      {neighbourhood && <div className="absolute bottom-3 right-3">{neighbourhood}</div>}
    </div>
  );
}

/** The part of the canvas the panel leaves visible: left of it, or above it on a phone. */
function uncovered(panel: HTMLElement | null): VisibleArea | null {
  const canvas = document.querySelector('[data-testid="graph-canvas"]')?.getBoundingClientRect();
  if (!canvas) return null;
  const whole = { x1: 0, y1: 0, x2: canvas.width, y2: canvas.height };
  const box = panel?.getBoundingClientRect();
  if (!box || box.width === 0) return whole;
  if (box.left - canvas.left > 80) return { ...whole, x2: box.left - canvas.left };
  if (box.top - canvas.top > 80) return { ...whole, y2: box.top - canvas.top };
  return whole;
}
