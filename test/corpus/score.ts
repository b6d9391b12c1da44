/**
 * Scores Parley's readers against the corpus of real transcripts in test/fixtures/corpus:
 * each file beside a `.expected.json` that says what a careful reader gets (turns with their
 * speakers, opening words and label times; questions with asker, outlet and addressees).
 * Used by the corpus test and by `npm run bench:corpus`, which prints the table.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTranscript } from '../../src/formats/index.js';
import { turnText, type Transcript } from '../../src/model/transcript.js';

export interface Expected {
  turns: { speaker: string; text: string }[];
  /** Start of each turn in seconds, for transcripts whose labels carry times. */
  times?: number[];
  questions: { turn: number; asker?: string; outlet?: string; addressees: string[] }[];
}

export interface FileScore {
  file: string;
  /** Turns whose speaker, opening words (and time) match, of the expected turns. */
  turnsRight: number;
  turns: number;
  /** True when the speakers met are exactly the expected ones. */
  speakersRight: boolean;
  /** Questions whose text or the moderator names the asker or outlet, and how many the reader got exactly. */
  named: number;
  namedFound: number;
  /** Askers or outlets the reader gave that the text does not say. */
  invented: string[];
  addresseesRight: number;
  questions: number;
  problems: string[];
}

export const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');

/** The transcript files of one part of the corpus ("tuning" or "held-out"). */
export function corpusFiles(part: 'tuning' | 'held-out'): string[] {
  return readdirSync(join(CORPUS, part)).filter((f) => !f.endsWith('.expected.json')).sort();
}

const same = (a: string | undefined, b: string | undefined) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

export function scoreFile(part: 'tuning' | 'held-out', file: string): FileScore {
  const path = join(CORPUS, part, file);
  const expected = JSON.parse(readFileSync(path.replace(/\.[^.]+$/, '.expected.json'), 'utf8')) as Expected;
  const score: FileScore = { file, turnsRight: 0, turns: expected.turns.length, speakersRight: false, named: 0, namedFound: 0, invented: [], addresseesRight: 0, questions: expected.questions.length, problems: [] };
  let t: Transcript;
  try {
    t = readTranscript(readFileSync(path, 'utf8'), { fileName: file }).transcript;
  } catch (error) {
    score.problems.push(`not read: ${(error as Error).message}`);
    return score;
  }
  const nameOf = (id: string) => t.speakers.find((s) => s.id === id)?.name ?? id;
  expected.turns.forEach((want, i) => {
    const got = t.turns[i];
    const text = got ? turnText(got) : '';
    const timeRight = expected.times === undefined || got?.start === expected.times[i];
    if (got && nameOf(got.speaker) === want.speaker && text.startsWith(want.text) && timeRight) score.turnsRight++;
    else score.problems.push(`turn ${i}: expected ${want.speaker} “${want.text}”${expected.times ? ` at ${expected.times[i]}` : ''}, got ${got ? `${nameOf(got.speaker)} “${text.slice(0, 40)}”${got.start !== null ? ` at ${got.start}` : ''}` : 'nothing'}`);
  });
  if (t.turns.length > expected.turns.length) score.problems.push(`${t.turns.length - expected.turns.length} turns more than expected`);
  const wantSpeakers = [...new Set(expected.turns.map((x) => x.speaker))].sort();
  const gotSpeakers = [...new Set(t.turns.map((x) => nameOf(x.speaker)))].sort();
  score.speakersRight = JSON.stringify(wantSpeakers) === JSON.stringify(gotSpeakers);
  for (const want of expected.questions) {
    const got = t.questions.find((q) => q.turn === want.turn);
    if (want.asker || want.outlet) {
      score.named++;
      if (got && same(got.asker, want.asker) && same(got.outlet, want.outlet)) score.namedFound++;
      else score.problems.push(`question at turn ${want.turn}: expected ${want.asker ?? '-'} / ${want.outlet ?? '-'}, got ${got ? `${got.asker ?? '-'} / ${got.outlet ?? '-'}` : 'no question'}`);
    }
    if (got && JSON.stringify(got.addressees) === JSON.stringify(want.addressees)) score.addresseesRight++;
    else if (got) score.problems.push(`question at turn ${want.turn}: addressees ${JSON.stringify(got.addressees)}, expected ${JSON.stringify(want.addressees)}`);
  }
  for (const got of t.questions) {
    const want = expected.questions.find((q) => q.turn === got.turn);
    if (got.asker && !same(got.asker, want?.asker)) score.invented.push(`turn ${got.turn}: asker ${got.asker}`);
    if (got.outlet && !same(got.outlet, want?.outlet)) score.invented.push(`turn ${got.turn}: outlet ${got.outlet}`);
  }
  return score;
}

export interface PartScore {
  files: FileScore[];
  turnsRight: number;
  turns: number;
  speakersRight: number;
  named: number;
  namedFound: number;
  invented: number;
}

export function scorePart(part: 'tuning' | 'held-out'): PartScore {
  const files = corpusFiles(part).map((f) => scoreFile(part, f));
  const sum = (f: (s: FileScore) => number) => files.reduce((n, s) => n + f(s), 0);
  return {
    files,
    turnsRight: sum((s) => s.turnsRight),
    turns: sum((s) => s.turns),
    speakersRight: sum((s) => (s.speakersRight ? 1 : 0)),
    named: sum((s) => s.named),
    namedFound: sum((s) => s.namedFound),
    invented: sum((s) => s.invented.length),
  };
}
