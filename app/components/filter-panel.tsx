"use client";

import type { Filters } from "../lib/explorer-state";
import type { DocumentSummary, Mode, Stance } from "../lib/queries";
import { STANCES } from "@/graph/shared/stance";
import { MODE_LABELS } from "../lib/labels";
import { STANCE_COLORS } from "../lib/palette";

export const ALL_STANCES: readonly Stance[] = STANCES;
export const ALL_MODES: Mode[] = ["direct", "written", "reported"];

interface FilterPanelProps {
  filters: Filters;
  documents: DocumentSummary[];
  countries: string[];
  onChange: (filters: Filters) => void;
}

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Stance, mode, document and country filters; an empty selection means "all". */
export function FilterPanel({ filters, documents, countries, onChange }: FilterPanelProps) {
  return (
    <div className="space-y-4 text-sm">
      <fieldset>
        <legend className="mb-1 font-medium">Stance</legend>
        {ALL_STANCES.map((stance) => (
          <label key={stance} className="mr-3 inline-flex items-center gap-1">
            <input type="checkbox" checked={filters.stances.includes(stance)} onChange={() => onChange({ ...filters, stances: toggle(filters.stances, stance) })} />
            <span aria-hidden className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: STANCE_COLORS[stance] }} />
            {stance}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="mb-1 font-medium">Mode</legend>
        {ALL_MODES.map((mode) => (
          <label key={mode} className="mr-3 inline-flex items-center gap-1" title={MODE_LABELS[mode]}>
            <input type="checkbox" checked={filters.modes.includes(mode)} onChange={() => onChange({ ...filters, modes: toggle(filters.modes, mode) })} />
            {mode}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="mb-1 font-medium">Documents</legend>
        <ul className="space-y-1">
          {documents.map((d) => (
            <li key={d.id}>
              <label className="flex items-start gap-1">
                <input className="mt-1" type="checkbox" checked={filters.documents.includes(d.id)} onChange={() => onChange({ ...filters, documents: toggle(filters.documents, d.id) })} />
                <span>
                  <span className="text-slate-500">{d.date}</span> {d.title.length > 70 ? `${d.title.slice(0, 70)}…` : d.title}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend className="mb-1 font-medium">Country</legend>
        <div className="flex flex-wrap gap-x-3">
          {countries.map((c) => (
            <label key={c} className="inline-flex items-center gap-1">
              <input type="checkbox" checked={filters.countries.includes(c)} onChange={() => onChange({ ...filters, countries: toggle(filters.countries, c) })} />
              {c}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="inline-flex items-center gap-1">
        <input type="checkbox" checked={filters.includeOrganizations} onChange={() => onChange({ ...filters, includeOrganizations: !filters.includeOrganizations })} />
        Include parties and states
      </label>
      <label className="inline-flex items-center gap-1" title="Statements quoted from reference works (encyclopedias) are left out of the counts unless included.">
        <input type="checkbox" checked={filters.includeTertiary} onChange={() => onChange({ ...filters, includeTertiary: !filters.includeTertiary })} />
        Include tertiary sources
      </label>
    </div>
  );
}
