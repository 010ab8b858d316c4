"use client";

import { useState, type KeyboardEvent, type ReactNode } from "react";
import type { DateQualifier, Mode, Stance } from "@/graph/shared/generated/curators";
import { STANCES } from "@/graph/shared/stance";
import { toEditForm, type EditForm, type ReviewItem } from "../../lib/review-queue";

const MODES: Mode[] = ["direct", "written", "reported"];
const QUALIFIERS: DateQualifier[] = ["exact", "about", "before", "after", "between"];
const FIELD = "mt-0.5 w-full rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-950";

/**
 * The inline edit of a proposed statement: stance, intensity, mode, date said, topics and note.
 * Enter saves (Ctrl+Enter in the note), Escape cancels; the save carries the version shown, so a
 * save made meanwhile by someone else is caught.
 */
export function ReviewEditForm({
  item,
  busy,
  onSave,
  onCancel,
}: {
  item: ReviewItem;
  busy: boolean;
  onSave: (form: EditForm) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<EditForm>(() => toEditForm(item));
  const set = <K extends keyof EditForm>(key: K, value: EditForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onCancel();
    } else if (
      e.key === "Enter" &&
      (e.target instanceof HTMLSelectElement || (e.target instanceof HTMLTextAreaElement && (e.ctrlKey || e.metaKey)))
    ) {
      // Inputs submit the form by themselves; a list and the note do not.
      e.preventDefault();
      onSave(form);
    }
  };
  return (
    <form
      aria-label="Edit the statement"
      data-testid="review-edit"
      className="mt-3 grid grid-cols-2 gap-3 rounded border border-slate-200 p-3 text-sm sm:grid-cols-4 dark:border-slate-700"
      onClick={(e) => e.stopPropagation()}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(form);
      }}
    >
      <Field label="Stance">
        <select
          autoFocus
          className={FIELD}
          value={form.stance}
          onChange={(e) => set("stance", e.target.value as Stance)}
          data-testid="edit-stance"
        >
          {STANCES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </Field>
      <Field label="Intensity (−2…2)">
        <input
          className={FIELD}
          type="number"
          min={-2}
          max={2}
          step={1}
          value={form.intensity}
          onChange={(e) => set("intensity", e.target.value)}
          data-testid="edit-intensity"
        />
      </Field>
      <Field label="Mode">
        <select className={FIELD} value={form.mode} onChange={(e) => set("mode", e.target.value as Mode)} data-testid="edit-mode">
          {MODES.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </Field>
      <Field label="Qualifier">
        <select
          className={FIELD}
          value={form.dateQualifier}
          onChange={(e) => set("dateQualifier", e.target.value as DateQualifier)}
          data-testid="edit-qualifier"
        >
          {QUALIFIERS.map((q) => (
            <option key={q}>{q}</option>
          ))}
        </select>
      </Field>
      <Field label="Date said (YYYY, YYYY-MM or YYYY-MM-DD)" wide>
        <input
          className={FIELD}
          value={form.date}
          placeholder="the document's date stands in"
          onChange={(e) => set("date", e.target.value)}
          data-testid="edit-date"
        />
      </Field>
      {form.dateQualifier === "between" && (
        <Field label="Until" wide>
          <input
            className={FIELD}
            value={form.dateUntil}
            onChange={(e) => set("dateUntil", e.target.value)}
            data-testid="edit-date-until"
          />
        </Field>
      )}
      <Field label="Topics (comma-separated)" wide>
        <input className={FIELD} value={form.topics} onChange={(e) => set("topics", e.target.value)} data-testid="edit-topics" />
      </Field>
      <Field label="Note" wide>
        <textarea
          className={FIELD}
          rows={2}
          value={form.note}
          onChange={(e) => set("note", e.target.value)}
          data-testid="edit-note"
        />
      </Field>
      <Field label="Why (for the history, optional)" wide>
        <input className={FIELD} value={form.reason} onChange={(e) => set("reason", e.target.value)} data-testid="edit-reason" />
      </Field>
      <div className="col-span-2 flex items-center gap-2 sm:col-span-4">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-blue-700 px-3 py-1 text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 disabled:opacity-40"
        >
          Save <kbd className="ml-1 rounded bg-black/10 px-1 text-xs">Enter</kbd>
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Cancel <kbd className="ml-1 rounded bg-black/10 px-1 text-xs">Esc</kbd>
        </button>
        {busy && (
          <span role="status" className="text-xs text-slate-500">
            Saving…
          </span>
        )}
      </div>
    </form>
  );
}

function Field({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <label className={`block ${wide ? "col-span-2" : ""}`}>
      <span className="text-xs text-slate-600 dark:text-slate-400">{label}</span>
      {children}
    </label>
  );
}
