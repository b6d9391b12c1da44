/**
 * Fetches a transcript file and reads it, for the elements that take a `transcript-src`. The
 * readers load on first use: a page that hands over a Transcript object never downloads them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Transcript } from '../../model/transcript.js';
import { decodeUriSafely, refusedUrlMessage, safeUrl } from '../../nav/safe-url.js';
import { en, fill, languageOf, localStrings, type ParleyStrings } from './strings.js';
import { yieldToPage } from './yield-to-page.js';

/** The transcript, or the message to show: what failed and where. */
export type FetchedTranscript = { transcript: Transcript } | { error: string };

/**
 * Reads the transcript at `url`; `fileName` tells its format when the URL does not (object URLs).
 * Only http(s), blob and relative addresses are fetched (src/nav/safe-url.ts); the bytes are read
 * in whatever encoding they are in. A failure's message is in `strings`' language, the reader's
 * part of it in `lang` when Parley speaks it (read-errors.ts).
 */
export async function fetchTranscript(url: string, fileName = '', strings: ParleyStrings = en, lang = 'en'): Promise<FetchedTranscript> {
  if (!safeUrl(url)) return { error: refusedUrlMessage('transcript', url) };
  const name = fileName || decodeUriSafely(new URL(url, document.baseURI).pathname.split('/').pop() ?? '');
  // The loader, the table of formats and the reader the name suggests load while the file
  // downloads, not after it; none of them is in the player's first chunk.
  const readers = import('../../formats/load.js');
  readers.then(({ prepareReader }) => prepareReader(name)).catch(() => undefined);
  let bytes: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    bytes = await response.arrayBuffer();
  } catch (error) {
    return { error: fill(strings.transcriptLoadError, { url, reason: (error as Error).message }) };
  }
  try {
    const { loadTranscript } = await readers;
    // Reading a long file takes a task of its own: not the one that ran the code that arrived
    // with it, nor the one that shows the first screenful (each over 50 ms on a slow machine).
    await yieldToPage();
    const result = await loadTranscript(bytes, { fileName: name });
    await yieldToPage();
    if (result.transcript.turns.length) return { transcript: result.transcript };
    // A file with no turns (a chapters track) would show an empty transcript and say nothing.
    const { noTurnsText } = await import('./read-errors.js');
    return { error: fill(strings.transcriptReadError, { reason: noTurnsText(result, lang, name || url) }) };
  } catch (error) {
    // The reader's message, in the page's language (loaded only when a file fails).
    const { readErrorText } = await import('./read-errors.js');
    return { error: fill(strings.transcriptReadError, { reason: readErrorText(error, lang, name) }) };
  }
}

/**
 * Loading as a reactive controller: holds the transcript read or the message of the failure, and
 * re-renders its host when a load ends. Only the last load asked for counts.
 */
export class TranscriptLoader implements ReactiveController {
  transcript: Transcript | null = null;
  error = '';
  private token = 0;

  constructor(
    private host: ReactiveControllerHost & Element,
    /** Called when a load has ended, read or failed. */
    private done: () => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A load that ends after the host left is forgotten.
    this.token++;
  }

  /** Reads the transcript at `url` (empty: none); `fileName` tells its format when the URL does not. */
  async load(url: string, fileName = ''): Promise<void> {
    const token = ++this.token;
    this.transcript = null;
    this.error = '';
    if (!url) return;
    const result = await fetchTranscript(url, fileName, localStrings(this.host), languageOf(this.host));
    if (token !== this.token) return;
    if ('error' in result) this.error = result.error;
    else this.transcript = result.transcript;
    this.host.requestUpdate();
    this.done();
  }
}
