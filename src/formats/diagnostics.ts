/**
 * What a reader tells a person about their file: warnings for what it had to guess or skip,
 * and an error, naming the line, when nothing sensible can be read.
 */
import { fill } from '../model/text-template.js';
import { READ_ERRORS, type ReadErrorCode, type ReadParams } from './messages.js';

export { READ_ERRORS, valueParams, type ReadErrorCode, type ReadParams } from './messages.js';

/** A problem a reader worked around. `line` is 1-based. */
export interface ReadWarning {
  line: number;
  message: string;
}

/** A transcript as read, with the warnings collected on the way. */
export interface ReadResult<T> {
  transcript: T;
  warnings: ReadWarning[];
}

/** The file could not be read as a transcript at all. `line` is 1-based when known. */
export class TranscriptReadError extends Error {
  override readonly name = 'TranscriptReadError';
  constructor(
    /** Which format the reader expected, e.g. "transcript text", "WebVTT" (with the file name in front when known). */
    readonly format: string,
    /** What is wrong, in English words a person understands. */
    readonly reason: string,
    /** The 1-based line the problem is on, when there is one. */
    readonly line?: number,
    /** What is wrong as a stable code and its parameters, and the reader's format, for saying it in another language (messages.ts). */
    readonly why?: { code: ReadErrorCode; params: ReadParams; format: string },
  ) {
    super(`${format}: ${line !== undefined ? `line ${line}: ` : ''}${reason}`);
  }
}

/** The error for `code` (messages.ts), its English reason filled in from `params`. */
export function readError(format: string, code: ReadErrorCode, params: ReadParams = {}, line?: number): TranscriptReadError {
  return new TranscriptReadError(format, fill(READ_ERRORS[code], params), line, { code, params, format });
}

/**
 * Rejects input that is not text: NUL bytes or many control characters mean a binary file
 * (an MP3 handed over by mistake), which would otherwise read as an empty or garbled transcript.
 * Returns the text without a byte-order mark.
 */
export function requireText(text: string, format: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sample = body.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw readError(format, 'binaryNul', {}, lineOf(sample, i));
    if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd) && c !== 27) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw readError(format, 'binaryControl');
  }
  return body;
}

/** The 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
