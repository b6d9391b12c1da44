/**
 * Writing a transcript in a page, loading only the writer asked for: the player offers downloads
 * in five formats but a reader usually wants one, so none of them is in the player's bundle.
 */
import type { Transcript } from '../model/transcript.js';
import { formatEntry, loadFormat } from './catalog.js';

export const DOWNLOAD_FORMATS = ['txt', 'vtt', 'srt', 'json', 'html'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The transcript written in `format`, with the MIME type to save it as; the writer comes from the table of formats. */
export async function writeForDownload(transcript: Transcript, format: DownloadFormat): Promise<{ text: string; type: string }> {
  const writer = await loadFormat(formatEntry(format)!);
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
  return `${base || 'transcript'}.${formatEntry(format)!.extensions[0]}`;
}
