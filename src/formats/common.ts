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
  private unnamedId: string | undefined;

  /** The id for a speaker label, adding the speaker on first sight. */
  idFor(label: string): string {
    const name = spokenName(label);
    const key = name.toLowerCase();
    const known = this.byName.get(key);
    if (known) return known.id;
    const speaker: Speaker = { id: this.freeId(key), name };
    if (name !== label.trim()) speaker.label = label.trim();
    this.speakers.push(speaker);
    this.byName.set(key, speaker);
    return speaker.id;
  }

  /** The id of the stand-in speaker of cues that name nobody ("Speaker", marked `unnamed`). */
  unnamed(): string {
    if (this.unnamedId === undefined) {
      const speaker: Speaker = { id: this.freeId('speaker'), name: 'Speaker', unnamed: true };
      this.speakers.push(speaker);
      this.unnamedId = speaker.id;
    }
    return this.unnamedId;
  }

  private freeId(key: string): string {
    const base = key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'speaker';
    let id = base;
    for (let n = 2; this.speakers.some((s) => s.id === id); n++) id = `${base}-${n}`;
    return id;
  }
}

export { speakerName };

/**
 * The speakers' labels as a caption file writes them, by turn: as the source wrote them ("MAN",
 * "SECRETARY RICE"), else the name, whitespace collapsed (a label can never break a cue in two).
 * A speaker the source did not name gets no label while no one has spoken before it; after a
 * named speaker it gets its stand-in name, since a cue without a label reads back as the voice
 * before it. Computed once, so that writing stays linear however many speakers there are.
 */
export function captionLabels(transcript: Transcript): (turn: number) => string | undefined {
  const collapse = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;
  const byId = new Map(transcript.speakers.map((s) => [s.id, s]));
  const firstNamed = transcript.turns.findIndex((t) => !byId.get(t.speaker)?.unnamed);
  return (turn) => {
    const id = transcript.turns[turn]!.speaker;
    const speaker = byId.get(id);
    if (speaker?.unnamed && (firstNamed < 0 || turn < firstNamed)) return undefined;
    return collapse(speaker?.label) ?? collapse(speaker?.name) ?? collapse(id);
  };
}

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
  if (end < start) {
    // Written back as it came, the cue would be one that no reader accepts.
    warnings.push({ line, message: 'cue ends before it starts; read as ending where it starts' });
    cue.end = cue.start;
  }
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
 * How long a word takes to say, relative to others: its syllables (vowel groups) in alphabetic
 * scripts, its letters elsewhere (a CJK character is about a syllable), at least one.
 */
export function wordWeight(text: string): number {
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (/^[^\p{L}]*[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text)) {
    const syllables = text.match(/[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœаеёиоуыэюяαεηιουω]+/giu)?.length ?? 0;
    return Math.max(1, syllables || Math.ceil(letters / 3));
  }
  return Math.max(1, letters);
}

/**
 * The sentences of a run of cues of one turn. Their texts are joined and split into sentences
 * once, so that a sentence may run over several cues and "Mr." at the end of a cue does not end
 * one.
 *
 * Every time the cues give is kept. A cue's first word starts with the cue (the word after an
 * inline timestamp or with a word segment's time starts then); the time between two such
 * anchors, and between the last of them and the cue's end, is spread over the words between by
 * their syllables (`wordWeight`), and those words are marked `estimated`. So each cue's last
 * word ends with the cue, and the first word of each cue keeps the cue and its times (`cue`), from
 * which the caption writers rebuild the cues. Annotation words are never timed. A sentence takes
 * its times from its first and last timed words.
 */
export function turnSentences(cues: RawCue[]): Sentence[] {
  const placed: PlacedCue[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const cue of cues) {
    const n = normaliseSpace(cue.text, cue.marks);
    if (!n.text) continue;
    if (length) length += 1;
    placed.push({ cue, from: length, to: length + n.text.length, marks: n.marks.map((m) => ({ ...m, offset: m.offset + length })) });
    parts.push(n.text);
    length += n.text.length;
  }
  const text = parts.join(' ');
  const sentences = splitSentences(text, false);

  // Where each word is in the text, and in which cue (words and cues are both in text order).
  interface Placed { word: Word; from: number; to: number; cue: PlacedCue }
  const byCue = new Map<PlacedCue, Placed[]>(placed.map((p) => [p, []]));
  const bySentence: Placed[][] = [];
  let cursor = 0;
  let c = 0;
  let previousCue: PlacedCue | undefined;
  for (const sentence of sentences) {
    const own: Placed[] = [];
    for (const word of sentence.words) {
      const at = text.startsWith(word.text, cursor) ? cursor : text.indexOf(word.text, cursor);
      const from = at < 0 ? cursor : at;
      cursor = from + word.text.length;
      while (c < placed.length - 1 && from >= placed[c]!.to) c++;
      const w: Placed = { word, from, to: cursor, cue: placed[c]! };
      if (w.cue !== previousCue) word.cue = { start: roundMs(w.cue.cue.start), end: roundMs(w.cue.cue.end) };
      previousCue = w.cue;
      own.push(w);
      byCue.get(w.cue)!.push(w);
    }
    bySentence.push(own);
  }

  for (const p of placed) {
    const mine = byCue.get(p)!.filter((w) => !w.word.annotation);
    if (!mine.length) continue;
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
      } else if (w === mine[0]) {
        w.word.start = roundMs(p.cue.start);
      }
    }
    spreadTimes(mine.map((w) => w.word), p.cue.end);
  }

  sentences.forEach((sentence, i) => {
    const own = bySentence[i]!;
    const timed = own.filter((w) => w.word.start !== null);
    sentence.start = timed[0]?.word.start ?? null;
    sentence.end = timed.reduce<number | null>((end, w) => (w.word.end !== null && (end === null || w.word.end > end) ? w.word.end : end), null);
  });
  return sentences;
}

/**
 * Gives times to the untimed words of one cue (`words[0]` has its start): each run of untimed
 * words shares the time from the timed word before it to the next timed word (or the cue's
 * `end`) by weight, and is marked `estimated`; a word without an end ends where the next begins.
 */
function spreadTimes(words: Word[], end: number): void {
  let i = 0;
  while (i < words.length) {
    let j = i + 1;
    while (j < words.length && words[j]!.start === null) j++;
    const from = words[i]!.start!;
    const until = Math.max(from, j < words.length ? words[j]!.start! : end);
    if (j > i + 1) {
      let total = 0;
      for (let k = i; k < j; k++) total += wordWeight(words[k]!.text);
      let before = wordWeight(words[i]!.text);
      for (let k = i + 1; k < j; k++) {
        words[k]!.start = roundMs(from + ((until - from) * before) / total);
        words[k]!.estimated = true;
        before += wordWeight(words[k]!.text);
      }
    }
    for (let k = i; k < j; k++) {
      const w = words[k]!;
      if (w.end === null) w.end = k + 1 < j ? words[k + 1]!.start : roundMs(until);
      if (w.end! < w.start!) w.end = w.start;
    }
    i = j;
  }
}

/** Moves bracketed notes that open a turn ("(Via interpreter) Dear colleagues") into its annotations. */
function liftTurnAnnotations(turn: Turn): void {
  const first = turn.sentences[0];
  if (!first) return;
  // Only "(…)": a note in square brackets ("[Music]") stays a word, so that it is written back as it came.
  // A note that was a cue of its own stays a word, so that its cue is written back as it came.
  while (first.words[0]?.annotation && first.words.length > 1 && first.words[0].text.startsWith('(') && !(first.words[0].cue && first.words[1]!.cue)) {
    const note = wholeAnnotation(first.words[0].text);
    if (note === null) break;
    turn.annotations.push(note);
    const [lifted] = first.words.splice(0, 1);
    if (lifted?.cue) first.words[0]!.cue = lifted.cue;
    first.text = first.words.map((w) => w.text).join(' ');
  }
}

/**
 * Groups cues into turns: consecutive cues of one voice form a turn (a cue without a voice
 * continues the one before; a cue marked `newTurn` starts one), then splits each turn's text
 * into sentences.
 */
export function cuesToTurns(cues: RawCue[], speakers: SpeakerTable): Turn[] {
  const runs: { speaker: string; cues: RawCue[] }[] = [];
  let voice: string | undefined;
  for (const cue of cues) {
    const label = cue.speaker ?? voice;
    const id = label === undefined ? speakers.unnamed() : speakers.idFor(label);
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
 * The cues a caption writer writes. A turn read from a caption file (its first word has the
 * `cue` it began) is written as the cues it came in, with their times. Any other turn gets one cue per sentence, long sentences cut at word boundaries into
 * parts of at most `maxChars` characters where the words' times say when each part starts.
 * Throws, naming the turn, when a turn has no times at all. Linear in the number of words.
 */
export function captionParts(transcript: Transcript, format: string, maxChars = 84): CaptionPart[] {
  const parts: CaptionPart[] = [];
  const untimed = (t: number): never => {
    throw new Error(`${format} needs times, but ${describeTurn(transcript, t)} has none. Align the transcript to its recording first (parley align).`);
  };
  transcript.turns.forEach((turn, t) => {
    const prefix = annotationPrefix(turn);
    if (turn.sentences[0]?.words[0]?.cue) {
      sourceCues(turn).forEach(({ cue, words }, i) => {
        parts.push({ turn: t, turnStart: i === 0, start: cue.start, end: Math.max(cue.start, cue.end), prefix: i === 0 ? prefix : '', words });
      });
      return;
    }
    let first = true;
    turn.sentences.forEach((sentence, s) => {
      const span = sentenceSpan(turn, s);
      if (span.start === null || span.end === null) untimed(t);
      let current: Word[] = [];
      let length = first ? prefix.length : 0;
      let partStart = span.start!;
      let previousEnd: number | null = null;
      const flush = (end: number) => {
        parts.push({ turn: t, turnStart: first, start: partStart, end: Math.max(partStart, end), prefix: first ? prefix : '', words: current });
        first = false;
      };
      for (const word of sentence.words) {
        const cut = current.length > 0 && length + 1 + word.text.length > maxChars && word.start !== null && !word.annotation;
        if (cut && word.start! > partStart && (previousEnd === null || previousEnd <= word.start!)) {
          flush(previousEnd ?? word.start!);
          current = [];
          length = 0;
          partStart = word.start!;
          previousEnd = null;
        }
        current.push(word);
        if (word.end !== null) previousEnd = word.end;
        length += (length ? 1 : 0) + word.text.length;
      }
      flush(span.end!);
    });
  });
  return parts;
}

/** The words of a turn grouped into the caption cues they were read from (a turn whose first word has its `cue`). */
export function sourceCues(turn: Turn): { cue: { start: number; end: number }; words: Word[] }[] {
  const cues: { cue: { start: number; end: number }; words: Word[] }[] = [];
  for (const sentence of turn.sentences) {
    for (const word of sentence.words) {
      if (word.cue || !cues.length) cues.push({ cue: word.cue ?? { start: 0, end: 0 }, words: [word] });
      else cues.at(-1)!.words.push(word);
    }
  }
  return cues;
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
