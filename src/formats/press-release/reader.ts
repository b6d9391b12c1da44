/**
 * Reader for the State Department's press-release transcript format, in Markdown or plain text:
 *
 *   ## Remarks with … After 2+2 Meetings          ← header: title, principal, place, date
 *   **Secretary Condoleezza Rice**
 *   Moscow, Russia
 *   October 12, 2007
 *
 *   **FOREIGN MINISTER LAVROV:** (Via interpreter) Dear colleagues, …   ← a turn
 *   Our meeting today reaffirmed …                                        ← same speaker
 *   **QUESTION:** Thom Shanker, *New York Times*. …
 *
 *   2007/T17-2                                      ← footer: document number, release line
 *   Released on October 12, 2007
 *
 * A file of labelled turns alone reads just as well, in any of the label styles of `labels.ts`
 * (podcast transcripts, Otter and Rev exports), one turn per line or per paragraph; text with no
 * label at all is one unnamed speaker.
 */
import type { Sentence, Speaker, Transcript, TranscriptMetadata, Turn, Chapter, Word } from '../../model/transcript.js';
import { appendToSentence, continuesSentence, makeSentence, splitSentences, wholeAnnotation } from '../../model/segment.js';
import { readError, requireText, type ReadResult, type ReadWarning } from '../diagnostics.js';
import { inlineTimes, labelAt, type Label } from './labels.js';
import { isLinkOnly, plainText } from './markdown.js';
import { findFullName, splitLabel } from './names.js';
import { MODERATOR_LABELS, QUESTION_LABELS, findQuestions } from './questions.js';

export { labelAt } from './labels.js';

/** How messages name what was being read. */
const FORMAT = 'transcript text';

interface Paragraph {
  /** 1-based line of the paragraph's first line. */
  line: number;
  lines: string[];
  /** The speaker label its first line starts with, if any. */
  label: Label | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = new RegExp(
  String.raw`^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:(${MONTHS.join('|')})\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(${MONTHS.join('|')}),?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))$`,
  'i',
);

/**
 * Splits text into paragraphs (runs of non-blank lines), remembering where each starts. A line
 * that starts with a speaker label also starts a paragraph, so that press text written one turn
 * per line, with no blank lines, is read turn by turn.
 */
function paragraphs(text: string, known: (label: string) => boolean = () => false): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      current = null;
      return;
    }
    // A line right after a labelled line counts as a paragraph's start: text written one turn per
    // line ("Sahil: Sir, I am Sahil from ANI.") has single-word labels there too.
    const label = labelAt(line, { start: !current || (current.label !== null && current.lines.length <= 1), known });
    if (!current || label) {
      current = { line: i + 1, lines: [], label };
      out.push(current);
      if (label) {
        if (label.rest.trim()) current.lines.push(label.rest.trim());
        return;
      }
    }
    current.lines.push(line);
  });
  return out;
}

/** True when a paragraph is part of the footer (document number, release line, navigation). */
function isFooter(text: string): boolean {
  const t = plainText(text);
  return (
    isLinkOnly(text) ||
    /^(?:PRN:\s*)?\d{4}\/[A-Z]*\d+[\w-]*$/i.test(t) ||
    /^Released on\b/i.test(t) ||
    /^(?:\*\s*){3,}$|^#{3}$|^-{3,}$|^_{3,}$|^###$/.test(t) ||
    /^(?:back to top|return to top|end of transcript|\[?end\]?)$/i.test(t) ||
    /^[A-Z]{2,5}\s*#\s*\d+$/.test(t)
  );
}

function isoDate(m: RegExpExecArray): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[1]) return `${m[3]}-${pad(MONTHS.indexOf(m[1].toLowerCase()) + 1)}-${pad(Number(m[2]))}`;
  if (m[5]) return `${m[6]}-${pad(MONTHS.indexOf(m[5].toLowerCase()) + 1)}-${pad(Number(m[4]))}`;
  if (m[7]) return `${m[7]}-${m[8]}-${m[9]}`;
  return undefined;
}

/** Title, principal, place and date from the lines before the first turn. */
function readHeader(header: Paragraph[], warnings: ReadWarning[], annotations: string[]): TranscriptMetadata {
  const meta: TranscriptMetadata = {};
  const place: string[] = [];
  const lines = header.flatMap((p) => p.lines.map((text, k) => ({ text, line: p.line + k })));
  for (const { text } of lines) {
    if (isLinkOnly(text)) continue;
    const heading = /^#{1,6}\s+(.*)$/.exec(text);
    if (heading) {
      meta.title ??= plainText(heading[1]!);
      continue;
    }
    const plain = plainText(text);
    if (!plain) continue;
    if (/^[([].*[)\]]$/.test(plain)) {
      annotations.push(plain.slice(1, -1).trim());
      continue;
    }
    // "2:16 p.m. EDT": when the event began, by the clock.
    if (/^\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?$/i.test(plain)) {
      meta.extra = { ...meta.extra, startTime: plain };
      continue;
    }
    const date = DATE.exec(plain.replace(/\.$/, ''));
    if (date) {
      meta.dateText = plain;
      const iso = isoDate(date);
      if (iso) meta.date = iso;
      continue;
    }
    const bold = /^\*\*(.+)\*\*$/.exec(text);
    if (bold && !meta.principal && meta.title) {
      meta.principal = plain;
      continue;
    }
    if (!meta.title) {
      meta.title = plain;
      continue;
    }
    const OFFICE = /(?:Secretary|Ambassador|Spokesman|Spokesperson|Spokeswoman|President|Minister|Spokesman|Director|Envoy)\b/;
    if (!meta.principal && !meta.dateText && (new RegExp(`^(?:(?:Deputy|Under|Assistant|Acting)\\s+)?${OFFICE.source}`).test(plain) || new RegExp(`^[^,]+,\\s*(?:\\p{L}+\\s+)*${OFFICE.source}`, 'u').test(plain))) {
      meta.principal = plain;
      continue;
    }
    place.push(plain);
  }
  if (place.length) meta.place = place;
  const prose = header.filter((p) => p.lines.join(' ').length > 200);
  if (prose.length) {
    warnings.push({ line: prose[0]!.line, message: 'a long paragraph before the first speaker label was read as part of the header, not as a turn' });
  }
  return meta;
}

function slug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'speaker';
}

/** "The following is a near-verbatim transcript of …": an editor's note, not speech. */
const EDITORS_NOTE = /^(?:the following is|this is|what follows is)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}transcript\b/i;

/** A UN-style topic heading inside the text: "**Egypt" or "** Security Council". */
const TOPIC = /^\*\*\s*([^*]{1,80}?)\s*(?:\*\*)?$/;

/** A speaker for text with no labels at all: one voice, not named. */
const UNNAMED: Speaker = { id: 'speaker', name: 'Speaker' };

/**
 * Reads a transcript written as text: labelled turns in any of the shapes `labelAt` knows, a
 * header and footer around them, inline times as anchors. Text with no label at all is one
 * unnamed speaker. Throws TranscriptReadError for an empty file or binary data.
 */
export function readPressRelease(input: string): ReadResult<Transcript> {
  const text = requireText(input, FORMAT).replace(/\r\n?/g, '\n');
  const warnings: ReadWarning[] = [];
  const speakers: Speaker[] = [];
  const speakerByLabel = new Map<string, Speaker>();
  const labelKey = (label: string) => plainText(label).replace(/\s+/g, ' ').trim().toUpperCase();
  // Labels met at the start of a paragraph anywhere in the file: then "Matt:" is a label in the middle of one too.
  const knownLabels = new Set(paragraphs(text).flatMap((p) => (p.label ? [labelKey(p.label.label)] : [])));
  const paras = paragraphs(text, (label) => knownLabels.has(labelKey(label)));
  if (!paras.length) throw readError(FORMAT, 'empty', {}, 1);

  let firstTurn = paras.findIndex((p) => p.label);
  const unlabelled = firstTurn < 0;
  if (unlabelled) {
    // No labels: the header is what comes before the first paragraph that reads as speech.
    firstTurn = paras.findIndex((p) => {
      const t = plainText(p.lines.join(' '));
      return /[.!?…"”’)]$/.test(t) && !EDITORS_NOTE.test(t) && !DATE.test(t.replace(/\.$/, '')) && !TOPIC.test(p.lines[0]!);
    });
    if (firstTurn < 0) throw readError(FORMAT, 'textNoTurn', {}, paras[0]!.line);
  }
  let lastTurn = paras.length - 1;
  while (lastTurn > firstTurn && isFooter(paras[lastTurn]!.lines.join(' '))) lastTurn--;

  // Annotations standing before the first turn ("(6:50 a.m.)") belong to it.
  const pending: string[] = [];
  const headerParas = paras.slice(0, firstTurn);
  const notes = headerParas.filter((p) => EDITORS_NOTE.test(plainText(p.lines.join(' '))));
  const metadata = readHeader(headerParas.filter((p) => !notes.includes(p)), warnings, pending);
  if (notes.length) metadata.notes = notes.map((p) => plainText(p.lines.join(' ')));
  const footer = paras.slice(lastTurn + 1).map((p) => plainText(p.lines.join(' '))).filter(Boolean);
  for (const line of footer) {
    if (/^Released on\b/i.test(line)) metadata.release = line;
    else if (/^(?:PRN:\s*)?\d{4}\/\S+$/i.test(line)) metadata.documentNumber = line.replace(/^PRN:\s*/i, '');
  }
  if (!metadata.language && /^[\p{Script=Latin}\p{P}\p{N}\s$€£%+=<>|~^`'"*•]*$/u.test(text.slice(0, 4000))) metadata.language = 'en';

  const turns: Turn[] = [];
  const chapters: Chapter[] = [];
  const headerText = [metadata.title, metadata.principal].filter(Boolean).join(' , ');

  const speakerFor = (label: string): Speaker => {
    const key = labelKey(label);
    let speaker = speakerByLabel.get(key);
    if (speaker) return speaker;
    const roleOnly = QUESTION_LABELS.test(key) || MODERATOR_LABELS.test(key);
    const parts = splitLabel(label, roleOnly);
    // "MR. KIRBY" after "REAR ADM. JOHN KIRBY": the same person, however the label is written.
    speaker = parts.surname ? speakers.find((s) => sameSurname(s, parts.surname!, parts.fullName)) : undefined;
    if (!speaker) {
      let id = slug(parts.id);
      while (speakers.some((s) => s.id === id)) id = `${id}-${speakers.length + 1}`;
      speaker = { id, name: parts.name, label: label.replace(/\s+/g, ' ').trim() };
      const found = !parts.fullName && parts.surname ? findFullName(headerText, parts.surname) : undefined;
      const fullName = parts.fullName ?? found?.fullName;
      if (fullName) speaker.fullName = fullName;
      // "Sean McCormack, Spokesman": an office written after the principal's name.
      const afterName = fullName && metadata.principal?.startsWith(fullName) ? /^,\s*(.+)$/.exec(metadata.principal.slice(fullName.length))?.[1] : undefined;
      const role = found?.role ?? afterName ?? parts.role ?? (QUESTION_LABELS.test(key) ? 'Reporter' : MODERATOR_LABELS.test(key) ? 'Moderator' : undefined);
      if (role) speaker.role = role;
      speakers.push(speaker);
    }
    speakerByLabel.set(key, speaker);
    return speaker;
  };

  // Inline times, and times written beside labels, become anchors on the words they precede.
  const anchor = (sentences: Sentence[], marks: { words: number; time: number }[]) => {
    if (!marks.length) return;
    const words: Word[] = sentences.flatMap((s) => s.words);
    let seen = 0;
    let m = 0;
    for (const word of words) {
      while (m < marks.length && marks[m]!.words <= seen) {
        if (!word.annotation) {
          word.start = marks[m]!.time;
          word.anchor = true;
        }
        m++;
      }
      seen += word.text.split(' ').length;
    }
  };

  for (let i = firstTurn; i <= lastTurn; i++) {
    const para = paras[i]!;
    const label = para.label;
    let turn = turns.at(-1);
    const topic = !label && TOPIC.exec(para.lines[0]!);
    if (topic && para.lines.length === 1) {
      // A topic heading: a chapter, whose text starts a new turn of the same voice.
      const speaker = turn?.speaker ?? (unlabelled ? UNNAMED.id : undefined);
      if (speaker) {
        turn = { speaker, start: null, end: null, annotations: [], sentences: [] };
        turns.push(turn);
        chapters.push({ title: topic[1]!.trim(), start: null, turn: turns.length - 1 });
        continue;
      }
    }
    let body = plainText(para.lines.join(' '));
    if (label) {
      turn = { speaker: speakerFor(plainText(label.label)).id, start: label.time ?? null, end: null, annotations: [...pending], sentences: [] };
      pending.length = 0;
      turns.push(turn);
    } else if (!turn && unlabelled) {
      if (!speakers.length) speakers.push({ ...UNNAMED });
      turn = { speaker: UNNAMED.id, start: null, end: null, annotations: [...pending], sentences: [] };
      pending.length = 0;
      turns.push(turn);
    } else if (!turn) {
      continue;
    }
    // Inline times first: "[10:12]" is a time, not a bracketed note.
    const times = inlineTimes(body);
    body = times.text;
    if (turn.sentences.length === 0) {
      // Leading annotations, "(Via interpreter) Dear colleagues…", describe the whole turn.
      let lead: RegExpExecArray | null;
      while ((lead = /^([([][^()[\]]*[)\]])\s*/.exec(body)) && wholeAnnotation(lead[1]!) !== null && /[\p{L}\p{N}]/u.test(body.slice(lead[0].length))) {
        turn.annotations.push(wholeAnnotation(lead[1]!)!);
        body = body.slice(lead[0].length);
        const removed = lead[1]!.split(/\s+/).length;
        for (const mark of times.marks) mark.words = Math.max(0, mark.words - removed);
      }
      // The time beside the label ("Karine: (00:45)") is when the turn's first word starts.
      if (turn.start !== null) times.marks.unshift({ words: 0, time: turn.start });
    }
    if (!body) continue;
    // A paragraph that is wholly in brackets is the stenographer's note, whatever it says:
    // "(Laughter.)", "(The briefing was concluded at 12:58 p.m.)".
    if (/^[([][^()[\]]*[)\]]$/.test(body)) {
      if (turn.sentences.length === 0) turn.annotations.push(body.slice(1, -1).trim());
      else turn.sentences.push(makeSentence([{ text: body, annotation: true }], true));
      continue;
    }
    const sentences: Sentence[] = splitSentences(body, true);
    anchor(sentences, times.marks);
    const previous = turn.sentences.at(-1);
    if (!label && previous && continuesSentence(previous, body) && sentences.length) {
      // A paragraph break in the middle of a sentence: mend the sentence.
      turn.sentences[turn.sentences.length - 1] = appendToSentence(previous, { ...sentences[0]!, paragraph: false });
      sentences.shift();
      warnings.push({ line: para.line, message: 'a paragraph break fell in the middle of a sentence; the sentence was joined back together' });
    }
    turn.sentences.push(...sentences);
  }

  const empty = turns.findIndex((t) => t.sentences.length === 0 && t.annotations.length === 0);
  if (empty >= 0) warnings.push({ line: paras[firstTurn]!.line, message: `turn ${empty + 1} has a speaker label but no text` });
  timeTurns(turns);

  const transcript: Transcript = { metadata, speakers, turns: turns.filter((t) => t.sentences.length || t.annotations.length), questions: [], chapters: [] };
  // Chapters point at turns; removing empty turns (a heading followed by nothing) shifts them.
  const kept = turns.map((t) => transcript.turns.indexOf(t));
  transcript.questions = findQuestions(transcript);
  transcript.chapters = chapters.length
    ? chapters.map((c) => ({ ...c, turn: kept[c.turn!]! })).filter((c) => c.turn >= 0)
    : chaptersOf(transcript);
  return { transcript, warnings };
}

/** True when a speaker already met is the person a surname (and full name, if any) names. */
function sameSurname(speaker: Speaker, surname: string, fullName: string | undefined): boolean {
  const theirs = (speaker.fullName ?? speaker.name).split(' ').at(-1)!;
  if (theirs.toLowerCase() !== surname.toLowerCase()) return false;
  if (QUESTION_LABELS.test(speaker.label ?? '') || MODERATOR_LABELS.test(speaker.label ?? '')) return false;
  return !fullName || !speaker.fullName || speaker.fullName.toLowerCase() === fullName.toLowerCase();
}

/**
 * Turns whose label carries a time start there; each ends where the next timed turn starts,
 * so that such a transcript plays without alignment. The first word keeps the time as an anchor.
 */
function timeTurns(turns: Turn[]): void {
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.start === null) continue;
    const next = turns.slice(i + 1).find((t) => t.start !== null && t.start >= turn.start!);
    turn.end = next?.start ?? null;
    const first = turn.sentences[0];
    if (first) first.start = turn.start;
    const last = turn.sentences.at(-1);
    if (last && turn.end !== null) last.end = turn.end;
  }
}

/**
 * A press conference has two parts: the opening statements and the questions. The questions
 * begin with the moderator's hand-over ("Now questions.") when there is one, else with the
 * first question.
 */
function chaptersOf(transcript: Transcript): Chapter[] {
  const first = transcript.questions[0];
  if (!first) return [];
  const before = transcript.turns[first.turn - 1];
  const moderator = before && MODERATOR_LABELS.test(transcript.speakers.find((s) => s.id === before.speaker)?.label ?? '');
  const start = moderator ? first.turn - 1 : first.turn;
  const chapters: Chapter[] = [];
  if (start > 0) chapters.push({ title: 'Opening statements', start: null, turn: 0 });
  chapters.push({ title: 'Questions and answers', start: null, turn: start });
  return chapters;
}

/** True when text looks like a labelled transcript: a labelled paragraph, and no cue timings. */
export function looksLikePressRelease(text: string): boolean {
  if (/-->/.test(text.slice(0, 2000))) return false;
  if (/^\s*[{[<]/.test(text)) return false;
  if (/^\uFEFF?\s*\d{1,2}:\d{2}:\d{2}[.,]\d{3},\d{1,2}:\d{2}:\d{2}[.,]\d{3}\s*$/m.test(text.slice(0, 200))) return false;
  return paragraphs(text.replace(/\r\n?/g, '\n').slice(0, 20000)).some((p) => p.label !== null);
}
