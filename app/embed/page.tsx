import type { Metadata } from "next";
import { Suspense } from "react";
import { Explorer } from "../components/explorer";

export const metadata: Metadata = { title: "Stance Graph view" };

/** A view (the same query parameters as the explorer's links) for an iframe. */
export default function EmbedPage() {
  return (
    <Suspense fallback={<p className="p-4 text-sm text-slate-500">Loading…</p>}>
      <Explorer embedded />
    </Suspense>
  );
}
