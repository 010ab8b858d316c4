"use client";

import { useId } from "react";
import { DATE_QUALIFIERS, formatDateSaid, precisionOf, type DateQualifier } from "@/graph/shared/date-said";
import type { Mode } from "@/graph/shared/generated/graphql";
import { allowedIntensities, STANCES, type Stance } from "@/graph/shared/stance";
import { withStance, type Draft, type Problems } from "../../lib/annotation/draft";
import { ActorPicker } from "./actor-picker";
import { QuoteChooser } from "./quote-chooser";
import { FIELD, HINT, LABEL, Problem } from "./styles";

const MODES: readonly Mode[] = ["direct", "reported", "written"];
const MODE_HINTS: Record<Mode, string> = {
  direct: "the speaker's own words in minutes of a conversation",
  reported: "another's account of what the speaker said",
  written: "the author's own words in a document they wrote",
};

interface StatementFormProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  problems: Problems;
  documentDate: string;
  /** An existing statement keeps its speaker and target (a different pair is a different statement). */
  editing: boolean;
  /** Opened from the keyboard: the passage's text takes the focus, to choose the quote in. */
  focusQuote: boolean;
}

/** Every field of a statement, each with its label and, when the server or the form refuses it, the reason beside it. */
export function StatementForm({ draft, onChange, problems, documentDate, editing, focusQuote }: StatementFormProps) {
  const id = useId();
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const describe = (field: keyof Problems) =>
    problems[field] ? { "aria-describedby": `${id}-${field}`, "aria-invalid": true } : {};
  const precision = draft.date.trim() ? precisionOf(draft.date.trim()) : null;

  return (
    <div className="space-y-3">
      <QuoteChooser draft={draft} onQuote={(quote) => set({ quote })} problem={problems.quote} autoFocus={focusQuote} />
      {editing ? (
        <p className="text-sm">
          <span className="font-medium">{draft.speaker?.name}</span> → <span className="font-medium">{draft.target?.name}</span>
        </p>
      ) : (
        <div className="space-y-2">
          <ActorPicker
            label="Speaker"
            value={draft.speaker}
            onChange={(speaker) => set({ speaker })}
            problem={problems.speaker}
            testId="speaker"
          />
          <ActorPicker
            label="Target"
            value={draft.target}
            onChange={(target) => set({ target })}
            problem={problems.target}
            testId="target"
          />
        </div>
      )}
      <div className="grid grid-cols-3 gap-2">
        <div>
          <label className={LABEL} htmlFor={`${id}-stance`}>
            Stance
          </label>
          <select
            id={`${id}-stance`}
            className={FIELD}
            value={draft.stance}
            onChange={(e) => onChange(withStance(draft, e.target.value as Stance))}
            data-testid="stance"
          >
            {STANCES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div>
          <label className={LABEL} htmlFor={`${id}-intensity`}>
            Intensity
          </label>
          <select
            id={`${id}-intensity`}
            className={FIELD}
            value={draft.intensity}
            onChange={(e) => set({ intensity: Number(e.target.value) })}
            data-testid="intensity"
            {...describe("intensity")}
          >
            {allowedIntensities(draft.stance).map((n) => (
              <option key={n} value={n}>
                {n > 0 ? `+${n}` : n}
              </option>
            ))}
          </select>
          <Problem id={`${id}-intensity`} text={problems.intensity} />
        </div>
        <div>
          <label className={LABEL} htmlFor={`${id}-mode`}>
            Mode
          </label>
          <select
            id={`${id}-mode`}
            className={FIELD}
            value={draft.mode}
            onChange={(e) => set({ mode: e.target.value as Mode })}
            aria-describedby={`${id}-mode-hint`}
            data-testid="mode"
          >
            {MODES.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </div>
      </div>
      <p id={`${id}-mode-hint`} className={HINT}>
        {draft.mode}: {MODE_HINTS[draft.mode]}.
      </p>
      {draft.mode === "reported" && (
        <ActorPicker
          label="Reported by"
          value={draft.reportedBy}
          onChange={(reportedBy) => set({ reportedBy })}
          problem={problems.reportedBy}
          testId="reported-by"
        />
      )}
      <fieldset className="grid grid-cols-3 gap-2">
        <legend className={`${LABEL} col-span-3`}>Date said</legend>
        <div>
          <label className={LABEL} htmlFor={`${id}-qualifier`}>
            Qualifier
          </label>
          <select
            id={`${id}-qualifier`}
            className={FIELD}
            value={draft.dateQualifier}
            onChange={(e) => set({ dateQualifier: e.target.value as DateQualifier })}
            {...describe("dateQualifier")}
          >
            {DATE_QUALIFIERS.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
          <Problem id={`${id}-dateQualifier`} text={problems.dateQualifier} />
        </div>
        <div>
          <label className={LABEL} htmlFor={`${id}-date`}>
            Date
          </label>
          <input
            id={`${id}-date`}
            className={FIELD}
            value={draft.date}
            onChange={(e) => set({ date: e.target.value })}
            placeholder="e.g. 1956-09"
            data-testid="date"
            {...describe("date")}
          />
          <Problem id={`${id}-date`} text={problems.date} />
        </div>
        {draft.dateQualifier === "between" && (
          <div>
            <label className={LABEL} htmlFor={`${id}-until`}>
              Until
            </label>
            <input
              id={`${id}-until`}
              className={FIELD}
              value={draft.dateUntil}
              onChange={(e) => set({ dateUntil: e.target.value })}
              placeholder="the later date"
              {...describe("dateUntil")}
            />
            <Problem id={`${id}-dateUntil`} text={problems.dateUntil} />
          </div>
        )}
        <p className={`${HINT} col-span-3`} data-testid="date-reading">
          {draft.date.trim()
            ? precision
              ? `Reads “${formatDateSaid({ date: draft.date.trim(), qualifier: draft.dateQualifier, until: draft.dateQualifier === "between" ? draft.dateUntil.trim() || null : null })}”, to the ${precision}.`
              : "Not yet a date of the form YYYY-MM-DD, YYYY-MM or YYYY."
            : `No date in the text: the document's date (${documentDate}) stands in${draft.mode === "reported" ? ", and reported words are dated before it" : ""}.`}
        </p>
      </fieldset>
      <div>
        <label className={LABEL} htmlFor={`${id}-topics`}>
          Topics, comma-separated
        </label>
        <input
          id={`${id}-topics`}
          className={FIELD}
          value={draft.topics}
          onChange={(e) => set({ topics: e.target.value })}
          placeholder="e.g. hungary, party-relations"
          {...describe("topics")}
        />
        <Problem id={`${id}-topics`} text={problems.topics} />
      </div>
      <div>
        <label className={LABEL} htmlFor={`${id}-note`}>
          Note on the reading
        </label>
        <textarea
          id={`${id}-note`}
          className={FIELD}
          rows={2}
          value={draft.note}
          onChange={(e) => set({ note: e.target.value })}
          {...describe("note")}
        />
        <Problem id={`${id}-note`} text={problems.note} />
      </div>
    </div>
  );
}
