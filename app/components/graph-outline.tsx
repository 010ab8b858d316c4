"use client";

import type { Core } from "cytoscape";
import { useCallback, useEffect, useRef, useState, type CSSProperties } from "react";
import { onOutlineKey } from "./graph-keys";
import { describeDrawing, describeSelection, readOutline, type Box, type Emphasis, type Outline } from "./graph-outline-model";

/** Motion (pan, zoom, a drag, a layout's animation) is read back once it has settled. */
const SETTLE_MS = 120;

/**
 * The outline of what the canvas draws, kept current: read right after each drawing and once
 * motion settles, so a pan does not pay for it on every frame. `schedule(0)` after a drawing,
 * `schedule()` on motion.
 */
export function useGraphOutline(instance: () => Core | null): [Outline | null, (delay?: number) => void] {
  const [outline, setOutline] = useState<Outline | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const schedule = useCallback(
    (delay = SETTLE_MS) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const cy = instance();
        if (cy && !cy.destroyed()) setOutline(readOutline(cy));
      }, delay);
    },
    [instance],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return [outline, schedule];
}

type SpotProps = {
  testId: string;
  item: { id: string; name: string; selected: boolean; emphasis: Emphasis; stance?: string; source?: string; target?: string };
  box: Box;
  tabStop: boolean;
  onSelect: (id: string) => void;
  onFocusItem: (id: string | null) => void;
};

/** One actor or link: a round, transparent button where it is drawn, named and described. */
function Spot({ testId, item, box, tabStop, onSelect, onFocusItem }: SpotProps) {
  return (
    <button
      type="button"
      data-testid={testId}
      data-id={item.id}
      data-source={item.source}
      data-target={item.target}
      data-stance={item.stance}
      aria-label={item.name}
      aria-current={item.selected || undefined}
      aria-description={describeEmphasis(item.emphasis)}
      tabIndex={tabStop ? 0 : -1}
      className={RING}
      style={{ ...PLACED, ...placeAt(box), borderRadius: "9999px" }}
      onClick={() => onSelect(item.id)}
      onFocus={() => onFocusItem(item.id)}
      onBlur={() => onFocusItem(null)}
    />
  );
}

/**
 * Elements over the canvas where it draws each actor and link: transparent, and letting the
 * pointer through to the canvas, but reachable from the keyboard (one tab stop per list, arrows
 * within it, Enter opens it as a click would) with a focus ring where the thing is drawn; read by
 * screen readers, with the selection and highlight announced; and each legible name laid where
 * it is drawn, so the browser's find-in-page finds people on the graph.
 */
export function GraphOutline({
  outline,
  summaryId,
  onSelect,
  onFocusItem,
}: {
  outline: Outline | null;
  summaryId: string;
  onSelect: (id: string) => void;
  onFocusItem: (id: string | null) => void;
}) {
  const actors = outline?.actors ?? [];
  const links = outline?.links ?? [];
  const actorStop = tabStopOf(actors);
  const linkStop = tabStopOf(links);
  return (
    <div
      style={LAYER}
      data-testid="graph-outline"
      onKeyDown={(e) =>
        onOutlineKey(
          e,
          [...actors, ...links].some((item) => item.selected),
        )
      }
    >
      <p id={summaryId} className="sr-only" data-testid="graph-summary">
        {outline ? describeDrawing(outline) : "Nothing is drawn yet."}
      </p>
      <p id={`${summaryId}-keys`} className="sr-only" data-testid="graph-keys">
        {KEYS_HELP}
      </p>
      <p className="sr-only" role="status" data-testid="graph-selection">
        {outline ? describeSelection(outline) : ""}
      </p>
      <ul aria-label="Actors drawn" aria-describedby={`${summaryId}-keys`} style={LIST}>
        {actors.map((a, i) => (
          <li key={a.id}>
            <Spot
              testId="graph-actor"
              item={a}
              box={a.box}
              tabStop={i === actorStop}
              onSelect={onSelect}
              onFocusItem={onFocusItem}
            />
            {a.label && (
              <span aria-hidden="true" data-testid="graph-label" style={{ ...PLACED, ...placeAt(a.label.box), ...TEXT, fontSize: `${a.label.fontSize}px`, lineHeight: `${a.label.box.height}px` }}>
                {a.name}
              </span>
            )}
          </li>
        ))}
      </ul>
      <ul aria-label="Links drawn" aria-describedby={`${summaryId}-keys`} style={LIST}>
        {links.map((l, i) => (
          <li key={l.id}>
            <Spot
              testId="graph-link"
              item={l}
              box={{ x: l.at.x - LINK_SPOT / 2, y: l.at.y - LINK_SPOT / 2, width: LINK_SPOT, height: LINK_SPOT }}
              tabStop={i === linkStop}
              onSelect={onSelect}
              onFocusItem={onFocusItem}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The keys of the walk over the graph (graph-keys.ts), said to screen readers and in the page's help. */
export const KEYS_HELP =
  "Arrow keys: the nearest actor (or link) that way. ] and [: through the links of an actor. Enter: open its evidence or dossier. Escape: close the panel, or from a link back to its actor.";

/** The spot a link's focus ring circles, at its midpoint. */
const LINK_SPOT = 14;

// `clip`, not `hidden`: focusing an actor drawn off screen must not scroll the layer off the canvas.
const LAYER: CSSProperties = { position: "absolute", inset: 0, overflow: "clip", pointerEvents: "none" };
const LIST: CSSProperties = { listStyle: "none", margin: 0, padding: 0 };
// Geometry is inline: the outline is drawn wherever the canvas is, with or without the app's stylesheet.
const PLACED: CSSProperties = { position: "absolute", left: 0, top: 0, margin: 0, padding: 0, border: 0, background: "transparent" };
const TEXT: CSSProperties = { color: "transparent", whiteSpace: "nowrap", overflow: "hidden", textAlign: "center" };
const RING = "focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2";

function placeAt(box: Box): CSSProperties {
  return { width: `${box.width}px`, height: `${box.height}px`, transform: `translate(${box.x}px, ${box.y}px)` };
}

/** One tab stop per list: the selected item, or else the first. */
function tabStopOf(items: readonly { selected: boolean }[]): number {
  return Math.max(0, items.findIndex((item) => item.selected));
}

function describeEmphasis(emphasis: Emphasis): string | undefined {
  return emphasis ?? undefined;
}
