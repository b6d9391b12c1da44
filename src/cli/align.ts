/**
 * `parley align <media> <transcript> -o <output>`: times an untimed transcript (the
 * press-release text, or any format Parley reads) against its recording, word by word, and
 * writes it in any format Parley writes. Runs as a `parley` subcommand or on its own
 * (`tsx src/cli/align.ts …`).
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AudioDecodeError } from '../audio/decode.js';
import { TranscriptReadError, formatEntries, formatById, formatForFileName, readTranscript, writeTranscript } from '../formats/index.js';
import type { Transcript } from '../model/transcript.js';
import { AlignmentError, type AlignStage } from '../align/index.js';
import { alignFile } from '../node/align.js';
import { UsageError, commandArgs, readUserFile, unreadable, writeUserFile } from './command.js';

const writable = () => formatEntries().filter((f) => f.writes);
const readable = () => formatEntries().filter((f) => f.reads);

export const help = `Usage: parley align <media> <transcript> -o <output> [--level turn|sentence|word] [--language xx] [--force]

Times a transcript against its recording: every word, sentence and turn gets its start and
end in the recording. The transcript's own times, if it has any, are replaced.

  <media>             The recording: MP3, WAV, FLAC, Ogg Vorbis/Opus, AAC/M4A…
  <transcript>        The transcript, in any format Parley reads (recognised from its
                      content): ${readable().map((f) => f.id).join(', ')}.
  -o, --output FILE   Where to write the timed transcript. The format follows the extension:
                      ${writable().map((f) => f.extensions.map((e) => `.${e}`).join('/') + ` ${f.id}`).join(', ')}.
  --level LEVEL       How fine the written times are: "word" (default: every word timed),
                      "sentence" (sentences and turns) or "turn" (turns only).
  --language XX       Language of the recording, a BCP 47 tag such as en, en-GB, fr, ru.
                      Default: the transcript's own language, else English. The text is
                      spoken in this language by eSpeak-NG to find where each word is said.
  --force             Align even when the recording does not seem to contain the text (for
                      a recording you know is of this transcript, which Parley doubts): the
                      times are written, with a warning that they may be wrong.
  -h, --help          Show this help.

The recording may begin or end with something other than the text (silence, music,
other talk): the text is found where it is spoken. Alignment needs the optional eSpeak-NG
package (GPL-3.0): npm install @echogarden/espeak-ng-emscripten.

Exit status: 0 aligned; 1 the files could not be aligned (unreadable, empty or corrupt
recording, a recording that does not contain the text, a transcript much longer than the
recording); 2 wrong usage.

Examples:
  parley align press-conference.mp3 press-conference.md -o press-conference.json
  parley align talk.mp3 talk.txt -o talk.vtt --level sentence`;

export type Level = 'turn' | 'sentence' | 'word';

/** Keeps only the times of the chosen level (and the levels above it). */
export function keepLevel(transcript: Transcript, level: Level): Transcript {
  if (level === 'word') return transcript;
  return {
    ...transcript,
    turns: transcript.turns.map((turn) => ({
      ...turn,
      sentences: turn.sentences.map((s) => ({
        ...s,
        ...(level === 'turn' ? { start: null, end: null } : {}),
        words: s.words.map((w) => ({ ...w, start: null, end: null })),
      })),
    })),
  };
}

const STAGE_NAMES: Record<AlignStage, string> = {
  decoding: 'Decoding the recording',
  synthesizing: 'Synthesizing the text',
  features: 'Computing features',
  aligning: 'Aligning',
  writing: 'Writing',
};

/** Progress on one line of a terminal; nothing when stderr is a file or a pipe. */
function progressReporter(): ((stage: AlignStage, done: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const shares: Partial<Record<AlignStage, number>> = {};
  let last = 0;
  return (stage, done) => {
    shares[stage] = done;
    const now = Date.now();
    if (now - last < 100 && done < 1) return;
    last = now;
    const parts = (['decoding', 'synthesizing', 'aligning', 'writing'] as AlignStage[])
      .filter((s) => shares[s] !== undefined)
      .map((s) => `${STAGE_NAMES[s]} ${Math.round(shares[s]! * 100)}%`);
    process.stderr.write(`\r\x1b[2K${parts.join(' · ')}`);
  };
}

async function checkReadable(path: string, what: string): Promise<void> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
  } catch (error) {
    throw unreadable(error, path, what);
  }
}

export async function run(argv: string[]): Promise<number> {
  const say = (line: string) => process.stderr.write(`parley align: ${line}\n`);
  const parsed = commandArgs('align', help, argv, {
    output: { type: 'string', short: 'o' },
    level: { type: 'string' },
    language: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const progress = progressReporter();
  try {
    if (positionals.length !== 2) throw new UsageError('expected a recording and a transcript (parley align <media> <transcript> -o <output>)');
    const [media, transcriptPath] = positionals as [string, string];
    const output = values.output;
    if (!output) throw new UsageError('no output given: add -o <output>');
    const level = (values.level ?? 'word') as Level;
    if (!['turn', 'sentence', 'word'].includes(level)) throw new UsageError(`--level "${values.level}" is not one of turn, sentence, word`);
    if (values.language !== undefined && !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(values.language)) {
      throw new UsageError(`--language "${values.language}" is not a language tag such as en, en-GB or ru`);
    }
    const format = formatForFileName(output, 'write');
    if (!format) {
      throw new UsageError(`cannot tell the output format from the name "${basename(output)}": use one of ${[...new Set(writable().flatMap((f) => f.extensions))].map((e) => `.${e}`).join(', ')}`);
    }
    const text = await readUserFile(transcriptPath, 'transcript');
    await checkReadable(media, 'recording');
    const { transcript, warnings } = readTranscript(text, { fileName: transcriptPath });
    for (const w of warnings) process.stderr.write(`${transcriptPath}:${w.line}: warning: ${w.message}\n`);
    const { transcript: timed, alignment, notes } = await alignFile(media, transcript, {
      mediaName: media,
      ...(values.language ? { language: values.language } : {}),
      ...(values.force ? { force: true } : {}),
      ...(progress ? { onProgress: progress } : {}),
    });
    progress?.('writing', 0);
    const written = writeTranscript(keepLevel(timed, level), format.id);
    await writeUserFile(output, written);
    progress?.('writing', 1);
    if (progress) process.stderr.write('\n');
    for (const note of notes) say(`warning: ${note}`);
    const words = alignment.words.filter((w) => w !== null).length;
    const untimed = alignment.words.length - words;
    process.stderr.write(
      `Wrote ${output} (${formatById(format.id).label}, ${timed.turns.length} turns, ${words} words timed${untimed ? `, ${untimed} not found and left untimed` : ''}; ` +
        `match score ${alignment.order.inOrder.toFixed(2)} in the transcript's order, ${alignment.order.shuffled.toFixed(2)} with its words shuffled)\n`,
    );
    return 0;
  } catch (error) {
    if (progress) process.stderr.write('\n');
    if (error instanceof UsageError) {
      say(error.message);
      return 2;
    }
    if (error instanceof TranscriptReadError) {
      const where = error.line !== undefined ? `${positionals[1]}:${error.line}` : positionals[1];
      say(`${where}: ${error.format === positionals[1] ? '' : `${error.format}: `}${error.reason}`);
      return 1;
    }
    if (error instanceof AlignmentError && error.refused) {
      say(`${error.message}. If it is the recording of this transcript, run again with --force to align it anyway.`);
      return 1;
    }
    if (error instanceof AudioDecodeError || error instanceof AlignmentError) {
      say(error.message);
      return 1;
    }
    say(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

// Run on its own: `tsx src/cli/align.ts …`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await run(process.argv.slice(2));
}
