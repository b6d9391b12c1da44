/**
 * Every transcript format Parley reads or writes, with all their code at hand: for Node (the
 * command line, the tests) and the aligner page. `readTranscript` recognises a file's format as
 * the table of formats says (`catalog.ts`: registered formats first, the content, then the file
 * name) and `writeTranscript` writes one. A page that shows one transcript uses `load.ts`
 * instead, which loads only the reader the file needs.
 */
import type { Transcript } from '../model/transcript.js';
import type { ReadResult } from './diagnostics.js';
import { entryForFileName, fallbackEntry, formatEntries, formatEntry, loadedFormat, provideCode, recognise, type FormatEntry, type TranscriptFormat } from './catalog.js';
import { hasUnfoundQuestions, inputText, readAs, unrecognised, UNNAMED, type TranscriptInput } from './reading.js';
import { code as html } from './html/index.js';
import { code as parleyJson } from './json/index.js';
import { code as podcastJson } from './podcast-json/index.js';
import { code as pressRelease } from './press-release/index.js';
import { findQuestions } from './press-release/questions.js';
import { code as sbv } from './sbv/index.js';
import { code as srt } from './srt/index.js';
import { code as text } from './txt/index.js';
import { code as ttml } from './ttml/index.js';
import { code as vtt } from './vtt/index.js';

export * from './diagnostics.js';
export { decodeTranscriptBytes } from './encoding.js';
export { inFile } from './reading.js';
export {
  FORMAT_IDS, formatEntries, loadFormat, registerFormat, unregisterFormat,
  type FormatCode, type FormatEntry, type FormatId, type FormatRegistration, type TranscriptFormat,
} from './catalog.js';

provideCode({ json: parleyJson, 'podcast-json': podcastJson, vtt, srt, sbv, ttml, 'press-release': pressRelease, txt: text, html });

/**
 * A format with its code. Every built-in format has it here; a format registered with `load`
 * must have been loaded first (`await loadFormat(entry)`).
 */
export function formatOf(entry: FormatEntry): TranscriptFormat {
  const format = loadedFormat(entry);
  if (!format) throw new Error(`The ${entry.label} format's code has not been loaded: await loadFormat() first, or register the format with its code.`);
  return format;
}

export function formatById(id: string): TranscriptFormat {
  const entry = formatEntry(id);
  if (!entry) throw new Error(`Unknown transcript format "${id}". Known: ${formatEntries().map((f) => f.id).join(', ')}`);
  return formatOf(entry);
}

/** The format that reads (or writes) files of this name, if any: the longest extension that matches. */
export function formatForFileName(fileName: string, can: 'read' | 'write' = 'read'): TranscriptFormat | undefined {
  const entry = entryForFileName(fileName, formatEntries().filter((e) => (can === 'read' ? e.reads : e.writes)));
  return entry && formatOf(entry);
}

/** Recognises a transcript format from the content first, then from the file name (see `recognise`). */
export function detectFormat(text: string, fileName?: string): TranscriptFormat | undefined {
  const steps = recognise(text, fileName);
  let step = steps.next();
  while (!step.done) step = steps.next(formatOf(step.value));
  return step.value && formatOf(step.value);
}

export interface ReadOptions {
  /** Name of the file the text came from, used when the content does not tell the format. */
  fileName?: string;
  /** Forces a format instead of recognising one. */
  format?: string;
}

/**
 * Reads a transcript in any known format, from its text or its bytes (whose encoding is then
 * recognised: see encoding.ts). Throws TranscriptReadError when it cannot.
 */
export function readTranscript(input: TranscriptInput, options: ReadOptions = {}): ReadResult<Transcript> {
  const where = options.fileName || UNNAMED;
  const { body, warning } = inputText(input, where);
  const fallback = fallbackEntry();
  const format = options.format ? formatById(options.format) : (detectFormat(body, options.fileName) ?? (fallback && formatOf(fallback)));
  if (!format?.read) throw unrecognised(where, formatEntries().filter((f) => f.reads));
  const result = readAs(format, body, where);
  if (hasUnfoundQuestions(result.transcript)) result.transcript.questions = findQuestions(result.transcript);
  if (warning) result.warnings.unshift(warning);
  return result;
}

/** Writes a transcript in the given format. */
export function writeTranscript(transcript: Transcript, id: string): string {
  const format = formatById(id);
  if (!format.write) throw new Error(`Parley cannot write ${format.label}.`);
  return format.write(transcript);
}
