/**
 * Mends the sloppy WebVTT that real tools write, before the spec parser sees it, and says what
 * was mended. Only mistakes the spec parser would otherwise punish by dropping a cue are mended,
 * and only where the intent is plain; everything else is left to the parser, so that files which
 * follow the spec read exactly as a browser's <track> reads them.
 *
 * Timings are mended only in a file whose timings are mostly written the sloppy way ("0.860",
 * "3:19.460", "00:00:01,000" throughout, as some tools write them) or that lacks the WEBVTT
 * signature. In a file that otherwise follows the spec, a stray malformed timing is what the spec
 * says it is, an invalid cue: it is skipped as a browser skips it, with a warning naming its line.
 */
import type { ReadWarning } from '../diagnostics.js';

export interface NormalisedVtt {
  /** The mended text, lines joined by "\n". */
  text: string;
  /** For each line of `text` (0-based), the 1-based line of the original file. */
  lineMap: number[];
  warnings: ReadWarning[];
}

/** A timestamp as the spec allows it: [hh…:]mm:ss.ttt. */
const STRICT = /^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}$/;

/**
 * Reads a timestamp the spec rejects but whose meaning is plain, returning seconds and what was
 * wrong; undefined when it is not one of those (the parser then decides).
 */
export function lenientTimestamp(text: string): { seconds: number; problem: string } | undefined {
  let m = /^(\d+)[.,](\d{1,3})$/.exec(text);
  if (m) return { seconds: Number(m[1]) + Number(`0.${m[2]}`), problem: `"${text}" has seconds only` };
  m = /^(\d):([0-5]\d)[.,](\d{3})$/.exec(text);
  if (m) return { seconds: Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 1000, problem: `"${text}" has one-digit minutes` };
  m = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d),(\d{3})$/.exec(text);
  if (m) {
    return {
      seconds: Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000,
      problem: `"${text}" has a comma instead of a period`,
    };
  }
  return undefined;
}

function canonical(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

const TIMING = /^([ \t]*)(\S+)([ \t]+-->[ \t]+)(\S+)(.*)$/;

/** True for a line that the spec parser takes as a cue timing line. */
function isTimingLine(line: string | undefined): boolean {
  return line !== undefined && line.includes('-->');
}

export function normaliseVtt(input: string): NormalisedVtt {
  const warnings: ReadWarning[] = [];
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = source.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const lineMap: number[] = [];
  const push = (line: string, original: number) => {
    out.push(line);
    lineMap.push(original);
  };

  if (!/^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '')) {
    // A file of cues without the signature (often an SRT renamed .vtt): the spec reads nothing.
    warnings.push({ line: 1, message: 'the file does not start with "WEBVTT"; read as WebVTT anyway' });
    push('WEBVTT', 1);
    if (lines[0] !== '') push('', 1);
  }

  // How the file writes its timings: mended only when the sloppy way is the file's own way.
  let strict = 0;
  let sloppy = 0;
  for (const line of lines) {
    const m = isTimingLine(line) ? TIMING.exec(line) : null;
    if (!m) continue;
    for (const t of [m[2]!, m[4]!]) {
      if (STRICT.test(t)) strict++;
      else if (lenientTimestamp(t)) sloppy++;
    }
  }
  const mendTimings = sloppy > 0 && (sloppy >= strict || out.length > 0);

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const lineNo = i + 1;
    if (mendTimings && i > 0 && isTimingLine(line)) {
      const m = TIMING.exec(line);
      if (m) {
        const [, lead, from, arrow, to, rest] = m;
        const fixes: string[] = [];
        const mend = (t: string) => {
          if (STRICT.test(t)) return t;
          const lenient = lenientTimestamp(t);
          if (!lenient) return t;
          fixes.push(lenient.problem);
          return canonical(lenient.seconds);
        };
        const fixed = `${lead}${mend(from!)}${arrow}${mend(to!)}${rest}`;
        if (fixes.length) {
          warnings.push({ line: lineNo, message: `cue timing ${fixes.join(' and ')}; read as ${fixed.trim().split(/[ \t]+/).slice(0, 3).join(' ')}` });
          line = fixed;
        }
      }
    }
    // REGION blocks (placement for captions) mean nothing to a transcript, and the parser would
    // take them for cues without timings; leave them out, lines still counted.
    if (/^REGION[ \t]*$/.test(line) && (out.at(-1) ?? '') === '') {
      let end = i;
      while (lines[end + 1] !== undefined && lines[end + 1] !== '') end++;
      if (!lines.slice(i, end + 1).some(isTimingLine)) {
        i = end;
        continue;
      }
    }
    // "text\n2\n00:00:05.000 --> …": a cue number with no blank line before it would be read as
    // the previous cue's text; give it the blank line it lacks.
    const prev = out.at(-1);
    if (/^\d+$/.test(line) && prev !== undefined && prev !== '' && !isTimingLine(prev) && isTimingLine(lines[i + 1]) && i > 0) {
      warnings.push({ line: lineNo, message: `no blank line before cue ${line}` });
      push('', lineNo);
    }
    push(line, lineNo);
  }
  return { text: out.join('\n'), lineMap, warnings };
}
