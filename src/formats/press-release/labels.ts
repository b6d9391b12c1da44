/**
 * Speaker labels at the start of a line, in the shapes transcripts are written in:
 *
 *   SECRETARY RICE: …            **SECRETARY RICE:** …         MR. McCORMACK: …     (press releases)
 *   Q    Sure, thanks, Josh.     Q (Inaudible.)                                      (White House)
 *   Maya Okafor: …               **Jerod Santo:** …           Speaker 1: …         (ordinary case)
 *   [00:12:34] Maya Okafor: …    00:12:34 Maya Okafor: …                             (time before)
 *   Maya Okafor 0:49             Karine: (00:00)              Ned Price (00:00):   (time after; Otter, Rev)
 *   [Maya Okafor] 10:01:02                                                          (Zoom)
 *
 * and the inline times inside the text ("[10:12]", "\[00:04:01.06\]") that mark where a word starts.
 */
import { parseClock } from '../../model/time-format.js';
import { plainText } from './markdown.js';
import { isOfficeLabel, isUpperCaseLabel } from './names.js';

export interface Label {
  /** The label as written, without markup, colon or time: "SECRETARY RICE", "Maya Okafor". */
  label: string;
  /** The line's text after the label (may be empty: the text follows on the next lines). */
  rest: string;
  /** Seconds from the start of the recording, when a time is written beside the label. */
  time?: number;
}

/** Words before a colon that introduce metadata or prose, never a speaker. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'nb', 'source', 'sources', 'date', 'time', 'location', 'place', 'subject', 'title', 'transcript',
  'presenter', 'presenters', 'aired', 'index', 'update', 'updated', 'posted', 'published', 'released', 'via', 're',
  'photo', 'video', 'audio', 'tags', 'tag', 'category', 'categories', 'topics', 'topic', 'related', 'by', 'contact',
  'email', 'e-mail', 'tel', 'phone', 'fax', 'web', 'website', 'watch', 'listen', 'duration', 'episode', 'summary',
  'warning', 'example', 'answer', 'edit', 'editor', 'editor’s note', "editor's note", 'prn', 'dpb', 'ps', 'p.s', 'see',
  'also', 'attachments', 'attachment', 'link', 'links', 'read more', 'share', 'print', 'download', 'file', 'url',
  'keywords', 'language', 'format', 'status', 'ok', 'okay', 'yes', 'no', 'well', 'so', 'and', 'but', 'because', 'first',
  'second', 'third', 'finally', 'question is', 'quote', 'unquote', 'fact', 'bottom line', 'result', 'results', 'step',
]);

/** Lower-case words allowed inside a name ("Ursula von der Leyen", "Jahanzaib bin Ali"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'y', 'of', 'the', 'ibn', 'dos', 'das', 'del']);

/** "00:12:34", "0:49", "10:12", "00:04:01.06". */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;

const TIME_BEFORE = new RegExp(String.raw`^(?:\\?\[(${TIME})\\?\]|\((${TIME})\)|(${TIME}))\s+`);

/** A name in ordinary case: capitalised words (initials and particles allowed), or "Speaker 2". */
function isOrdinaryName(label: string, allowSingle: boolean): boolean {
  const words = label.split(/\s+/);
  if (words.length > 5) return false;
  if (/^speaker\s+\d{1,3}$/i.test(label)) return true;
  if (NOT_SPEAKERS.has(label.toLowerCase()) || NOT_SPEAKERS.has(words[0]!.toLowerCase().replace(/[.:]$/, ''))) return false;
  if (words.length === 1 && !allowSingle) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w, i) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(w) || /^\p{Lu}\.$/u.test(w) || (i > 0 && PARTICLES.has(w)));
}

function seconds(...candidates: (string | undefined)[]): number | undefined {
  for (const c of candidates) {
    if (c === undefined) continue;
    const t = parseClock(c);
    if (t !== null) return t;
  }
  return undefined;
}

/**
 * The speaker label at the start of a line, if there is one. `start` says whether the line
 * begins a paragraph: in the middle of a paragraph, a single ordinary word before a colon
 * ("Okay: …") is prose unless it is a speaker already met (`known`).
 */
export function labelAt(line: string, options: { start?: boolean; known?: (label: string) => boolean } = {}): Label | null {
  const start = options.start ?? true;
  let text = line;
  let time: number | undefined;
  const before = TIME_BEFORE.exec(text);
  if (before) {
    time = seconds(before[1], before[2], before[3]);
    text = text.slice(before[0].length);
  }
  const found = labelOnly(text, start, options.known);
  if (!found) return null;
  if (time !== undefined && found.time === undefined) found.time = time;
  return found;
}

function labelOnly(text: string, start: boolean, known?: (label: string) => boolean): Label | null {
  // **SECRETARY RICE:** / **SECRETARY RICE**: / **Jerod Santo:**
  const bold = /^\*\*([^*\n]{1,80}?)\s*[:：]\s*\*\*\s*|^\*\*([^*\n]{1,80}?)\*\*\s*[:：]\s*/u.exec(text);
  if (bold) {
    const label = plainText(bold[1] ?? bold[2]!);
    if ((label && !/[.!?]$/.test(label)) || /^(?:MR|MRS|MS|DR)\.$/i.test(label)) {
      if (!NOT_SPEAKERS.has(label.toLowerCase())) return { label, rest: text.slice(bold[0].length) };
    }
  }
  // The White House's "Q    Sure, thanks" and "Q (Inaudible.)": Q with no colon.
  const q = /^(Q)(?:\t+|\s{2,}|\s+(?=\())/.exec(text);
  if (q) return { label: 'Q', rest: text.slice(q[0].length) };
  // Zoom: "[Maya Okafor] 10:01:02"; Otter: "Maya Okafor 0:49" — a line that is only a name and a time.
  const zoom = new RegExp(String.raw`^\[([^\]\n]{1,60})\]\s+(${TIME})\s*$`, 'u').exec(text);
  if (zoom && isOrdinaryName(zoom[1]!.trim(), true)) return { label: zoom[1]!.trim(), rest: '', time: seconds(zoom[2]) };
  const otter = new RegExp(String.raw`^([^\s:][^:\n]{0,60}?)\s+(${TIME})\s*$`, 'u').exec(text);
  if (otter && (isOrdinaryName(otter[1]!, true) || isUpperCaseLabel(otter[1]!))) return { label: otter[1]!, rest: '', time: seconds(otter[2]) };
  // Rev: "Karine: (00:00)" and "Ned Price (00:00):", text on the same line or the next.
  const rev = new RegExp(String.raw`^([^\s:(][^:(\n]{0,60}?)\s*(?::\s*\((${TIME})\)|\((${TIME})\)\s*:)\s*`, 'u').exec(text);
  if (rev && (isOrdinaryName(rev[1]!.trim(), true) || isUpperCaseLabel(rev[1]!))) {
    return { label: rev[1]!.trim(), rest: text.slice(rev[0].length), time: seconds(rev[2], rev[3]) };
  }
  // "Question from Reuters:": a question label that names the outlet.
  const from = /^((?:QUESTION|Question|Q)\s+from\s+(?:the\s+)?\p{Lu}[^:\n]{0,60}?)\s*:\s*/u.exec(text);
  if (from) return { label: from[1]!, rest: text.slice(from[0].length) };
  // "Shri Arindam Bagchi, Official Spokesperson:" / "Official Spokesperson, Shri Raveesh Kumar:".
  const withOffice = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4}),\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4})\s*[:：]\s*/u.exec(text);
  if (withOffice && [withOffice[1]!, withOffice[2]!].some((part) => isOfficeLabel(part)) && !NOT_SPEAKERS.has(withOffice[1]!.toLowerCase())) {
    return { label: `${withOffice[1]}, ${withOffice[2]}`, rest: text.slice(withOffice[0].length) };
  }
  // NAME: text — capitals ("MR. McCORMACK"), ordinary case ("Maya Okafor"), or a script without case.
  const plain = /^((?:[\p{L}][\p{L}\p{M}.'’-]*)(?:\s+[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*){0,6})\s*[:：]\s*/u.exec(text);
  if (plain) {
    const label = plain[1]!;
    const rest = text.slice(plain[0].length);
    // "Claire Waite Brown:Welcome back" has no space; "12:30" or "http://" are never labels.
    if (rest.startsWith('//')) return null;
    if (isUpperCaseLabel(label) && label.replace(/[^\p{L}]/gu, '').length >= 1 && !NOT_SPEAKERS.has(label.toLowerCase())) return { label, rest };
    if (isOrdinaryName(label, start || (known?.(label) ?? false))) return { label, rest };
    // Scripts without letter case: a short name of at most three words.
    if (!/[\p{Lu}\p{Ll}]/u.test(label) && label.length <= 30 && label.split(/\s+/).length <= 3) return { label, rest };
  }
  return null;
}

/** A time written inside the text: "[10:12]", "\[00:04:01.06\]", "[00:12:34]". */
const INLINE_TIME = new RegExp(String.raw`\\?\[(${TIME})\\?\]\s*`, 'g');

/** The text without its inline times, and for each time the number of words that come before it. */
export function inlineTimes(text: string): { text: string; marks: { words: number; time: number }[] } {
  const marks: { words: number; time: number }[] = [];
  let out = '';
  let last = 0;
  // Rev starts a new paragraph of the same speaker with its time in parentheses: "(00:52) As home …".
  const lead = new RegExp(String.raw`^\((${TIME})\)\s+`).exec(text);
  const leadTime = lead ? parseClock(lead[1]!) : null;
  if (lead && leadTime !== null) {
    marks.push({ words: 0, time: leadTime });
    last = lead[0].length;
  }
  for (const m of text.matchAll(INLINE_TIME)) {
    const time = parseClock(m[1]!);
    if (time === null) continue;
    out += text.slice(last, m.index);
    last = m.index! + m[0].length;
    const words = out.trim() ? out.trim().split(/\s+/).length : 0;
    marks.push({ words, time });
  }
  out += text.slice(last);
  return { text: out.replace(/\s+/g, ' ').trim(), marks };
}
