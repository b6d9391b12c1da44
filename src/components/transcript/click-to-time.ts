/**
 * Click-to-time: a click on a turn's button, a sentence or a word plays from there (the word
 * under the pointer; a keyboard's click plays the sentence). A click that ends a text selection
 * only selects, so that the reader can quote it. The time is the renderer's inverse
 * (`clickedTime`): the element that was built for a word, sentence or turn gives back its time.
 */
import type { Transcript } from '../../model/transcript.js';
import { CLS, type RenderedTurns } from './render-turns.js';
import { wordAtPoint } from './word-ranges.js';
import { isAnnotation, wordCount, wordStart } from '../../model/compact-words.js';

export interface ClickToTimeOptions {
  rendered: () => RenderedTurns | null;
  /** Plays from transcript time `time`, turn `turn` having been chosen. */
  play: (turn: number, time: number) => void;
}

/** The click handler of a transcript (`host`): it holds no state, so it needs no lifecycle. */
export class ClickToTime {
  constructor(
    private host: HTMLElement,
    private options: ClickToTimeOptions,
  ) {}

  /** The click listener of the turns' box. */
  onClick = (event: MouseEvent): void => {
    const target = event.target as HTMLElement;
    const root = this.host.shadowRoot as unknown as { getSelection?: () => Selection | null } | null;
    const selection = root?.getSelection?.() ?? document.getSelection();
    if (!target.closest(`.${CLS.stamp}`) && selection && !selection.isCollapsed && selection.toString().trim()) return;
    const rendered = this.options.rendered();
    // The word under the pointer (a keyboard's click has no point: the sentence plays).
    const point = event.detail > 0 ? { x: event.clientX, y: event.clientY } : null;
    const clicked = rendered ? clickedTime(rendered.transcript, rendered, target, point) : null;
    if (clicked && clicked.time !== null) this.options.play(clicked.turn, clicked.time);
  };
}

/**
 * What a click on `target` plays: the turn it is in and the time of the word, sentence or turn
 * clicked (a word without a time plays its sentence, a sentence without one its turn); the word
 * is the one under `point` (viewport coordinates; null for a keyboard's click). Null for
 * the turn's head and annotations (they do nothing) and outside the turns.
 */
export function clickedTime(
  transcript: Transcript,
  rendered: RenderedTurns,
  target: HTMLElement,
  point: { x: number; y: number } | null,
): { turn: number; time: number | null } | null {
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
  const word = point ? wordAtPoint(sentenceEl, sentence, point.x, point.y) : -1;
  if (word >= 0 && !isAnnotation(sentence, word)) time = wordStart(sentence, word);
  time ??= sentence.start;
  for (let w = 0, n = wordCount(sentence); time === null && w < n; w++) if (!isAnnotation(sentence, w)) time = wordStart(sentence, w);
  return { turn: t, time: time ?? turn.start };
}
