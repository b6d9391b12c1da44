/**
 * The one table of transcript formats: each format's name, file extensions and MIME type, a
 * cheap check of its first characters, and where its reader and writer live. It holds no reader
 * code, so the player imports it statically and each reader stays a chunk of its own, loaded on
 * first use.
 *
 * Everything that picks a format asks this table: the registry (`index.ts`, every built-in format
 * loaded, for Node and the aligner page), the page's loader (`load.ts`), and the prefetch that
 * starts loading a reader while its file downloads. So a format a page or a program registers with
 * `registerFormat` is recognised everywhere, before the built-in ones.
 *
 * To add a built-in format: write `src/formats/<id>/` exporting its `code` (reader and/or
 * writer), a sniffer in `detect.ts` if the format has a signature, and a row in BUILT_IN below.
 */
import type { Transcript } from '../model/transcript.js';
import type { ReadResult } from './diagnostics.js';
import { looksLikeParleyJson, looksLikePodcastJson, looksLikeSbv, looksLikeSrt, looksLikeTtml, looksLikeVtt } from './detect.js';

/** The ids of the formats Parley has built in. */
export const FORMAT_IDS = ['press-release', 'vtt', 'srt', 'sbv', 'ttml', 'podcast-json', 'json', 'txt', 'html'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** What a format module brings when it loads: its reader, its writer, or both. */
export interface FormatCode {
  /** A check of the content that needs the reader's code (transcript text, by its speaker labels). */
  sniff?(text: string): boolean;
  read?(text: string): ReadResult<Transcript>;
  write?(transcript: Transcript): string;
}

/** A format with its code: what readers and writers are called through. */
export interface TranscriptFormat extends FormatCode {
  /** `FormatId` for the built-in formats; any other name for a registered one. */
  id: string;
  /** Name for people: "WebVTT", "Parley JSON". */
  label: string;
  /** File extensions without the dot, the first being the one written. */
  extensions: readonly string[];
  /** MIME type of what `write` produces. */
  mediaType: string;
}

/** A row of the table: a format described without its code, which `load` brings. */
export interface FormatEntry {
  id: string;
  label: string;
  extensions: readonly string[];
  mediaType: string;
  reads: boolean;
  writes: boolean;
  /** True when the first characters of `text` are this format's (a signature: "WEBVTT", a root <tt>). */
  sniff?(text: string): boolean;
  /**
   * Its content check comes with its reader (`FormatCode.sniff`): tried after every cheap one,
   * loading the reader only when no other format has recognised the text.
   */
  sniffsWithReader?: boolean;
  load(): Promise<FormatCode>;
}

/** A format a page or a program adds: either with its code, or with `load` to bring the code on first use. */
export type FormatRegistration = TranscriptFormat | FormatEntry;

/** The built-in formats, most specific content checks first; transcript text, which reads almost any labelled text, checks last. */
const BUILT_IN: readonly FormatEntry[] = [
  {
    id: 'json', label: 'Parley JSON', extensions: ['json'], mediaType: 'application/json', reads: true, writes: true,
    sniff: looksLikeParleyJson, load: () => import('./json/index.js').then((m) => m.code),
  },
  {
    id: 'podcast-json', label: 'Podcasting 2.0 JSON', extensions: ['podcast.json'], mediaType: 'application/json', reads: true, writes: true,
    sniff: looksLikePodcastJson, load: () => import('./podcast-json/index.js').then((m) => m.code),
  },
  {
    id: 'vtt', label: 'WebVTT', extensions: ['vtt'], mediaType: 'text/vtt', reads: true, writes: true,
    sniff: looksLikeVtt, load: () => import('./vtt/index.js').then((m) => m.code),
  },
  {
    id: 'srt', label: 'SubRip (SRT)', extensions: ['srt'], mediaType: 'application/x-subrip', reads: true, writes: true,
    sniff: looksLikeSrt, load: () => import('./srt/index.js').then((m) => m.code),
  },
  {
    id: 'sbv', label: 'YouTube captions (SBV)', extensions: ['sbv'], mediaType: 'text/plain', reads: true, writes: true,
    sniff: looksLikeSbv, load: () => import('./sbv/index.js').then((m) => m.code),
  },
  {
    id: 'ttml', label: 'TTML / EBU-TT-D', extensions: ['ttml', 'dfxp', 'xml'], mediaType: 'application/ttml+xml', reads: true, writes: true,
    sniff: looksLikeTtml, load: () => import('./ttml/index.js').then((m) => m.code),
  },
  // Labelled turns in Markdown or plain text — press releases, podcast transcripts, the text
  // exports of transcription tools; read only.
  {
    id: 'press-release', label: 'transcript text', extensions: ['md', 'markdown', 'txt'], mediaType: 'text/markdown', reads: true, writes: false,
    sniffsWithReader: true, load: () => import('./press-release/index.js').then((m) => m.code),
  },
  {
    id: 'txt', label: 'Plain text', extensions: ['txt'], mediaType: 'text/plain', reads: false, writes: true,
    load: () => import('./txt/index.js').then((m) => m.code),
  },
  {
    id: 'html', label: 'HTML', extensions: ['html', 'htm'], mediaType: 'text/html', reads: false, writes: true,
    load: () => import('./html/index.js').then((m) => m.code),
  },
];

/** Registered formats, in the order they were registered. */
let registered: FormatEntry[] = [];
/** Each entry's format once its code has loaded (or was given). */
const loaded = new WeakMap<FormatEntry, TranscriptFormat>();

const describe = (entry: FormatEntry, code: FormatCode): TranscriptFormat => ({
  id: entry.id,
  label: entry.label,
  extensions: entry.extensions,
  mediaType: entry.mediaType,
  ...code,
  // A cheap sniffer stays the format's sniffer once loaded.
  ...(entry.sniff ? { sniff: entry.sniff } : {}),
});

/**
 * Adds a format, or replaces the one with the same id (a built-in one included). Registered
 * formats are recognised before the built-in ones, in the order they were registered. Give the
 * format with its code, or as an entry whose `load` imports it on first use:
 *
 *     registerFormat({ id: 'otr', label: 'oTranscribe', extensions: ['otr'], mediaType: 'application/json',
 *       reads: true, writes: false, sniff: (text) => text.includes('"text":'), load: () => import('./otr.js') });
 */
export function registerFormat(format: FormatRegistration): void {
  let entry: FormatEntry;
  if ('load' in format) entry = format;
  else {
    const { id, label, extensions, mediaType, sniff } = format;
    entry = { id, label, extensions, mediaType, reads: !!format.read, writes: !!format.write, load: async () => format };
    // Its sniffer is cheap or not, the table cannot tell: with the code at hand it is tried in turn.
    if (sniff) entry.sniff = sniff;
    loaded.set(entry, format);
  }
  registered = [...registered.filter((e) => e.id !== entry.id), entry];
}

/** Removes a registered format (a built-in one it replaced comes back). */
export function unregisterFormat(id: string): void {
  registered = registered.filter((e) => e.id !== id);
}

/** Every format, registered ones first, then the built-in ones that no registration replaced. */
export function formatEntries(): FormatEntry[] {
  const ids = new Set(registered.map((e) => e.id));
  return [...registered, ...BUILT_IN.filter((e) => !ids.has(e.id))];
}

/** The format with this id, if any. */
export function formatEntry(id: string): FormatEntry | undefined {
  return formatEntries().find((e) => e.id === id);
}

/** The format of an entry, loading its code the first time. */
export async function loadFormat(entry: FormatEntry): Promise<TranscriptFormat> {
  let format = loaded.get(entry);
  if (!format) {
    format = describe(entry, await entry.load());
    loaded.set(entry, format);
  }
  return format;
}

/** The format of an entry if its code is at hand (given, loaded, or provided), without loading it. */
export function loadedFormat(entry: FormatEntry): TranscriptFormat | undefined {
  return loaded.get(entry);
}

/** Hands the table the code of built-in formats already imported (the registry imports them all). */
export function provideCode(codes: Record<FormatId, FormatCode>): void {
  for (const entry of BUILT_IN) if (!loaded.has(entry)) loaded.set(entry, describe(entry, codes[entry.id as FormatId]));
}

/**
 * The format whose extension the file name has, if any, among `candidates`; the longest match
 * wins (".podcast.json" over ".json"), then the first in the table.
 */
export function entryForFileName<T extends { extensions: readonly string[] }>(fileName: string, candidates: readonly T[]): T | undefined {
  const lower = fileName.toLowerCase();
  let best: T | undefined;
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

/**
 * How a file's format is recognised — the one rule, followed by the registry (which has every
 * reader at hand) and the page's loader (which loads them as needed):
 * 1. the content: each readable format's check in table order (registered formats first), a
 *    format whose check comes with its reader after all the cheap ones;
 * 2. then the file name's extension.
 * (Readers then fall back to `fallbackEntry`.) A step that needs a format's code yields that format's entry and is sent back the loaded format.
 */
export function* recognise(text: string, fileName = ''): Generator<FormatEntry, FormatEntry | undefined, TranscriptFormat> {
  const readable = formatEntries().filter((e) => e.reads);
  for (const entry of readable) if (entry.sniff?.(text)) return entry;
  for (const entry of readable) if (entry.sniffsWithReader && !entry.sniff && (yield entry).sniff?.(text)) return entry;
  return fileName ? entryForFileName(fileName, readable) : undefined;
}

/**
 * What a file is read as when neither its content nor its name tells: transcript text, the most
 * forgiving reader (it refuses text with no speaker label and no sentence, saying so).
 */
export function fallbackEntry(): FormatEntry | undefined {
  const entry = formatEntry('press-release');
  return entry?.reads ? entry : undefined;
}

/**
 * Starts loading the reader that a file of this name most likely needs, so that it is ready when
 * the file has downloaded (the content decides in the end; a wrong guess costs one small chunk).
 */
export function prepareReader(fileName: string): void {
  const entry = entryForFileName(fileName, formatEntries().filter((e) => e.reads));
  if (entry) loadFormat(entry).catch(() => undefined);
}
