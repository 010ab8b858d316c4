"use client";

import { useState } from "react";

/** The Share menu's body: the link to this exact view, and the code that embeds it in a page. */
export function SharePanel({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  const embed = url.replace(/\/(\?|$)/, "/embed$1");
  return (
    <>
      <label className="block text-xs font-medium" htmlFor="share-url">
        Link to this exact view
      </label>
      <div className="mt-1 flex gap-1">
        <input
          id="share-url"
          data-testid="share-url"
          readOnly
          value={url}
          className="min-w-0 flex-1 rounded border border-slate-300 px-1 text-xs dark:border-slate-700 dark:bg-slate-950"
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          className="rounded bg-blue-700 px-2 text-xs text-white"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <label className="mt-2 block text-xs font-medium" htmlFor="embed-code">
        Embed in a page
      </label>
      <textarea
        id="embed-code"
        readOnly
        rows={3}
        className="mt-1 w-full rounded border border-slate-300 p-1 font-mono text-[11px] dark:border-slate-700 dark:bg-slate-950"
        value={`<iframe src="${embed}" width="800" height="500" style="border:0" title="Stance Graph view"></iframe>`}
      />
    </>
  );
}
