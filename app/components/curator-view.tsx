"use client";

import { useEffect } from "react";
import { useGraphQL } from "../lib/data/use-graphql";
import { VIEWER } from "../lib/curator-operations";

/**
 * What the explorer shows a signed-in curator or admin beyond what everyone sees. This module loads
 * after the first paint (docs/decisions/0007), so an anonymous reader's first load does not grow.
 */

/** Asks who is signed in and tells the explorer whether they are a curator or an admin; draws nothing. */
export function ViewerProbe({ onViewer }: { onViewer: (curator: boolean) => void }) {
  const viewer = useGraphQL(VIEWER, {});
  const role = viewer.state === "ready" ? (viewer.value.me?.account.role ?? "viewer") : viewer.state === "error" ? "viewer" : null;
  useEffect(() => {
    if (role) onViewer(role === "curator" || role === "admin");
  }, [role, onViewer]);
  return null;
}

/** The curator's own view: proposed statements drawn and listed with the accepted ones. */
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
