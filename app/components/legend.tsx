import { COUNTRY_COLORS, STANCE_COLORS } from "./graph-style";

const LABELS = { support: "Support", oppose: "Oppose", mixed: "Mixed", neutral: "Neutral" } as const;

export function Legend() {
  return (
    <aside
      aria-label="Legend"
      data-testid="legend"
      className="pointer-events-none absolute bottom-3 left-3 rounded border border-slate-200 bg-white/90 p-3 text-xs shadow-sm dark:border-slate-700 dark:bg-slate-900/90"
    >
      <p className="mb-1 font-medium">Arrow: speaker → target, net stance</p>
      <ul className="grid grid-cols-2 gap-x-3 gap-y-1">
        {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((stance) => (
          <li key={stance} className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-1 w-6 rounded" style={{ backgroundColor: STANCE_COLORS[stance] }} />
            {LABELS[stance]}
          </li>
        ))}
      </ul>
      <p className="mb-1 mt-2 font-medium">Node: country</p>
      <ul className="grid grid-cols-2 gap-x-3 gap-y-1">
        {Object.entries(COUNTRY_COLORS).map(([country, color]) => (
          <li key={country} className="flex items-center gap-2">
            <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: color }} />
            {country}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-slate-500">Size: statements · width: statements on the link · square: party or state</p>
    </aside>
  );
}
