/**
 * `parley convert <input> -o <output>`: reads a transcript in any format Parley knows and writes
 * it in another. The input format is recognised from the content (then the name); the output
 * format follows the output's extension unless --to says.
 */
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { TranscriptReadError, formatEntries, formatById, formatForFileName, readTranscript, writeTranscript } from '../formats/index.js';
import { useEntityTable } from '../formats/vtt/index.js';
import { UsageError, commandArgs, readUserFile, writeUserFile } from './command.js';

const writable = () => formatEntries().filter((f) => f.writes);
const readable = () => formatEntries().filter((f) => f.reads);

export const help = `Usage: parley convert <input> -o <output> [--to <format>] [--from <format>]

Converts a transcript from one format to another.

  <input>            The transcript to read. Its format is recognised from its content
                     (then from its name): ${readable().map((f) => f.id).join(', ')}.
  -o, --output FILE  Where to write. The format follows the extension:
                     ${writable().map((f) => f.extensions.map((e) => `.${e}`).join('/') + ` ${f.id}`).join(', ')}.
                     Use "-" to write to standard output (then --to is needed).
  --to FORMAT        Write this format whatever the extension: ${writable().map((f) => f.id).join(', ')}.
  --from FORMAT      Read the input as this format instead of recognising it.
  -h, --help         Show this help.

Warnings about the input (a cue that had to be mended or skipped) go to standard error as
FILE:LINE: warning: MESSAGE. Formats with cues (vtt, srt, podcast-json) need a timed transcript:
align an untimed one first.

Examples:
  parley convert press-conference.md -o press-conference.json
  parley convert captions.srt -o captions.vtt
  parley convert talk.json -o talk.podcast.json
  parley convert talk.vtt --to html -o -`;

function formatOption(value: string | undefined, option: string, can: 'read' | 'write'): string | undefined {
  if (value === undefined) return undefined;
  const list = can === 'read' ? readable() : writable();
  if (!list.some((f) => f.id === value)) {
    throw new UsageError(`${option} "${value}" is not a format Parley can ${can} (${list.map((f) => f.id).join(', ')})`);
  }
  return value;
}

let entitiesLoaded = false;

/** The full HTML entity table for WebVTT text ("&eacute;"), from the webvtt-parser package. */
function loadEntities(): void {
  if (entitiesLoaded) return;
  entitiesLoaded = true;
  try {
    useEntityTable(createRequire(import.meta.url)('webvtt-parser/html-entities.json') as Record<string, string>);
  } catch {
    // Without the table, the basic entities (&amp; &lt; &gt; …) are still decoded.
  }
}

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('convert', help, argv, { output: { type: 'string', short: 'o' }, to: { type: 'string' }, from: { type: 'string' } });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  try {
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length ? `expected one input file, got ${positionals.length}` : 'no input file given (parley convert <input> -o <output>)');
    }
    const input = positionals[0]!;
    const output = values.output;
    if (!output) throw new UsageError('no output given: add -o <output>');
    const from = formatOption(values.from, '--from', 'read');
    let to = formatOption(values.to, '--to', 'write');
    if (!to) {
      if (output === '-') throw new UsageError('writing to standard output needs --to <format>');
      const byName = formatForFileName(output, 'write');
      if (!byName) {
        throw new UsageError(`cannot tell the output format from the name "${basename(output)}": use one of ${[...new Set(writable().flatMap((f) => f.extensions))].map((e) => `.${e}`).join(', ')}, or --to`);
      }
      to = byName.id;
    }

    const text = await readUserFile(input);
    loadEntities();
    const { transcript, warnings } = readTranscript(text, { fileName: input, ...(from ? { format: from } : {}) });
    for (const w of warnings) process.stderr.write(`${input}:${w.line}: warning: ${w.message}\n`);
    if (!transcript.turns.length && !transcript.chapters.length) throw new TranscriptReadError(input, 'no turn could be read: the file has no transcript text');
    const written = writeTranscript(transcript, to);
    if (output === '-') {
      process.stdout.write(written);
    } else {
      await writeUserFile(output, written);
      const counts = `${transcript.turns.length} turns, ${transcript.speakers.length} speakers`;
      process.stderr.write(`Wrote ${output} (${formatById(to).label}, ${counts}${warnings.length ? `, ${warnings.length} warnings` : ''})\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof TranscriptReadError) {
      // "WebVTT: line 3: …" becomes "talk.vtt:3: WebVTT: …", the way compilers name a place.
      const where = error.line !== undefined ? `${positionals[0]}:${error.line}` : positionals[0];
      // The reader's error already names the file ("talk.vtt: WebVTT"); the place says it once.
      const format = error.format === positionals[0] ? '' : error.format.replace(`${positionals[0]}: `, '');
      process.stderr.write(`parley convert: ${where}: ${format ? `${format}: ` : ''}${error.reason}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`parley convert: ${error.message}\n`);
      return 2;
    }
    // Writers throw plain errors for what a format cannot hold (an untimed turn in WebVTT).
    process.stderr.write(`parley convert: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
