/**
 * Fetches a transcript file and reads it, for the elements that take a `transcript-src`. The
 * readers load on first use: a page that hands over a Transcript object never downloads them.
 */
import type { Transcript } from '../../model/transcript.js';

/** The transcript, or the message to show: what failed and where. */
export type FetchedTranscript = { transcript: Transcript } | { error: string };

/** Reads the transcript at `url`; `fileName` tells its format when the URL does not (object URLs). */
export async function fetchTranscript(url: string, fileName = ''): Promise<FetchedTranscript> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    text = await response.text();
  } catch (error) {
    return { error: `The transcript could not be loaded: ${url} (${(error as Error).message})` };
  }
  try {
    const name = fileName || decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() ?? '');
    const { loadTranscript } = await import('../../formats/load.js');
    return { transcript: (await loadTranscript(text, { fileName: name })).transcript };
  } catch (error) {
    return { error: `The transcript could not be read: ${(error as Error).message}` };
  }
}
