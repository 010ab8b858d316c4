/**
 * Cuts a passage into runs at every mention and quote boundary, so the reader can wrap each run in
 * a link (a mention) and a highlight (the quote) without breaking either.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Segment<M extends Span> {
  text: string;
  start: number;
  mention: M | null;
  quoted: boolean;
}

export function segmentPassage<M extends Span>(text: string, mentions: readonly M[], quote: Span | null): Segment<M>[] {
  const cuts = new Set([0, text.length]);
  for (const m of mentions) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  if (quote) {
    cuts.add(quote.start);
    cuts.add(quote.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segments: Segment<M>[] = [];
  for (let i = 1; i < points.length; i++) {
    const start = points[i - 1]!;
    const end = points[i]!;
    if (end <= start) continue;
    segments.push({
      text: text.slice(start, end),
      start,
      mention: mentions.find((m) => m.start <= start && end <= m.end) ?? null,
      quoted: quote !== null && quote.start <= start && end <= quote.end,
    });
  }
  return segments;
}
