/**
 * What the reader's selection covers, in passage terms: the paragraph and the character offsets of
 * the selected words in its text. Each paragraph's text element (data-passage-index) holds nothing
 * but the passage's characters, so a range's text length is an offset into the passage.
 */
import { trimSpan } from "./marks";

export interface SelectedQuote {
  index: number;
  start: number;
  end: number;
  /** Where the selection ends on screen, to place the Annotate button beside it. */
  rect: DOMRect;
}

export interface Across {
  across: true;
  rect: DOMRect;
}

function offsetIn(container: Element, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * The paragraph and span selected under `root`, `across` when words of several paragraphs are
 * selected (a statement quotes one), or null when nothing is. A selection that runs past the end of
 * a paragraph (a triple click) is clipped to it.
 */
export function readSelection(root: HTMLElement): SelectedQuote | Across | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const found: SelectedQuote[] = [];
  for (const p of root.querySelectorAll<HTMLElement>("[data-passage-index]")) {
    if (!range.intersectsNode(p)) continue;
    const whole = document.createRange();
    whole.selectNodeContents(p);
    const text = p.textContent ?? "";
    const start =
      range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0 ? 0 : offsetIn(p, range.startContainer, range.startOffset);
    const end =
      range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0 ? text.length : offsetIn(p, range.endContainer, range.endOffset);
    const span = trimSpan(text, start, end);
    if (!span) continue;
    const rects = range.getClientRects();
    found.push({
      index: Number(p.dataset.passageIndex),
      ...span,
      rect: rects[rects.length - 1] ?? range.getBoundingClientRect(),
    });
  }
  if (found.length > 1) return { across: true, rect: found[found.length - 1]!.rect };
  return found[0] ?? null;
}
