"use client";

import { useState, type DragEvent } from "react";

/** The document's fields as the page holds them; empty means "let the import decide". */
export interface ImportFormValues {
  text: string;
  /** An uploaded file, sent as its bytes so that the server reads it as the command line does. */
  file: { name: string; base64: string; size: number } | null;
  title: string;
  date: string;
  kind: string;
  citation: string;
  sourceKind: string;
  id: string;
  author: string;
}

export const EMPTY_FORM: ImportFormValues = { text: "", file: null, title: "", date: "", kind: "article", citation: "", sourceKind: "primary", id: "", author: "" };

// The server checks these against graph/seed/schema.ts; the page offers the same lists.
const KINDS = ["article", "letter", "note", "memorandum", "encyclopedia-article", "declaration", "speech"];
const SOURCE_KINDS = ["primary", "secondary", "tertiary"];
const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

const INPUT = "mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900";
const LABEL = "block text-sm font-medium";

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

interface Props {
  values: ImportFormValues;
  onChange: (values: ImportFormValues) => void;
  disabled: boolean;
}

/** The text (pasted, uploaded or dropped) and the document's fields, each with its label. */
export function ImportForm({ values, onChange, disabled }: Props) {
  const [dragging, setDragging] = useState(false);
  const set = (patch: Partial<ImportFormValues>) => onChange({ ...values, ...patch });
  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    set({ file: { name: file.name, base64: await base64Of(file), size: file.size }, text: "" });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void takeFile(event.dataTransfer.files[0]);
  };
  const field = (key: "title" | "date" | "citation" | "id" | "author", label: string, hint: string, placeholder = "") => (
    <div>
      <label className={LABEL} htmlFor={`import-${key}`}>
        {label}
      </label>
      <input
        id={`import-${key}`}
        className={INPUT}
        value={values[key]}
        placeholder={placeholder}
        aria-describedby={`import-${key}-hint`}
        disabled={disabled}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      <p id={`import-${key}-hint`} className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
        {hint}
      </p>
    </div>
  );
  return (
    <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
      <div onDragOver={(e) => (e.preventDefault(), setDragging(true))} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <label className={LABEL} htmlFor="import-text">
          Text
        </label>
        <textarea
          id="import-text"
          className={`${INPUT} h-72 font-serif ${dragging ? "ring-2 ring-blue-400" : ""}`}
          value={values.text}
          placeholder={values.file ? `${values.file.name} (${Math.ceil(values.file.size / 1024)} KB) will be imported` : "Paste the document here, or drop a .txt, .md or .html file"}
          disabled={disabled}
          onChange={(e) => set({ text: e.target.value, file: null })}
        />
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <label className={LABEL} htmlFor="import-file">
            Or a file
          </label>
          <input id="import-file" type="file" accept={ACCEPT} disabled={disabled} onChange={(e) => void takeFile(e.target.files?.[0])} />
          {values.file && (
            <button type="button" className="text-blue-700 underline dark:text-blue-400" onClick={() => set({ file: null })}>
              Remove {values.file.name}
            </button>
          )}
        </div>
      </div>
      <fieldset className="space-y-3" disabled={disabled}>
        <legend className="sr-only">The document</legend>
        {field("title", "Title", "The file's own title, or its name, when left empty.")}
        {field("date", "Date", "The date the document bears: YYYY-MM-DD, YYYY-MM or YYYY.", "1956-11-12")}
        <div>
          <label className={LABEL} htmlFor="import-kind">
            Kind
          </label>
          <select id="import-kind" className={INPUT} value={values.kind} onChange={(e) => set({ kind: e.target.value })}>
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </div>
        <div>
          <label className={LABEL} htmlFor="import-source-kind">
            Source kind
          </label>
          <select id="import-source-kind" className={INPUT} value={values.sourceKind} onChange={(e) => set({ sourceKind: e.target.value })}>
            {SOURCE_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </div>
        {field("citation", "Citation", "Where it is kept or was published.")}
        {field("author", "Author", "An actor's id or name, for first-person text (optional).")}
        {field("id", "Id", "A lowercase slug; made from the date and title when left empty.", "doc-1956-11-12-…")}
      </fieldset>
    </div>
  );
}
