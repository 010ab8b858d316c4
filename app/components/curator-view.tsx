"use client";

/**
 * The curator's own view: proposed statements drawn and listed with the accepted ones. Loaded only
 * for a curator or an admin, after the first paint (docs/decisions/0019), so a reader's first load
 * does not grow.
 */
export function ProposedToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="text-sm">
      <label className="inline-flex items-center gap-1" title="Proposed statements are not yet reviewed; only curators see them, and only when asked.">
        <input type="checkbox" checked={checked} onChange={() => onChange(!checked)} data-testid="include-proposed" />
        Include proposed statements
      </label>
      {checked && <p className="mt-1 text-xs text-slate-500">Not yet reviewed: marked “proposed” in the statement lists.</p>}
    </div>
  );
}
