/**
 * Splitting running text into sentences and words, for readers of untimed or loosely timed
 * formats (the press-release text, SRT, Podcasting 2.0 segments).
 *
 * Words are whitespace-separated tokens with their punctuation attached ("colleagues,"), so a
 * sentence's text is always its words joined by single spaces. Bracketed editorial notes inside
 * a sentence — "(inaudible)", "[crosstalk]" — become annotation words: shown, never spoken.
 */
import type { Sentence, Word } from './transcript.js';

/**
 * Abbreviations after which a period does not end a sentence. Titles and common short forms;
 * initialisms such as "U.S." or "a.m." are recognised by their shape instead.
 */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'cmdr',
    'gov', 'sen', 'rep', 'amb', 'pres', 'hon', 'rev', 'messrs', 'mmes', 'no', 'nos', 'vs', 'etc', 'cf',
    'approx', 'dept', 'est', 'fig', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
    'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'vol', 'op', 'ed', 'al',
  ],
);

/** Abbreviations that can end a sentence when a capitalised word follows ("… at 6 a.m. The …"). */
const MAY_END = new Set(['a.m', 'p.m', 'etc']);

/** Editorial notes that parentheses mark in transcripts (matched on the start of the content). */
const ANNOTATION_WORDS =
  /^(?:via interpreter|as interpreted|interpreted|through (?:an )?interpreter|in english|in russian|in french|in spanish|in arabic|in chinese|inaudible|unintelligible|indiscernible|laughter|laughs|applause|crosstalk|cross-talk|off[- ]mic|audio (?:break|gap|interrupted)|break in (?:audio|transmission)|pause|silence|music|phonetic|sic|translation|speaking|end of|begin|continued|coughs?|technical difficulties)/i;

/** "(6:50 a.m.)", "(10:15 p.m. EDT)": time stamps the stenographer wrote. */
const CLOCK_NOTE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$/i;

const SENTENCE_END = /[.!?…。！？؟।]/;
const CLOSERS = /["'”’)\]»]/;
const NO_SPACE_SCRIPT_END = /[。！？]/;

/** True when the content of a bracket pair is an editorial note rather than speech. */
export function isAnnotationText(inner: string, bracket: '(' | '['): boolean {
  const text = inner.trim();
  if (!text) return false;
  if (bracket === '[') return true;
  if (ANNOTATION_WORDS.test(text) || CLOCK_NOTE.test(text)) return true;
  // "(Laughter.)", "(Applause.)": a single capitalised word or two, ending in a period.
  return /^[A-Z][a-z]+(?: [a-z]+)?\.$/.test(text);
}

/** If the text is wholly one bracketed annotation, its content without brackets; else null. */
export function wholeAnnotation(text: string): string | null {
  const m = /^\s*([([])([^()[\]]*)[)\]]\s*$/.exec(text);
  if (!m) return null;
  return isAnnotationText(m[2]!, m[1] as '(' | '[') ? m[2]!.trim() : null;
}

/** True when `token` (a word with its punctuation) is an abbreviation whose period does not end a sentence. */
function isAbbreviation(token: string, next: string | undefined): boolean {
  const bare = token.replace(/^["'“‘(\[]+/, '').replace(/[.]+$/, '');
  const lower = bare.toLowerCase();
  const nextCapital = next !== undefined && /^["'“‘(\[]*\p{Lu}/u.test(next);
  if (MAY_END.has(lower)) return !nextCapital;
  if (ABBREVIATIONS.has(lower)) return true;
  // Initialisms "U.S.", "U.N.", "e.g.", "i.e.", "D.C.": letters separated by periods.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true;
  // A single capital initial, as in "George W. Bush".
  if (/^\p{Lu}$/u.test(bare) && nextCapital) return true;
  return false;
}

/** True when a whitespace token ends a sentence, given the token after it. */
function endsSentence(token: string, next: string | undefined): boolean {
  let i = token.length - 1;
  while (i >= 0 && CLOSERS.test(token[i]!)) i--;
  if (i < 0 || !SENTENCE_END.test(token[i]!)) return false;
  if (next === undefined) return true;
  if (token[i] === '.' && isAbbreviation(token.slice(0, i + 1), next)) return false;
  // "… said: 'Why…?' he asked" — a lower-case continuation is not a new sentence.
  if (/^\p{Ll}/u.test(next)) return false;
  return true;
}

/**
 * Tokens of a paragraph: whitespace-separated, except that a bracketed annotation spanning
 * several words ("(Via interpreter)") stays one token, and sentence-final marks of scripts
 * written without spaces ("。") end a token.
 */
function tokens(text: string): { text: string; annotation: boolean }[] {
  const out: { text: string; annotation: boolean }[] = [];
  const re = /([([])([^()[\]]*)([)\]])(\S*)|\S+/g;
  const push = (t: string, annotation: boolean) => {
    if (annotation) {
      out.push({ text: t, annotation });
      return;
    }
    // Split after 。！？ so that Chinese or Japanese sentences can be told apart.
    let rest = t;
    let m: RegExpExecArray | null;
    while ((m = /[。！？][」』”）)]*/.exec(rest)) && m.index + m[0].length < rest.length) {
      out.push({ text: rest.slice(0, m.index + m[0].length), annotation: false });
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest) out.push({ text: rest, annotation: false });
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[1] !== undefined && (m[1] === '(') !== (m[3] === ')')) {
      // "[a )b": brackets that do not pair are not a note; each word stays a word.
      for (const part of m[0].split(/\s+/)) if (part) push(part, false);
    } else if (m[1] !== undefined) {
      const before = text[m.index - 1];
      const glued = before !== undefined && !/\s/.test(before);
      const annotation = !glued && isAnnotationText(m[2]!, m[1] as '(' | '[');
      if (annotation || !/\s/.test(m[2]!)) push(m[0], annotation);
      else for (const part of m[0].split(/\s+/)) if (part) push(part, false);
    } else {
      push(m[0], false);
    }
  }
  // An annotation glued to a following word by the regex ("(inaudible),") keeps its punctuation.
  return out;
}

/** A sentence made of tokens, untimed. */
export function makeSentence(words: { text: string; annotation?: boolean }[], paragraph = false): Sentence {
  const ws: Word[] = words.map((w) => (w.annotation ? { text: w.text, start: null, end: null, annotation: true } : { text: w.text, start: null, end: null }));
  return {
    text: ws.map((w) => w.text).join(' '),
    start: null,
    end: null,
    words: ws,
    ...(paragraph ? { paragraph: true } : {}),
  };
}

/**
 * Splits a paragraph into untimed sentences. The first sentence is marked as starting a
 * paragraph when `paragraph` is true.
 */
export function splitSentences(text: string, paragraph = true): Sentence[] {
  const toks = tokens(text.replace(/\s+/g, ' ').trim());
  const sentences: Sentence[] = [];
  let current: { text: string; annotation?: boolean }[] = [];
  const flush = () => {
    if (current.length) sentences.push(makeSentence(current, paragraph && sentences.length === 0));
    current = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    current.push(tok.annotation ? { text: tok.text, annotation: true } : { text: tok.text });
    const next = toks[i + 1];
    if (tok.annotation) {
      // "(Laughter.)" between two sentences ends the one before it only if it stood alone.
      continue;
    }
    if (NO_SPACE_SCRIPT_END.test(tok.text.slice(-1)) || endsSentence(tok.text, next?.text)) flush();
  }
  flush();
  return sentences;
}

/**
 * Joins a paragraph that continues a sentence left open by the previous one (a paragraph
 * break in the middle of a sentence, as in "…make progress\n\non these very important issues.").
 * True when `previous` does not end with sentence-final punctuation and `next` starts in lower case.
 */
export function continuesSentence(previous: Sentence | undefined, next: string): boolean {
  if (!previous) return false;
  const last = previous.words.filter((w) => !w.annotation).at(-1);
  if (!last) return false;
  const endsOpen = !/[.!?…。！？؟।]["'”’)\]»]*$/.test(last.text);
  return endsOpen && /^\s*["'“‘(]?\p{Ll}/u.test(next);
}

/** Appends `more` to `sentence` (used to mend a sentence split by a paragraph break). */
export function appendToSentence(sentence: Sentence, more: Sentence): Sentence {
  const words = [...sentence.words, ...more.words];
  return { ...sentence, words, text: words.map((w) => w.text).join(' ') };
}
