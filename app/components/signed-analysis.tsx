"use client";

import { useMemo, useState } from "react";
import { discourseNetworks, type DiscourseTie } from "../lib/analysis/discourse";
import { partitionCamps, toSignedTies, triadBalance } from "../lib/analysis/signed";
import { fileNameFor } from "../lib/analysis/statement-rows";
import { download } from "../lib/analysis/view-statements";
import type { NetworkView } from "../lib/queries";
import { DiscourseGraph } from "./discourse-graph";

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Signed-network analysis of the view as drawn: the two camps that best explain who opposes whom,
 * the share of balanced triads, and the congruence and conflict networks; each shown on the graph
 * on request and saved as JSON or CSV.
 */
export function SignedAnalysis({
  network,
  filterText,
  onHighlight,
  onCamps,
}: {
  network: NetworkView;
  filterText: string;
  onHighlight: (ids: string[]) => void;
  /** Both camps drawn on the graph at once, as two outlines; null takes them off. */
  onCamps: (camps: readonly [string[], string[]] | null) => void;
}) {
  const names = useMemo(() => new Map(network.nodes.map((n) => [n.id, n.name])), [network]);
  const analysis = useMemo(() => {
    const ties = toSignedTies(network.edges);
    return { ties, partition: partitionCamps(ties), triads: triadBalance(ties), discourse: discourseNetworks(network.edges) };
  }, [network]);
  const [tab, setTab] = useState<"congruence" | "conflict">("conflict");
  const { ties, partition, triads, discourse } = analysis;
  const name = (id: string) => names.get(id) ?? id;
  const camp = (c: 0 | 1) => [...partition.camps].filter(([, k]) => k === c).map(([id]) => id);
  const camps = [camp(0), camp(1)] as const;

  /** A camp on the graph: its actors and the links among them. */
  const showCamp = (members: string[]) => {
    const set = new Set(members);
    onHighlight([...members, ...network.edges.filter((e) => set.has(e.source) && set.has(e.target)).map((e) => e.id)]);
  };
  const showFrustrated = () => {
    const pairs = new Set(partition.frustrated.map((t) => `${t.a}|${t.b}`));
    const edges = network.edges.filter((e) => pairs.has(`${e.source}|${e.target}`) || pairs.has(`${e.target}|${e.source}`));
    onHighlight([...new Set(edges.flatMap((e) => [e.id, e.source, e.target]))]);
  };
  const showDiscourse = (list: DiscourseTie[]) => onHighlight([...new Set(list.flatMap((t) => [t.a, t.b]))]);

  const exportJson = () =>
    download(
      fileNameFor("analysis", filterText === "no filters" ? "" : filterText, "json"),
      JSON.stringify(
        {
          view: filterText,
          camps: [...partition.camps].map(([id, c]) => ({ id, name: name(id), camp: c + 1 })),
          frustration: partition.frustration,
          signedTieWeight: partition.totalWeight,
          signedTies: ties,
          triads,
          congruence: discourse.congruence,
          conflict: discourse.conflict,
        },
        null,
        2,
      ),
      "application/json",
    );
  const exportCsv = () => {
    const campOf = (id: string) => (partition.camps.has(id) ? String(partition.camps.get(id)! + 1) : "");
    const rows = [
      ...ties.map((t) => ["signed", t.a, t.b, String(t.sign * t.weight), campOf(t.a), campOf(t.b), ""]),
      ...discourse.congruence.map((t) => ["congruence", t.a, t.b, String(t.weight), campOf(t.a), campOf(t.b), t.targets.join(" ")]),
      ...discourse.conflict.map((t) => ["conflict", t.a, t.b, String(t.weight), campOf(t.a), campOf(t.b), t.targets.join(" ")]),
    ];
    const text = ["network,actorA,actorB,weight,campA,campB,targets", ...rows.map((r) => r.join(","))].join("\r\n") + "\r\n";
    download(fileNameFor("ties", filterText === "no filters" ? "" : filterText, "csv"), text, "text/csv;charset=utf-8");
  };

  const explained = partition.totalWeight > 0 ? 1 - partition.frustration / partition.totalWeight : null;
  const list = discourse[tab];
  return (
    <div className="grid min-h-0 flex-1 gap-4 overflow-auto p-3 text-sm md:grid-cols-3" data-testid="signed-analysis">
      <section aria-labelledby="camps-heading" className="space-y-2">
        <h3 id="camps-heading" className="font-medium">Two camps</h3>
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="camps-summary">
          {ties.length} signed ties among {partition.camps.size} actors ({filterText}).{" "}
          {explained === null ? "No support or opposition to split." : `The split below explains ${percent(explained)} of their weight; ${partition.frustrated.length} ties (weight ${partition.frustration}) go against it.`}
        </p>
        {camps.map((members, i) => (
          <div key={i} data-testid={`camp-${i + 1}`}>
            <p className="font-medium">
              Camp {i + 1} ({members.length}){" "}
              {members.length > 0 && (
                <Action onClick={() => showCamp(members)}>show on the graph</Action>
              )}
            </p>
            <p className="text-xs">{members.map(name).sort().join(", ") || "—"}</p>
          </div>
        ))}
        {partition.camps.size > 0 && <Action onClick={() => onCamps([camps[0], camps[1]])}>Show both camps on the graph</Action>}{" "}
        {partition.frustrated.length > 0 && <Action onClick={showFrustrated}>Show the ties that go against the camps</Action>}
        <p className="text-xs text-slate-500">
          Ties net support against opposition between two actors, both ways. The camps minimise the weight of support across them and opposition within one: a breadth-first start, then seeded restarts, each improved one actor at a time.
        </p>
      </section>
      <section aria-labelledby="triads-heading" className="space-y-2">
        <h3 id="triads-heading" className="font-medium">Balance</h3>
        <p data-testid="triads-summary">
          {triads.triads === 0
            ? "No three actors are all tied to each other by support or opposition."
            : `${triads.balanced} of ${triads.triads} closed triads are balanced (${percent(triads.share!)}).`}
        </p>
        <p className="text-xs text-slate-500">A triad is balanced when its signs multiply to +: the friend of a friend is a friend, the enemy of an enemy is a friend.</p>
        <div className="flex gap-2 pt-2">
          <Action onClick={exportCsv}>Download CSV</Action>
          <Action onClick={exportJson}>Download JSON</Action>
        </div>
      </section>
      <section aria-labelledby="discourse-heading" className="space-y-2">
        <h3 id="discourse-heading" className="font-medium">Agreement and conflict</h3>
        <div role="tablist" aria-label="Discourse network" className="flex gap-1">
          {(["conflict", "congruence"] as const).map((t) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => setTab(t)} data-testid={`tab-${t}`} className="rounded px-2 py-0.5 aria-selected:bg-slate-200 dark:aria-selected:bg-slate-700">
              {t === "conflict" ? `Conflict (${discourse.conflict.length})` : `Congruence (${discourse.congruence.length})`}
            </button>
          ))}
        </div>
        <p className="text-xs text-slate-500">
          {tab === "conflict" ? "Speakers tied by each target one supports and the other opposes." : "Speakers tied by each target they both support or both oppose."}
        </p>
        <DiscourseGraph ties={list} names={names} kind={tab} />
        <ol className="text-xs" data-testid={`${tab}-ties`}>
          {list.slice(0, 8).map((t) => (
            <li key={`${t.a}|${t.b}`}>
              {name(t.a)} – {name(t.b)}: {t.weight} ({t.targets.map(name).join(", ")})
            </li>
          ))}
        </ol>
        {list.length > 0 && <Action onClick={() => showDiscourse(list)}>Show these speakers on the graph</Action>}
      </section>
    </div>
  );
}

function Action({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  return (
    <button type="button" onClick={onClick} className="text-xs text-blue-700 underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:text-blue-400">
      {children}
    </button>
  );
}
