/**
 * The structure of a transcript as headings inside it: each chapter ("Questions and answers") and
 * each question ("Question 3, Arshad Mohammed, Reuters") is a heading at the turn where it starts,
 * so that a screen-reader user moves question to question with heading navigation.
 */
import type { Transcript } from '../../model/transcript.js';
import { chapterFirstTurn } from '../../nav/navigation.js';
import { fill } from '../../model/text-template.js';

export interface TurnHeading {
  /** 3 for chapters (under the transcript's own level-2 heading), 4 for questions (3 without chapters). */
  level: 3 | 4;
  text: string;
  kind: 'chapter' | 'question';
}

/**
 * "Question 3, Arshad Mohammed, Reuters": the question's number, who asked and their outlet.
 * `numbered` words the number (`{n}`), in the reader's language.
 */
export function questionHeading(transcript: Transcript, q: number, numbered = 'Question {n}'): string {
  const question = transcript.questions[q];
  if (!question) return '';
  return [fill(numbered, { n: q + 1 }), question.asker, question.outlet].filter(Boolean).join(', ');
}

/** The headings that open each turn, by turn index, in reading order (a chapter before its first question). */
export function headingsByTurn(transcript: Transcript, numbered?: string): Map<number, TurnHeading[]> {
  const out = new Map<number, TurnHeading[]>();
  const add = (turn: number, heading: TurnHeading) => {
    if (turn < 0 || turn >= transcript.turns.length) return;
    const list = out.get(turn) ?? [];
    list.push(heading);
    out.set(turn, list);
  };
  const hasChapters = transcript.chapters.some((_, c) => chapterFirstTurn(transcript, c) >= 0);
  transcript.chapters.forEach((chapter, c) => add(chapterFirstTurn(transcript, c), { level: 3, text: chapter.title, kind: 'chapter' }));
  transcript.questions.forEach((q, i) => add(q.turn, { level: hasChapters ? 4 : 3, text: questionHeading(transcript, i, numbered), kind: 'question' }));
  for (const list of out.values()) list.sort((a, b) => a.level - b.level);
  return out;
}
