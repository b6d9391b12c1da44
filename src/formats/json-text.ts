/**
 * JSON helpers shared by the JSON formats: parsing with the line of a syntax error, and a
 * layout that keeps small objects (a word, a segment) on one line so files stay readable.
 */
import { lineOf, readError } from './diagnostics.js';

/** Parses JSON; a syntax error becomes a TranscriptReadError naming the line. */
export function parseJson(text: string, format: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Engines word syntax errors differently and newer ones give no position, so find it here.
    const at = syntaxErrorOffset(text);
    if (at < text.length) throw readError(format, 'jsonUnexpected', { char: JSON.stringify(text[at]) }, lineOf(text, at));
    throw readError(format, 'jsonEnds', {}, lineOf(text, at));
  }
}

/**
 * The offset of the first JSON syntax error in `text` (text.length when it ends too early).
 * Only called after JSON.parse has failed, to tell a person where.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  class Stop extends Error {}
  const stop = (): never => {
    throw new Stop();
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else stop();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) stop();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) stop();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) stop();
      }
      i++;
    }
    if (i >= text.length) stop();
    i++;
  };
  const key = () => {
    space();
    if (text[i] !== '"') stop();
    string();
    space();
    if (text[i] !== ':') stop();
    i++;
  };
  // Iterative, with the open brackets on a stack of its own: "[[[[…" ten thousand deep is a
  // syntax error to name, not a reason to overflow the call stack.
  const open: string[] = [];
  try {
    for (;;) {
      space();
      const c = text[i];
      if (c === '{' || c === '[') {
        const close = c === '{' ? '}' : ']';
        i++;
        space();
        if (text[i] === close) i++;
        else {
          if (c === '{') key();
          open.push(close);
          continue;
        }
      } else if (c === '"') string();
      else if (c === 't') literal('true');
      else if (c === 'f') literal('false');
      else if (c === 'n') literal('null');
      else {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m) stop();
        i += m![0].length;
      }
      // After a value: a comma (then the next value, or key and value), or closing brackets.
      for (;;) {
        if (!open.length) {
          space();
          return i;
        }
        space();
        if (text[i] === ',') {
          i++;
          if (open.at(-1) === '}') key();
          break;
        }
        if (text[i] !== open.at(-1)) stop();
        i++;
        open.pop();
      }
    }
  } catch (e) {
    if (e instanceof Stop) return Math.min(i, text.length);
    throw e;
  }
}

function isFlat(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((v) => v === null || typeof v !== 'object');
  if (value && typeof value === 'object') {
    // A word with its source cue ({"start":…,"end":…}) still fits on one line.
    return Object.values(value).every(
      (v) => v === null || typeof v !== 'object' || (Array.isArray(v) ? v.length === 0 : Object.values(v).every((x) => x === null || typeof x !== 'object')),
    );
  }
  return true;
}

/** JSON with two-space indentation, except that objects and arrays of plain values stay on one line. */
export function stringifyJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (isFlat(value)) {
    const flat = JSON.stringify(value);
    if (!Array.isArray(value) || flat.length + indent.length <= 120) return flat;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => inner + stringifyJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyJson(v, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * The 1-based line on which each element of the top-level array `key` starts, so that a
 * warning about `segments[12]` can name its line. Empty when the array is not found.
 */
export function arrayElementLines(text: string, key: string): number[] {
  const found = new RegExp(`"${key}"\\s*:\\s*\\[`).exec(text);
  if (!found) return [];
  const lines: number[] = [];
  let line = 1;
  for (let i = 0; i < found.index; i++) if (text.charCodeAt(i) === 10) line++;
  let depth = 0;
  let inString = false;
  let expectValue = true;
  for (let i = found.index + found[0].length; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 0 && expectValue && c !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) expectValue = true;
  }
  return lines;
}
