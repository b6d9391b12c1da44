/**
 * Reading a transcript in a page, loading only the reader its format needs: the demo's Parley
 * JSON needs a few kilobytes, not every reader Parley has (WebVTT's parser, SRT, the
 * press-release reader). The registry (`index.ts`) stays the place for code that wants them all.
 */
import type { Transcript } from '../model/transcript.js';
import { TranscriptReadError, requireText, type ReadResult } from './diagnostics.js';
import { looksLikeParleyJson, looksLikePodcastJson, looksLikeSrt, looksLikeVtt } from './detect.js';
import type { FormatId, TranscriptFormat } from './index.js';

type ReadableId = 'json' | 'podcast-json' | 'vtt' | 'srt' | 'press-release';

const READERS: Record<ReadableId, () => Promise<TranscriptFormat>> = {
  json: () => import('./json/index.js').then((m) => m.parleyJsonFormat),
  'podcast-json': () => import('./podcast-json/index.js').then((m) => m.podcastJsonFormat),
  vtt: () => import('./vtt/index.js').then((m) => m.vttFormat),
  srt: () => import('./srt/index.js').then((m) => m.srtFormat),
  'press-release': () => import('./press-release/index.js').then((m) => m.pressReleaseFormat),
};

/** Content first, then the file name; anything else is read as "NAME: text" turns. */
function recognise(text: string, fileName = ''): ReadableId {
  if (looksLikeParleyJson(text)) return 'json';
  if (looksLikePodcastJson(text)) return 'podcast-json';
  if (looksLikeVtt(text)) return 'vtt';
  if (looksLikeSrt(text)) return 'srt';
  const name = fileName.toLowerCase();
  if (name.endsWith('.vtt')) return 'vtt';
  if (name.endsWith('.srt')) return 'srt';
  if (name.endsWith('.podcast.json')) return 'podcast-json';
  if (name.endsWith('.json')) return 'json';
  return 'press-release';
}

/** Reads a transcript in any format Parley reads, loading just that reader. */
export async function loadTranscript(text: string, options: { fileName?: string; format?: FormatId } = {}): Promise<ReadResult<Transcript>> {
  const where = options.fileName || 'transcript';
  const body = requireText(text, where);
  if (!body.trim()) throw new TranscriptReadError(where, 'the file is empty', 1);
  const id = options.format && options.format in READERS ? (options.format as ReadableId) : recognise(body, options.fileName);
  const format = await READERS[id]();
  return format.read!(body);
}
