/**
 * A flat, sorted index of when each turn, sentence and word is spoken, answering
 * "what is active at time t" by binary search in O(log n) with no allocation.
 *
 * Built once per transcript. Untimed items (start === null) and annotation words are left
 * out of the index; lookups return indices into the transcript's own arrays, or -1.
 */
import type { Transcript } from './transcript.js';
import { isAnnotation, wordCount, wordEnd, wordStart } from './compact-words.js';

/** Address of a word inside a transcript. */
export interface WordAddress {
  turn: number;
  sentence: number;
  word: number;
}

/** Index of the last element of `starts` that is ≤ t, or -1. `starts` must be non-decreasing. */
export function lastAtOrBefore(starts: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Sorted timed items of one level: starts/ends, and the address of each item. */
interface Level {
  starts: Float64Array;
  ends: Float64Array;
  turn: Int32Array;
  sentence: Int32Array;
  word: Int32Array;
}

function makeLevel(n: number): Level {
  return {
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    turn: new Int32Array(n),
    sentence: new Int32Array(n),
    word: new Int32Array(n),
  };
}

function shrink(level: Level, n: number): Level {
  return {
    starts: level.starts.slice(0, n),
    ends: level.ends.slice(0, n),
    turn: level.turn.slice(0, n),
    sentence: level.sentence.slice(0, n),
    word: level.word.slice(0, n),
  };
}

export class TimeIndex {
  readonly turns: Level;
  readonly sentences: Level;
  readonly words: Level;

  constructor(transcript: Transcript) {
    let nTurns = 0;
    let nSentences = 0;
    let nWords = 0;
    for (const turn of transcript.turns) {
      nTurns++;
      for (const sentence of turn.sentences) {
        nSentences++;
        nWords += wordCount(sentence);
      }
    }
    const turns = makeLevel(nTurns);
    const sentences = makeLevel(nSentences);
    const words = makeLevel(nWords);
    let ti = 0;
    let si = 0;
    let wi = 0;
    // Items are kept only while their starts stay non-decreasing, which binary search needs;
    // an item that starts before its predecessor (a broken file) is left out rather than
    // corrupting every lookup after it.
    let lastTurn = -Infinity;
    let lastSentence = -Infinity;
    let lastWord = -Infinity;
    transcript.turns.forEach((turn, t) => {
      if (turn.start !== null && turn.start >= lastTurn) {
        lastTurn = turn.start;
        put(turns, ti++, turn.start, turn.end ?? turn.start, t, -1, -1);
      }
      turn.sentences.forEach((sentence, s) => {
        if (sentence.start !== null && sentence.start >= lastSentence) {
          lastSentence = sentence.start;
          put(sentences, si++, sentence.start, sentence.end ?? sentence.start, t, s, -1);
        }
        // Through the accessors of compact-words.ts: a compact sentence's words are never made.
        for (let w = 0, n = wordCount(sentence); w < n; w++) {
          const start = wordStart(sentence, w);
          if (start === null || start < lastWord || isAnnotation(sentence, w)) continue;
          lastWord = start;
          put(words, wi++, start, wordEnd(sentence, w) ?? start, t, s, w);
        }
      });
    });
    this.turns = shrink(turns, ti);
    this.sentences = shrink(sentences, si);
    this.words = shrink(words, wi);
  }

  /** Number of timed words in the index. */
  get wordCount(): number {
    return this.words.starts.length;
  }

  /**
   * The turn being spoken at time t: the last turn that started at or before t (a turn stays
   * current through the pause after it, until the next one starts). -1 before the first turn.
   */
  turnAt(t: number): number {
    const i = lastAtOrBefore(this.turns.starts, t);
    return i < 0 ? -1 : this.turns.turn[i]!;
  }

  /**
   * The turn shown as current at t: `turnAt(t)`, except that once playback has begun (`started`)
   * the first turn is current before its start too, so that exactly one turn is current while
   * playing. -1 before playback and for an untimed transcript.
   */
  currentTurnAt(t: number, started: boolean): number {
    const turn = this.turnAt(t);
    return turn < 0 && started && this.turns.starts.length ? this.turns.turn[0]! : turn;
  }

  /** The sentence being spoken at t (held through pauses like turns), or null before the first. */
  sentenceAt(t: number): { turn: number; sentence: number } | null {
    const i = lastAtOrBefore(this.sentences.starts, t);
    return i < 0 ? null : { turn: this.sentences.turn[i]!, sentence: this.sentences.sentence[i]! };
  }

  /**
   * Position in the flat word list of the word spoken at t: start ≤ t < end. -1 between words
   * (pauses are not attributed to any word).
   */
  wordPositionAt(t: number): number {
    const i = lastAtOrBefore(this.words.starts, t);
    if (i < 0) return -1;
    return t < this.words.ends[i]! ? i : -1;
  }

  /** The word spoken at t, or null in a pause. */
  wordAt(t: number): WordAddress | null {
    const i = this.wordPositionAt(t);
    return i < 0 ? null : this.wordAddress(i);
  }

  /** The address of the word at a position of the flat word list. */
  wordAddress(position: number): WordAddress {
    return {
      turn: this.words.turn[position]!,
      sentence: this.words.sentence[position]!,
      word: this.words.word[position]!,
    };
  }
}

function put(level: Level, i: number, start: number, end: number, turn: number, sentence: number, word: number): void {
  level.starts[i] = start;
  level.ends[i] = end;
  level.turn[i] = turn;
  level.sentence[i] = sentence;
  level.word[i] = word;
}
