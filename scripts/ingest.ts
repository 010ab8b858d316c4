/**
 * npm run ingest -- <file.txt|.md|.html> [--title … --date … --kind … --citation …
 *   --source-kind primary|secondary|tertiary --id … --author <actor id or name> (repeatable)]
 *   [--dry-run [--json]] [--seed-dir <folder with people.yaml and organizations.yaml>]
 * Imports a document: cleaned, split into passages, its people found, its statements proposed for
 * review. --dry-run reads the registries from the seed folder and touches no database; with --json
 * it prints the whole ImportResult on standard output. Otherwise the import is one transaction
 * (docs/importing.md).
 */
import fs from "node:fs";
import path from "node:path";
import { parseConfig } from "../graph/config";
import { createDatabase } from "../graph/db";
import type { ImportFields } from "../graph/ingest/metadata";
import { prepareImport, type Prepared } from "../graph/ingest/prepare";
import { readRegistryFiles, readRegistryFromDatabase, type Registry } from "../graph/ingest/registry";
import { writeImport } from "../graph/ingest/write";
import { ensureSchema } from "../graph/seed";
import { start } from "./lib/neo4j-launcher";
import { ROOT } from "./lib/paths";
import { UsageError } from "./lib/read-password";
import { runMain } from "./lib/run-main";

const USAGE = `usage: npm run ingest -- <file.txt|.md|.html> [--title T] [--date YYYY-MM-DD] [--kind K] [--citation C]
  [--source-kind primary|secondary|tertiary] [--id doc-…] [--author <actor id or name>]… [--dry-run [--json]]`;

const VALUED = new Set(["--title", "--date", "--kind", "--citation", "--source-kind", "--id", "--author", "--seed-dir"]);
const SWITCHES = new Set(["--dry-run", "--json"]);

interface Args {
  file: string;
  fields: ImportFields;
  dryRun: boolean;
  json: boolean;
  seedDir: string;
}

function parseArgs(argv: readonly string[]): Args {
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (SWITCHES.has(arg)) switches.add(arg);
    else if (VALUED.has(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value.\n\n${USAGE}`);
      values.set(arg, [...(values.get(arg) ?? []), value]);
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}.\n\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(`name one file to import.\n\n${USAGE}`);
  const one = (name: string) => values.get(name)?.at(-1);
  return {
    file: files[0]!,
    fields: { id: one("--id"), title: one("--title"), date: one("--date"), kind: one("--kind"), citation: one("--citation"), sourceKind: one("--source-kind"), authors: values.get("--author") },
    dryRun: switches.has("--dry-run"),
    json: switches.has("--json"),
    seedDir: path.resolve(one("--seed-dir") ?? path.join(ROOT, "seed")),
  };
}

function readSource(file: string): Uint8Array {
  if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file.`);
  if (!fs.statSync(file).isFile()) throw new UsageError(`${file} is not a file.`);
  return fs.readFileSync(file);
}

function prepare(args: Args, registry: Registry): Prepared {
  const prepared = prepareImport({ file: args.file, bytes: readSource(args.file) }, args.fields, registry);
  if (prepared.dropped.length > 0) {
    console.error(`${prepared.dropped.length} proposal(s) left out: their quote is not verbatim in their passage.`);
    for (const p of prepared.dropped) console.error(`  passage ${p.passage}: "${p.quote}"`);
  }
  return prepared;
}

function describe({ result }: Prepared): string {
  const known = result.mentions.filter((m) => m.actor.id !== null).length;
  return `${result.document.id}: "${result.document.title}" (${result.document.date}), ${result.passages.length} passages, ${known} mentions of known actors, ${result.proposals.length} proposed statements`;
}

runMain(async () => {
  const args = parseArgs(process.argv.slice(2));
  if (args.dryRun) {
    const prepared = prepare(args, readRegistryFiles(args.seedDir));
    if (args.json) process.stdout.write(`${JSON.stringify(prepared.result, null, 2)}\n`);
    else console.log(`Dry run, nothing written. ${describe(prepared)}.`);
    return;
  }
  if (args.json) throw new UsageError(`--json goes with --dry-run.\n\n${USAGE}`);
  const config = parseConfig(process.env);
  if (config.neo4j.managed) await start(config);
  const database = createDatabase(config.neo4j);
  try {
    await ensureSchema(database);
    const registry = await readRegistryFromDatabase(database);
    const prepared = prepare(args, registry);
    const outcome = await writeImport(database, prepared, new Set(registry.actors.keys()));
    if (outcome.status === "unchanged") {
      console.log(`This text is already imported as ${outcome.documentId}; nothing changed.`);
      return;
    }
    console.log(`Imported ${describe(prepared)}.`);
    console.log(`${outcome.statements.length} statements wait for review at /review; ${outcome.mentions} mentions written.`);
    if (outcome.candidates.length > 0) {
      console.log(`${outcome.candidates.length} new name(s) wait for a curator to confirm, merge or dismiss at /import; ${outcome.held} proposal(s) wait for them:`);
      for (const c of outcome.candidates) console.log(`  ${c.name} (${c.kind}, passages ${c.passages.join(", ")})${c.suggestion ? `: ${c.suggestion.why}?` : ""}`);
    }
    if (outcome.skipped.length > 0) {
      console.error(`${outcome.skipped.length} proposal(s) not written:`);
      for (const s of outcome.skipped) console.error(`  passage ${s.proposal.passage}, "${s.proposal.quote}": ${s.why}`);
    }
  } finally {
    await database.close();
  }
});
