"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { valueOf } from "../lib/data/load";
import { useGraphQL } from "../lib/data/use-graphql";
import { SEARCH, type SearchHit } from "../lib/queries";

interface SearchBoxProps {
  label: string;
  placeholder?: string;
  /** Which kinds of hit to offer. */
  kinds?: readonly SearchHit["kind"][];
  onSelect: (hit: SearchHit) => void;
  testId?: string;
  /** Show the label above the field (forms), rather than only to screen readers (the toolbar). */
  showLabel?: boolean;
  /** Ties the field to a message about it (a form's problem). */
  describedBy?: string;
}

/** A combobox over every alias: type, arrow through the hits, Enter to pick, Escape to close. */
export function SearchBox({ label, placeholder, kinds = ["person", "organization", "document"], onSelect, testId, showLabel = false, describedBy }: SearchBoxProps) {
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const query = text.trim();
  const search = useGraphQL(SEARCH, { query }, { enabled: query.length >= 2, debounceMs: 150, keepPrevious: true });
  const found = valueOf(search, null)?.search;
  const kindsKey = kinds.join(",");
  const hits = useMemo(() => (query.length < 2 || !found ? [] : found.filter((h) => kindsKey.split(",").includes(h.kind))), [query, found, kindsKey]);
  const busy = query.length >= 2 && search.state === "loading";

  // A new answer opens the list at its first hit; a failure opens it to say so.
  const answer = search.state === "ready" ? search.value : search.state === "error" ? search.message : null;
  useEffect(() => {
    if (answer === null) return;
    setActive(0);
    setOpen(true);
  }, [answer]);

  const choose = (hit: SearchHit) => {
    onSelect(hit);
    setText("");
    setOpen(false);
  };

  return (
    <div className="relative">
      <label className={showLabel ? "mb-0.5 block text-xs font-medium text-slate-700 dark:text-slate-300" : "sr-only"} htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        data-testid={testId}
        type="search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={describedBy}
        aria-invalid={describedBy ? true : undefined}
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={placeholder ?? label}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onFocus={() => hits.length > 0 && setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter" && hits[active]) {
            e.preventDefault();
            choose(hits[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 dark:border-slate-700 dark:bg-slate-900"
      />
      {busy && <span className="absolute right-2 top-1.5 text-xs text-slate-400" aria-hidden>…</span>}
      {open && text.trim().length >= 2 && (
        <ul id={listId} role="listbox" className="absolute z-30 mt-1 max-h-80 w-full min-w-64 overflow-auto rounded border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
          {search.state === "error" && (
            <li className="px-3 py-2 text-red-700 dark:text-red-400">
              {search.message}
            </li>
          )}
          {hits.length === 0 && search.state === "ready" && <li className="px-3 py-2 text-slate-500">No match for “{query}”</li>}
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-blue-50 dark:bg-blue-950" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="font-medium">{hit.name}</span>
              {hit.matchedAlias && hit.matchedAlias !== hit.name && <span className="text-slate-500"> — “{hit.matchedAlias}”</span>}
              <span className="ml-2 text-xs text-slate-400">{hit.kind === "document" ? hit.date : (hit.country ?? hit.kind)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
