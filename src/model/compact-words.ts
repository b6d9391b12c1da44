/**
 * Words held compactly, and read without making them.
 *
 * An hours-long transcript has a hundred thousand words; as `Word` objects each costs an object,
 * two boxed numbers for its times and its text, on top of the sentence's text, which already
 * holds every word (the words joined by single spaces). A reader may instead keep a sentence's
 * words compact: its text plus the words' times in typed arrays shared by the whole transcript
 * (`WordStore`). The sentence's `words` is then an own, enumerable accessor that makes the
 * `Word` objects the first time some code asks for them and replaces itself with a plain data
 * property, so that the model stays what transcript.ts says it is: `sentence.words` works, can be
 * changed and reassigned, and JSON, `structuredClone` and spread see it.
 *
 * Only sentences whose words are all plain are kept compact: no annotation, anchor, estimated
 * time or caption cue, and no white space inside a word, so that the text split at its spaces
 * gives the words back. Other sentences keep their `Word` objects.
 *
 * The functions below (`wordCount`, `wordStart`, `wordEnd`, `wordTexts`, `wordOffset`…) read a
 * sentence's words in either form. The player's load and play path (the time index, the
 * rendering, the sync) reads words only through them, so that loading and playing a transcript
 * makes no `Word` object; code that changes words or needs whole `Word`s uses `sentence.words`.
 */
import type { Seconds, Sentence, Word } from './transcript.js';

/** The words of a transcript's compact sentences: their times side by side. */
export class WordStore {
  /** Each word's start and end, in seconds; NaN for a time not known (`null` in the model). */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The first word of each compact sentence, then the number of their words. */
  private readonly firsts: number[] = [0];
  /** Words stored so far, the words of the next sentence included. */
  private stored = 0;
  /** Each compact sentence's words joined by single spaces, as read. */
  private readonly texts: string[] = [];

  /** A store with room for `capacity` words. */
  constructor(capacity: number) {
    this.starts = new Float64Array(capacity);
    this.ends = new Float64Array(capacity);
  }

  /** Stores the times of the next word; `sentence()` then takes the words stored since the last. */
  addWord(start: Seconds, end: Seconds): void {
    this.starts[this.stored] = start ?? NaN;
    this.ends[this.stored] = end ?? NaN;
    this.stored++;
  }

  /**
   * A sentence whose words are the words stored since the last sentence, with texts `text` split
   * at its single spaces (the caller checked that no word holds white space and that their number
   * matches). Its fields are in the model's order: text, start, end, words (then `paragraph`).
   */
  sentence(text: string, start: Seconds, end: Seconds, paragraph = false): Sentence {
    const index = this.texts.length;
    this.texts.push(text);
    this.firsts.push(this.stored);
    const sentence = { text, start, end } as Sentence & Compact;
    // One getter and setter for every compact sentence, so that they share one hidden class.
    Object.defineProperty(sentence, 'words', { get: materialise, set: replaceWords, enumerable: true, configurable: true });
    Object.defineProperty(sentence, STORE, { value: this, writable: true });
    Object.defineProperty(sentence, INDEX, { value: index, writable: true });
    if (paragraph) sentence.paragraph = true;
    return sentence;
  }

  /** @internal First word of compact sentence `index` in `starts` and `ends`. */
  first(index: number): number {
    return this.firsts[index]!;
  }

  /** @internal Number of words of compact sentence `index`. */
  wordsOf(index: number): number {
    return this.firsts[index + 1]! - this.firsts[index]!;
  }

  /** @internal The words of compact sentence `index` joined by single spaces. */
  text(index: number): string {
    return this.texts[index]!;
  }
}

const STORE = Symbol('parley.wordStore');
const INDEX = Symbol('parley.wordStoreIndex');

/** The hidden fields of a compact sentence (not enumerable: JSON, spread and clones skip them). */
interface Compact {
  [STORE]: WordStore | null;
  [INDEX]: number;
}

let materialised = 0;

/** How many compact sentences have had their `Word` objects made so far (for tests and benchmarks). */
export function materialisedSentences(): number {
  return materialised;
}

/** The store of a sentence whose words were never made, or null. */
function storeOf(sentence: Sentence): WordStore | null {
  return (sentence as Sentence & Partial<Compact>)[STORE] ?? null;
}

function materialise(this: Sentence & Compact): Word[] {
  const store = this[STORE]!;
  const index = this[INDEX];
  const first = store.first(index);
  const words = store.text(index).split(' ').map((text, w): Word => {
    const start = store.starts[first + w]!;
    const end = store.ends[first + w]!;
    return { text, start: Number.isNaN(start) ? null : start, end: Number.isNaN(end) ? null : end };
  });
  materialised++;
  replaceWords.call(this, words);
  return words;
}

function replaceWords(this: Sentence & Compact, words: Word[]): void {
  this[STORE] = null;
  Object.defineProperty(this, 'words', { value: words, writable: true, enumerable: true, configurable: true });
}

/** Number of words of a sentence. */
export function wordCount(sentence: Sentence): number {
  const store = storeOf(sentence);
  return store ? store.wordsOf((sentence as Sentence & Compact)[INDEX]) : sentence.words.length;
}

/** Start of word `w` of a sentence (`w` within `wordCount`). */
export function wordStart(sentence: Sentence, w: number): Seconds {
  const store = storeOf(sentence);
  if (!store) return sentence.words[w]!.start;
  const t = store.starts[store.first((sentence as Sentence & Compact)[INDEX]) + w]!;
  return Number.isNaN(t) ? null : t;
}

/** End of word `w` of a sentence (`w` within `wordCount`). */
export function wordEnd(sentence: Sentence, w: number): Seconds {
  const store = storeOf(sentence);
  if (!store) return sentence.words[w]!.end;
  const t = store.ends[store.first((sentence as Sentence & Compact)[INDEX]) + w]!;
  return Number.isNaN(t) ? null : t;
}

/** True when word `w` is an annotation such as "(inaudible)" (compact sentences have none). */
export function isAnnotation(sentence: Sentence, w: number): boolean {
  return !storeOf(sentence) && !!sentence.words[w]!.annotation;
}

/** True when any word of the sentence is an annotation. */
export function hasAnnotation(sentence: Sentence): boolean {
  return !storeOf(sentence) && sentence.words.some((w) => w.annotation);
}

/** The texts of a sentence's words, in order (a new array). */
export function wordTexts(sentence: Sentence): string[] {
  const store = storeOf(sentence);
  return store ? store.text((sentence as Sentence & Compact)[INDEX]).split(' ') : sentence.words.map((w) => w.text);
}

/** A sentence's words joined by single spaces: the text the transcript shows for it. */
export function wordsText(sentence: Sentence): string {
  const store = storeOf(sentence);
  return store ? store.text((sentence as Sentence & Compact)[INDEX]) : sentence.words.map((w) => w.text).join(' ');
}

/**
 * Where each word of the sentence starts in `wordsText(sentence)`, with the text's length plus
 * one as a last entry: word `w` is the text from `at[w]` to `at[w + 1] - 1`.
 */
export function wordOffsets(sentence: Sentence): number[] {
  const at = [0];
  const store = storeOf(sentence);
  if (store) {
    const text = store.text((sentence as Sentence & Compact)[INDEX]);
    for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) at.push(i + 1);
    at.push(text.length + 1);
    return at;
  }
  for (const word of sentence.words) at.push(at[at.length - 1]! + word.text.length + 1);
  return at;
}
