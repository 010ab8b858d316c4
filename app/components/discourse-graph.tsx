import type { DiscourseTie } from "../lib/analysis/discourse";

const SIZE = 220;
const RADIUS = 80;

/**
 * A congruence or conflict network as a small second graph: the speakers on a circle, each tie a
 * line as thick as its weight. Described in words for screen readers; the list beside it names
 * every tie.
 */
export function DiscourseGraph({ ties, names, kind }: { ties: DiscourseTie[]; names: Map<string, string>; kind: "congruence" | "conflict" }) {
  if (ties.length === 0) return <p className="text-xs text-slate-500">No ties in this view.</p>;
  const ids = [...new Set(ties.flatMap((t) => [t.a, t.b]))].sort();
  const at = new Map(ids.map((id, i) => [id, { x: SIZE / 2 + RADIUS * Math.cos((2 * Math.PI * i) / ids.length - Math.PI / 2), y: SIZE / 2 + RADIUS * Math.sin((2 * Math.PI * i) / ids.length - Math.PI / 2) }]));
  const peak = Math.max(...ties.map((t) => t.weight));
  const colour = kind === "conflict" ? "#b91c1c" : "#15803d";
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="mx-auto w-full max-w-[220px]" role="img" aria-label={`${kind === "conflict" ? "Conflict" : "Congruence"} network: ${ties.length} ties among ${ids.length} speakers`} data-testid="discourse-graph">
      {ties.map((t) => {
        const a = at.get(t.a)!;
        const b = at.get(t.b)!;
        return <line key={`${t.a}|${t.b}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={colour} strokeOpacity={0.6} strokeWidth={1 + (3 * t.weight) / peak} />;
      })}
      {ids.map((id) => {
        const p = at.get(id)!;
        const label = (names.get(id) ?? id).split(" ").pop();
        return (
          <g key={id}>
            <circle cx={p.x} cy={p.y} r={4} className="fill-slate-700 dark:fill-slate-200" />
            <text x={p.x} y={p.y + (p.y < SIZE / 2 ? -7 : 13)} textAnchor="middle" className="fill-slate-700 text-[8px] dark:fill-slate-300">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
