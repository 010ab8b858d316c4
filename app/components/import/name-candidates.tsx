"use client";

import { useEffect, useState } from "react";
import { useGraphQL } from "@/app/lib/data/use-graphql";
import { NameCandidatesDocument } from "@/graph/shared/generated/imports";
import type { Candidate } from "./name-actions";
import { NameCandidateRow } from "./name-candidate-row";

/**
 * The new names waiting for a curator, newest import first, grouped by document: on the Import
 * page under the form, so that the names of a document imported earlier are there when the page
 * is opened again. What each decision did is announced in a live region.
 */
export function NameCandidates({ refresh }: { refresh: number }) {
  const list = useGraphQL(NameCandidatesDocument, { status: "open" }, { keepPrevious: true });
  const [announced, setAnnounced] = useState<{ message: string; documentId: string } | null>(null);
  const { retry } = list;
  useEffect(() => {
    if (refresh > 0) retry();
  }, [refresh, retry]);

  const candidates = list.state === "ready" ? list.value.nameCandidates : (list.last?.nameCandidates ?? null);
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates ?? []) groups.set(c.documentId, [...(groups.get(c.documentId) ?? []), c]);

  return (
    <section aria-labelledby="name-candidates-title" className="mt-8 border-t border-slate-200 pt-4 dark:border-slate-700" data-testid="name-candidates">
      <h2 id="name-candidates-title" className="text-lg font-semibold">
        New names waiting for a curator
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Names in imported documents that match no actor. Confirm one as a new person or organisation, merge it into a known actor (its form
        becomes an alias), or dismiss it. Proposals that name it are written for review once all their people are actors.
      </p>
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm font-medium text-emerald-800 dark:text-emerald-300" data-testid="names-announcement">
        {announced && (
          <>
            {announced.message}{" "}
            <a className="font-normal text-blue-700 underline dark:text-blue-400" href={`/review?doc=${encodeURIComponent(announced.documentId)}`}>
              Review its proposals
            </a>
          </>
        )}
      </p>
      {list.state === "error" && !candidates && (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
          The new names could not be read: {list.message}{" "}
          <button type="button" className="underline" onClick={retry}>
            Try again
          </button>
        </p>
      )}
      {!candidates && list.state !== "error" && <p className="mt-2 text-sm text-slate-500">Reading the new names…</p>}
      {candidates?.length === 0 && (
        <p className="mt-2 text-sm text-slate-500" data-testid="names-empty">
          No new name is waiting: every name in the imported documents is an actor, merged or dismissed.
        </p>
      )}
      {[...groups].map(([documentId, group]) => (
        <div key={documentId} className="mt-4">
          <h3 className="font-medium">
            <a className="text-blue-700 underline dark:text-blue-400" href={`/documents/${encodeURIComponent(documentId)}`}>
              {group[0]!.documentTitle ?? documentId}
            </a>{" "}
            <code className="text-xs text-slate-500">{documentId}</code>
          </h3>
          <ul className="mt-2 grid items-start gap-2 lg:grid-cols-2" data-document={documentId}>
            {group.map((c) => (
              <NameCandidateRow key={c.id} candidate={c} onDone={(message) => setAnnounced({ message, documentId })} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
