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
 * A file of labelled turns alone ("NAME: text" paragraphs, any language) reads just as well.
 */
import type { Sentence, Speaker, Transcript, TranscriptMetadata, Turn, Chapter } from '../../model/transcript.js';
import { appendToSentence, continuesSentence, makeSentence, splitSentences, wholeAnnotation } from '../../model/segment.js';
import { TranscriptReadError, requireText, type ReadResult, type ReadWarning } from '../diagnostics.js';
import { isLinkOnly, plainText } from './markdown.js';
import { displayName, findFullName, isUpperCaseLabel, roleOf, surnameOf } from './names.js';
import { MODERATOR_LABELS, QUESTION_LABELS, findQuestions } from './questions.js';

const FORMAT = 'press release';

interface Paragraph {
  /** 1-based line of the paragraph's first line. */
  line: number;
  lines: string[];
}

interface Label {
  /** The label as written, without markup or colon: "SECRETARY RICE". */
  label: string;
  /** The paragraph text after the label. */
  rest: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = new RegExp(
  String.raw`^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:(${MONTHS.join('|')})\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(${MONTHS.join('|')}),?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))$`,
  'i',
);

/** Splits text into paragraphs (runs of non-blank lines), remembering where each starts. */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) {
      current = null;
      return;
    }
    if (!current) {
      current = { line: i + 1, lines: [] };
      out.push(current);
    }
    current.lines.push(line.trim());
  });
  return out;
}

/**
 * A speaker label at the start of a paragraph: bold Markdown (`**SECRETARY RICE:**`,
 * `**SECRETARY RICE**:`) or plain text in capitals (`MR. McCORMACK:`), or in scripts without
 * capitals a short name before a colon (`主持人：`).
 */
export function labelAt(paragraph: string): Label | null {
  const bold = /^\*\*([^*\n]{1,80}?)\s*[:：]\s*\*\*\s*|^\*\*([^*\n]{1,80}?)\*\*\s*[:：]\s*/u.exec(paragraph);
  if (bold) {
    const label = plainText(bold[1] ?? bold[2]!);
    if (label && !/[.!?]$/.test(label) || /^(?:MR|MRS|MS|DR)\.$/i.test(label)) return { label, rest: paragraph.slice(bold[0].length) };
  }
  const plain = /^((?:[\p{L}][\p{L}\p{M}.'’-]*)(?:\s+[\p{L}\p{M}][\p{L}\p{M}.'’-]*){0,6})\s*[:：]\s*/u.exec(paragraph);
  if (plain) {
    const label = plain[1]!;
    if (isUpperCaseLabel(label) && label.replace(/[^\p{L}]/gu, '').length >= 1) return { label, rest: paragraph.slice(plain[0].length) };
    // Scripts without letter case: a short name of at most three words.
    if (!/[\p{Lu}\p{Ll}]/u.test(label) && label.length <= 30 && label.split(/\s+/).length <= 3) {
      return { label, rest: paragraph.slice(plain[0].length) };
    }
  }
  return null;
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

/** Reads a press-release transcript. Throws TranscriptReadError when it has no labelled turn. */
export function readPressRelease(input: string): ReadResult<Transcript> {
  const text = requireText(input, FORMAT).replace(/\r\n?/g, '\n');
  const warnings: ReadWarning[] = [];
  const paras = paragraphs(text);
  if (!paras.length) throw new TranscriptReadError(FORMAT, 'the file is empty', 1);

  const firstTurn = paras.findIndex((p) => labelAt(p.lines.join(' ')));
  if (firstTurn < 0) {
    throw new TranscriptReadError(
      FORMAT,
      'no speaker label found: each turn must start with a label such as "SECRETARY RICE:" or "**QUESTION:**"',
      paras[0]!.line,
    );
  }
  let lastTurn = paras.length - 1;
  while (lastTurn > firstTurn && isFooter(paras[lastTurn]!.lines.join(' '))) lastTurn--;

  // Annotations standing before the first turn ("(6:50 a.m.)") belong to it.
  const pending: string[] = [];
  const metadata = readHeader(paras.slice(0, firstTurn), warnings, pending);
  const footer = paras.slice(lastTurn + 1).map((p) => plainText(p.lines.join(' '))).filter(Boolean);
  for (const line of footer) {
    if (/^Released on\b/i.test(line)) metadata.release = line;
    else if (/^(?:PRN:\s*)?\d{4}\/\S+$/i.test(line)) metadata.documentNumber = line.replace(/^PRN:\s*/i, '');
  }
  if (!metadata.language && /^[\p{Script=Latin}\p{P}\p{N}\s$€£%+=<>|~^`'"*]*$/u.test(text.slice(0, 4000))) metadata.language = 'en';

  const speakers: Speaker[] = [];
  const speakerByLabel = new Map<string, Speaker>();
  const turns: Turn[] = [];
  const headerText = [metadata.title, metadata.principal].filter(Boolean).join(' , ');

  const speakerFor = (label: string): Speaker => {
    const key = label.replace(/\s+/g, ' ').trim().toUpperCase();
    let speaker = speakerByLabel.get(key);
    if (speaker) return speaker;
    const name = displayName(label);
    const roleOnly = QUESTION_LABELS.test(key) || MODERATOR_LABELS.test(key);
    const surname = surnameOf(name, roleOnly);
    let id = slug(surname ?? name);
    while (speakers.some((s) => s.id === id)) id = `${id}-${speakers.length + 1}`;
    speaker = { id, name, label: label.replace(/\s+/g, ' ').trim() };
    const found = surname ? findFullName(headerText, surname) : undefined;
    if (found) speaker.fullName = found.fullName;
    // "Sean McCormack, Spokesman": an office written after the principal's name.
    const afterName = found && metadata.principal?.startsWith(found.fullName) ? /^,\s*(.+)$/.exec(metadata.principal.slice(found.fullName.length))?.[1] : undefined;
    const labelRole = roleOf(name, surname);
    const office = labelRole && !/^(?:Mr|Mrs|Ms|Dr|Miss|Madam)\.?$/i.test(labelRole) ? labelRole : undefined;
    const role = found?.role ?? afterName ?? office ?? (QUESTION_LABELS.test(key) ? 'Reporter' : MODERATOR_LABELS.test(key) ? 'Moderator' : undefined);
    if (role) speaker.role = role;
    speakers.push(speaker);
    speakerByLabel.set(key, speaker);
    return speaker;
  };

  for (let i = firstTurn; i <= lastTurn; i++) {
    const para = paras[i]!;
    const raw = para.lines.join(' ');
    const label = labelAt(raw);
    let body = plainText(label ? label.rest : raw);
    let turn = turns.at(-1);
    if (label) {
      turn = { speaker: speakerFor(plainText(label.label)).id, start: null, end: null, annotations: [...pending], sentences: [] };
      pending.length = 0;
      turns.push(turn);
      // Leading annotations, "(Via interpreter) Dear colleagues…", describe the whole turn.
      let lead: RegExpExecArray | null;
      while ((lead = /^([([][^()[\]]*[)\]])\s*/.exec(body)) && wholeAnnotation(lead[1]!) !== null) {
        turn.annotations.push(wholeAnnotation(lead[1]!)!);
        body = body.slice(lead[0].length);
      }
    } else if (!turn) {
      continue;
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

  const transcript: Transcript = { metadata, speakers, turns, questions: [], chapters: [] };
  transcript.questions = findQuestions(transcript);
  transcript.chapters = chaptersOf(transcript);
  return { transcript, warnings };
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

/** True when text looks like a press-release transcript: a labelled paragraph, and no cue timings. */
export function looksLikePressRelease(text: string): boolean {
  if (/-->/.test(text.slice(0, 2000))) return false;
  if (/^\s*[{[]/.test(text)) return false;
  return paragraphs(text.replace(/\r\n?/g, '\n').slice(0, 20000)).some((p) => labelAt(p.lines.join(' ')) !== null);
}
