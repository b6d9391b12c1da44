/**
 * SubRip (.srt) ↔ Transcript. SRT has no voices, so the speaker travels as a "Name: " prefix on
 * the first cue of each turn ("SECRETARY RICE: Thank you."), and no word times: words read from
 * SRT are untimed, sentences keep their cue times.
 */
import type { Transcript } from '../../model/transcript.js';
import { readError, type ReadResult, type ReadWarning } from '../diagnostics.js';
import type { FormatCode } from '../catalog.js';
import { SpeakerTable, captionLabels, captionParts, cuesToTurns, describeTurn, formatTimestamp, labelledCue, wrapCaption, type RawCue } from '../common.js';
import { parseClock } from '../../model/time-format.js';

const TIMING = /^\s*(\S+)\s*-->\s*(\S+)/;

/**
 * A leading speaker label: one to five capitalised words (name particles such as "van" or "de"
 * allowed), then a colon and a space. Requiring capitals keeps "The question really is: Why…"
 * from being read as a speaker called "The question really is".
 */
const SPEAKER = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|y|of|the)(?= )|\p{Lu}[\p{L}\p{M}.'’-]*)){0,4}):\s+(?=\S)/u;

/** Formatting tags SubRip players honour; they carry no words. */
const FORMATTING = /<\/?(?:i|b|u|s)>|<font\b[^>]*>|<\/font>|\{\\[^}]*\}/gi;

function timing(line: string): { start: number; end: number } | undefined {
  const m = TIMING.exec(line);
  if (!m) return undefined;
  const start = parseClock(m[1]!);
  const end = parseClock(m[2]!);
  return start === null || end === null ? undefined : { start, end };
}

/** The cues of an SRT file, in time order, each with its speaker when it begins "Name: ". */
export function parseSrtCues(text: string): { cues: RawCue[]; warnings: ReadWarning[] } {
  const warnings: ReadWarning[] = [];
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
  const cues: RawCue[] = [];
  let current: { start: number; end: number; line: number; text: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const cue = labelledCue(current.start, current.end, current.line, current.text.join('\n').replace(FORMATTING, ''), SPEAKER, warnings);
    if (cue) cues.push(cue);
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.includes('-->') ? timing(line) : undefined;
    if (t) {
      if (current && current.text.length) warnings.push({ line: i + 1, message: 'no blank line before this cue' });
      flush();
      current = { ...t, line: i + 1, text: [] };
      continue;
    }
    // A timing line that cannot be read ("00:00:01 -> 2"): its cue is skipped, and said so.
    if (/^\s*\d\S*[:.,]\S*\s*-->\s*\d/.test(line) && !current?.text.length) {
      warnings.push({ line: i + 1, message: `cue skipped: the timing "${line.trim()}" could not be read` });
      current = undefined;
      // Skip the cue's text too, up to the next blank line.
      while (lines[i + 1] !== undefined && lines[i + 1]!.trim() !== '' && !lines[i + 1]!.includes('-->')) i++;
      continue;
    }
    if (line.trim() === '') {
      if (current?.text.length) flush();
      continue;
    }
    // A cue number: on its own before a timing line (blank line or not).
    if (/^\s*\d+\s*$/.test(line) && /^\s*\d\S*[:.,]\S*\s*-->\s*\d/.test(lines[i + 1] ?? '')) {
      if (current?.text.length) {
        warnings.push({ line: i + 1, message: 'no blank line before this cue' });
        flush();
      }
      continue;
    }
    if (current) current.text.push(line);
    else warnings.push({ line: i + 1, message: 'text outside a cue; skipped' });
  }
  flush();
  cues.sort((a, b) => a.start - b.start);
  return { cues, warnings };
}

export function readSrt(text: string): ReadResult<Transcript> {
  const { cues, warnings } = parseSrtCues(text);
  if (!cues.length) throw readError('SRT', 'srtNoCue', {}, warnings[0]?.line ?? 1);
  const speakers = new SpeakerTable();
  const turns = cuesToTurns(cues, speakers);
  return { transcript: { metadata: {}, speakers: speakers.speakers, turns, questions: [], chapters: [] }, warnings };
}

export function writeSrt(transcript: Transcript): string {
  let out = '';
  const labelOf = captionLabels(transcript);
  captionParts(transcript, 'SRT').forEach((part, i) => {
    // The speaker as the source labelled it, and only where it named one: SRT has no other place for it.
    const label = part.turnStart ? labelOf(part.turn) : undefined;
    const text = [part.prefix, ...part.words.map((w) => w.text)].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
    // A line break inside a field would end the cue (a blank line) or start a new one.
    const body = `${label ? `${label}: ` : ''}${text}`;
    const lines = wrapCaption(body);
    cannotCarry(transcript, part.turn, label, text, lines);
    out += `${i + 1}\n${formatTimestamp(part.start, ',')} --> ${formatTimestamp(part.end, ',')}\n${lines.join('\n')}\n\n`;
  });
  return out;
}

/**
 * SRT has no syntax for a speaker or for escaping: what would read back as something else is
 * refused with a message rather than written with another meaning — a label that is not one to
 * five capitalised words, text that would be taken for a "Name:" label, a line that would be
 * taken for a timing line.
 */
function cannotCarry(transcript: Transcript, turn: number, label: string | undefined, text: string, lines: string[]): void {
  const refuse = (what: string): never => {
    throw new Error(`SRT cannot carry ${describeTurn(transcript, turn)}: ${what}. Write WebVTT or Parley JSON instead.`);
  };
  if (label !== undefined && SPEAKER.exec(`${label}: x`)?.[1] !== label) refuse(`its speaker label “${label}” would not be read back as a label (SRT labels are one to five capitalised words and a colon)`);
  if (SPEAKER.test(text)) refuse(`its text “${text.slice(0, 40)}” would be read back as a speaker label`);
  for (const line of lines) if (line.includes('-->') && timing(line)) refuse(`its text “${line}” would be read back as a timing line`);
  if (!text) refuse('a cue would have no text');
}

/** Its reader and writer, for the table of formats (../catalog.ts). */
export const code: FormatCode = { read: readSrt, write: writeSrt };
