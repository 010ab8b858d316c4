"use client";

import { useEffect } from "react";
import type { NetworkView } from "../lib/queries";
import type { ViewState } from "../lib/view-state";

/** Pieces of the explorer (explorer.tsx) that need none of its state. */

/** The network as drawn: the country filter is applied here, in the browser, over what was read. */
export function byCountry(network: NetworkView | undefined, countries: string[]): NetworkView | null {
  if (!network) return null;
  if (countries.length === 0) return network;
  const nodes = network.nodes.filter((n) => countries.includes(n.country ?? "Unknown"));
  const ids = new Set(nodes.map((n) => n.id));
  return { ...network, nodes, edges: network.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** Keyboard: "/" goes to the search box, Escape closes the panel and clears highlights. */
export function useExplorerKeys(update: (patch: Partial<ViewState>) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (e.key === "/" && !typing) {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
      } else if (e.key === "Escape" && !typing) {
        update({ selected: null, highlighted: [] });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [update]);
}

export function PathFinderPlaceholder() {
  return (
    <section aria-label="Find paths" className="space-y-2 text-sm">
      <h2 className="font-medium">Who connects…</h2>
      <p role="status" className="text-slate-500">
        Loading the path finder…
      </p>
    </section>
  );
}

export function Status({ text }: { text: string }) {
  return (
    <p role="status" className="p-6 text-sm text-slate-500">
      {text}
    </p>
  );
}
