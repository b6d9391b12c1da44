/**
 * Every transcript format Parley reads or writes, and the two entry points that pick one:
 * `readTranscript` (recognising the format from the content, then the file name) and
 * `writeTranscript`.
 *
 * To add a format: write `src/formats/<id>/` with a reader and/or writer and add one entry
 * to FORMATS below.
 */
import type { Transcript } from '../model/transcript.js';
import { TranscriptReadError, requireText, type ReadResult, type ReadWarning } from './diagnostics.js';
import { decodeTranscriptBytes } from './encoding.js';
import { htmlFormat } from './html/index.js';
import { parleyJsonFormat } from './json/index.js';
import { podcastJsonFormat } from './podcast-json/index.js';
import { pressReleaseFormat } from './press-release/index.js';
import { QUESTION_LABELS, findQuestions } from './press-release/questions.js';
import { sbvFormat } from './sbv/index.js';
import { srtFormat } from './srt/index.js';
import { textFormat } from './txt/index.js';
import { ttmlFormat } from './ttml/index.js';
import { vttFormat } from './vtt/index.js';

export * from './diagnostics.js';
export { decodeTranscriptBytes } from './encoding.js';

export const FORMAT_IDS = ['press-release', 'vtt', 'srt', 'sbv', 'ttml', 'podcast-json', 'json', 'txt', 'html'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface TranscriptFormat {
  id: FormatId;
  /** Name for people: "WebVTT", "Parley JSON". */
  label: string;
  /** File extensions without the dot, the first being the one written. */
  extensions: readonly string[];
  /** MIME type of what `write` produces. */
  mediaType: string;
  /** True when `text` looks like this format (checked before the file name is). */
  sniff?(text: string): boolean;
  read?(text: string): ReadResult<Transcript>;
  write?(transcript: Transcript): string;
}

/** Registered formats, most specific sniffers first (plain text is the fallback reader). */
export const FORMATS: TranscriptFormat[] = [
  parleyJsonFormat,
  podcastJsonFormat,
  vttFormat,
  srtFormat,
  sbvFormat,
  ttmlFormat,
  // Reads "NAME: text" files of almost any shape, so it comes after the formats with a clear signature.
  pressReleaseFormat,
  textFormat,
  htmlFormat,
];

/**
 * Adds a format (or replaces the one with the same id). A format without a sniffer, or the
 * press-release reader, which accepts almost any text, goes after those that recognise content.
 */
export function registerFormat(format: TranscriptFormat): void {
  const at = FORMATS.findIndex((f) => f.id === format.id);
  if (at >= 0) FORMATS.splice(at, 1, format);
  else FORMATS.push(format);
}

export function formatById(id: FormatId): TranscriptFormat {
  const format = FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`Unknown transcript format "${id}". Known: ${FORMATS.map((f) => f.id).join(', ')}`);
  return format;
}

/**
 * The format whose extension the file name has, if any, among `candidates`; the longest match
 * wins (".podcast.json" over ".json"), then the first registered.
 */
export function formatForFileName(fileName: string, candidates: readonly TranscriptFormat[] = FORMATS): TranscriptFormat | undefined {
  const lower = fileName.toLowerCase();
  let best: TranscriptFormat | undefined;
  let bestLength = 0;
  for (const f of candidates) {
    for (const ext of f.extensions) {
      if (lower.endsWith(`.${ext}`) && ext.length > bestLength) {
        best = f;
        bestLength = ext.length;
      }
    }
  }
  return best;
}

/** Recognises a transcript format from the content first, then from the file name. */
export function detectFormat(text: string, fileName?: string): TranscriptFormat | undefined {
  const readable = FORMATS.filter((f) => f.read);
  return readable.find((f) => f.sniff?.(text)) ?? (fileName ? formatForFileName(fileName, readable) : undefined);
}

export interface ReadOptions {
  /** Name of the file the text came from, used when the content does not tell the format. */
  fileName?: string;
  /** Forces a format instead of recognising one. */
  format?: FormatId;
}

/**
 * Reads a transcript in any known format, from its text or its bytes (whose encoding is then
 * recognised: see encoding.ts). Throws TranscriptReadError when it cannot.
 */
export function readTranscript(input: string | Uint8Array, options: ReadOptions = {}): ReadResult<Transcript> {
  const where = options.fileName ?? 'transcript';
  const decoded: { text: string; warning?: ReadWarning } = typeof input === 'string' ? { text: input } : decodeTranscriptBytes(input);
  const result = readText(requireText(decoded.text, where), where, options);
  if (decoded.warning) result.warnings.unshift(decoded.warning);
  return result;
}

function readText(body: string, where: string, options: ReadOptions): ReadResult<Transcript> {
  if (!body.trim()) throw new TranscriptReadError(where, 'the file is empty', 1);
  const format = options.format ? formatById(options.format) : detectFormat(body, options.fileName);
  if (!format?.read) {
    throw new TranscriptReadError(where, `the transcript format was not recognised (known: ${FORMATS.filter((f) => f.read).map((f) => f.label).join(', ')})`);
  }
  return withQuestions(inFile(where, () => format.read!(body)));
}

/** Runs a reader, naming the file in the message of any error it throws: "talk.txt: WebVTT: line 3: …". */
export function inFile<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TranscriptReadError && fileName !== 'transcript') throw new TranscriptReadError(`${fileName}: ${error.format}`, error.reason, error.line);
    throw error;
  }
}

/**
 * Questions in formats that do not look for them (captions whose voices include "Question" or
 * "The Press"): found the same way as in transcript text.
 */
function withQuestions(result: ReadResult<Transcript>): ReadResult<Transcript> {
  const t = result.transcript;
  if (!t.questions.length && t.speakers.some((s) => QUESTION_LABELS.test(s.label ?? s.name))) t.questions = findQuestions(t);
  return result;
}

/** Writes a transcript in the given format. */
export function writeTranscript(transcript: Transcript, id: FormatId): string {
  const format = formatById(id);
  if (!format.write) throw new Error(`Parley cannot write ${format.label}.`);
  return format.write(transcript);
}
