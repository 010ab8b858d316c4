"use client";

import { useState } from "react";
import { mutateGraphQL } from "@/app/lib/data/use-graphql";
import { ImportDocumentDocument, type ImportDocumentMutation, type ImportInput } from "@/graph/shared/generated/imports";
import { EMPTY_FORM, ImportForm, type ImportFormValues } from "./import-form";
import { ImportPreview } from "./import-preview";
import { NameCandidates } from "./name-candidates";
import { plural } from "@/graph/shared/plural";

type Preview = ImportDocumentMutation["importDocument"];
type Busy = "checking" | "importing" | null;

const BUTTON = "rounded px-3 py-1.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 disabled:opacity-50";
const LINK = "text-blue-700 underline dark:text-blue-400";

function inputOf(values: ImportFormValues): ImportInput {
  const given = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    ...(values.file ? { base64: values.file.base64, fileName: values.file.name } : { text: values.text }),
    title: given(values.title),
    date: given(values.date),
    kind: values.kind,
    citation: given(values.citation),
    sourceKind: values.sourceKind,
    id: given(values.id),
    authors: given(values.author) ? [values.author.trim()] : null,
  };
}

/**
 * The Import page's desk: the text and fields, "Check" (a dry run that writes nothing) and the
 * last check it answers, then "Import", which saves exactly what was checked and says what it wrote.
 */
export function ImportDesk() {
  const [values, setValues] = useState<ImportFormValues>(EMPTY_FORM);
  const [checked, setChecked] = useState<{ key: string; preview: Preview } | null>(null);
  const [written, setWritten] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [imports, setImports] = useState(0);
  const key = JSON.stringify(inputOf(values));
  const current = checked?.key === key ? checked.preview : null;

  const run = async (dryRun: boolean) => {
    setBusy(dryRun ? "checking" : "importing");
    setError(null);
    setWritten(null);
    try {
      const answer = await mutateGraphQL(ImportDocumentDocument, { input: inputOf(values), dryRun }, "/api/graphql/import");
      if (dryRun) setChecked({ key, preview: answer.importDocument });
      else {
        setWritten(answer.importDocument);
        setImports((n) => n + 1);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  const empty = values.text.trim() === "" && !values.file;

  return (
    <main className="mx-auto w-full max-w-6xl p-4" data-testid="import-desk">
      <h1 className="text-xl font-semibold">Import a document</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        The text is cleaned as the seed documents were, split into passages, its people found, and the statements a careful reader would
        code proposed for review. Nothing is published until a curator accepts it in the{" "}
        <a className={LINK} href="/review">
          review queue
        </a>
        .
      </p>
      <form
        className="mt-4"
        onSubmit={(e) => {
          e.preventDefault();
          void run(true);
        }}
      >
        <ImportForm values={values} onChange={setValues} disabled={busy !== null} />
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={`${BUTTON} border border-slate-400`} disabled={busy !== null || empty}>
            {busy === "checking" ? "Checking…" : "Check"}
          </button>
          <button
            type="button"
            className={`${BUTTON} bg-blue-700 text-white hover:bg-blue-800`}
            disabled={busy !== null || !current}
            title={current ? "Save what was checked" : "Check the text first"}
            onClick={() => void run(false)}
          >
            {busy === "importing" ? "Importing…" : "Import"}
          </button>
          {checked && !current && !written && <span className="text-sm text-slate-500">The text or fields changed since the check: check again.</span>}
          {busy && (
            <span role="status" className="text-sm text-slate-500">
              {busy === "checking" ? "Reading the text and proposing statements…" : "Saving in one transaction…"}
            </span>
          )}
        </div>
      </form>
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200" data-testid="import-error">
          {error}
        </p>
      )}
      {written?.outcome && <ImportWritten preview={written} />}
      {current && !written && <ImportPreview preview={current} />}
      <NameCandidates refresh={imports} />
    </main>
  );
}

/** What the import wrote, or that the same text was there already, with the way on. */
function ImportWritten({ preview }: { preview: Preview }) {
  const outcome = preview.outcome!;
  const id = outcome.documentId;
  return (
    <section role="status" className="mt-4 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950" data-testid="import-written">
      {outcome.status === "unchanged" ? (
        <p>This text is already imported as <code>{id}</code>; nothing changed.</p>
      ) : (
        <p>
          Imported <code>{id}</code>: {plural(outcome.passages, "passage", "passages")}, {plural(outcome.mentions, "mention", "mentions")},{" "}
          {plural(outcome.statements.length, "proposed statement", "proposed statements")}{" "}
          waiting for review.
          {outcome.candidates.length > 0 && (
            <>
              {" "}
              {plural(outcome.candidates.length, "new name waits", "new names wait")} for you below
              {outcome.held > 0 && <>, and {plural(outcome.held, "proposal waits", "proposals wait")} for them</>}.
            </>
          )}
        </p>
      )}
      {outcome.skipped.length > 0 && (
        <details className="mt-2">
          <summary>{outcome.skipped.length} proposals not written</summary>
          <ul className="ml-4 list-disc">
            {outcome.skipped.map((s, i) => (
              <li key={i}>
                passage {s.proposal.passage}, “{s.proposal.quote}”: {s.why}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="mt-2 flex gap-4">
        <a className={LINK} href={`/review?doc=${encodeURIComponent(id)}`} data-testid="import-review-link">
          Review its proposals
        </a>
        <a className={LINK} href={`/documents/${encodeURIComponent(id)}`}>
          Read it
        </a>
      </p>
    </section>
  );
}
