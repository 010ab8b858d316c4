/** One measured figure of the benchmark report: value and unit, with the goal and spread when known. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  median?: number;
  spread?: [number, number];
  note?: string;
}

/** The value at quantile `q` (0…1) of the samples; 0 when there are none. */
export const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** What `work` gave, and how many milliseconds it took. */
export async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const began = performance.now();
  const value = await work();
  return [value, performance.now() - began];
}

/** Milliseconds of `n` runs of `work`, one after the other. */
export async function samples(n: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await time(work))[1]);
  return out;
}
