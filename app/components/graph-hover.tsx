"use client";

import type { Core, SingularElementReturnValue } from "cytoscape";
import { useCallback, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from "react";
import { STANCE_COLORS } from "../lib/palette";
import { anchorOf, describeElement, placeDetails, type HoverAnchor, type HoverDetails } from "./graph-hover-model";

export interface Hovered {
  id: string;
  /** Reached from the keyboard: the details end with the keys that go on from here. */
  keyboard: boolean;
  details: HoverDetails;
  anchor: HoverAnchor;
}

/**
 * The details of the actor or link under the pointer or the keyboard's focus, beside it and never
 * over it. Not announced (the outline's names and the panel say the same to a screen reader).
 */
export function GraphHover({ hovered, bounds }: { hovered: Hovered; bounds: { width: number; height: number } }) {
  const box = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    setAt(placeDetails(hovered.anchor, { width: element.offsetWidth, height: element.offsetHeight }, bounds));
  }, [hovered, bounds]);
  const color = hovered.details.stance ? STANCE_COLORS[hovered.details.stance as keyof typeof STANCE_COLORS] : undefined;
  return (
    <div
      ref={box}
      aria-hidden="true"
      data-testid="graph-hover"
      data-for={hovered.id}
      className="pointer-events-none absolute left-0 top-0 z-10 max-w-[16rem] rounded border border-slate-300 bg-white/95 px-2 py-1 text-xs leading-snug text-slate-800 shadow dark:border-slate-600 dark:bg-slate-900/95 dark:text-slate-100"
      style={{
        ...HIDDEN_UNTIL_PLACED,
        ...(at ? { transform: `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`, visibility: "visible" } : {}),
      }}
    >
      <p className="font-medium">
        {color && <span className="mr-1 inline-block h-2 w-2 rounded-full align-middle" style={{ background: color }} />}
        {hovered.details.title}
      </p>
      {hovered.details.lines.map((line) => (
        <p key={line} className="text-slate-600 dark:text-slate-300">
          {line}
        </p>
      ))}
      {hovered.keyboard && (
        <p
          className="mt-0.5 border-t border-slate-200 pt-0.5 text-[11px] text-slate-500 dark:border-slate-700 dark:text-slate-400"
          data-testid="graph-hover-keys"
        >
          Enter opens · arrows move · ] [ links{hovered.anchor.kind === "link" ? " · Esc back" : ""}
        </p>
      )}
    </div>
  );
}

const HIDDEN_UNTIL_PLACED: CSSProperties = { visibility: "hidden" };

/** Whether the pointer can hover: not on a touch screen, where a tap selects as before. */
const canHover = () => window.matchMedia("(hover: hover) and (pointer: fine)").matches;

/**
 * Hover details and the keyboard's focus on the canvas: `attach` wires an instance's pointer
 * events (shown on mouseover, gone on mouseout, a pan, a zoom or a press), `focus` marks the
 * element the outline's focus is on (the `focused` class draws its ring) and shows its details.
 */
export function useGraphHover(instance: () => Core | null, container: RefObject<HTMLDivElement | null>) {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const [bounds, setBounds] = useState({ width: 0, height: 0 });
  const show = useCallback(
    (cy: Core, id: string, pointer: { x: number; y: number } | null) => {
      const element = cy.getElementById(id);
      if (element.empty() || !container.current) return;
      setBounds({ width: container.current.clientWidth, height: container.current.clientHeight });
      setHovered({ id, keyboard: pointer === null, details: describeElement(element), anchor: anchorOf(element, pointer) });
    },
    [container],
  );
  const attach = useCallback(
    (cy: Core) => {
      cy.on("mouseover", "node, edge", (e) => {
        if (canHover()) show(cy, (e.target as SingularElementReturnValue).id(), e.renderedPosition ?? null);
      });
      cy.on("mouseout", "node, edge", () => setHovered(null));
      cy.on("viewport tapstart grab", () => setHovered(null));
    },
    [show],
  );
  const focus = useCallback(
    (id: string | null) => {
      const cy = instance();
      if (!cy || cy.destroyed()) return;
      cy.elements(".focused").removeClass("focused");
      if (id === null) {
        setHovered(null);
        return;
      }
      cy.getElementById(id).addClass("focused");
      show(cy, id, null);
    },
    [instance, show],
  );
  return { hovered, bounds, attach, focus };
}
