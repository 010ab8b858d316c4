import type { KeyboardEvent } from "react";

/**
 * The keyboard's walk over the canvas's outline (docs/decisions/0012): arrow keys go from an actor
 * to the nearest actor drawn in that direction, and from a link to the nearest link; ] and [ go
 * from an actor through its links, and on through the links of the actor the walk came from;
 * Escape on a link goes back to that actor; Home and End go to the first and last of a list.
 * Enter opens the panel, as a click does (the buttons' own behaviour).
 */

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

type Point = { x: number; y: number };

/**
 * The index of the point nearest `from` in direction `dir`, preferring points straight ahead to
 * points off to the side (a sideways step counts double); -1 when none lies that way.
 */
export function nearestInDirection(from: Point, dir: Point, points: readonly Point[]): number {
  let best = -1;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * dir.x + dy * dir.y;
    if (along <= 0.5) return;
    const score = along + 2 * Math.abs(dx * dir.y - dy * dir.x);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

const centre = (el: Element): Point => {
  const r = el.getBoundingClientRect();
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
};

/** The actor a walk through links started from: where ] and [ continue, and Escape returns. */
let walkFrom: string | null = null;

export function onOutlineKey(event: KeyboardEvent<HTMLElement>, hasSelection: boolean): void {
  const target = event.target as HTMLElement;
  const kind = target.dataset.testid;
  if (kind !== "graph-actor" && kind !== "graph-link") return;
  const layer = event.currentTarget;
  const actors = [...layer.querySelectorAll<HTMLButtonElement>('[data-testid="graph-actor"]')];
  const links = [...layer.querySelectorAll<HTMLButtonElement>('[data-testid="graph-link"]')];
  const same = kind === "graph-actor" ? actors : links;
  const go = (button: HTMLButtonElement | undefined) => {
    if (!button) return;
    event.preventDefault();
    event.stopPropagation();
    button.focus({ preventScroll: true });
  };
  const dir = DIRECTIONS[event.key];
  if (dir) {
    const others = same.filter((b) => b !== target);
    const i = nearestInDirection(centre(target), dir, others.map(centre));
    if (i >= 0) go(others[i]);
    else event.preventDefault();
    if (kind === "graph-actor") walkFrom = null;
    return;
  }
  if (event.key === "Home") return go(same[0]);
  if (event.key === "End") return go(same[same.length - 1]);
  if (event.key === "]" || event.key === "[") {
    const actor = kind === "graph-actor" ? target.dataset.id! : (walkFrom ?? target.dataset.source!);
    const own = links.filter((b) => b.dataset.source === actor || b.dataset.target === actor);
    if (own.length === 0) return;
    walkFrom = actor;
    const at = own.indexOf(target as HTMLButtonElement);
    const step = event.key === "]" ? 1 : -1;
    return go(own[at < 0 ? (step > 0 ? 0 : own.length - 1) : (at + step + own.length) % own.length]);
  }
  if (event.key === "Escape" && kind === "graph-link" && !hasSelection) {
    const actor = walkFrom ?? target.dataset.source;
    return go(actors.find((b) => b.dataset.id === actor));
  }
}
