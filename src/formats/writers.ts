/**
 * Writing a transcript in a page, loading only the writer asked for: the player offers downloads
 * in five formats but a reader usually wants one, so none of them is in the player's bundle.
 */
import type { Transcript } from '../model/transcript.js';
import type { TranscriptFormat } from './index.js';

export const DOWNLOAD_FORMATS = ['txt', 'vtt', 'srt', 'json', 'html'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const WRITERS: Record<DownloadFormat, () => Promise<TranscriptFormat>> = {
  txt: () => import('./txt/index.js').then((m) => m.textFormat),
  vtt: () => import('./vtt/index.js').then((m) => m.vttFormat),
  srt: () => import('./srt/index.js').then((m) => m.srtFormat),
  json: () => import('./json/index.js').then((m) => m.parleyJsonFormat),
  html: () => import('./html/index.js').then((m) => m.htmlFormat),
};

/** File extension written for each format. */
export const EXTENSION: Record<DownloadFormat, string> = { txt: 'txt', vtt: 'vtt', srt: 'srt', json: 'json', html: 'html' };

/** The transcript written in `format`, with the MIME type to save it as. */
export async function writeForDownload(transcript: Transcript, format: DownloadFormat): Promise<{ text: string; type: string }> {
  const writer = await WRITERS[format]();
  return { text: writer.write!(transcript), type: `${writer.mediaType};charset=utf-8` };
}

/**
 * A file name from the transcript's title: "Remarks after the 2+2 meetings" →
 * "remarks-after-the-2-2-meetings.vtt"; "transcript.vtt" when there is no usable title.
 */
export function downloadName(transcript: Transcript, format: DownloadFormat): string {
  const base = (transcript.metadata.title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'transcript'}.${EXTENSION[format]}`;
}
