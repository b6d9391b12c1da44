/**
 * Reading a transcript in a page, loading only the reader its format needs: the demo's Parley
 * JSON needs a few kilobytes, not every reader Parley has (WebVTT's parser, SRT, the
 * press-release reader). The registry (`index.ts`) stays the place for code that wants them all.
 */
import type { Transcript } from '../model/transcript.js';
import { TranscriptReadError, requireText, type ReadResult, type ReadWarning } from './diagnostics.js';
import { decodeTranscriptBytes } from './encoding.js';
import { looksLikeParleyJson, looksLikePodcastJson, looksLikeSbv, looksLikeSrt, looksLikeTtml, looksLikeVtt } from './detect.js';
import type { FormatId } from './index.js';
import { READERS, type ReadableId } from './readers.js';

/** Content first, then the file name; anything else is read as "NAME: text" turns. */
function recognise(text: string, fileName = ''): ReadableId {
  if (looksLikeParleyJson(text)) return 'json';
  if (looksLikePodcastJson(text)) return 'podcast-json';
  if (looksLikeVtt(text)) return 'vtt';
  if (looksLikeSrt(text)) return 'srt';
  if (looksLikeSbv(text)) return 'sbv';
  if (looksLikeTtml(text)) return 'ttml';
  const name = fileName.toLowerCase();
  if (name.endsWith('.vtt')) return 'vtt';
  if (name.endsWith('.srt')) return 'srt';
  if (name.endsWith('.sbv')) return 'sbv';
  if (/\.(?:ttml|dfxp)$/.test(name)) return 'ttml';
  if (name.endsWith('.podcast.json')) return 'podcast-json';
  if (name.endsWith('.json')) return 'json';
  return 'press-release';
}

/**
 * Reads a transcript in any format Parley reads, loading just that reader. Given bytes (a
 * fetched file's), it recognises their encoding first, and warns when it had to guess.
 */
export async function loadTranscript(input: string | ArrayBuffer | Uint8Array, options: { fileName?: string; format?: FormatId } = {}): Promise<ReadResult<Transcript>> {
  const where = options.fileName || 'transcript';
  const decoded: { text: string; warning?: ReadWarning } = typeof input === 'string' ? { text: input } : decodeTranscriptBytes(input);
  const body = requireText(decoded.text, where);
  if (!body.trim()) throw new TranscriptReadError(where, 'the file is empty', 1);
  const id = options.format && options.format in READERS ? (options.format as ReadableId) : recognise(body, options.fileName);
  const format = await READERS[id]();
  let result: ReadResult<Transcript>;
  try {
    result = format.read!(body);
  } catch (error) {
    // Name the file: "talk.txt: WebVTT: line 3: …".
    if (error instanceof TranscriptReadError && options.fileName) throw new TranscriptReadError(`${options.fileName}: ${error.format}`, error.reason, error.line);
    throw error;
  }
  const t = result.transcript;
  // Captions whose voices include "Question" or "The Press": their questions, as in transcript text.
  if (!t.questions.length && t.speakers.some((s) => /^(?:question|q|reporter|journalist|audience|the press|press|correspondent)$/i.test(s.label ?? s.name))) {
    t.questions = (await import('./press-release/index.js')).findQuestions(t);
  }
  if (decoded.warning) result.warnings.unshift(decoded.warning);
  return result;
}
