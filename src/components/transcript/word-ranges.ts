/**
 * Words without elements. A sentence is one `<span class="s">` holding its text (plus a
 * `<span class="n">` for each rare annotation word such as "(inaudible)"), so a word is a stretch
 * of that text: the sentence's words joined by single spaces, exactly as written. These
 * functions go between a word's index and its place in the text (through compact-words.ts, so
 * that a sentence's `Word` objects are never made for it), and paint words with the CSS
 * Custom Highlight API, which changes no DOM and invalidates no style when the word moves on.
 */
import type { Sentence } from '../../model/transcript.js';
import { wordOffsets } from '../../model/compact-words.js';

/** The word at character `offset` of the sentence's text; -1 on a space or past the end. */
export function wordAtOffset(sentence: Sentence, offset: number): number {
  const at = wordOffsets(sentence);
  for (let i = 0; i < at.length - 1; i++) {
    if (offset < at[i]!) return -1;
    if (offset < at[i + 1]! - 1) return i;
  }
  return -1;
}

/** The text node and offset inside it at character `offset` of the element's text. */
function textPoint(el: Node, offset: number): { node: Text; offset: number } | null {
  const walker = el.ownerDocument!.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (offset <= n.data.length) return { node: n, offset };
    offset -= n.data.length;
    last = n;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

/** A range over words `from`…`to` (inclusive) of the sentence rendered as `sentenceEl`. */
export function wordsRange(sentenceEl: HTMLElement, sentence: Sentence, from: number, to = from): Range | null {
  const at = wordOffsets(sentence);
  if (from < 0 || to >= at.length - 1 || to < from) return null;
  const start = at[from]!;
  const end = at[to + 1]! - 1;
  // Nearly every sentence is a single text node: no walk needed.
  const only = sentenceEl.firstChild;
  const range = new Range();
  if (only && only === sentenceEl.lastChild && only.nodeType === Node.TEXT_NODE) {
    range.setStart(only, start);
    range.setEnd(only, end);
    return range;
  }
  const a = textPoint(sentenceEl, start);
  const b = textPoint(sentenceEl, end);
  if (!a || !b) return null;
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** Character offset, in the text of `sentenceEl`, of a point given as node and offset inside it. */
export function textOffsetIn(sentenceEl: HTMLElement, node: Node, offset: number): number {
  const before = new Range();
  before.setStart(sentenceEl, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * The index of the word of `sentenceEl` under the point (x, y) in the viewport, or -1 (a space,
 * an annotation, or a browser that cannot tell).
 */
export function wordAtPoint(sentenceEl: HTMLElement, sentence: Sentence, x: number, y: number): number {
  const doc = sentenceEl.ownerDocument as unknown as CaretDocument;
  const root = sentenceEl.getRootNode();
  let node: Node | null = null;
  let offset = 0;
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y, root instanceof ShadowRoot ? { shadowRoots: [root] } : undefined);
    if (p) ({ offsetNode: node, offset } = p);
  } else if (doc.caretRangeFromPoint) {
    const r = doc.caretRangeFromPoint(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node || !sentenceEl.contains(node)) return -1;
  const at = textOffsetIn(sentenceEl, node, offset);
  // The caret goes before or after a character: take the word whose box holds the point.
  for (const candidate of [wordAtOffset(sentence, at), wordAtOffset(sentence, at - 1)]) {
    if (candidate < 0) continue;
    const box = wordsRange(sentenceEl, sentence, candidate)?.getBoundingClientRect();
    if (box && x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return candidate;
  }
  return -1;
}

/** A named highlight of the document (names are global; each transcript adds its own ranges), or null without the API. */
export function sharedHighlight(name: string): Highlight | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return null;
  let h = CSS.highlights.get(name);
  if (!h) {
    h = new Highlight();
    CSS.highlights.set(name, h);
  }
  return h;
}

/** Paints one range at a time under a highlight name, leaving other transcripts' ranges alone. */
export class RangePainter {
  private range: Range | null = null;
  constructor(private readonly name: string) {}

  get current(): Range | null {
    return this.range;
  }

  show(range: Range | null): void {
    const h = sharedHighlight(this.name);
    if (this.range) h?.delete(this.range);
    this.range = range;
    if (range) h?.add(range);
  }
}
