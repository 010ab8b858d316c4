import type { Stance } from "../lib/queries";

const STYLES: Record<Stance, string> = {
  support: "bg-green-100 text-green-900 ring-green-700/30 dark:bg-green-950 dark:text-green-200",
  oppose: "bg-red-100 text-red-900 ring-red-700/30 dark:bg-red-950 dark:text-red-200",
  mixed: "bg-amber-100 text-amber-900 ring-amber-700/30 dark:bg-amber-950 dark:text-amber-200",
  neutral: "bg-slate-100 text-slate-800 ring-slate-600/30 dark:bg-slate-800 dark:text-slate-200",
};

export function StanceBadge({ stance, intensity }: { stance: Stance; intensity?: number }) {
  const sign = intensity === undefined ? "" : ` ${intensity > 0 ? "+" : ""}${intensity}`;
  return <span className={`inline-flex rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[stance]}`}>{stance}{sign}</span>;
}

