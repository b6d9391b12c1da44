/**
 * What the timed caption formats (WebVTT, SRT, Podcasting 2.0 JSON) share: turning a list of
 * cues into turns → sentences → words, naming speakers, and writing times and spans back out.
 */
import { splitSentences, wholeAnnotation } from '../model/segment.js';
import { roundMs } from '../model/media-time.js';
import { speakerName, type Seconds, type Sentence, type Speaker, type Transcript, type Turn, type Word } from '../model/transcript.js';

export { roundMs };

/** "01:02:03.456" (WebVTT) or "01:02:03,456" (SRT). Hours are always written. */
export function formatTimestamp(seconds: number, decimal: '.' | ',' = '.'): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}${decimal}${pad(ms % 1000, 3)}`;
}

/** Small words left in lower case when an all-caps label is turned into a name people say. */
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'de', 'von', 'van', 'der', 'la', 'le', 'du']);

/**
 * The name a person would say for a label as written: "SECRETARY RICE" → "Secretary Rice"
 * (all-caps labels are read letter by letter by some screen readers). Mixed-case labels are kept;
 * initialisms such as "U.S." stay in capitals.
 */
export function spokenName(label: string): string {
  const name = label.replace(/\s+/g, ' ').trim();
  if (!/\p{Lu}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name
    .split(' ')
    .map((word, i) => {
      if (/^(?:\p{Lu}\.)+\p{Lu}?\.?$/u.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      // Capitalise each part of "LAVROV-SMITH" and "O'BRIEN".
      return lower.replace(/(^|[-'’(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

/** Collects speakers by name as a reader meets them, giving each a stable id. */
export class SpeakerTable {
  readonly speakers: Speaker[] = [];
  private readonly byName = new Map<string, Speaker>();

  /** The id for a speaker label, adding the speaker on first sight. */
  idFor(label: string): string {
    const name = spokenName(label);
    const key = name.toLowerCase();
    const known = this.byName.get(key);
    if (known) return known.id;
    const base = key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'speaker';
    let id = base;
    for (let n = 2; this.speakers.some((s) => s.id === id); n++) id = `${base}-${n}`;
    const speaker: Speaker = { id, name };
    if (name !== label.trim()) speaker.label = label.trim();
    this.speakers.push(speaker);
    this.byName.set(key, speaker);
    return id;
  }
}

export { speakerName };

/** A time mark inside a cue's text: the word starting at or after `offset` starts at `time`. */
export interface TimeMark {
  offset: number;
  time: number;
  /** When the word ends, if the format says (Podcasting 2.0 word segments do). */
  end?: number;
}

/** One cue as a caption reader found it, before it is grouped into turns. */
export interface RawCue {
  start: number;
  end: number;
  /** The plain text (markup removed, entities decoded). */
  text: string;
  /** Inline word start times, by character offset in `text`. */
  marks: TimeMark[];
  /** The speaker's label; undefined means "the same voice as the cue before". */
  speaker?: string;
  /** True when the cue explicitly begins a new turn (an SRT "Name:" prefix does). */
  newTurn?: boolean;
  /** 1-based line of the cue in the file, for messages. */
  line?: number;
}

/**
 * The cue a line-based caption reader (SRT, SBV) found: its text with formatting already
 * removed, a leading speaker label (matched by `speaker`, group 1 the name) taken as a voice that
 * starts a new turn. Undefined, with a warning, for a cue with no text.
 */
export function labelledCue(start: number, end: number, line: number, text: string, speaker: RegExp, warnings: { line: number; message: string }[]): RawCue | undefined {
  let body = text.trim();
  if (!body) {
    warnings.push({ line, message: 'cue has no text; skipped' });
    return undefined;
  }
  const cue: RawCue = { start: roundMs(start), end: roundMs(end), text: '', marks: [], line };
  const m = speaker.exec(body);
  if (m) {
    if (m[1]) cue.speaker = m[1];
    cue.newTurn = true;
    body = body.slice(m[0].length);
  }
  cue.text = body;
  if (end < start) warnings.push({ line, message: 'cue ends before it starts' });
  return cue;
}

/**
 * Collapses whitespace in `text` (as the sentence splitter does) and moves the marks to match.
 */
function normaliseSpace(text: string, marks: TimeMark[]): { text: string; marks: TimeMark[] } {
  let out = '';
  const map: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    map[i] = out.length + (pendingSpace && out.length ? 1 : 0);
    if (/\s/.test(text[i]!)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out.length) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  map[text.length] = out.length;
  return { text: out, marks: marks.map((m) => ({ ...m, offset: map[Math.min(m.offset, text.length)]! })) };
}

/** A cue placed in the running text of its turn. */
interface PlacedCue {
  cue: RawCue;
  from: number;
  to: number;
  marks: TimeMark[];
}

/**
 * The sentences of a run of cues of one turn. Their texts are joined and split into sentences
 * once, so that a sentence may run over several cues and "Mr." at the end of a cue does not end
 * one. Word times: a mark gives a word its start (and its end when the mark has one); the first
 * word of a cue with marks starts with the cue; a cue of a single word gives it the cue's times;
 * otherwise a timed word ends where the next timed word of its cue starts, the last with the cue.
 * A sentence takes its times from its words, or from the edges of the cues it begins and ends
 * at. Annotation words are never timed.
 */
export function turnSentences(cues: RawCue[]): Sentence[] {
  const placed: PlacedCue[] = [];
  let text = '';
  for (const cue of cues) {
    const n = normaliseSpace(cue.text, cue.marks);
    if (!n.text) continue;
    if (text) text += ' ';
    placed.push({ cue, from: text.length, to: text.length + n.text.length, marks: n.marks.map((m) => ({ ...m, offset: m.offset + text.length })) });
    text += n.text;
  }
  const sentences = splitSentences(text, false);

  // Where each word is in the text, and in which cue (words and cues are both in text order).
  interface Placed { word: Word; from: number; to: number; cue: PlacedCue }
  const byCue = new Map<PlacedCue, Placed[]>(placed.map((p) => [p, []]));
  const bySentence: Placed[][] = [];
  let cursor = 0;
  let c = 0;
  for (const sentence of sentences) {
    const own: Placed[] = [];
    for (const word of sentence.words) {
      const at = text.indexOf(word.text, cursor);
      const from = at < 0 ? cursor : at;
      cursor = from + word.text.length;
      while (c < placed.length - 1 && from >= placed[c]!.to) c++;
      const w: Placed = { word, from, to: cursor, cue: placed[c]! };
      own.push(w);
      if (!word.annotation) byCue.get(w.cue)!.push(w);
    }
    bySentence.push(own);
  }

  for (const p of placed) {
    const mine = byCue.get(p)!;
    const timed: Placed[] = [];
    let m = 0;
    let previousEnd = p.from;
    for (const w of mine) {
      let mark: TimeMark | undefined;
      while (m < p.marks.length && p.marks[m]!.offset <= w.from) {
        // A mark inside the previous word (split by markup) does not time this one.
        if (p.marks[m]!.offset >= previousEnd) mark = p.marks[m];
        m++;
      }
      previousEnd = w.to;
      if (mark) {
        w.word.start = roundMs(mark.time);
        if (mark.end !== undefined) w.word.end = roundMs(mark.end);
      } else if (w === mine[0] && (p.marks.length > 0 || mine.length === 1)) {
        w.word.start = roundMs(p.cue.start);
        if (mine.length === 1) w.word.end = roundMs(p.cue.end);
      }
      if (w.word.start !== null) timed.push(w);
    }
    timed.forEach((w, i) => {
      if (w.word.end === null) w.word.end = i + 1 < timed.length ? timed[i + 1]!.word.start : roundMs(p.cue.end);
    });
  }

  sentences.forEach((sentence, i) => {
    const own = bySentence[i]!;
    const first = own[0]!;
    const last = own.at(-1)!;
    let firstTimed: Word | undefined;
    let lastTimed: Word | undefined;
    for (const w of own) {
      if (w.word.start === null) continue;
      firstTimed ??= w.word;
      lastTimed = w.word;
    }
    // A sentence that begins (ends) where a cue does takes the cue's edge; else its words' times.
    sentence.start = first.from === first.cue.from ? roundMs(first.cue.cue.start) : (firstTimed?.start ?? null);
    sentence.end = last.to === last.cue.to ? roundMs(last.cue.cue.end) : (lastTimed?.end ?? null);
  });
  // Sentence edges inside a cue of untimed words: the neighbouring sentence's edge is the best estimate there is.
  for (let i = 1; i < sentences.length; i++) {
    const prev = sentences[i - 1]!;
    const cur = sentences[i]!;
    if (cur.start === null) cur.start = prev.end;
    if (prev.end === null) prev.end = cur.start;
  }
  return sentences;
}

/** Moves bracketed notes that open a turn ("(Via interpreter) Dear colleagues") into its annotations. */
function liftTurnAnnotations(turn: Turn): void {
  const first = turn.sentences[0];
  if (!first) return;
  while (first.words[0]?.annotation && first.words.length > 1) {
    const note = wholeAnnotation(first.words[0].text);
    if (note === null) break;
    turn.annotations.push(note);
    first.words.shift();
    first.text = first.words.map((w) => w.text).join(' ');
  }
}

/**
 * Groups cues into turns: consecutive cues of one voice form a turn (a cue without a voice
 * continues the one before; a cue marked `newTurn` starts one), then splits each turn's text
 * into sentences.
 */
export function cuesToTurns(cues: RawCue[], speakers: SpeakerTable, defaultSpeaker = 'Speaker'): Turn[] {
  const runs: { speaker: string; cues: RawCue[] }[] = [];
  let voice: string | undefined;
  for (const cue of cues) {
    const label = cue.speaker ?? voice ?? defaultSpeaker;
    const id = speakers.idFor(label);
    voice = label;
    const current = runs.at(-1);
    if (!current || current.speaker !== id || cue.newTurn) runs.push({ speaker: id, cues: [cue] });
    else current.cues.push(cue);
  }
  const turns: Turn[] = runs.map((run) => {
    const turn: Turn = { speaker: run.speaker, start: null, end: null, annotations: [], sentences: turnSentences(run.cues) };
    liftTurnAnnotations(turn);
    turn.sentences = turn.sentences.filter((s) => s.words.length > 0);
    if (turn.sentences[0]) turn.sentences[0].paragraph = true;
    turn.start = turn.sentences[0]?.start ?? null;
    turn.end = turn.sentences.at(-1)?.end ?? null;
    return turn;
  });
  return turns.filter((t) => t.sentences.length > 0 || t.annotations.length > 0);
}

/** The time span of a sentence, estimated from its neighbours and its turn where it has none. */
export function sentenceSpan(turn: Turn, index: number): { start: Seconds; end: Seconds } {
  const s = turn.sentences[index]!;
  const prev = turn.sentences[index - 1];
  const next = turn.sentences[index + 1];
  const start = s.start ?? prev?.end ?? (index === 0 ? turn.start : null);
  const end = s.end ?? next?.start ?? (index === turn.sentences.length - 1 ? turn.end : null);
  return { start, end };
}

/** "Turn 3 (Secretary Rice, “Thank you…”)": how messages name a turn. */
export function describeTurn(transcript: Transcript, index: number): string {
  const turn = transcript.turns[index]!;
  const words = turn.sentences.flatMap((s) => s.words.map((w) => w.text));
  const opening = words.slice(0, 6).join(' ');
  return `turn ${index + 1} (${speakerName(transcript, turn.speaker)}${opening ? `: “${opening}${words.length > 6 ? '…' : ''}”` : ''})`;
}

/** The turn-level annotations as they are written inline before a turn's text: "(Via interpreter)". */
export function annotationPrefix(turn: Turn): string {
  return turn.annotations.map((a) => `(${a})`).join(' ');
}

/** One caption cue to write: a sentence, or a part of a long one. */
export interface CaptionPart {
  turn: number;
  /** True for the first cue of a turn (SRT writes the speaker's name there). */
  turnStart: boolean;
  start: number;
  end: number;
  /** Turn annotations written before the first cue's words: "(Via interpreter)". */
  prefix: string;
  words: Word[];
}

/**
 * The cues a caption writer writes: one per sentence, long sentences cut at word boundaries into
 * parts of at most `maxChars` characters where the words' times say when each part starts.
 * Throws, naming the turn, when a turn has no times at all.
 */
export function captionParts(transcript: Transcript, format: string, maxChars = 84): CaptionPart[] {
  const parts: CaptionPart[] = [];
  transcript.turns.forEach((turn, t) => {
    let first = true;
    turn.sentences.forEach((sentence, s) => {
      const span = sentenceSpan(turn, s);
      if (span.start === null || span.end === null) {
        throw new Error(`${format} needs times, but ${describeTurn(transcript, t)} has none. Align the transcript to its recording first (parley align).`);
      }
      const prefix = first ? annotationPrefix(turn) : '';
      let current: Word[] = [];
      let length = prefix.length;
      let partStart = span.start;
      const flush = (end: number) => {
        parts.push({ turn: t, turnStart: first, start: partStart, end, prefix: first ? prefix : '', words: current });
        first = false;
      };
      for (const word of sentence.words) {
        const cut = current.length > 0 && length + 1 + word.text.length > maxChars && word.start !== null && !word.annotation;
        const prevEnd = current.filter((w) => w.end !== null).at(-1)?.end ?? null;
        if (cut && word.start! > partStart && (prevEnd === null || prevEnd <= word.start!)) {
          flush(prevEnd ?? word.start!);
          current = [];
          length = 0;
          partStart = word.start!;
        }
        current.push(word);
        length += (length ? 1 : 0) + word.text.length;
      }
      flush(span.end);
    });
  });
  return parts;
}

/** Wraps a caption into at most two lines, breaking at the space nearest the middle. */
export function wrapCaption(text: string, lineLength = 42): string[] {
  if (text.length <= lineLength) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}
