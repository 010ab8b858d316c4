/** A count with its noun in the right number: "1 passage", "2 passages", "1,200 statements". */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
