import type { ImportDocumentMutation } from "@/graph/shared/generated/imports";
import { plural } from "@/graph/shared/plural";

type NewName = ImportDocumentMutation["importDocument"]["newNames"][number];

const KIND_WORD: Record<string, string> = { person: "a person", organization: "an organisation", state: "a state" };

/** The finder's guess and suggestion in words: 'a person? Perhaps Nikita Khrushchev: another transliteration of "Khrushchev".' */
export function guessInWords(kind: string, suggestion: NewName["suggestion"]): string {
  const guess = `Looks like ${KIND_WORD[kind] ?? kind}`;
  return suggestion ? `${guess}; perhaps ${suggestion.name}: ${suggestion.why}.` : `${guess}.`;
}

/**
 * The new names of the last check: what a real import will keep for a curator to confirm, merge
 * or dismiss (docs/importing.md, New names).
 */
export function NewNamesPreview({ names }: { names: NewName[] }) {
  return (
    <section aria-labelledby="import-new-names-title" className="mt-6" data-testid="import-new-names">
      <h3 id="import-new-names-title" className="font-medium">
        New names: {names.length === 0 ? "none" : plural(names.length, "name no actor has", "names no actor has")}
      </h3>
      {names.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">Every name found belongs to a known person or organisation.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            After the import each waits below the form for a curator to confirm it as a new actor, merge it into a known one, or dismiss it; the
            proposals that name it wait with it.
          </p>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {names.map((n) => (
              <li key={n.name} className="rounded border border-violet-200 p-2 text-sm dark:border-violet-800" data-testid="import-new-name">
                <strong className="rounded bg-violet-100 px-0.5 dark:bg-violet-900/60">{n.name}</strong>{" "}
                <span className="text-slate-500">
                  · {plural(n.count, "time", "times")} · {n.passages.length === 1 ? "passage" : "passages"} {n.passages.join(", ")}
                </span>
                <p className="mt-0.5 text-slate-600 dark:text-slate-400">{guessInWords(n.kind, n.suggestion)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
