/**
 * YouTube's SubViewer captions (.sbv) ↔ Transcript. A cue is a line "0:00:01.010,0:00:07.680"
 * and its text, cues are separated by blank lines. Like SRT it has no voices, so a speaker
 * travels as a "Name: " prefix (or YouTube's ">> NAME:") on the first cue of a turn.
 */
import type { Transcript } from '../../model/transcript.js';
import { parseClock } from '../../model/time-format.js';
import { readError, requireText, type ReadResult, type ReadWarning } from '../diagnostics.js';
import type { FormatCode } from '../catalog.js';
import { SpeakerTable, captionParts, cuesToTurns, labelledCue, speakerName, wrapCaption, type RawCue } from '../common.js';

const FORMAT = 'YouTube SBV';

/** "0:00:01.010,0:00:07.680" (hours may have one or two digits; some tools write a comma before the milliseconds). */
const TIMING = /^\s*(\d{1,2}:\d{2}:\d{2}[.,]\d{1,3})\s*,\s*(\d{1,2}:\d{2}:\d{2}[.,]\d{1,3})\s*$/;

/** A line that was meant as a timing but cannot be read. */
const BROKEN_TIMING = /^\s*\d{1,2}:\d[\w:.]*\s*,\s*\S*\s*$/;

/** ">> SECRETARY RICE: ", "Maya Okafor: ": capitalised words, then a colon and a space. */
const SPEAKER = /^(?:>>\s*)?(\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:(?:van|von|de|der|den|da|di|du|la|le|bin|al|el|y|of|the)(?= )|\p{Lu}[\p{L}\p{M}.'’-]*|\d{1,3})){0,4}):\s+(?=\S)|^>>\s*/u;

export function readSbv(input: string): ReadResult<Transcript> {
  const warnings: ReadWarning[] = [];
  const lines = requireText(input, FORMAT).split(/\r\n|\r|\n/);
  const cues: RawCue[] = [];
  let current: { start: number; end: number; line: number; text: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const cue = labelledCue(current.start, current.end, current.line, current.text.join('\n'), SPEAKER, warnings);
    if (cue) cues.push(cue);
    current = undefined;
  };
  let skipping = false;
  lines.forEach((line, i) => {
    const timing = TIMING.exec(line);
    const start = timing ? parseClock(timing[1]!) : null;
    const end = timing ? parseClock(timing[2]!) : null;
    if (timing && start !== null && end !== null) {
      flush();
      current = { start, end, line: i + 1, text: [] };
      skipping = false;
      return;
    }
    if (!line.trim()) {
      flush();
      skipping = false;
      return;
    }
    if (skipping) return;
    if ((!current || !current.text.length) && (timing || BROKEN_TIMING.test(line))) {
      current = undefined;
      warnings.push({ line: i + 1, message: `cue skipped: the timing "${line.trim()}" could not be read (expected "0:00:01.000,0:00:04.000")` });
      skipping = true;
      return;
    }
    if (current) current.text.push(line);
    else warnings.push({ line: i + 1, message: 'text outside a cue; skipped' });
  });
  flush();
  if (!cues.length) {
    throw readError(FORMAT, 'sbvNoCue', {}, warnings[0]?.line ?? 1);
  }
  cues.sort((a, b) => a.start - b.start);
  const speakers = new SpeakerTable();
  const turns = cuesToTurns(cues, speakers);
  return { transcript: { metadata: {}, speakers: speakers.speakers, turns, questions: [], chapters: [] }, warnings };
}

/** "0:01:02.345": hours unpadded, as YouTube writes them. */
export function sbvTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${Math.floor(ms / 3_600_000)}:${pad(Math.floor((ms % 3_600_000) / 60_000))}:${pad(Math.floor((ms % 60_000) / 1000))}.${pad(ms % 1000, 3)}`;
}

export function writeSbv(transcript: Transcript): string {
  return captionParts(transcript, FORMAT)
    .map((part) => {
      const speaker = part.turnStart ? `${speakerName(transcript, transcript.turns[part.turn]!.speaker)}: ` : '';
      const body = `${speaker}${[part.prefix, ...part.words.map((w) => w.text)].filter(Boolean).join(' ')}`;
      return `${sbvTime(part.start)},${sbvTime(part.end)}\n${wrapCaption(body).join('\n')}\n`;
    })
    .join('\n');
}

/** Its reader and writer, for the table of formats (../catalog.ts). */
export const code: FormatCode = { read: readSbv, write: writeSbv };
