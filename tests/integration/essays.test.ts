import { describe, expect, it } from "vitest";
import { monthEnd, monthStart } from "@/app/lib/dates";
import { listEssays } from "@/graph/essays";
import { gql } from "../support/http";

/** An essay is built from data: every statement it quotes and every person it names must exist. */
describe("essays stand on statements in the graph", () => {
  const essays = listEssays();

  it("ships at least one essay", () => {
    expect(essays.length).toBeGreaterThan(0);
  });

  for (const essay of essays) {
    it(`${essay.slug}: every quoted statement exists and involves the step's people`, async () => {
      const missing: string[] = [];
      for (const [i, step] of essay.steps.entries()) {
        for (const id of step.statements) {
          const result = await gql<{ statement: { speaker: { id: string }; target: { id: string }; date: string } }>(
            "query S($id: ID!) { statement(id: $id) { speaker { id } target { id } date } }",
            { id },
          );
          if (result.errors) {
            missing.push(`essays/${essay.slug}.md step ${i + 1} ("${step.title}"): statement ${id} is not in the graph`);
            continue;
          }
          const s = result.data!.statement;
          if (!step.people.includes(s.speaker.id) || !step.people.includes(s.target.id)) {
            missing.push(`essays/${essay.slug}.md step ${i + 1}: statement ${id} (${s.speaker.id} -> ${s.target.id}) is outside the step's people`);
          }
          if ((step.from && s.date.slice(0, 7) < step.from) || (step.to && s.date.slice(0, 7) > step.to)) {
            missing.push(`essays/${essay.slug}.md step ${i + 1}: statement ${id} (${s.date}) is outside the step's dates`);
          }
        }
        for (const edge of step.highlight) {
          const [source, target] = edge.split("->");
          const result = await gql<{ statements: { totalCount: number } }>(
            "query E($f: StatementFilter) { statements(filter: $f, first: 1) { totalCount } }",
            { f: { speakers: [source], targets: [target], from: step.from ? monthStart(step.from) : null, to: step.to ? monthEnd(step.to) : null } },
          );
          if ((result.data?.statements.totalCount ?? 0) === 0) missing.push(`essays/${essay.slug}.md step ${i + 1}: highlighted edge ${edge} has no statement`);
        }
        for (const person of step.people) {
          const result = await gql("query A($id: ID!) { actor(id: $id) { id } }", { id: person });
          if (result.errors) missing.push(`essays/${essay.slug}.md step ${i + 1}: no person or organization "${person}"`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
