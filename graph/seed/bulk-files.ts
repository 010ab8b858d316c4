import fs from "node:fs";
import path from "node:path";
import { toAggregateRows } from "./aggregate-rows";
import { ARRAY_DELIMITER, CsvFile, type ColumnType } from "./bulk-csv";
import { toPassageRows, type PassageMentions } from "./passages";
import { toMonthTotalRows, toPairTotalRows } from "./total-rows";
import type { Corpus } from "./read";
import { toDocumentRows, toOrganizationRows, toPersonRows } from "./write-nodes";
import { toMentionRows, toStatementRows, type StatementRow } from "./write-relationships";

/**
 * A validated corpus as the importer's CSV files: the same rows the transactional first load
 * writes (graph/seed/first-load.ts, from the same row builders), with the same labels, property
 * names and types, plus the SAID_ABOUT rows, pair totals and month totals that load's rebuild would
 * make. What the files cannot
 * carry (empty lists, revisions, accounts) is written after the import (bulk-finish.ts).
 */

const ACTOR_COMMON: Record<string, ColumnType> = {
  name: "string",
  aliases: "string[]",
  aliasText: "string",
  country: "string",
  bio: "string",
  origin: "string",
  version: "long",
  createdBy: "string",
  createdAt: "string",
};

const COLUMNS = {
  document: {
    title: "string", kind: "string", sourceKind: "string", citation: "string", archive: "string", url: "string", translator: "string",
    language: "string", originalLanguage: "string", summary: "string", credits: "string", date: "date", origin: "string",
  },
  passage: { index: "float", text: "string", origin: "string" },
  person: { ...ACTOR_COMMON, born: "float", died: "float", unidentified: "boolean" },
  organization: { ...ACTOR_COMMON, kind: "string" },
  statement: {
    quote: "string", stance: "string", intensity: "float", mode: "string", topics: "string[]", note: "string", dateSaid: "string",
    datePrecision: "string", dateQualifier: "string", dateUntil: "string", dateSource: "string", sourceKind: "string", origin: "string",
    status: "string", statusBy: "string", statusAt: "string", proposedBy: "string", version: "long", curatedBy: "string", curatedAt: "string",
    retractedAt: "string", retractedBy: "string", retractReason: "string", date: "date", dateLast: "date",
  },
  mention: { start: "float", end: "float", surface: "string" },
  membership: { role: "string", from: "float", to: "float" },
  aggregate: {
    date: "date", dateLast: "date", stance: "string", mode: "string", proposed: "boolean", tertiary: "boolean", document: "string",
    count: "long", intensitySum: "float",
  },
  pairTotal: {
    proposed: "boolean", tertiary: "boolean", count: "long", support: "long", oppose: "long", mixed: "long", neutral: "long", intensitySum: "float",
    date: "date", dateLast: "date",
  },
  monthTotal: { month: "string", lastMonth: "string", stance: "string", proposed: "boolean", tertiary: "boolean", persons: "boolean", count: "long" },
  none: {},
} satisfies Record<string, Record<string, ColumnType>>;

/** A statement's labels, as the first load gives them (Published, Proposed, Tertiary). */
function statementLabels(row: StatementRow): string {
  const labels = ["Statement"];
  if (row.props.status === "accepted") labels.push("Published");
  if (row.props.status === "proposed") labels.push("Proposed");
  if (row.props.sourceKind === "tertiary") labels.push("Tertiary");
  return labels.join(ARRAY_DELIMITER);
}

export interface BulkFiles {
  /** Importer arguments: `--nodes=…`, `--relationships=…`, and which files hold fields that span lines. */
  args: string[];
  /** Entities in the files as the benchmark counts them: nodes of every kind and the mentions. */
  entities: number;
}

/** Writes the corpus's CSV files into `dir` (made if missing) and returns the importer's arguments. */
export function writeBulkFiles(dir: string, corpus: Corpus, mentions: PassageMentions[]): BulkFiles {
  fs.mkdirSync(dir, { recursive: true });
  const opened: CsvFile[] = [];
  const file = (name: string, fixed: string[], columns: Record<string, ColumnType>) => {
    const csv = new CsvFile(path.join(dir, `${name}.csv`), fixed, columns);
    opened.push(csv);
    return csv;
  };
  try {
    return writeFiles(corpus, mentions, file);
  } catch (error) {
    for (const csv of opened) csv.close();
    throw error;
  }
}

function writeFiles(corpus: Corpus, mentions: PassageMentions[], file: (name: string, fixed: string[], columns: Record<string, ColumnType>) => CsvFile): BulkFiles {
  const nodeFiles: [string, CsvFile][] = [];
  const relationshipFiles: [string, CsvFile][] = [];
  const nodes = (labels: string, csv: CsvFile) => (nodeFiles.push([labels, csv]), csv);
  const relationships = (type: string, csv: CsvFile) => (relationshipFiles.push([type, csv]), csv);

  const documents = nodes("Document", file("documents", ["id:ID(Document)"], COLUMNS.document));
  for (const row of toDocumentRows(corpus)) documents.add([row.id], { ...row.props, date: row.date, origin: "seed" });
  const passages = nodes("Passage", file("passages", ["id:ID(Passage)"], COLUMNS.passage));
  const partOf = relationships("PART_OF", file("part-of", [":START_ID(Passage)", ":END_ID(Document)"], COLUMNS.none));
  const documentOf = new Map<string, string>();
  for (const p of toPassageRows(corpus)) {
    passages.add([p.id], { index: p.index, text: p.text, origin: "seed" });
    partOf.add([p.id, p.document], {});
    documentOf.set(p.id, p.document);
  }

  const people = nodes("Person:Actor", file("people", ["id:ID(Actor)"], COLUMNS.person));
  for (const row of toPersonRows(corpus)) people.add([row.id], row.props);
  const organizations = nodes("Organization:Actor", file("organizations", ["id:ID(Actor)"], COLUMNS.organization));
  const organizationIds = new Set<string>();
  for (const row of toOrganizationRows(corpus)) {
    organizations.add([row.id], row.props);
    organizationIds.add(row.id);
  }
  const actorIds = new Set([...corpus.people.map((p) => p.value.id), ...organizationIds]);

  // As the transactional load joins them: a membership only to an organization, a link only to an actor.
  const memberOf = relationships("MEMBER_OF", file("member-of", [":START_ID(Actor)", ":END_ID(Actor)"], COLUMNS.membership));
  for (const { value: p } of corpus.people) {
    for (const r of p.roles) if (organizationIds.has(r.org)) memberOf.add([p.id, r.org], { role: r.title, from: r.from, to: r.to });
  }
  const writtenBy = relationships("WRITTEN_BY", file("written-by", [":START_ID(Document)", ":END_ID(Actor)"], COLUMNS.none));
  const addressedTo = relationships("ADDRESSED_TO", file("addressed-to", [":START_ID(Document)", ":END_ID(Actor)"], COLUMNS.none));
  for (const { meta } of corpus.documents) {
    for (const a of meta.authors) if (actorIds.has(a)) writtenBy.add([meta.id, a], {});
    for (const a of meta.recipients) if (actorIds.has(a)) addressedTo.add([meta.id, a], {});
  }

  const mentionFile = relationships("MENTIONS", file("mentions", [":START_ID(Passage)", ":END_ID(Actor)"], COLUMNS.mention));
  for (const m of toMentionRows(mentions)) mentionFile.add([m.passage, m.entity], { start: m.start, end: m.end, surface: m.surface });

  const statementRows = toStatementRows(corpus);
  const statements = nodes("", file("statements", ["id:ID(Statement)", ":LABEL"], COLUMNS.statement));
  const by = relationships("BY", file("by", [":START_ID(Statement)", ":END_ID(Actor)"], COLUMNS.none));
  const about = relationships("ABOUT", file("about", [":START_ID(Statement)", ":END_ID(Actor)"], COLUMNS.none));
  const inPassage = relationships("IN", file("in", [":START_ID(Statement)", ":END_ID(Passage)"], COLUMNS.none));
  const reportedBy = relationships("REPORTED_BY", file("reported-by", [":START_ID(Statement)", ":END_ID(Actor)"], COLUMNS.none));
  for (const row of statementRows) {
    statements.add([row.id, statementLabels(row)], { ...row.props, date: row.dateFirst, dateLast: row.dateLast });
    by.add([row.id, row.speaker], {});
    about.add([row.id, row.target], {});
    inPassage.add([row.id, row.passage], {});
    if (row.reportedBy !== null) reportedBy.add([row.id, row.reportedBy], {});
  }
  const saidAbout = relationships("SAID_ABOUT", file("said-about", [":START_ID(Actor)", ":END_ID(Actor)"], COLUMNS.aggregate));
  const aggregateRows = toAggregateRows(statementRows, (p) => documentOf.get(p));
  for (const { speaker, target, ...props } of aggregateRows) saidAbout.add([speaker, target], props);
  // The totals too, so that the started database has every tier without a transaction to build them.
  const pairTotals = relationships("PAIR_TOTAL", file("pair-totals", [":START_ID(Actor)", ":END_ID(Actor)"], COLUMNS.pairTotal));
  for (const { speaker, target, ...props } of toPairTotalRows(aggregateRows)) pairTotals.add([speaker, target], props);
  const personIds = new Set(corpus.people.map((p) => p.value.id));
  const monthTotals = nodes("MonthTotal", file("month-totals", ["key:ID(MonthTotal)"], COLUMNS.monthTotal));
  for (const { key, ...props } of toMonthTotalRows(aggregateRows, (id) => personIds.has(id))) monthTotals.add([key], props);

  const multiline: string[] = [];
  const save = (csv: CsvFile) => {
    if (csv.save()) multiline.push(csv.file);
    return csv.file;
  };
  const args = [
    ...nodeFiles.map(([labels, csv]) => `--nodes=${labels ? `${labels}=` : ""}${save(csv)}`),
    ...relationshipFiles.map(([type, csv]) => `--relationships=${type}=${save(csv)}`),
  ];
  // Only the files with a field that spans lines are parsed the slower way.
  if (multiline.length > 0) args.push(`--multiline-fields=${multiline.join(",")}`, "--multiline-fields-format=v2");
  const entities = documents.rows + passages.rows + people.rows + organizations.rows + statements.rows + mentionFile.rows;
  return { args, entities };
}
