/**
 * The readers, each loaded on first use: the demo's Parley JSON needs a few kilobytes, not every
 * reader Parley has. Small and imported statically by the player, so that the reader a file
 * needs can start loading while the file downloads.
 */
import type { TranscriptFormat } from './index.js';

export type ReadableId = 'json' | 'podcast-json' | 'vtt' | 'srt' | 'sbv' | 'ttml' | 'press-release';

export const READERS: Record<ReadableId, () => Promise<TranscriptFormat>> = {
  json: () => import('./json/index.js').then((m) => m.parleyJsonFormat),
  'podcast-json': () => import('./podcast-json/index.js').then((m) => m.podcastJsonFormat),
  vtt: () => import('./vtt/index.js').then((m) => m.vttFormat),
  srt: () => import('./srt/index.js').then((m) => m.srtFormat),
  sbv: () => import('./sbv/index.js').then((m) => m.sbvFormat),
  ttml: () => import('./ttml/index.js').then((m) => m.ttmlFormat),
  'press-release': () => import('./press-release/index.js').then((m) => m.pressReleaseFormat),
};

/** The reader a file name suggests (the first pattern that matches). */
const BY_NAME: [RegExp, ReadableId][] = [
  [/\.vtt$/, 'vtt'],
  [/\.srt$/, 'srt'],
  [/\.sbv$/, 'sbv'],
  [/\.(?:ttml|dfxp)$/, 'ttml'],
  [/\.podcast\.json$/, 'podcast-json'],
  [/\.json$/, 'json'],
];

/**
 * Starts loading the reader that a file of this name most likely needs, so that it is ready when
 * the file has downloaded (the content decides in the end; a wrong guess costs one small chunk).
 */
export function prepareReader(fileName: string): void {
  const name = fileName.toLowerCase();
  const id = BY_NAME.find(([pattern]) => pattern.test(name))?.[1];
  if (id) READERS[id]().catch(() => undefined);
}
