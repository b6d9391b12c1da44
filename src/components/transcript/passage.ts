/**
 * Quoting a passage: a reader selects words in the transcript (or presses `q` for the sentence
 * being spoken) and gets "Copy link to this passage", a `#t=start,end` link that plays exactly
 * that span; and when a page opens such a link (the player's `deep-links` follow it and publish
 * the passage in its view state), the passage is marked and scrolled into view.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Transcript } from '../../model/transcript.js';
import { lastAtOrBefore, type TimeIndex, type WordAddress } from '../../model/time-index.js';
import { isAnnotation, wordCount, wordEnd, wordOffsets, wordStart } from '../../model/compact-words.js';
import { linkAt } from '../../nav/media-fragment.js';
import { viewContext, type Passage, type ViewState } from '../shared/context.js';
import { ContextSelection } from '../shared/selection.js';
import { copyText } from '../shared/clipboard.js';
import { localStrings } from '../shared/strings.js';
import { RangePainter, textOffsetIn, wordsRange } from './word-ranges.js';
import type { RenderedTurns } from './render-turns.js';

export type { Passage };

/** Named highlight of a passage opened from a link (global to the document, like search matches). */
const PASSAGE_HIGHLIGHT = 'parley-passage';

export interface PassageOptions {
  rendered: () => RenderedTurns | null;
  index: () => TimeIndex | null;
  /** Seconds a transcript time is shifted in the recording. */
  offset: () => number;
  /** Media time now (for `q`: the sentence being spoken). */
  time: () => number;
  /** The turn with the Tab stop (for `q` before playback). */
  focusedTurn: () => number;
  /** Scrolls the passage's first sentence (`el`) into view. */
  reveal: (el: HTMLElement) => void;
  /** Says `text` in the transcript's status region. */
  say: (text: string) => void;
}

type PassageHost = ReactiveControllerHost & HTMLElement;

/** The transcript times spanned by the timed words from `from` to `to` (inclusive), or null. */
export function spanOfWords(transcript: Transcript, from: WordAddress, to: WordAddress): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (let t = from.turn; t <= to.turn; t++) {
    const sentences = transcript.turns[t]?.sentences ?? [];
    const s0 = t === from.turn ? from.sentence : 0;
    const s1 = t === to.turn ? to.sentence : sentences.length - 1;
    for (let s = s0; s <= s1; s++) {
      const sentence = sentences[s];
      if (!sentence) continue;
      const count = wordCount(sentence);
      const w0 = Math.max(0, t === from.turn && s === from.sentence ? from.word : 0);
      const w1 = Math.min(count - 1, t === to.turn && s === to.sentence ? to.word : count - 1);
      for (let w = w0; w <= w1; w++) {
        const wordStarts = wordStart(sentence, w);
        if (wordStarts === null || isAnnotation(sentence, w)) continue;
        start = Math.min(start, wordStarts);
        end = Math.max(end, wordEnd(sentence, w) ?? wordStarts);
      }
    }
  }
  return start < end ? { start, end } : null;
}

/** Media time written in a link: milliseconds, rounded outward so that the span stays inside. */
const down = (t: number) => Math.floor(Math.max(0, t) * 1000 + 1e-6) / 1000;
const up = (t: number) => Math.ceil(Math.max(0, t) * 1000 - 1e-6) / 1000;

export class PassageController implements ReactiveController {
  /** The passage the reader has selected (media seconds), or null. */
  selected: Passage | null = null;
  private painter = new RangePainter(PASSAGE_HIGHLIGHT);
  /** The passage to mark, from the player's view state (it may wait for its turns to be built). */
  private wanted: ContextSelection<ViewState, Passage | null>;

  constructor(
    private host: PassageHost,
    private options: PassageOptions,
  ) {
    host.addController(this);
    this.wanted = new ContextSelection(host, viewContext, (v) => v?.passage ?? null, { onChange: (passage) => this.mark(passage) });
  }

  private get data(): Transcript | null {
    return this.options.rendered()?.transcript ?? null;
  }

  hostConnected(): void {
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.painter.show(null);
  }

  /** The `#t=start,end` link to `passage` on this page. */
  linkTo(passage: Passage): string {
    return linkAt(location.href, { start: down(passage.start), end: up(passage.end) });
  }

  /** Copies the link to `span` (the selection when not given) and says so. */
  copy = async (span: Passage | null = this.selected): Promise<void> => {
    const s = localStrings(this.host);
    if (!span) {
      this.options.say(s.nothingToQuote);
      return;
    }
    const how = await copyText(this.linkTo(span), this.host.shadowRoot?.querySelector<HTMLInputElement>('.link-field'));
    this.options.say(how === 'copied' ? s.passageCopied : s.passageSelected);
  };

  /** `q` on a turn quotes the sentence being spoken (before playback: the focused turn's first). Returns true when handled. */
  onKey(event: KeyboardEvent): boolean {
    if (event.key !== 'q' || event.altKey || event.ctrlKey || event.metaKey) return false;
    // The element pressed on, seen from any listener (from the host, the target is the host).
    const on = event.composedPath()[0];
    if (!(on instanceof HTMLElement) || !on.closest('.turn')) return false;
    event.preventDefault();
    void this.copy(this.sentenceAt(this.options.time(), this.options.focusedTurn()));
    return true;
  }

  /** The sentence spoken at media time `time` (else the first sentence of turn `fallbackTurn`) as a passage. */
  sentenceAt(time: number, fallbackTurn: number): Passage | null {
    const data = this.data;
    const index = this.options.index();
    if (!data || !index) return null;
    const offset = this.options.offset();
    const at = index.sentenceAt(time - offset);
    const turn = at?.turn ?? fallbackTurn;
    const sentence = at?.sentence ?? 0;
    const spoken = data.turns[turn]?.sentences[sentence];
    const words = spoken ? wordCount(spoken) : 0;
    const span = words ? spanOfWords(data, { turn, sentence, word: 0 }, { turn, sentence, word: words - 1 }) : null;
    return span ? { start: span.start + offset, end: span.end + offset } : null;
  }

  /**
   * "Copy link to this passage", floating while words are selected, and the field where the link
   * is selected when the clipboard refuses it.
   */
  render() {
    const s = localStrings(this.host);
    return html`<div class="float" ?hidden=${!this.selected}>
        <button type="button" class="back" part="quote" @click=${() => this.copy()}>${s.copyPassageLink}</button>
      </div>
      <input class="link-field" readonly hidden aria-label=${s.passageLinkField} />`;
  }

  /** The turns were built anew: the passage asked for is marked in them. */
  rebuilt(): void {
    this.mark(this.wanted.value);
  }

  /** Turns were built (after the first screenful): a passage waiting for them is marked now. */
  chunkAdded(): void {
    if (this.wanted.value && !this.painter.current) this.mark(this.wanted.value);
  }

  /** Marks `passage` (media seconds) with the `parley-passage` highlight and scrolls to it; null clears. */
  mark(passage: Passage | null): void {
    this.painter.show(null);
    const data = this.data;
    const index = this.options.index();
    const r = this.options.rendered();
    if (!passage || !data || !index || !r || !index.wordCount) return;
    const offset = this.options.offset();
    const { starts, ends } = index.words;
    // The first word that ends after the start, and the last that starts before the end.
    let first = Math.max(0, lastAtOrBefore(starts, passage.start - offset + 0.002));
    if (ends[first]! <= passage.start - offset) first++;
    const last = lastAtOrBefore(starts, passage.end - offset - 0.002);
    if (first > last || first >= starts.length) return;
    // Words are stretches of their sentence's text (word-ranges.ts), not elements.
    const wordRange = (p: number) => {
      const a = index.wordAddress(p);
      const el = r.sentences[a.turn]?.[a.sentence];
      const sentence = data.turns[a.turn]?.sentences[a.sentence];
      return el && sentence ? { el, range: wordsRange(el, sentence, a.word) } : null;
    };
    const a = wordRange(first);
    const b = wordRange(last);
    if (!a?.range || !b?.range) return;
    const range = new Range();
    range.setStart(a.range.startContainer, a.range.startOffset);
    range.setEnd(b.range.endContainer, b.range.endOffset);
    this.painter.show(range);
    this.options.reveal(a.el);
  }

  private onSelectionChange = (): void => {
    const before = this.selected;
    this.selected = this.fromSelection();
    if (before?.start !== this.selected?.start || before?.end !== this.selected?.end) this.host.requestUpdate();
  };

  /** The timed span of the words selected in this transcript, in media seconds, or null. */
  private fromSelection(): Passage | null {
    const data = this.data;
    const r = this.options.rendered();
    const root = this.host.shadowRoot;
    if (!data || !r || !root) return null;
    const range = selectedRange(root);
    if (!range || range.collapsed) return null;
    const from = this.addressOf(range.startContainer, range.startOffset, r, 'start');
    const to = this.addressOf(range.endContainer, range.endOffset, r, 'end');
    if (!from || !to) return null;
    const span = spanOfWords(data, from, to);
    const offset = this.options.offset();
    return span ? { start: span.start + offset, end: span.end + offset } : null;
  }

  /**
   * The word at a selection's edge (`node`, `offset`): at the start, the first word ending after
   * it; at the end, the last word starting before it. In a turn's heading or head, the turn's first
   * (or last) word. A word index past either end of its sentence stands for none of its words.
   */
  private addressOf(node: Node, offset: number, r: RenderedTurns, edge: 'start' | 'end'): WordAddress | null {
    const el = node instanceof Element ? node : node.parentElement;
    const turnEl = el?.closest<HTMLElement>('.turn');
    const turn = turnEl ? r.turns.indexOf(turnEl) : -1;
    if (!el || turn < 0) return null;
    const sentences = r.sentences[turn]!;
    const model = r.transcript.turns[turn]!.sentences;
    const sentenceEl = el.closest<HTMLElement>('.s');
    const s = sentenceEl ? sentences.indexOf(sentenceEl) : -1;
    if (s >= 0) {
      const starts = wordOffsets(model[s]!);
      const count = starts.length - 1;
      const at = textOffsetIn(sentenceEl!, node, offset);
      let word = edge === 'start' ? count : -1;
      for (let w = 0; w < count; w++) {
        if (edge === 'start' && starts[w + 1]! - 1 > at) {
          word = w;
          break;
        }
        if (edge === 'end' && starts[w]! < at) word = w;
      }
      return { turn, sentence: s, word };
    }
    if (!sentences.length) return null;
    if (edge === 'start') return { turn, sentence: 0, word: 0 };
    const lastSentence = sentences.length - 1;
    return { turn, sentence: lastSentence, word: Math.max(0, wordCount(model[lastSentence]!) - 1) };
  }
}

/** The selection's range inside `root` (Chromium's `ShadowRoot.getSelection`, else composed ranges). */
function selectedRange(root: ShadowRoot): Range | StaticRange | null {
  const own = (root as unknown as { getSelection?: () => Selection | null }).getSelection?.();
  if (own) return own.rangeCount && root.contains(own.anchorNode) ? own.getRangeAt(0) : null;
  const selection = document.getSelection() as (Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] }) | null;
  const range = selection?.getComposedRanges?.({ shadowRoots: [root] })[0];
  return range && root.contains(range.startContainer) ? range : null;
}
