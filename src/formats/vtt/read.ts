/**
 * WebVTT → Transcript. The W3C `webvtt-parser` does the parsing (it follows the WebVTT spec's
 * parsing algorithm, which the conformance tests check); Parley mends sloppy input first
 * (normalise.ts), then turns cues into turns, sentences and timed words.
 */
import type { VttCue, VttNode } from 'webvtt-parser';
import type { Chapter, Transcript } from '../../model/transcript.js';
import { READ_ERRORS, readError, type ReadResult, type ReadWarning } from '../diagnostics.js';
import { fill } from '../../model/text-template.js';
import { SpeakerTable, cuesToTurns, roundMs, type RawCue, type TimeMark } from '../common.js';
import { normaliseVtt } from './normalise.js';
import { vttParser } from './webvtt-lib.js';

/** The parser's messages that mean it skipped a cue or a block of text. */
const DROPPED = [
  'No timestamp found', 'Timestamp must start with', 'No time unit separator', 'Must be exactly two digits',
  'No seconds found', 'No decimal separator', 'Milliseconds must be given', 'You cannot have more than',
  'No valid timestamp separator', 'Cue identifier cannot be standalone', 'Cue identifier needs to be followed',
];

/** Parser messages about style rather than content: not worth a person's attention. */
const QUIET = ['No blank line after the signature', 'Start timestamp is not greater than or equal'];

export interface VttCues {
  cues: VttCue[];
  /** NOTE blocks, in order, without the "NOTE" keyword. */
  notes: string[];
  /** "Key: value" lines of the header (after "WEBVTT", before the first blank line). */
  header: Record<string, string>;
  warnings: ReadWarning[];
}

/**
 * The cue list Parley reads from a WebVTT file: mended, parsed by webvtt-parser, with NOTE
 * blocks and header fields collected and every problem reported with its line.
 */
export function parseVttCues(text: string): VttCues {
  const mended = normaliseVtt(text);
  const original = (line: number) => mended.lineMap[Math.min(line, mended.lineMap.length) - 1] ?? line;
  let result: ReturnType<ReturnType<typeof vttParser>['parse']>;
  try {
    result = vttParser().parse(mended.text, 'metadata');
  } catch (error) {
    // The parser walks cue text recursively: thousands of nested tags overflow the stack.
    if (!(error instanceof RangeError)) throw error;
    const deepest = deepestNesting(mended.text);
    throw readError('WebVTT', 'vttTooDeep', { depth: deepest.depth }, original(deepest.line));
  }
  const warnings = [...mended.warnings];
  const seen = new Set<string>();
  for (const error of result.errors) {
    if (QUIET.some((q) => error.message.startsWith(q))) continue;
    const line = original(error.line);
    const dropped = DROPPED.some((d) => error.message.startsWith(d));
    const message = dropped ? `cue skipped: ${error.message.replace(/\.$/, '')}` : error.message.replace(/\.$/, '');
    const key = `${line}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    warnings.push({ line, message });
  }
  warnings.sort((a, b) => a.line - b.line);

  // NOTE blocks and header fields: the parser validates but does not return them.
  const lines = mended.text.split('\n');
  const notes: string[] = [];
  const header: Record<string, string> = {};
  let i = 1;
  for (; i < lines.length && lines[i] !== '' && !lines[i]!.includes('-->'); i++) {
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(lines[i]!);
    if (m) header[m[1]!] = m[2]!.trim();
  }
  for (; i < lines.length; i++) {
    const blockStart = lines[i - 1] === '' || i === 0;
    if (blockStart && /^NOTE(?:$|[ \t])/.test(lines[i]!)) {
      const body = [lines[i]!.slice(4).trim()];
      while (lines[i + 1] !== undefined && lines[i + 1] !== '') body.push(lines[++i]!);
      notes.push(body.filter((l, n) => n > 0 || l !== '').join('\n'));
    }
  }
  return { cues: result.cues, notes, header, warnings };
}

/** The line where cue text has the most tags open at once, and how many (a cue ends at a blank line). */
function deepestNesting(text: string): { line: number; depth: number } {
  let deepest = { line: 1, depth: 0 };
  let depth = 0;
  text.split('\n').forEach((line, i) => {
    if (line === '') depth = 0;
    for (const tag of line.matchAll(/<(\/?)[a-z]/gi)) {
      depth = tag[1] ? Math.max(0, depth - 1) : depth + 1;
      if (depth > deepest.depth) deepest = { line: i + 1, depth };
    }
  });
  return deepest;
}

/** Decodes the character references the parser leaves in a <v> annotation. */
function decodeAnnotation(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' })[name]!);
}

/** The plain text of a cue, its inline timestamps, and its first voice, from the parser's tree. */
export function cueContent(nodes: VttNode[]): { text: string; marks: TimeMark[]; voice?: string } {
  let text = '';
  const marks: TimeMark[] = [];
  let voice: string | undefined;
  // Depth first, in document order, with a stack of its own (deeply nested tags must not overflow the call stack).
  const stack: VttNode[] = [...nodes].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') text += String(node.value ?? '');
    else if (node.type === 'timestamp') marks.push({ offset: text.length, time: Number(node.value) });
    else {
      if (node.name === 'v' && voice === undefined && typeof node.value === 'string' && node.value.trim()) voice = decodeAnnotation(node.value).trim();
      // Ruby text (<rt>) is a reading aid for the base text, not more words.
      if (node.name !== 'rt') for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
    }
  }
  return voice === undefined ? { text, marks } : { text, marks, voice };
}

/** Transcript metadata from the header fields (Language, Title) and NOTE blocks. */
function metadataFrom(header: Record<string, string>, notes: string[]): Transcript['metadata'] {
  const metadata: Transcript['metadata'] = {};
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(header)) {
    if (/^language$/i.test(key)) metadata.language = value;
    else if (/^title$/i.test(key)) metadata.title = value;
    else if (!/^kind$/i.test(key)) extra[key] = value;
  }
  if (Object.keys(extra).length) metadata.extra = extra;
  if (notes.length) metadata.notes = notes;
  return metadata;
}

/** Reads a WebVTT caption or chapter file into a Transcript. */
export function readVtt(text: string): ReadResult<Transcript> {
  const parsed = parseVttCues(text);
  if (/^chapters$/i.test(parsed.header['Kind'] ?? parsed.header['kind'] ?? '')) {
    const chapters = readChapters(text);
    // Given where a transcript was expected, an empty transcript would say nothing: say what this is.
    const kindLine = text.split(/\r\n|\r|\n/).findIndex((l) => /^kind\s*:/i.test(l)) + 1 || 1;
    return {
      transcript: { metadata: metadataFrom(parsed.header, parsed.notes), speakers: [], turns: [], questions: [], chapters: chapters.transcript },
      warnings: [
        { line: kindLine, message: fill(READ_ERRORS.chaptersTrack, { count: chapters.transcript.length }) },
        ...chapters.warnings,
      ],
    };
  }
  if (parsed.cues.length === 0) {
    const reason = parsed.warnings.find((w) => w.message.startsWith('cue skipped'));
    throw reason ? readError('WebVTT', 'vttNoCueBecause', { detail: reason.message }, reason.line) : readError('WebVTT', 'vttNoCues', {}, 1);
  }
  const speakers = new SpeakerTable();
  const raw: RawCue[] = parsed.cues.map((cue) => {
    const content = cueContent(cue.tree.children);
    const rawCue: RawCue = { start: roundMs(cue.startTime), end: roundMs(cue.endTime), text: content.text, marks: content.marks };
    if (content.voice !== undefined) rawCue.speaker = content.voice;
    return rawCue;
  });
  const turns = cuesToTurns(raw, speakers);
  if (!turns.length) {
    const first = parsed.cues[0]!;
    throw readError('WebVTT', 'vttEmptyCues', { count: parsed.cues.length, id: first.id ? `"${first.id}", ` : '', start: roundMs(first.startTime) }, parsed.warnings[0]?.line);
  }
  const transcript: Transcript = {
    metadata: metadataFrom(parsed.header, parsed.notes),
    speakers: speakers.speakers,
    turns,
    questions: [],
    chapters: [],
  };
  return { transcript, warnings: parsed.warnings };
}

/**
 * Reads a chapters track (`<track kind="chapters">`): each cue's text is a chapter title.
 * Cue markup, if any, is dropped from the title.
 */
export function readChapters(text: string): ReadResult<Chapter[]> {
  const parsed = parseVttCues(text);
  const chapters = parsed.cues
    .map((cue) => ({ title: cueContent(cue.tree.children).text.replace(/\s+/g, ' ').trim(), start: roundMs(cue.startTime), end: roundMs(cue.endTime) }))
    .filter((c) => c.title);
  return { transcript: chapters, warnings: parsed.warnings };
}
