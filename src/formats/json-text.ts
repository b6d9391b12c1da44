/**
 * JSON helpers shared by the JSON formats: parsing with the line of a syntax error, and a
 * layout that keeps small objects (a word, a segment) on one line so files stay readable.
 */
import { TranscriptReadError, lineOf } from './diagnostics.js';

/** Parses JSON; a syntax error becomes a TranscriptReadError naming the line. */
export function parseJson(text: string, format: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = lineCol ? Number(lineCol[1]) : position ? lineOf(text, Number(position[1])) : undefined;
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new TranscriptReadError(format, `this is not valid JSON (${reason})`, line);
  }
}

function isFlat(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((v) => v === null || typeof v !== 'object');
  if (value && typeof value === 'object') {
    return Object.values(value).every((v) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.length === 0));
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
