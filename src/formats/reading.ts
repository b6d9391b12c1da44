/**
 * The steps of reading a transcript that do not depend on its format, in one place for the
 * registry (`index.ts`, every reader at hand) and the page's loader (`load.ts`, one reader loaded).
 */
import type { Transcript } from '../model/transcript.js';
import type { TranscriptFormat } from './catalog.js';
import { TranscriptReadError, readError, requireText, type ReadResult, type ReadWarning } from './diagnostics.js';
import { decodeTranscriptBytes } from './encoding.js';
import { QUESTION_LABELS } from './press-release/question-labels.js';

/** What a reader is given: text, or bytes (a file's) whose encoding is then recognised. */
export type TranscriptInput = string | ArrayBuffer | Uint8Array;

/** The name errors give the input when it has no file name. */
export const UNNAMED = 'transcript';

/**
 * The text of the input, refused if it is binary or empty; with a warning when its encoding had
 * to be guessed (see encoding.ts).
 */
export function inputText(input: TranscriptInput, where: string): { body: string; warning?: ReadWarning } {
  const decoded: { text: string; warning?: ReadWarning } = typeof input === 'string' ? { text: input } : decodeTranscriptBytes(input);
  const body = requireText(decoded.text, where);
  if (!body.trim()) throw readError(where, 'empty', {}, 1);
  return decoded.warning ? { body, warning: decoded.warning } : { body };
}

/** The error for text no format recognised, listing the formats that read. */
export function unrecognised(where: string, readers: readonly { label: string }[]): TranscriptReadError {
  return readError(where, 'unrecognised', { known: readers.map((f) => f.label).join(', ') });
}

/** Reads `body` with `format`, naming the file in the message of any error: "talk.txt: WebVTT: line 3: …". */
export function readAs(format: TranscriptFormat, body: string, where: string): ReadResult<Transcript> {
  return inFile(where, () => format.read!(body));
}

/** Runs a reader, naming the file in the message of any error it throws. */
export function inFile<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TranscriptReadError && fileName !== UNNAMED) throw new TranscriptReadError(`${fileName}: ${error.format}`, error.reason, error.line, error.why);
    throw error;
  }
}

/**
 * True when a transcript from a format that does not look for questions (captions whose voices
 * include "Question" or "The Press") has some to find, as transcript text's reader finds them.
 */
export function hasUnfoundQuestions(t: Transcript): boolean {
  return !t.questions.length && t.speakers.some((s) => QUESTION_LABELS.test(s.label ?? s.name));
}
