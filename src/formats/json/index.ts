/**
 * Parley JSON: the Transcript model itself, with `"format": "parley-transcript", "version": 1`
 * at the top. Lossless: every field of the model survives. The reader checks the file against
 * the model (the same rules as schema.json) and names the JSON path of the first problem, e.g.
 * `turns[3].speaker "x" is not one of the speakers`.
 */
import { MAX_TIME, type Chapter, type Question, type Sentence, type Speaker, type Transcript, type TranscriptMetadata, type Turn, type Word } from '../../model/transcript.js';
import { WordStore } from '../../model/compact-words.js';
import { readError, valueParams, type ReadErrorCode, type ReadParams, type ReadResult, type ReadWarning } from '../diagnostics.js';
import type { FormatCode } from '../catalog.js';
import { parseJson, stringifyJson } from '../json-text.js';

export const PARLEY_FORMAT = 'parley-transcript';
export const PARLEY_VERSION = 1;
const LABEL = 'Parley JSON';

type Obj = Record<string, unknown>;

/** The first problem found: `path` is the JSON path of the field ("turns[3].speaker"). */
function fail(code: ReadErrorCode, path: string, params: ReadParams = {}): never {
  throw readError(LABEL, code, { path, ...params });
}

function object(value: unknown, path: string): Obj {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('fieldNotObject', path, valueParams(value));
  return value as Obj;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail('fieldNotArray', path, valueParams(value));
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail('fieldNotString', path, valueParams(value));
  return value;
}

function optionalString(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : string(o[key], `${path}.${key}`);
}

function seconds(value: unknown, path: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIME) {
    fail('fieldNotTime', path, { max: MAX_TIME, ...valueParams(value) });
  }
  return value;
}

/**
 * The `start` and `end` of an object, checked. Callers write each object as one literal with
 * every field (`{ text, start, end }`) rather than spreading into it: a long transcript has a
 * hundred thousand words, and an object whose fields are added after it is made keeps them in a
 * second allocation, which more than doubled the memory the words take.
 */
function times(o: Obj, path: string): { start: number | null; end: number | null } {
  const start = seconds(o['start'] ?? null, `${path}.start`);
  const end = seconds(o['end'] ?? null, `${path}.end`);
  if (start !== null && end !== null && end < start) fail('fieldEndBeforeStart', `${path}.end`, { end, start });
  return { start, end };
}

function index(value: unknown, path: string, length: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= length) {
    fail('fieldNotIndex', path, { count: length, what, ...valueParams(value) });
  }
  return value;
}

function readMetadata(value: unknown): TranscriptMetadata {
  const o = object(value ?? {}, 'metadata');
  const m: TranscriptMetadata = {};
  for (const key of ['title', 'principal', 'dateText', 'date', 'language', 'release', 'documentNumber'] as const) {
    const v = optionalString(o, key, 'metadata');
    if (v !== undefined) m[key] = v;
  }
  if (o['place'] !== undefined) m.place = array(o['place'], 'metadata.place').map((p, i) => string(p, `metadata.place[${i}]`));
  if (o['notes'] !== undefined) m.notes = array(o['notes'], 'metadata.notes').map((p, i) => string(p, `metadata.notes[${i}]`));
  if (o['duration'] !== undefined) {
    const d = seconds(o['duration'], 'metadata.duration');
    if (d !== null) m.duration = d;
  }
  if (o['extra'] !== undefined) {
    const extra = object(o['extra'], 'metadata.extra');
    m.extra = {};
    for (const [k, v] of Object.entries(extra)) m.extra[k] = string(v, `metadata.extra.${k}`);
  }
  return m;
}

function readSpeaker(value: unknown, path: string): Speaker {
  const o = object(value, path);
  const id = string(o['id'], `${path}.id`);
  if (!id) fail('fieldEmpty', `${path}.id`);
  const speaker: Speaker = { id, name: string(o['name'], `${path}.name`) };
  for (const key of ['fullName', 'role', 'label'] as const) {
    const v = optionalString(o, key, path);
    if (v !== undefined) speaker[key] = v;
  }
  if (flag(o, 'unnamed', path)) speaker.unnamed = true;
  return speaker;
}

/** An optional true/false field; true when it is true. */
function flag(o: Obj, key: string, path: string): boolean {
  if (o[key] === undefined) return false;
  if (typeof o[key] !== 'boolean') fail('fieldNotBoolean', `${path}.${key}`, valueParams(o[key]));
  return o[key];
}

function readWord(value: unknown, path: string): Word {
  const o = object(value, path);
  const { start, end } = times(o, path);
  const word: Word = { text: string(o['text'], `${path}.text`), start, end };
  if (!word.text || /\s/.test(word.text)) {
    if (!(o['annotation'] === true && word.text.trim())) fail('fieldNotOneWord', `${path}.text`, valueParams(word.text));
  }
  for (const key of ['annotation', 'anchor', 'estimated'] as const) {
    if (flag(o, key, path)) word[key] = true;
  }
  if (o['cue'] !== undefined) {
    const cue = object(o['cue'], `${path}.cue`);
    const t = times(cue, `${path}.cue`);
    if (t.start === null || t.end === null) fail('fieldCueUntimed', `${path}.cue`);
    word.cue = { start: t.start!, end: t.end! };
  }
  return word;
}

/** True when every word is an object with no more than its text and times (no annotation, anchor, estimate, cue). */
function plainWords(items: unknown[]): boolean {
  for (const w of items) {
    if (!w || typeof w !== 'object') return false;
    const o = w as Obj;
    if (o['annotation'] !== undefined || o['anchor'] !== undefined || o['estimated'] !== undefined || o['cue'] !== undefined) return false;
  }
  return true;
}

/** A time that passes `seconds` (null when absent), or undefined when it does not: `times` then says why. */
function quickTime(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'number' && value >= 0 && value <= MAX_TIME ? value : undefined;
}

/**
 * The texts of plain words, their times added to `store`, checked as readWord checks them. A word
 * that passes is not given a JSON path (a string per field of a hundred thousand words); one that
 * does not goes through readWord's checks, which name the field.
 */
function readPlainWords(items: unknown[], path: string, store: WordStore): string[] {
  const texts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const o = items[i] as Obj;
    const start = quickTime(o['start']);
    const end = quickTime(o['end']);
    const text = o['text'];
    if (start === undefined || end === undefined || (start !== null && end !== null && end < start) || typeof text !== 'string' || !text || /\s/.test(text)) {
      readWord(o, `${path}.words[${i}]`);
      // readWord accepts white space in an annotation only, and these words are none.
      fail('fieldNotOneWord', `${path}.words[${i}].text`, valueParams(text));
    }
    store.addWord(start, end);
    texts.push(text);
  }
  return texts;
}

function readSentence(value: unknown, path: string, warnings: ReadWarning[], store: WordStore): Sentence {
  const o = object(value, path);
  const items = array(o['words'], `${path}.words`);
  // Plain words (the most of any transcript) are kept compact: their times go to the store, their
  // texts stay only in the sentence's text (see model/compact-words.ts).
  let joined: string;
  let words: Word[] | null = null;
  if (plainWords(items)) {
    joined = readPlainWords(items, path, store).join(' ');
  } else {
    words = items.map((w, i) => readWord(w, `${path}.words[${i}]`));
    joined = words.map((w) => w.text).join(' ');
  }
  const text = o['text'] === undefined ? joined : string(o['text'], `${path}.text`);
  if (text !== joined) {
    warnings.push({ line: 1, message: `${path}.text differs from its words joined by spaces; the words are used` });
  }
  const { start, end } = times(o, path);
  const paragraph = flag(o, 'paragraph', path);
  if (!words) return store.sentence(joined, start, end, paragraph);
  const sentence: Sentence = { text: joined, start, end, words };
  if (paragraph) sentence.paragraph = true;
  return sentence;
}

function readTurn(value: unknown, path: string, speakerIds: Set<string>, warnings: ReadWarning[], store: WordStore): Turn {
  const o = object(value, path);
  const speaker = string(o['speaker'], `${path}.speaker`);
  if (!speakerIds.has(speaker)) fail('fieldNotSpeaker', `${path}.speaker`, valueParams(speaker));
  const annotations = o['annotations'] === undefined ? [] : array(o['annotations'], `${path}.annotations`).map((a, i) => string(a, `${path}.annotations[${i}]`));
  const sentences = array(o['sentences'], `${path}.sentences`).map((s, i) => readSentence(s, `${path}.sentences[${i}]`, warnings, store));
  const { start, end } = times(o, path);
  return { speaker, start, end, annotations, sentences };
}

function readQuestion(value: unknown, path: string, turns: number, speakerIds: Set<string>): Question {
  const o = object(value, path);
  const question: Question = {
    turn: index(o['turn'], `${path}.turn`, turns, 'turns'),
    addressees: array(o['addressees'] ?? [], `${path}.addressees`).map((a, i) => {
      const id = string(a, `${path}.addressees[${i}]`);
      if (!speakerIds.has(id)) fail('fieldNotSpeaker', `${path}.addressees[${i}]`, valueParams(id));
      return id;
    }),
    answers: array(o['answers'] ?? [], `${path}.answers`).map((a, i) => index(a, `${path}.answers[${i}]`, turns, 'turns')),
  };
  for (const key of ['asker', 'outlet'] as const) {
    const v = optionalString(o, key, path);
    if (v !== undefined) question[key] = v;
  }
  return question;
}

function readChapter(value: unknown, path: string, turns: number): Chapter {
  const o = object(value, path);
  const chapter: Chapter = { title: string(o['title'], `${path}.title`), start: seconds(o['start'] ?? null, `${path}.start`) };
  if (o['end'] !== undefined) chapter.end = seconds(o['end'], `${path}.end`);
  if (o['turn'] !== undefined) chapter.turn = index(o['turn'], `${path}.turn`, turns, 'turns');
  return chapter;
}

/** The number of words in a file's turns, at most (what is not an array counts none; it is reported later). */
function wordsIn(turns: unknown[]): number {
  let n = 0;
  for (const turn of turns) {
    const sentences = (turn as Obj | null)?.['sentences'];
    if (!Array.isArray(sentences)) continue;
    for (const sentence of sentences) {
      const words = (sentence as Obj | null)?.['words'];
      if (Array.isArray(words)) n += words.length;
    }
  }
  return n;
}

/** Checks a parsed Parley JSON document and returns the Transcript it holds. */
export function transcriptFromJson(data: unknown): ReadResult<Transcript> {
  const warnings: ReadWarning[] = [];
  const root = object(data, '(top level)');
  if (root['format'] !== PARLEY_FORMAT) fail('fieldWrongFormat', 'format', { expected: PARLEY_FORMAT, ...valueParams(root['format']) });
  if (root['version'] !== PARLEY_VERSION) {
    if (typeof root['version'] === 'number' && root['version'] > PARLEY_VERSION) {
      fail('fieldNewerVersion', 'version', { version: root['version'], expected: PARLEY_VERSION });
    }
    fail('fieldWrongVersion', 'version', { expected: PARLEY_VERSION, ...valueParams(root['version']) });
  }
  const speakers = array(root['speakers'], 'speakers').map((s, i) => readSpeaker(s, `speakers[${i}]`));
  const ids = new Set<string>();
  speakers.forEach((s, i) => {
    if (ids.has(s.id)) fail('fieldSpeakerTwice', `speakers[${i}].id`, valueParams(s.id));
    ids.add(s.id);
  });
  const turns = array(root['turns'], 'turns');
  const store = new WordStore(wordsIn(turns));
  const read = turns.map((t, i) => readTurn(t, `turns[${i}]`, ids, warnings, store));
  const questions = array(root['questions'] ?? [], 'questions').map((q, i) => readQuestion(q, `questions[${i}]`, read.length, ids));
  const chapters = array(root['chapters'] ?? [], 'chapters').map((c, i) => readChapter(c, `chapters[${i}]`, read.length));
  return { transcript: { metadata: readMetadata(root['metadata']), speakers, turns: read, questions, chapters }, warnings };
}

export function readParleyJson(text: string): ReadResult<Transcript> {
  return transcriptFromJson(parseJson(text, LABEL));
}

/** The Transcript as Parley JSON (words and other small objects one per line). */
export function writeParleyJson(transcript: Transcript): string {
  const { metadata, speakers, turns, questions, chapters } = transcript;
  return `${stringifyJson({ format: PARLEY_FORMAT, version: PARLEY_VERSION, metadata, speakers, turns, questions, chapters })}\n`;
}

/** Its reader and writer, for the table of formats (../catalog.ts). */
export const code: FormatCode = { read: readParleyJson, write: writeParleyJson };
