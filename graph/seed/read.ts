import fs from "node:fs";
import path from "node:path";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { splitFrontMatter } from "../front-matter";
import {
  accountSchema,
  documentMetaSchema,
  organizationSchema,
  personSchema,
  revisionSchema,
  statementFileSchema,
  statementSchema,
  type DocumentMeta,
  type OrganizationEntry,
  type PersonEntry,
  type AccountEntry,
  type RevisionEntry,
  type StatementEntry,
} from "./schema";

/** A problem in the seed, located so a person can open the file at the line. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

export interface SeedDocument {
  meta: DocumentMeta;
  file: string;
  /** Paragraph texts, verbatim; passage n (1-based) is passages[n - 1]. */
  passages: string[];
  /** The line of the file where each passage starts. */
  passageLines: number[];
  /** The line of each front-matter field, for messages. */
  fieldLines: Record<string, number>;
}

export type StatementRecord = StatementEntry & { document: string };

export interface Corpus {
  documents: SeedDocument[];
  people: Located<PersonEntry>[];
  organizations: Located<OrganizationEntry>[];
  statements: Located<StatementRecord>[];
  /** From a backup only (revisions.yaml, accounts.yaml); a hand-written seed has neither. */
  revisions: Located<RevisionEntry>[];
  accounts: Located<AccountEntry>[];
}

interface Parsed {
  doc: Document;
  lines: LineCounter;
  file: string;
}

function lineAt(parsed: Parsed, offset: number | undefined): number {
  return offset === undefined ? 1 : parsed.lines.linePos(offset).line;
}

/** The line of the deepest node on `path` that exists, so a wrong field points at itself. */
function lineOf(parsed: Parsed, nodePath: readonly PropertyKey[], lineOffset = 0): number {
  for (let n = nodePath.length; n >= 0; n--) {
    const node = parsed.doc.getIn(nodePath.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return lineAt(parsed, node.range[0]) + lineOffset;
  }
  return 1 + lineOffset;
}

function parseYaml(source: string, file: string, problems: Problem[], lineOffset = 0): Parsed | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({ file, line: (error.linePos?.[0].line ?? 1) + lineOffset, message: `YAML: ${error.message.split("\n")[0]}` });
    }
    return undefined;
  }
  return { doc, lines, file };
}

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `${issue.path.join(".")} ` : "";
  return `${field}${issue.message}`;
}

/** Validates each item of a YAML list against a schema, collecting located problems. */
function readList<T>(parsed: Parsed, items: unknown, basePath: (string | number)[], schema: z.ZodType<T>, problems: Problem[]): Located<T>[] {
  if (!Array.isArray(items)) {
    problems.push({ file: parsed.file, line: lineOf(parsed, basePath), message: "expected a list" });
    return [];
  }
  const out: Located<T>[] = [];
  items.forEach((item, index) => {
    const itemPath = [...basePath, index];
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: parsed.file, line: lineOf(parsed, [...itemPath, ...issue.path]), message: describe(issue) });
      }
      return;
    }
    out.push({ value: result.data, file: parsed.file, line: lineOf(parsed, itemPath) });
  });
  return out;
}

function readDocument(absolute: string, file: string, problems: Problem[]): SeedDocument | undefined {
  const front = splitFrontMatter(fs.readFileSync(absolute, "utf8"));
  if (!front?.yaml) {
    problems.push({ file, line: 1, message: "a document starts with YAML front matter between two --- lines" });
    return undefined;
  }
  const parsed = parseYaml(front.yaml, file, problems, 1);
  if (!parsed) return undefined;
  const meta = documentMetaSchema.safeParse(parsed.doc.toJS());
  if (!meta.success) {
    for (const issue of meta.error.issues) problems.push({ file, line: lineOf(parsed, issue.path, 1), message: describe(issue) });
    return undefined;
  }
  const expected = path.basename(file, ".md");
  if (meta.data.id !== expected) problems.push({ file, line: 2, message: `id "${meta.data.id}" must match the file name "${expected}"` });

  let line = front.bodyLine;
  const passages: string[] = [];
  const passageLines: number[] = [];
  const body = front.body;
  const leading = /^\n*/.exec(body)?.[0].length ?? 0;
  line += leading;
  for (const block of body.slice(leading).replace(/\n+$/, "").split("\n\n")) {
    if (block.trim() === "" || block.startsWith("\n")) {
      problems.push({ file, line, message: "passages are separated by exactly one blank line" });
    } else {
      passages.push(block);
      passageLines.push(line);
    }
    line += block.split("\n").length + 1;
  }
  if (passages.length === 0) problems.push({ file, line, message: "the document has no text" });
  const fieldLines = Object.fromEntries(Object.keys(meta.data).map((key) => [key, lineOf(parsed, [key], 1)]));
  return { meta: meta.data, file, passages, passageLines, fieldLines };
}

function readYamlFile(absolute: string, file: string, problems: Problem[]): Parsed | undefined {
  return parseYaml(fs.readFileSync(absolute, "utf8"), file, problems);
}

/**
 * Reads a seed folder (documents/*.md, people.yaml, organizations.yaml, statements/*.yaml).
 * Never throws for bad content: every problem is collected so all of them can be shown at once.
 */
export function readCorpus(dir: string, displayRoot = path.dirname(dir)): { corpus: Corpus; problems: Problem[] } {
  const problems: Problem[] = [];
  const rel = (p: string) => path.relative(displayRoot, p);
  const corpus: Corpus = { documents: [], people: [], organizations: [], statements: [], revisions: [], accounts: [] };

  const docDir = path.join(dir, "documents");
  for (const name of listFiles(docDir, ".md")) {
    const document = readDocument(path.join(docDir, name), rel(path.join(docDir, name)), problems);
    if (document) corpus.documents.push(document);
  }

  const registries: [string, z.ZodType<PersonEntry> | z.ZodType<OrganizationEntry>, "people" | "organizations"][] = [
    ["people.yaml", personSchema, "people"],
    ["organizations.yaml", organizationSchema, "organizations"],
  ];
  for (const [name, schema, key] of registries) {
    const absolute = path.join(dir, name);
    if (!fs.existsSync(absolute)) {
      problems.push({ file: rel(absolute), line: 1, message: "file is missing" });
      continue;
    }
    const parsed = readYamlFile(absolute, rel(absolute), problems);
    if (!parsed) continue;
    const list = readList(parsed, parsed.doc.toJS(), [], schema as z.ZodType<PersonEntry & OrganizationEntry>, problems);
    corpus[key].push(...list);
  }

  const statementDir = path.join(dir, "statements");
  for (const name of listFiles(statementDir, ".yaml")) {
    const absolute = path.join(statementDir, name);
    const parsed = readYamlFile(absolute, rel(absolute), problems);
    if (!parsed) continue;
    const shape = statementFileSchema.safeParse(parsed.doc.toJS());
    if (!shape.success) {
      for (const issue of shape.error.issues) problems.push({ file: parsed.file, line: lineOf(parsed, issue.path), message: describe(issue) });
      continue;
    }
    const document = shape.data.document;
    for (const entry of readList(parsed, shape.data.statements, ["statements"], statementSchema, problems)) {
      corpus.statements.push({ ...entry, value: { ...entry.value, document } });
    }
  }
  // What curation recorded, in a backup: optional files.
  const optional = (name: string) => {
    const absolute = path.join(dir, name);
    return fs.existsSync(absolute) ? readYamlFile(absolute, rel(absolute), problems) : undefined;
  };
  const revisions = optional("revisions.yaml");
  if (revisions) corpus.revisions.push(...readList(revisions, revisions.doc.toJS() ?? [], [], revisionSchema, problems));
  const accounts = optional("accounts.yaml");
  if (accounts) corpus.accounts.push(...readList(accounts, accounts.doc.toJS() ?? [], [], accountSchema, problems));
  return { corpus, problems };
}

function listFiles(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}
