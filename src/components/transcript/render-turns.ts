/**
 * Builds the DOM of the turns once per transcript, with DOM calls (never HTML strings: transcript
 * text is always text), in chunks of consecutive turns. Few nodes per word: none. A sentence is one
 * `<span class="s">` holding its text, words joined by spaces (an annotation word such as
 * "(inaudible)" keeps a `<span class="n">` of its own); a word is a stretch of that text (see
 * word-ranges.ts), painted with the CSS Custom Highlight API when it is spoken.
 *
 * The first screenful is built at once, so that it shows and answers straight away, and no more:
 * building 40 turns in the task that read the file made a task over 50 ms on a slow machine. The
 * rest follow from the first idle period on, one short slice after each frame, in order, until
 * every word is in the page.
 */
import type { Transcript } from '../../model/transcript.js';
import { formatClock } from '../../model/time-format.js';
import { hasAnnotation, isAnnotation, wordCount, wordsText, wordTexts } from '../../model/compact-words.js';
import { headingsByTurn } from './headings.js';

export interface RenderedTurns {
  /** The transcript these turns show (a word's place in its sentence's text comes from its words). */
  transcript: Transcript;
  /** One element per turn (`.turn`), in transcript order; filled as the chunks are built. */
  turns: HTMLElement[];
  /** The timestamp button of each turn, or null for a turn without a time. */
  stamps: (HTMLButtonElement | null)[];
  /** Sentence spans per turn; a sentence span's text is its words joined by spaces. */
  sentences: HTMLElement[][];
  /** Resolves when every turn is in the page. */
  done: Promise<void>;
  /** Stops building (another transcript replaced this one). */
  cancel(): void;
}

export interface RenderOptions {
  /**
   * Most turns built before returning (default FIRST_TURNS); fewer when the first ones already
   * hold FIRST_WORDS words. The rest follow in idle time.
   */
  first?: number;
  /** Called after each chunk of turns `from` (inclusive) to `to` (exclusive) joined the page. */
  onChunk?: (from: number, to: number) => void;
  /** A question's heading, "Question {n}", in the reader's language (see headings.ts). */
  questionNumber?: string;
}

/** Class names used by the renderer and the styles. */
export const CLS = {
  /** A group of consecutive turns: the unit built in idle time, laid out in its own containment. */
  chunk: 'chunk',
  turn: 'turn',
  head: 'head',
  stamp: 'stamp',
  time: 'time',
  speaker: 'speaker',
  /** A chapter's or question's heading at the top of the turn where it starts. */
  heading: 'turn-heading',
  turnNote: 'turn-note',
  para: 'para',
  sentence: 's',
  /** An annotation word such as "(inaudible)": shown quieter, never clickable. */
  note: 'n',
} as const;
export type CLS = (typeof CLS)[keyof typeof CLS];

/**
 * Turns per chunk: the unit of idle-time building (a slice adds at most two) and of layout
 * containment, so that a change inside one chunk is laid out inside it.
 */
export const TURNS_PER_CHUNK = 20;

/**
 * Most turns built at once: a screenful. A turn of one line is about 70 px high, so twelve fill
 * an 800 px window; longer turns stop the first build sooner (FIRST_WORDS).
 */
export const FIRST_TURNS = 12;
/** Words after which the first build stops: about forty lines of text, more than a screenful. */
export const FIRST_WORDS = 600;
/** Longest slice of idle-time building, in milliseconds. */
const SLICE_MS = 8;
/**
 * Most chunks built in one slice (SLICE_MS bounds it too). The browser lays out a slice's new
 * text in the next frame. Four chunks (80 turns, about 2,400 words) added no long task at ten
 * hours in bench:player and bring every turn into the page in 1.1 of the peer's load time, where
 * two took 1.5 (3,000 turns at one slice a frame: 38 frames instead of 75).
 */
const CHUNKS_PER_SLICE = 4;

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;
/** The deadline of a slice run after a frame rather than in an idle period. */
const SLICE = { timeRemaining: () => SLICE_MS, didTimeout: true };
const idle: (cb: IdleCallback) => number =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 50 })
    : (cb) => window.setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: true }), 0);
const cancelIdle: (id: number) => void = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout;
/**
 * Runs `cb` in a task of its own after the frame being prepared has painted. A slice laid out in
 * a frame leaves no idle time in it; waiting for the next idle period as well took about three
 * frames a slice (3,000 turns in about 4 s). Input still comes first: the slice is a task of its
 * own, at background priority where the browser has `scheduler.postTask`.
 */
const postTask = (globalThis as { scheduler?: { postTask?: (cb: () => void, options: { priority: string }) => Promise<unknown> } }).scheduler?.postTask;
const afterFrame = (cb: () => void): void => {
  if (postTask) void postTask.call((globalThis as { scheduler?: unknown }).scheduler, cb, { priority: 'background' });
  else window.setTimeout(cb, 0);
};

/**
 * How many turns make the first screenful: up to `first` (default FIRST_TURNS), fewer when those
 * before already hold FIRST_WORDS words. The same count is written into a page's HTML when it is
 * built (see src/prerender/first-screenful.ts).
 */
export function screenfulTurns(transcript: Transcript, first = FIRST_TURNS): number {
  const most = Math.min(first, transcript.turns.length);
  let screenful = 0;
  for (let words = 0; screenful < most && words < FIRST_WORDS; screenful++) {
    for (const sentence of transcript.turns[screenful]!.sentences) words += wordCount(sentence);
  }
  return screenful;
}

export function renderTurns(transcript: Transcript, into: HTMLElement, options: RenderOptions = {}): RenderedTurns {
  const doc = into.ownerDocument;
  const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
  const headings = headingsByTurn(transcript, options.questionNumber);
  const span = (cls: string, text: string): HTMLSpanElement => {
    const el = doc.createElement('span');
    el.className = cls;
    el.textContent = text;
    return el;
  };

  let idleId = 0;
  let frameId = 0;
  let cancelled = false;
  let finish!: () => void;
  const out: RenderedTurns = {
    transcript,
    turns: [],
    stamps: [],
    sentences: [],
    done: new Promise<void>((resolve) => (finish = resolve)),
    cancel: () => {
      cancelled = true;
      cancelIdle(idleId);
      cancelAnimationFrame(frameId);
      finish();
    },
  };

  const buildTurn = (t: number): HTMLElement => {
    const turn = transcript.turns[t]!;
    const el = doc.createElement('div');
    el.className = CLS.turn;
    el.setAttribute('role', 'listitem');
    el.setAttribute('part', 'turn');
    el.dataset.speaker = turn.speaker;
    for (const h of headings.get(t) ?? []) {
      const heading = doc.createElement(`h${h.level}`);
      heading.className = `${CLS.heading} ${h.kind}`;
      heading.setAttribute('part', `turn-heading ${h.kind}-heading`);
      heading.textContent = h.text;
      el.append(heading);
    }
    const head = doc.createElement('div');
    head.className = CLS.head;
    const name = names.get(turn.speaker) ?? turn.speaker;
    let stamp: HTMLButtonElement | null = null;
    if (turn.start !== null) {
      // The button's name is what it says: "0:42 Secretary Rice".
      stamp = doc.createElement('button');
      stamp.type = 'button';
      stamp.className = CLS.stamp;
      stamp.tabIndex = -1;
      stamp.setAttribute('part', 'timestamp');
      const speaker = span(CLS.speaker, name);
      speaker.setAttribute('part', 'speaker');
      stamp.append(span(CLS.time, formatClock(turn.start)), ' ', speaker);
      head.append(stamp);
    } else {
      const speaker = span(CLS.speaker, name);
      speaker.setAttribute('part', 'speaker');
      head.append(speaker);
    }
    for (const note of turn.annotations) {
      head.append(' ');
      const n = span(CLS.turnNote, `(${note})`);
      n.setAttribute('part', 'annotation');
      head.append(n);
    }
    el.append(head);

    const sentenceEls: HTMLElement[] = [];
    let para: HTMLParagraphElement | null = null;
    turn.sentences.forEach((sentence, s) => {
      if (!para || (s > 0 && sentence.paragraph)) {
        para = doc.createElement('p');
        para.className = CLS.para;
        el.append(para);
      } else {
        para.append(' ');
      }
      const sEl = doc.createElement('span');
      sEl.className = CLS.sentence;
      // Through compact-words.ts: a compact sentence's `Word` objects are never made.
      if (!hasAnnotation(sentence)) {
        sEl.textContent = wordsText(sentence);
      } else {
        // Plain words run together as one text node; an annotation word gets its own span.
        let run = '';
        wordTexts(sentence).forEach((text, w) => {
          if (w > 0) run += ' ';
          if (!isAnnotation(sentence, w)) {
            run += text;
            return;
          }
          if (run) sEl.append(run);
          run = '';
          sEl.append(span(CLS.note, text));
        });
        if (run) sEl.append(run);
      }
      para.append(sEl);
      sentenceEls.push(sEl);
    });
    out.turns.push(el);
    out.stamps.push(stamp);
    out.sentences.push(sentenceEls);
    return el;
  };

  /**
   * Builds turns up to `limit` (exclusive) into the last chunk until it holds TURNS_PER_CHUNK, then
   * into new chunks (a plain <div>, generic role: the turns stay the list's items), so that the
   * chunks stay TURNS_PER_CHUNK turns each however the first build stopped.
   */
  let chunk: HTMLElement | null = null;
  const buildTurns = (limit: number): void => {
    const from = out.turns.length;
    const to = Math.min(transcript.turns.length, limit, from + TURNS_PER_CHUNK - (from % TURNS_PER_CHUNK));
    if (!chunk || from % TURNS_PER_CHUNK === 0) {
      chunk = doc.createElement('div');
      chunk.className = CLS.chunk;
      into.append(chunk);
    }
    for (let t = from; t < to; t++) chunk.append(buildTurn(t));
    options.onChunk?.(from, to);
  };
  const buildChunk = (): void => buildTurns(Infinity);

  into.replaceChildren();
  const screenful = screenfulTurns(transcript, options.first);
  while (out.turns.length < screenful) buildTurns(screenful);
  const more: IdleCallback = (deadline) => {
    if (cancelled) return;
    const t0 = performance.now();
    // At least one chunk per callback, so that a busy page still gets every word in the end.
    let chunks = 0;
    do {
      buildChunk();
      chunks++;
    } while (out.turns.length < transcript.turns.length && chunks < CHUNKS_PER_SLICE && performance.now() - t0 < SLICE_MS && (deadline.didTimeout || deadline.timeRemaining() > 2));
    // One slice per frame: the browser lays out what a slice added before the next one, so no
    // frame has more than a slice's worth of new text to lay out.
    if (out.turns.length < transcript.turns.length) frameId = requestAnimationFrame(() => afterFrame(() => more(SLICE)));
    else finish();
  };
  if (out.turns.length < transcript.turns.length) idleId = idle(more);
  else finish();
  return out;
}
