/**
 * Whether vitest is asked for the unit tier alone (`--project unit` or `--project=unit`, and no
 * other tier): then `npm test` needs no Neo4j and no served app.
 */
export function onlyUnitTier(args: string[]): boolean {
  const projects = args.flatMap((a, i) => (a === "--project" ? [args[i + 1] ?? ""] : a.startsWith("--project=") ? [a.slice("--project=".length)] : []));
  return projects.length > 0 && projects.every((p) => p === "unit");
}
