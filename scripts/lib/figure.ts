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
