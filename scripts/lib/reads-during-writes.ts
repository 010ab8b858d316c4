import type { Database } from "../../graph/db";
import { updateStatement } from "../../graph/curation";
import type { Figure } from "./figure";
import { runLoad, type LoadResult, type LoadSubjects } from "./load";

/**
 * Readers during writes: the explorer's six operations at 50 clients (the response cache on, as
 * readers meet it) while a curator edits one statement a second, beside the same readers without
 * writes. Each edit flips the statement's stance through updateStatement, the curators' own path,
 * so it empties only the cached answers that read its speaker or target over its days.
 */
export async function measureReadsDuringWrites(
  base: string,
  database: Database,
  statement: string,
  subjects: LoadSubjects,
  seconds: number,
  record: (figure: Figure) => void,
): Promise<{ quiet: LoadResult; writing: LoadResult; writes: number }> {
  const quiet = await runLoad(base, 50, seconds, false, subjects);
  let writes = 0;
  let failed = 0;
  let stop = false;
  const writer = (async () => {
    while (!stop) {
      const began = performance.now();
      const stance = writes % 2 === 0 ? "oppose" : "support";
      await updateStatement(database, statement, { stance, intensity: stance === "oppose" ? -1 : 1 }, "bench-curator").then(
        () => writes++,
        () => failed++,
      );
      await new Promise((r) => setTimeout(r, Math.max(0, 1_000 - (performance.now() - began))));
    }
  })();
  const writing = await runLoad(base, 50, seconds, false, subjects).finally(() => {
    stop = true;
  });
  await writer;
  const note = (l: LoadResult) => `p50 ${l.latencyMs.p50} ms, p99 ${l.latencyMs.p99} ms, ${Math.round(l.requestsPerSecond)} req/s`;
  record({ name: "readers at 50 clients, no writes", value: quiet.latencyMs.p99, unit: "ms p99", median: quiet.latencyMs.p50, note: note(quiet) });
  record({
    name: "readers at 50 clients, a write a second",
    value: writing.latencyMs.p99,
    unit: "ms p99",
    median: writing.latencyMs.p50,
    note: `${note(writing)}; ${writes} writes in ${seconds} s${failed ? `, ${failed} failed` : ""}; p50 ×${(writing.latencyMs.p50 / Math.max(0.01, quiet.latencyMs.p50)).toFixed(2)}, p99 ×${(writing.latencyMs.p99 / Math.max(0.01, quiet.latencyMs.p99)).toFixed(2)} of the readers alone`,
  });
  return { quiet, writing, writes };
}
