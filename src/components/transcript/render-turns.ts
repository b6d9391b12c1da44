/**
 * Builds the DOM of the turns once per transcript, with DOM calls (never HTML strings: transcript
 * text is always text), in chunks of consecutive turns. Few nodes per word: a text-only `<span>` per word and a text node for
 * each space, so that hours-long transcripts stay light. A word's data is found from its position:
 * `sentences[turn][sentence].children[word]` is the span of `turns[turn].sentences[sentence].words[word]`.
 */
import type { Transcript } from '../../model/transcript.js';
import { formatClock } from '../../model/time-format.js';

export interface RenderedTurns {
  /** One element per turn (`.turn`), in transcript order. */
  turns: HTMLElement[];
  /** The timestamp button of each turn, or null for a turn without a time. */
  stamps: (HTMLButtonElement | null)[];
  /** Sentence spans per turn; a sentence span's element children are its words, in order. */
  sentences: HTMLElement[][];
}

/** Class names used by the renderer and the styles. */
export const CLS = {
  /** A group of consecutive turns: the unit that `content-visibility: auto` skips off screen. */
  chunk: 'chunk',
  turn: 'turn',
  head: 'head',
  stamp: 'stamp',
  time: 'time',
  speaker: 'speaker',
  turnNote: 'turn-note',
  para: 'para',
  sentence: 's',
  /** An annotation word such as "(inaudible)": shown quieter, never clickable. */
  note: 'n',
  /** The word being spoken. */
  activeWord: 'on',
} as const;
export type CLS = (typeof CLS)[keyof typeof CLS];

/**
 * Turns per chunk. The browser tracks every `content-visibility: auto` element with an internal
 * intersection observer that it updates on each frame with a layout change (the waveform's
 * progress changes every frame while playing); with one per turn, 3,000 turns cost several
 * milliseconds a frame. Groups of 20 turns cut that twentyfold and keep the text in the page.
 */
export const TURNS_PER_CHUNK = 20;

export function renderTurns(transcript: Transcript, into: HTMLElement): RenderedTurns {
  const doc = into.ownerDocument;
  const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
  const out: RenderedTurns = { turns: [], stamps: [], sentences: [] };
  const fragment = doc.createDocumentFragment();
  const span = (cls: string, text: string): HTMLSpanElement => {
    const el = doc.createElement('span');
    el.className = cls;
    el.textContent = text;
    return el;
  };

  let chunk: HTMLDivElement | null = null;
  transcript.turns.forEach((turn, t) => {
    if (t % TURNS_PER_CHUNK === 0) {
      // A plain <div> (generic role): the turns stay the list's items for assistive technology.
      chunk = doc.createElement('div');
      chunk.className = CLS.chunk;
      fragment.append(chunk);
    }
    const el = doc.createElement('div');
    el.className = CLS.turn;
    el.setAttribute('role', 'listitem');
    el.setAttribute('part', 'turn');
    el.dataset.speaker = turn.speaker;
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
      sentence.words.forEach((word, w) => {
        if (w > 0) sEl.append(' ');
        const wEl = doc.createElement('span');
        if (word.annotation) wEl.className = CLS.note;
        wEl.textContent = word.text;
        sEl.append(wEl);
      });
      para.append(sEl);
      sentenceEls.push(sEl);
    });
    out.turns.push(el);
    out.stamps.push(stamp);
    out.sentences.push(sentenceEls);
    chunk!.append(el);
  });
  into.replaceChildren(fragment);
  return out;
}

/**
 * What a click on `target` plays: the turn it is in and the time of the word, sentence or turn
 * clicked (a word without a time plays its sentence, a sentence without one its turn). Null for
 * the turn's head and annotations (they do nothing) and outside the turns.
 */
export function clickedTime(transcript: Transcript, rendered: RenderedTurns, target: HTMLElement): { turn: number; time: number | null } | null {
  const turnEl = target.closest<HTMLElement>(`.${CLS.turn}`);
  const t = turnEl ? rendered.turns.indexOf(turnEl) : -1;
  const turn = transcript.turns[t];
  if (!turn) return null;
  if (target.closest(`.${CLS.stamp}`)) return { turn: t, time: turn.start };
  if (target.classList.contains(CLS.note) || target.closest(`.${CLS.head}`)) return null;
  const sentenceEl = target.closest<HTMLElement>(`.${CLS.sentence}`);
  if (!sentenceEl) return { turn: t, time: turn.start };
  const sentence = turn.sentences[rendered.sentences[t]!.indexOf(sentenceEl)];
  if (!sentence) return null;
  let time: number | null = null;
  if (target !== sentenceEl && target.parentElement === sentenceEl) {
    const word = sentence.words[Array.prototype.indexOf.call(sentenceEl.children, target)];
    time = word && !word.annotation ? word.start : null;
  }
  time ??= sentence.start ?? sentence.words.find((w) => w.start !== null && !w.annotation)?.start ?? null;
  return { turn: t, time: time ?? turn.start };
}
