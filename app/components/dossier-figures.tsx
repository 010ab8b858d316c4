"use client";

import { useMemo } from "react";
import { centralityOf } from "../lib/analysis/centrality";
import { countByStance, netByMonth } from "../lib/analysis/figures";
import type { NetworkView, StatementView } from "../lib/queries";
import { NetStanceChart } from "./net-stance-chart";

const STANCE_ROWS = ["support", "oppose", "mixed", "neutral"] as const;

/**
 * An actor's figures over the statements the dossier lists: made and received by stance, net
 * stance given and received per month, and, when the actor is drawn, degree and betweenness in
 * the network as drawn (docs/decisions/0022-numbers-in-the-browser.md).
 */
export function DossierFigures(props: { actorId: string; name: string; made: StatementView[]; received: StatementView[]; network: NetworkView | null }) {
  const { actorId, name, made, received, network } = props;
  const given = countByStance(made);
  const got = countByStance(received);
  const series = useMemo(() => netByMonth(made, received), [made, received]);
  const centrality = useMemo(() => (network ? centralityOf(network) : null), [network]);
  const own = centrality?.get(actorId) ?? null;
  return (
    <section aria-label={`Figures for ${name}`} data-testid="dossier-figures" className="space-y-3">
      <h3 className="font-medium">Figures</h3>
      <table className="w-full text-xs tabular-nums" data-testid="stance-counts">
        <caption className="sr-only">Statements {name} made and received, by stance</caption>
        <thead>
          <tr className="text-left text-slate-500">
            <th scope="col" className="font-normal">Stance</th>
            <th scope="col" className="text-right font-normal">Made</th>
            <th scope="col" className="text-right font-normal">Received</th>
          </tr>
        </thead>
        <tbody>
          {STANCE_ROWS.map((s) => (
            <tr key={s} data-stance={s}>
              <th scope="row" className="text-left font-normal">{s}</th>
              <td className="text-right">{given[s]}</td>
              <td className="text-right">{got[s]}</td>
            </tr>
          ))}
          <tr className="border-t border-slate-200 font-medium dark:border-slate-700" data-stance="total">
            <th scope="row" className="text-left">total</th>
            <td className="text-right">{made.length}</td>
            <td className="text-right">{received.length}</td>
          </tr>
        </tbody>
      </table>
      <NetStanceChart name={name} months={series.months} yearOnly={series.yearOnly} />
      {own && centrality ? (
        <p className="text-xs" data-testid="centrality">
          In the network drawn: <strong data-testid="degree">degree {own.degree}</strong> (spoke about {own.outDegree}, spoken about by {own.inDegree}),{" "}
          <strong data-testid="betweenness">betweenness {own.betweenness.toFixed(3)}</strong>, {ordinal(own.betweennessRank)} of {centrality.size}.{" "}
          <span className="text-slate-500">Betweenness is the share of shortest paths between two others that pass through {name}.</span>
        </p>
      ) : (
        <p className="text-xs text-slate-500">{name} is not drawn in this view, so has no degree or betweenness in it.</p>
      )}
    </section>
  );
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
