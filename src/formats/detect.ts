/**
 * Recognising a transcript format from its first characters, without loading its reader.
 * Shared by the registry (`index.ts`) and the page's loader (`load.ts`), which then fetches
 * only the one reader it needs.
 */

/** True for Parley's own JSON. */
export const looksLikeParleyJson = (text: string): boolean => /^\uFEFF?\s*\{/.test(text) && /"format"\s*:\s*"parley-transcript"/.test(text);

/** True for a Podcasting 2.0 JSON transcript. */
export const looksLikePodcastJson = (text: string): boolean =>
  /^\uFEFF?\s*\{/.test(text) && /"segments"\s*:/.test(text) && !looksLikeParleyJson(text);

/** True for WebVTT (its signature line). */
export const looksLikeVtt = (text: string): boolean => /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text);

/** True for SRT: a cue number, then a timing line. */
export const looksLikeSrt = (text: string): boolean => /^\uFEFF?\s*\d+\s*\r?\n\s*\d[\d:.,]*\s*-->\s*\d/.test(text);

/** True for YouTube's SBV captions: the first line is a timing "0:00:01.000,0:00:04.000". */
export const looksLikeSbv = (text: string): boolean => /^\uFEFF?\s*\d{1,2}:\d{2}:\d{2}[.,]\d{1,3}\s*,\s*\d{1,2}:\d{2}:\d{2}[.,]\d{1,3}\s*(?:\r?\n|$)/.test(text);

/** True for TTML (and EBU-TT-D, DFXP): an XML document whose root is <tt>. */
export const looksLikeTtml = (text: string): boolean => /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w-]+:)?tt[\s>]/.test(text.slice(0, 4000));
