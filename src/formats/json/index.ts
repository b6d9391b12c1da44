/**
 * Parley JSON: the Transcript model itself, with `"format": "parley-transcript", "version": 1`
 * at the top. Lossless: every field of the model survives. The reader checks the file against
 * the model (the same rules as schema.json) and names the JSON path of the first problem, e.g.
 * `turns[3].speaker "x" is not one of the speakers`.
 */
import { MAX_TIME, type Chapter, type Question, type Sentence, type Speaker, type Transcript, type TranscriptMetadata, type Turn, type Word } from '../../model/transcript.js';
import { TranscriptReadError, type ReadResult, type ReadWarning } from '../diagnostics.js';
import type { FormatCode } from '../catalog.js';
import { parseJson, stringifyJson } from '../json-text.js';

export const PARLEY_FORMAT = 'parley-transcript';
export const PARLEY_VERSION = 1;
const LABEL = 'Parley JSON';

class Invalid extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string, problem: string): never {
  throw new Invalid(`${path} ${problem}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

function object(value: unknown, path: string): Obj {
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail(path, `must be an object, not ${describe(value)}`);
  return value as Obj;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, `must be an array, not ${describe(value)}`);
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, `must be a string, not ${describe(value)}`);
  return value;
}

function optionalString(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : string(o[key], `${path}.${key}`);
}

function seconds(value: unknown, path: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIME) {
    fail(path, `must be a time in seconds (a number from 0 to ${MAX_TIME}) or null, not ${describe(value)}`);
  }
  return value;
}

function span<T extends { start: number | null; end: number | null }>(o: Obj, path: string, into: Omit<T, 'start' | 'end'>): T {
  const start = seconds(o['start'] ?? null, `${path}.start`);
  const end = seconds(o['end'] ?? null, `${path}.end`);
  if (start !== null && end !== null && end < start) fail(`${path}.end`, `(${end}) is before its start (${start})`);
  return { ...into, start, end } as T;
}

function index(value: unknown, path: string, length: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= length) {
    fail(path, `${describe(value)} is not the index of one of the ${length} ${what}`);
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
  if (!id) fail(`${path}.id`, 'must not be empty');
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
  if (typeof o[key] !== 'boolean') fail(`${path}.${key}`, `must be true or false, not ${describe(o[key])}`);
  return o[key];
}

function readWord(value: unknown, path: string): Word {
  const o = object(value, path);
  const word = span<Word>(o, path, { text: string(o['text'], `${path}.text`) });
  if (!word.text || /\s/.test(word.text)) {
    if (!(o['annotation'] === true && word.text.trim())) fail(`${path}.text`, `${describe(word.text)} must be one word (no spaces)`);
  }
  for (const key of ['annotation', 'anchor', 'estimated'] as const) {
    if (flag(o, key, path)) word[key] = true;
  }
  if (o['cue'] !== undefined) {
    const cue = object(o['cue'], `${path}.cue`);
    const times = span<{ start: number | null; end: number | null }>(cue, `${path}.cue`, {});
    if (times.start === null || times.end === null) fail(`${path}.cue`, 'must have a start and an end');
    word.cue = { start: times.start!, end: times.end! };
  }
  return word;
}

function readSentence(value: unknown, path: string, warnings: ReadWarning[]): Sentence {
  const o = object(value, path);
  const words = array(o['words'], `${path}.words`).map((w, i) => readWord(w, `${path}.words[${i}]`));
  const text = o['text'] === undefined ? words.map((w) => w.text).join(' ') : string(o['text'], `${path}.text`);
  const joined = words.map((w) => w.text).join(' ');
  if (text !== joined) {
    warnings.push({ line: 1, message: `${path}.text differs from its words joined by spaces; the words are used` });
  }
  const sentence = span<Sentence>(o, path, { text: joined, words });
  if (flag(o, 'paragraph', path)) sentence.paragraph = true;
  return sentence;
}

function readTurn(value: unknown, path: string, speakerIds: Set<string>, warnings: ReadWarning[]): Turn {
  const o = object(value, path);
  const speaker = string(o['speaker'], `${path}.speaker`);
  if (!speakerIds.has(speaker)) fail(`${path}.speaker`, `${describe(speaker)} is not one of the speakers`);
  const annotations = o['annotations'] === undefined ? [] : array(o['annotations'], `${path}.annotations`).map((a, i) => string(a, `${path}.annotations[${i}]`));
  const sentences = array(o['sentences'], `${path}.sentences`).map((s, i) => readSentence(s, `${path}.sentences[${i}]`, warnings));
  return span<Turn>(o, path, { speaker, annotations, sentences });
}

function readQuestion(value: unknown, path: string, turns: number, speakerIds: Set<string>): Question {
  const o = object(value, path);
  const question: Question = {
    turn: index(o['turn'], `${path}.turn`, turns, 'turns'),
    addressees: array(o['addressees'] ?? [], `${path}.addressees`).map((a, i) => {
      const id = string(a, `${path}.addressees[${i}]`);
      if (!speakerIds.has(id)) fail(`${path}.addressees[${i}]`, `${describe(id)} is not one of the speakers`);
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

/** Checks a parsed Parley JSON document and returns the Transcript it holds. */
export function transcriptFromJson(data: unknown): ReadResult<Transcript> {
  const warnings: ReadWarning[] = [];
  try {
    const root = object(data, '(top level)');
    if (root['format'] !== PARLEY_FORMAT) fail('format', `must be "${PARLEY_FORMAT}", not ${describe(root['format'])}`);
    if (root['version'] !== PARLEY_VERSION) {
      if (typeof root['version'] === 'number' && root['version'] > PARLEY_VERSION) {
        fail('version', `${root['version']} is newer than this Parley reads (${PARLEY_VERSION}); update Parley`);
      }
      fail('version', `must be ${PARLEY_VERSION}, not ${describe(root['version'])}`);
    }
    const speakers = array(root['speakers'], 'speakers').map((s, i) => readSpeaker(s, `speakers[${i}]`));
    const ids = new Set<string>();
    speakers.forEach((s, i) => {
      if (ids.has(s.id)) fail(`speakers[${i}].id`, `${describe(s.id)} is used by an earlier speaker`);
      ids.add(s.id);
    });
    const turns = array(root['turns'], 'turns').map((t, i) => readTurn(t, `turns[${i}]`, ids, warnings));
    const questions = array(root['questions'] ?? [], 'questions').map((q, i) => readQuestion(q, `questions[${i}]`, turns.length, ids));
    const chapters = array(root['chapters'] ?? [], 'chapters').map((c, i) => readChapter(c, `chapters[${i}]`, turns.length));
    return { transcript: { metadata: readMetadata(root['metadata']), speakers, turns, questions, chapters }, warnings };
  } catch (error) {
    if (error instanceof Invalid) throw new TranscriptReadError(LABEL, error.message);
    throw error;
  }
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
