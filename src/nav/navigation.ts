/**
 * Moving through a transcript by its structure — turns, speakers, questions — and saying where
 * one is. Pure functions over the Transcript model; the components and the keyboard shortcuts
 * only decide which turn is "here" (the one playing, or the one last reached) and act on the answer.
 *
 * Every function that steps takes an optional `visible(turn)` predicate so that turns hidden by
 * the speaker filter are stepped over. "Not found" is always -1.
 */
import { speakerName, type Question, type Transcript } from '../model/transcript.js';
import { formatClock } from '../model/time-format.js';
import { fill } from '../model/text-template.js';

/**
 * The words of the sentences built here, `{name}` filled in; the elements pass the strings of
 * their language (components/shared/strings.ts).
 */
export interface NavigationWords {
  question: string;
  and: string;
  playingAt: string;
  pausedAt: string;
  beforeFirstTurn: string;
  askingQuestion: string;
  answeringQuestion: string;
  duringQuestion: string;
}

/** English, the default (also the English strings' source). */
export const ENGLISH_NAVIGATION_WORDS: NavigationWords = {
  question: 'Question {n}',
  and: 'and',
  playingAt: 'Playing {time}',
  pausedAt: 'Paused at {time}',
  beforeFirstTurn: 'before the first turn',
  askingQuestion: 'asking question {n}',
  answeringQuestion: 'answering question {n}',
  duringQuestion: 'during question {n}',
};

export type TurnFilter = (turn: number) => boolean;

const always: TurnFilter = () => true;

/** The next visible turn after `from` (from -1: the first), or -1. */
export function nextTurn(transcript: Transcript, from: number, visible: TurnFilter = always): number {
  for (let t = Math.max(-1, from) + 1; t < transcript.turns.length; t++) if (visible(t)) return t;
  return -1;
}

/** The visible turn before `from` (from -1: none), or -1. */
export function previousTurn(transcript: Transcript, from: number, visible: TurnFilter = always): number {
  for (let t = Math.min(from, transcript.turns.length) - 1; t >= 0; t--) if (visible(t)) return t;
  return -1;
}

/** The next visible turn after `from` spoken by the same speaker as turn `from`, or -1. */
export function nextTurnBySameSpeaker(transcript: Transcript, from: number, visible: TurnFilter = always): number {
  const speaker = transcript.turns[from]?.speaker;
  if (speaker === undefined) return -1;
  for (let t = from + 1; t < transcript.turns.length; t++) {
    if (transcript.turns[t]!.speaker === speaker && visible(t)) return t;
  }
  return -1;
}

/** The last turn belonging to question `q`: its last answer, or the question itself when unanswered. */
export function lastTurnOf(question: Question): number {
  return Math.max(question.turn, ...question.answers);
}

/**
 * The question being discussed at turn `turn`: the one whose span (from the asking turn to its last
 * answer) holds the turn; the latest such question when spans overlap. -1 outside every question.
 */
export function questionAt(transcript: Transcript, turn: number): number {
  if (turn < 0) return -1;
  for (let q = transcript.questions.length - 1; q >= 0; q--) {
    const question = transcript.questions[q]!;
    if (question.turn <= turn && turn <= lastTurnOf(question)) return q;
  }
  return -1;
}

/** The first question asked after turn `from` (from -1: the first question), or -1. */
export function nextQuestion(transcript: Transcript, from: number, visible: TurnFilter = always): number {
  return transcript.questions.findIndex((q) => q.turn > from && visible(q.turn));
}

/**
 * The last question asked before turn `from`, or -1. From inside an answer that is the question
 * being answered; from the asking turn itself, the question before it.
 */
export function previousQuestion(transcript: Transcript, from: number, visible: TurnFilter = always): number {
  for (let q = transcript.questions.length - 1; q >= 0; q--) {
    const turn = transcript.questions[q]!.turn;
    if (turn < from && visible(turn)) return q;
  }
  return -1;
}

/** Transcript time of a question: the start of its asking turn, or null when untimed. */
export function questionTime(transcript: Transcript, q: number): number | null {
  const question = transcript.questions[q];
  return question ? (transcript.turns[question.turn]?.start ?? null) : null;
}

/**
 * What a question entry is called: its number, who asked (name and outlet when known) and its
 * time. "Question 3, Arshad Mohammed, Reuters, 14:05"; "Question 2, 5:10"; "Question 5, Al Arabiya, 18:40";
 * untimed: "Question 3, Arshad Mohammed, Reuters".
 */
export function questionLabel(transcript: Transcript, q: number, words: Pick<NavigationWords, 'question'> = ENGLISH_NAVIGATION_WORDS): string {
  const question = transcript.questions[q];
  if (!question) return '';
  const parts = [fill(words.question, { n: q + 1 })];
  if (question.asker) parts.push(question.asker);
  if (question.outlet) parts.push(question.outlet);
  const time = questionTime(transcript, q);
  if (time !== null) parts.push(formatClock(time));
  return parts.join(', ');
}

/** Speaker names joined for reading: "Secretary Rice", "Secretary Rice and Secretary Gates", "A, B and C". */
export function listNames(names: readonly string[], words: Pick<NavigationWords, 'and'> = ENGLISH_NAVIGATION_WORDS): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} ${words.and} ${unique[unique.length - 1]}`;
}

/** Index of the chapter holding turn `turn` (by the chapter's first turn), or -1. */
export function chapterAt(transcript: Transcript, turn: number): number {
  let found = -1;
  transcript.chapters.forEach((_, i) => {
    const first = chapterFirstTurn(transcript, i);
    if (first >= 0 && first <= turn) found = i;
  });
  return found;
}

/** Whether the transcript has questions or chapters to list (else the questions panel is not shown). */
export function hasOutline(transcript: Transcript): boolean {
  return transcript.questions.length > 0 || transcript.chapters.length > 0;
}

/**
 * The first turn of chapter `c`: its `turn` when given, else the first turn starting at or after
 * its start time, else -1.
 */
export function chapterFirstTurn(transcript: Transcript, c: number): number {
  const chapter = transcript.chapters[c];
  if (!chapter) return -1;
  if (chapter.turn !== undefined) return chapter.turn;
  if (chapter.start === null) return -1;
  const eps = 1e-6;
  return transcript.turns.findIndex((t) => t.start !== null && t.start >= chapter.start! - eps);
}

/** Transcript time of chapter `c`: its own start, else its first turn's start, else null. */
export function chapterTime(transcript: Transcript, c: number): number | null {
  const chapter = transcript.chapters[c];
  if (!chapter) return null;
  if (chapter.start !== null) return chapter.start;
  const first = chapterFirstTurn(transcript, c);
  return first >= 0 ? (transcript.turns[first]!.start ?? null) : null;
}

/**
 * "Where am I", said once on request: the state, the time, who is speaking and their part in
 * the question being discussed.
 * "Playing 14:07, Secretary Rice, answering question 3"; "Paused at 2:10, Foreign Minister Lavrov";
 * "Paused at 0:00, before the first turn".
 */
export function whereAmI(transcript: Transcript, turn: number, time: number, paused: boolean, words: NavigationWords = ENGLISH_NAVIGATION_WORDS): string {
  const head = fill(paused ? words.pausedAt : words.playingAt, { time: formatClock(time) });
  const t = transcript.turns[turn];
  if (!t) return transcript.turns.length ? `${head}, ${words.beforeFirstTurn}` : head;
  const parts = [head, speakerName(transcript, t.speaker)];
  const q = questionAt(transcript, turn);
  if (q >= 0) {
    const question = transcript.questions[q]!;
    const n = { n: q + 1 };
    if (question.turn === turn) parts.push(fill(words.askingQuestion, n));
    else if (question.answers.includes(turn)) parts.push(fill(words.answeringQuestion, n));
    else parts.push(fill(words.duringQuestion, n));
  } else {
    const c = chapterAt(transcript, turn);
    if (c >= 0) parts.push(transcript.chapters[c]!.title);
  }
  return parts.join(', ');
}
