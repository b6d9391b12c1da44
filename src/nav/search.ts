/**
 * Transcript search: words and phrases, case- and accent-insensitive, punctuation-tolerant, and
 * always literal (the query is text, never a pattern).
 *
 * The index is built once per transcript: every word's normalised text joined into one string
 * (a space between words, a line break between sentences so a phrase never runs across a
 * sentence end), with the offset at which each word starts. A query is then one `indexOf` loop
 * over that string and a binary search per hit to find its words, which keeps a 90,000-word
 * transcript well under a frame per keystroke (see bench/search.ts).
 */
import type { Transcript } from '../model/transcript.js';
import { lastAtOrBefore } from '../model/time-index.js';
import { isAnnotation, wordCount, wordStart, wordTexts } from '../model/compact-words.js';

/**
 * A match: words `startWord`…`endWord` (inclusive) of sentence `sentence` of turn `turn`.
 * `sentence === -1` marks a match on the turn's speaker name (the label at the head of the turn);
 * its word indices are then -1 too.
 */
export interface SearchMatch {
  turn: number;
  sentence: number;
  startWord: number;
  endWord: number;
}

export const LABEL_MATCH = -1;

export interface SearchIndex {
  /** Normalised words joined by ' ' within a sentence and '\n' between sentences. */
  readonly text: string;
  /** Offset in `text` of each indexed word, increasing. */
  readonly starts: Int32Array;
  readonly turn: Int32Array;
  readonly sentence: Int32Array;
  readonly word: Int32Array;
  /** Speaker id of each turn. */
  readonly turnSpeaker: readonly string[];
  /** Normalised names ("foreign minister lavrov", "sergey lavrov") of each speaker id. */
  readonly speakerNames: ReadonlyMap<string, readonly string[]>;
}

const MARKS = /\p{M}+/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Case- and accent-folded text: NFD, lower case, combining marks removed. "Gabalá" → "gabala". */
export function fold(text: string): string {
  return text.normalize('NFD').toLowerCase().replace(MARKS, '');
}

/**
 * The searchable form of one word: folded, with punctuation at its edges removed, so that
 * "Gabala," and "(Gabala)" read "gabala" and "U.S." reads "u.s". Punctuation inside a word stays.
 * A word made only of punctuation ("—") has the empty key and is not indexed.
 */
export function wordKey(word: string): string {
  return fold(word).replace(EDGE_PUNCTUATION, '');
}

/** The searchable form of a query or a name: its words' keys joined by single spaces. */
export function phraseKey(text: string): string {
  return text
    .split(/\s+/)
    .map(wordKey)
    .filter(Boolean)
    .join(' ');
}

export function buildSearchIndex(transcript: Transcript): SearchIndex {
  let count = 0;
  for (const turn of transcript.turns) for (const s of turn.sentences) count += wordCount(s);
  const starts = new Int32Array(count);
  const turns = new Int32Array(count);
  const sentences = new Int32Array(count);
  const words = new Int32Array(count);
  const parts: string[] = [];
  // Speech repeats its words: a 90,000-word transcript has a few thousand distinct ones.
  const keys = new Map<string, string>();
  let n = 0;
  let offset = 0;
  transcript.turns.forEach((turn, t) => {
    turn.sentences.forEach((sentence, s) => {
      let first = true;
      // Through compact-words.ts: searching makes no `Word` object.
      wordTexts(sentence).forEach((text, w) => {
        let key = keys.get(text);
        if (key === undefined) keys.set(text, (key = wordKey(text)));
        if (!key) return;
        if (n > 0) {
          parts.push(first ? '\n' : ' ');
          offset += 1;
        }
        first = false;
        starts[n] = offset;
        turns[n] = t;
        sentences[n] = s;
        words[n] = w;
        n++;
        parts.push(key);
        offset += key.length;
      });
    });
  });
  const speakerNames = new Map<string, string[]>();
  for (const speaker of transcript.speakers) {
    const names = [speaker.name, speaker.fullName].filter((x): x is string => !!x).map(phraseKey).filter(Boolean);
    speakerNames.set(speaker.id, names);
  }
  return {
    text: parts.join(''),
    starts: starts.slice(0, n),
    turn: turns.slice(0, n),
    sentence: sentences.slice(0, n),
    word: words.slice(0, n),
    turnSpeaker: transcript.turns.map((t) => t.speaker),
    speakerNames,
  };
}

function startsAtWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  return before === 32 || before === 10;
}

/**
 * Every match of `query`, in reading order (a turn's speaker-name match before the matches in its
 * text). A match begins at the start of a word and may end inside one, so that typing "Gaba"
 * already finds "Gabala"; several hits inside the same words count once. An empty query, or one
 * made only of punctuation, matches nothing.
 */
export function search(index: SearchIndex, query: string): SearchMatch[] {
  const q = phraseKey(query);
  if (!q) return [];
  const text = index.text;
  const found: SearchMatch[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (let at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + 1)) {
    if (!startsAtWord(text, at)) continue;
    const a = lastAtOrBefore(index.starts, at);
    const b = lastAtOrBefore(index.starts, at + q.length - 1);
    if (a === lastStart && b === lastEnd) continue;
    lastStart = a;
    lastEnd = b;
    found.push({ turn: index.turn[a]!, sentence: index.sentence[a]!, startWord: index.word[a]!, endWord: index.word[b]! });
  }

  const named = new Set<string>();
  for (const [id, names] of index.speakerNames) {
    if (names.some((name) => name.startsWith(q) || name.includes(` ${q}`))) named.add(id);
  }
  if (!named.size) return found;
  const out: SearchMatch[] = [];
  let i = 0;
  index.turnSpeaker.forEach((speaker, t) => {
    if (named.has(speaker)) out.push({ turn: t, sentence: LABEL_MATCH, startWord: LABEL_MATCH, endWord: LABEL_MATCH });
    while (i < found.length && found[i]!.turn === t) out.push(found[i++]!);
  });
  while (i < found.length) out.push(found[i++]!);
  return out;
}

/**
 * Transcript time of a match: its first timed word, else its sentence's start, else its turn's
 * (a speaker-name match is at its turn's start); null when untimed.
 */
export function matchTime(transcript: Transcript, m: SearchMatch): number | null {
  const turn = transcript.turns[m.turn];
  if (!turn) return null;
  const sentence = turn.sentences[m.sentence];
  if (sentence) {
    for (let w = Math.max(0, m.startWord); w <= Math.min(m.endWord, wordCount(sentence) - 1); w++) {
      const start = wordStart(sentence, w);
      if (start !== null && !isAnnotation(sentence, w)) return start;
    }
    if (sentence.start !== null) return sentence.start;
  }
  return turn.start;
}
