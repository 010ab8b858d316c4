"use client";

import { useEffect, useId, useRef } from "react";
import { quoteOf, type Draft } from "../../lib/annotation/draft";
import { trimSpan } from "../../lib/annotation/marks";
import type { Span } from "../../lib/segments";
import { FIELD, HINT, LABEL, Problem } from "./styles";

/**
 * The quote, chosen by selecting words of the passage: with the mouse in the reader, or here, in the
 * passage's own text, with the keyboard (Shift and the arrow keys). The quote is exactly the
 * selection, trimmed of surrounding whitespace; it is shown verbatim and cannot be typed.
 */
export function QuoteChooser({
  draft,
  onQuote,
  problem,
  autoFocus,
}: {
  draft: Draft;
  onQuote: (quote: Span) => void;
  problem?: string | undefined;
  autoFocus: boolean;
}) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const quote = quoteOf(draft);

  // The passage opens with the quote selected, so a keyboard user starts from it.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.setSelectionRange(draft.quote.start, draft.quote.end);
    if (autoFocus) el.focus();
    // Only when the passage changes: later selections come from the curator.
  }, [draft.passage.id]);

  const read = () => {
    const el = area.current;
    if (!el || el.selectionStart === el.selectionEnd) return;
    const span = trimSpan(draft.passage.text, el.selectionStart, el.selectionEnd);
    if (span && (span.start !== draft.quote.start || span.end !== draft.quote.end)) onQuote(span);
  };

  return (
    <div>
      <label className={LABEL} htmlFor={`${id}-passage`}>
        Quote: select the words in paragraph {draft.passage.index}
      </label>
      <textarea
        id={`${id}-passage`}
        ref={area}
        // Not readOnly: Chromium moves no caret in a read-only field, so Shift and the arrows would
        // select nothing. Every edit is refused instead, and the value is the passage's all along.
        aria-readonly
        onBeforeInput={(e) => e.preventDefault()}
        onChange={() => undefined}
        onPaste={(e) => e.preventDefault()}
        onCut={(e) => e.preventDefault()}
        onDrop={(e) => e.preventDefault()}
        rows={5}
        className={`${FIELD} resize-y font-serif leading-snug`}
        value={draft.passage.text}
        onSelect={read}
        aria-describedby={`${id}-quote ${problem ? `${id}-problem` : ""}`}
        aria-invalid={problem ? true : undefined}
        data-testid="quote-chooser"
      />
      <p className={HINT}>With the keyboard: move into the text, then hold Shift and use the arrow keys.</p>
      <blockquote
        id={`${id}-quote`}
        className="mt-1 border-l-4 border-sky-500 bg-sky-50 px-2 py-1 text-sm dark:bg-sky-950/40"
        data-testid="draft-quote"
        aria-live="polite"
      >
        {quote ? <>“{quote}”</> : <span className="text-slate-500">No words selected yet.</span>}
      </blockquote>
      <Problem id={`${id}-problem`} text={problem} />
    </div>
  );
}
