import type { MonthNet } from "../lib/analysis/figures";

const WIDTH = 320;
const BAND = 44;
const GAP = 18;
const HEIGHT = 2 * BAND + GAP + 14;

/**
 * Net stance given and received per month as two bands of bars, above zero for support and below
 * for opposition, drawn inline as SVG; its title and description say what it is, and the same
 * figures are a table under it for those who do not see the bars.
 */
export function NetStanceChart({ name, months, yearOnly }: { name: string; months: MonthNet[]; yearOnly: number }) {
  if (months.length === 0) return <p className="text-xs text-slate-500">No dated statements to chart.</p>;
  const peak = Math.max(1, ...months.flatMap((m) => [Math.abs(m.given), Math.abs(m.received)]));
  const step = WIDTH / months.length;
  const bar = Math.max(1, step - 1);
  const years = months.map((m, i) => ({ i, year: m.month.slice(0, 4), first: i === 0 || m.month.endsWith("-01") })).filter((m) => m.first);
  const summary = `Net stance per month from ${months[0]!.month} to ${months[months.length - 1]!.month}: given ${sum(months, "given")}, received ${sum(months, "received")} in all.`;
  const band = (key: "given" | "received", top: number) => (
    <g>
      <line x1={0} x2={WIDTH} y1={top + BAND / 2} y2={top + BAND / 2} className="stroke-slate-300 dark:stroke-slate-600" strokeWidth={1} />
      {months.map((m, i) => {
        const value = m[key];
        if (value === 0) return null;
        const h = (Math.abs(value) / peak) * (BAND / 2);
        return (
          <rect key={m.month} x={i * step} width={bar} y={value > 0 ? top + BAND / 2 - h : top + BAND / 2} height={h} fill={value > 0 ? "#15803d" : "#b91c1c"} data-month={m.month} data-value={value}>
            <title>{`${m.month}: ${key} ${value > 0 ? "+" : ""}${value} over ${key === "given" ? m.givenCount : m.receivedCount} statements`}</title>
          </rect>
        );
      })}
    </g>
  );
  return (
    <figure className="space-y-1" data-testid="net-stance-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full" role="img" aria-labelledby="net-chart-title net-chart-desc">
        <title id="net-chart-title">{`Net stance given and received by ${name}, per month`}</title>
        <desc id="net-chart-desc">{summary}</desc>
        <text x={0} y={9} className="fill-slate-500 text-[9px]">given</text>
        {band("given", 0)}
        <text x={0} y={BAND + GAP - 3} className="fill-slate-500 text-[9px]">received</text>
        {band("received", BAND + GAP)}
        {years.map(({ i, year }) => (
          <text key={year} x={i * step} y={HEIGHT - 2} className="fill-slate-500 text-[9px]">
            {year}
          </text>
        ))}
      </svg>
      <figcaption className="text-xs text-slate-500">
        Sum of intensities (−2…+2) per month; green above the line is support, red below is opposition.
        {yearOnly > 0 ? ` ${yearOnly} statement${yearOnly === 1 ? " is" : "s are"} dated only by year and not charted.` : ""}
      </figcaption>
      <details className="text-xs">
        <summary className="cursor-pointer text-blue-700 dark:text-blue-400">The chart as a table</summary>
        <table className="mt-1 w-full tabular-nums">
          <thead>
            <tr className="text-left text-slate-500">
              <th scope="col" className="font-normal">Month</th>
              <th scope="col" className="text-right font-normal">Given</th>
              <th scope="col" className="text-right font-normal">Received</th>
            </tr>
          </thead>
          <tbody>
            {months
              .filter((m) => m.givenCount + m.receivedCount > 0)
              .map((m) => (
                <tr key={m.month}>
                  <th scope="row" className="text-left font-normal">{m.month}</th>
                  <td className="text-right">{m.givenCount > 0 ? m.given : "–"}</td>
                  <td className="text-right">{m.receivedCount > 0 ? m.received : "–"}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const sum = (months: MonthNet[], key: "given" | "received") => months.reduce((s, m) => s + m[key], 0);
