/**
 * Podcasting 2.0 JSON transcripts (podcastindex.org "transcript" tag, application/json):
 * `{ "version": "1.0.0", "segments": [{ "speaker", "startTime", "endTime", "body" }] }`.
 * Segments may hold a sentence or a single word; consecutive segments of one speaker form a turn
 * and words are grouped back into sentences at sentence-final punctuation.
 */
import { MAX_TIME, type Transcript } from '../../model/transcript.js';
import { readError, type ReadResult, type ReadWarning } from '../diagnostics.js';
import type { FormatCode } from '../catalog.js';
import { SpeakerTable, annotationPrefix, captionLabels, cuesToTurns, describeTurn, roundMs, sentenceSpan, sourceCues, type RawCue } from '../common.js';
import { arrayElementLines, parseJson } from '../json-text.js';

const LABEL = 'Podcasting 2.0 JSON';

/** Times beyond this (about 31 years) are mistakes, and would not survive a caption timestamp. */
const MAX_SECONDS = MAX_TIME;

interface Segment {
  speaker?: string;
  startTime: number;
  endTime: number;
  body: string;
}

export function readPodcastJson(text: string): ReadResult<Transcript> {
  const data = parseJson(text, LABEL) as { segments?: unknown; version?: unknown } | null;
  if (!data || typeof data !== 'object' || !Array.isArray(data.segments)) {
    throw readError(LABEL, 'podcastNoSegments');
  }
  const warnings: ReadWarning[] = [];
  const cues: RawCue[] = [];
  const lines = arrayElementLines(text, 'segments');
  data.segments.forEach((segment: unknown, i: number) => {
    const where = `segments[${i}]`;
    const s = segment as Partial<Record<keyof Segment, unknown>> | null;
    const warn = (message: string) => warnings.push({ line: lines[i] ?? 1, message: `${where}: ${message}` });
    if (!s || typeof s !== 'object') return warn('not an object; skipped');
    if (typeof s.body !== 'string') return warn('"body" is not a string; skipped');
    if (typeof s.startTime !== 'number' || !Number.isFinite(s.startTime) || s.startTime > MAX_SECONDS) return warn('"startTime" is not a time in seconds; skipped');
    let start = s.startTime;
    if (start < 0) {
      warn(`"startTime" ${start} is before the start of the recording; read as 0`);
      start = 0;
    }
    let end = typeof s.endTime === 'number' && Number.isFinite(s.endTime) && s.endTime <= MAX_SECONDS ? s.endTime : start;
    if (end !== s.endTime) warn('"endTime" is not a time in seconds; read as the start time');
    else if (end < start) {
      warn(`"endTime" ${end} is before "startTime"; read as the start time`);
      end = start;
    }
    if (!s.body.trim()) return;
    // A word-level segment: one spoken word, perhaps with a bracketed note such as "(inaudible)".
    const word = !/\s/.test(s.body.replace(/(?:^|\s)(?:\([^()]*\)|\[[^\]]*\])(?=\s|$)/g, ' ').trim());
    const cue: RawCue = { start: roundMs(start), end: roundMs(end), text: s.body, marks: word ? [{ offset: 0, time: start, end }] : [] };
    if (typeof s.speaker === 'string' && s.speaker.trim()) cue.speaker = s.speaker.trim();
    cues.push(cue);
  });
  if (!cues.length) throw readError(LABEL, 'podcastNoSegment');
  const speakers = new SpeakerTable();
  const turns = cuesToTurns(cues, speakers);
  return { transcript: { metadata: {}, speakers: speakers.speakers, turns, questions: [], chapters: [] }, warnings };
}

export function writePodcastJson(transcript: Transcript): string {
  const segments: Segment[] = [];
  const labelOf = captionLabels(transcript);
  transcript.turns.forEach((turn, t) => {
    const label = labelOf(t);
    const who = label === undefined ? {} : { speaker: label };
    let pending = annotationPrefix(turn);
    if (turn.sentences[0]?.words[0]?.cue) {
      // Read from segments (or cues): written back as the segments it came in.
      for (const { cue, words } of sourceCues(turn)) {
        const body = [pending, ...words.map((w) => w.text)].filter(Boolean).join(' ');
        segments.push({ ...who, startTime: roundMs(cue.start), endTime: roundMs(cue.end), body });
        pending = '';
      }
      return;
    }
    turn.sentences.forEach((sentence, s) => {
      const spoken = sentence.words.filter((w) => !w.annotation);
      if (spoken.length && spoken.every((w) => w.start !== null && w.end !== null && !w.estimated)) {
        // One segment per word; annotation words ride along with the next spoken word.
        for (const word of sentence.words) {
          if (word.annotation) {
            pending = pending ? `${pending} ${word.text}` : word.text;
            continue;
          }
          segments.push({ ...who, startTime: roundMs(word.start!), endTime: roundMs(Math.max(word.start!, word.end!)), body: pending ? `${pending} ${word.text}` : word.text });
          pending = '';
        }
        if (pending) segments.at(-1)!.body += ` ${pending}`;
        pending = '';
        return;
      }
      const span = sentenceSpan(turn, s);
      if (span.start === null || span.end === null) {
        throw new Error(`${LABEL} needs times, but ${describeTurn(transcript, t)} has none. Align the transcript to its recording first (parley align).`);
      }
      segments.push({ ...who, startTime: roundMs(span.start), endTime: roundMs(Math.max(span.start, span.end)), body: pending ? `${pending} ${sentence.text}` : sentence.text });
      pending = '';
    });
  });
  // Whitespace inside a field is collapsed, as every reader collapses it.
  const lines = segments.map((s) => `    ${JSON.stringify({ ...s, body: s.body.replace(/\s+/g, ' ').trim(), ...(s.speaker === undefined ? {} : { speaker: s.speaker.replace(/\s+/g, ' ').trim() }) })}`);
  return `{\n  "version": "1.0.0",\n  "segments": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Its reader and writer, for the table of formats (../catalog.ts). */
export const code: FormatCode = { read: readPodcastJson, write: writePodcastJson };
