"use client";

import { useState } from "react";
import { plural } from "@/graph/shared/plural";
import type { NewActorKind } from "@/graph/shared/generated/imports";
import { SearchBox } from "../search-box";
import { guessInWords } from "./new-names-preview";
import { decide, kindOf, KINDS, type Candidate, type Decision } from "./name-actions";

type Mode = "confirm" | "merge" | "dismiss" | null;

const BUTTON = "rounded px-2.5 py-1 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 disabled:opacity-50";
const PRIMARY = `${BUTTON} bg-blue-700 text-white hover:bg-blue-800`;
const PLAIN = `${BUTTON} border border-slate-400`;
const FIELD = "mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";
const LABEL = "block text-xs font-medium text-slate-700 dark:text-slate-300";

/** One new name with its three decisions; each opens a small form, sent as one write. */
export function NameCandidateRow({ candidate, onDone }: { candidate: Candidate; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<Mode>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(candidate.name);
  const [id, setId] = useState("");
  const [kind, setKind] = useState<NewActorKind>(kindOf(candidate.kind));
  const [into, setInto] = useState<{ id: string; name: string } | null>(candidate.suggestion);
  const [reason, setReason] = useState("");
  const c = candidate;

  const send = async (decision: Decision) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await decide(c, decision));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  const open = (next: Mode) => {
    setMode(mode === next ? null : next);
    setError(null);
  };
  const cancel = (
    <button type="button" className={PLAIN} onClick={() => setMode(null)} disabled={busy}>
      Cancel
    </button>
  );

  return (
    <li className="rounded border border-violet-200 p-3 text-sm dark:border-violet-800" data-testid="name-candidate" data-name={c.name}>
      <p>
        <strong className="rounded bg-violet-100 px-0.5 dark:bg-violet-900/60">{c.name}</strong>{" "}
        <span className="text-slate-500">
          · {plural(c.count, "time", "times")} in {c.passages.length === 1 ? "passage" : "passages"}{" "}
          {c.passages.map((n, i) => (
            <span key={n}>
              {i > 0 && ", "}
              <a className="text-blue-700 underline dark:text-blue-400" href={`/documents/${encodeURIComponent(c.documentId)}#p${n}`} aria-label={`passage ${n} of ${c.documentTitle ?? c.documentId}`}>
                {n}
              </a>
            </span>
          ))}
          {c.held > 0 && <> · {plural(c.held, "proposal waits", "proposals wait")} for it</>}
        </span>
      </p>
      <p className="mt-0.5 text-slate-600 dark:text-slate-400">{guessInWords(c.kind, c.suggestion)}</p>
      <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={`Decide on ${c.name}`}>
        <button type="button" className={PLAIN} aria-expanded={mode === "confirm"} onClick={() => open("confirm")} disabled={busy}>
          Confirm…
        </button>
        <button type="button" className={PLAIN} aria-expanded={mode === "merge"} onClick={() => open("merge")} disabled={busy}>
          Merge into…
        </button>
        <button type="button" className={PLAIN} aria-expanded={mode === "dismiss"} onClick={() => open("dismiss")} disabled={busy}>
          Dismiss…
        </button>
      </div>
      {mode === "confirm" && (
        <form
          className="mt-2 grid gap-2 sm:grid-cols-3"
          aria-label={`Confirm ${c.name} as a new actor`}
          onSubmit={(e) => {
            e.preventDefault();
            void send({ action: "confirm", name, id, kind });
          }}
        >
          <label className={LABEL}>
            Name
            <input className={FIELD} value={name} onChange={(e) => setName(e.target.value)} autoFocus required data-testid="confirm-name" />
          </label>
          <label className={LABEL}>
            Id (made from the name when empty)
            <input className={FIELD} value={id} onChange={(e) => setId(e.target.value)} placeholder="e.g. ilse-berg" data-testid="confirm-id" />
          </label>
          <label className={LABEL}>
            Kind
            <select className={FIELD} value={kind} onChange={(e) => setKind(e.target.value as NewActorKind)} data-testid="confirm-kind">
              {KINDS.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </label>
          <div className="flex gap-2 sm:col-span-3">
            <button type="submit" className={PRIMARY} disabled={busy} data-testid="confirm-submit">
              {busy ? "Confirming…" : "Confirm as a new actor"}
            </button>
            {cancel}
          </div>
        </form>
      )}
      {mode === "merge" && (
        <form
          className="mt-2 space-y-2"
          aria-label={`Merge ${c.name} into a known actor`}
          onSubmit={(e) => {
            e.preventDefault();
            if (into) void send({ action: "merge", into });
          }}
        >
          <p>
            Into: {into ? <strong data-testid="merge-target">{into.name}</strong> : <span className="text-slate-500">choose an actor below</span>}
            {into && <span className="text-slate-500"> ({into.id}); “{c.name}” becomes one of its aliases.</span>}
          </p>
          <SearchBox label="Another actor" placeholder="Find another person or organisation" kinds={["person", "organization"]} onSelect={(hit) => setInto({ id: hit.id, name: hit.name })} showLabel testId="merge-search" />
          <div className="flex gap-2">
            <button type="submit" className={PRIMARY} disabled={busy || !into} data-testid="merge-submit">
              {busy ? "Merging…" : into ? `Merge into ${into.name}` : "Merge"}
            </button>
            {cancel}
          </div>
        </form>
      )}
      {mode === "dismiss" && (
        <form
          className="mt-2 flex flex-wrap items-end gap-2"
          aria-label={`Dismiss ${c.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void send({ action: "dismiss", reason });
          }}
        >
          <label className={`${LABEL} grow`}>
            Why (optional)
            <input className={FIELD} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus placeholder="a place, not a person" data-testid="dismiss-reason" />
          </label>
          <button type="submit" className={PRIMARY} disabled={busy} data-testid="dismiss-submit">
            {busy ? "Dismissing…" : c.held > 0 ? `Dismiss, dropping ${plural(c.held, "proposal", "proposals")}` : "Dismiss"}
          </button>
          {cancel}
        </form>
      )}
      {error && (
        <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 p-2 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200" data-testid="name-error">
          {error}
        </p>
      )}
    </li>
  );
}
