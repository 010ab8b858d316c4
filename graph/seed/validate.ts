import { checkDateSaid } from "../shared/date-said";
import { allowedIntensities } from "../shared/stance";
import { fold } from "../shared/fold";
import type { Corpus, Problem } from "./read";

/**
 * Cross-checks a corpus that parsed: unique ids, known references, quotes found verbatim in their
 * passage, stances consistent with intensities, aliases that point at one entity only.
 */
export function validateCorpus(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, where: { file: string; line: number }, kind: string) => {
    const earlier = seen.get(id);
    if (earlier) problems.push({ ...where, message: `duplicate id "${id}" (${kind}); first used at ${earlier}` });
    else seen.set(id, `${where.file}:${where.line}`);
  };

  for (const d of corpus.documents) claim(d.meta.id, { file: d.file, line: d.fieldLines.id ?? 1 }, "document");
  for (const p of corpus.people) claim(p.value.id, p, "person");
  for (const o of corpus.organizations) claim(o.value.id, o, "organization");

  const people = new Set(corpus.people.map((p) => p.value.id));
  const organizations = new Set(corpus.organizations.map((o) => o.value.id));
  const isActor = (id: string) => people.has(id) || organizations.has(id);
  const documents = new Map(corpus.documents.map((d) => [d.meta.id, d]));

  for (const d of corpus.documents) {
    for (const field of ["authors", "recipients"] as const) {
      for (const id of d.meta[field]) {
        if (!isActor(id)) problems.push({ file: d.file, line: d.fieldLines[field] ?? 1, message: `${field} names unknown person or organization "${id}"` });
      }
    }
  }
  for (const p of corpus.people) {
    for (const role of p.value.roles) {
      if (!organizations.has(role.org)) problems.push({ ...p, message: `role "${role.title}" names unknown organization "${role.org}"` });
      if (role.from && role.to && role.from > role.to) problems.push({ ...p, message: `role "${role.title}" ends before it starts` });
    }
    if (p.value.unidentified && p.value.roles.length === 0) {
      problems.push({ ...p, message: `unidentified person "${p.value.id}" needs a role that links them to the body they belong to` });
    }
  }

  const aliasOwner = new Map<string, string>();
  for (const e of [...corpus.people, ...corpus.organizations]) {
    for (const alias of e.value.aliases) {
      const key = fold(alias).folded;
      const owner = aliasOwner.get(key);
      if (owner && owner !== e.value.id) {
        problems.push({ ...e, message: `alias "${alias}" of "${e.value.id}" is also an alias of "${owner}"; mentions would be ambiguous` });
      }
      aliasOwner.set(key, e.value.id);
    }
  }

  for (const s of corpus.statements) {
    const v = s.value;
    claim(v.id, s, "statement");
    const at = (message: string) => problems.push({ file: s.file, line: s.line, message: `statement ${v.id}: ${message}` });
    if (!isActor(v.speaker)) at(`unknown speaker "${v.speaker}"`);
    if (!isActor(v.target)) at(`unknown target "${v.target}"`);
    if (v.speaker === v.target) at("speaker and target are the same");
    if (v.reported_by !== undefined && !isActor(v.reported_by)) at(`unknown reporter "${v.reported_by}"`);
    if (v.mode !== "reported" && v.reported_by !== undefined) at(`reported_by is only for mode reported (mode is ${v.mode})`);
    const expected = allowedIntensities(v.stance);
    if (!expected.includes(v.intensity)) at(`intensity ${v.intensity} does not fit stance ${v.stance} (allowed: ${expected.join(", ")})`);
    const document = documents.get(v.document);
    if (!document) {
      at(`unknown document "${v.document}"`);
      continue;
    }
    if (v.mode === "reported" && v.reported_by === undefined && document.meta.source_kind !== "tertiary") {
      at("mode reported needs reported_by: the person or body whose account this is");
    }
    const passage = document.passages[v.passage - 1];
    if (passage === undefined) {
      at(`passage ${v.passage} does not exist; ${v.document} has ${document.passages.length} passages`);
    } else if (!passage.includes(v.quote)) {
      const elsewhere = document.passages.flatMap((p, i) => (p.includes(v.quote) ? [i + 1] : []));
      at(
        elsewhere.length > 0
          ? `quote is not in passage ${v.passage} but in passage ${elsewhere.join(", ")}`
          : `quote not found verbatim in ${v.document} passage ${v.passage}: "${v.quote.slice(0, 80)}"`,
      );
    }
    const said = { date: v.date, qualifier: v.date_qualifier, until: v.date_until ?? null, source: v.date_source };
    for (const problem of checkDateSaid(said, document.meta.date)) at(problem);
  }
  return problems;
}
