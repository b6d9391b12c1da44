/**
 * `parley peaks <audio> -o <peaks.json>`: decodes a recording (MP3, Opus, FLAC, Vorbis, WAV, AAC…)
 * and writes its waveform peaks in the BBC audiowaveform JSON format, which the player's waveform
 * draws without decoding the recording in the browser.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { decodeAudio } from '../audio/decode.js';
import { computePeaks, peaksToJson } from '../audio/peaks.js';
import { commandArgs } from './command.js';

export const help = `Usage: parley peaks <audio> -o <peaks.json> [--samples-per-pixel N] [--bits 8|16]

Decodes a recording (MP3, Opus, FLAC, Vorbis, WAV, AAC…; the channels are mixed to mono) and writes
its waveform peaks as audiowaveform JSON (version 2): the min and max of every N samples.

Options:
  -o, --output FILE          Where to write ("-" for standard output).
  --samples-per-pixel N      Samples per pixel (default 1024: about 21.5 pixels a second at 22.05 kHz,
                             23.4 at 24 kHz, 43 at 44.1 kHz).
  --bits 8|16                Resolution of the values (default 8: −128…127).
  -h, --help                 Show this help.

Example:
  parley peaks media/press-conference-2007-10-12.mp3 -o media/press-conference-2007-10-12.peaks.json`;

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('peaks', help, argv, { output: { type: 'string', short: 'o' }, 'samples-per-pixel': { type: 'string' }, bits: { type: 'string' } });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const usage = (message: string) => {
    process.stderr.write(`parley peaks: ${message} (see parley peaks --help)\n`);
    return 2;
  };
  if (positionals.length !== 1) return usage(positionals.length ? `expected one recording, got ${positionals.length}` : 'no recording given');
  if (!values.output) return usage('no output given: add -o <peaks.json>');
  const spp = values['samples-per-pixel'] === undefined ? 1024 : Number(values['samples-per-pixel']);
  if (!Number.isInteger(spp) || spp < 1) return usage(`--samples-per-pixel must be a whole number ≥ 1, not "${values['samples-per-pixel']}"`);
  const bits = values.bits === undefined ? 8 : Number(values.bits);
  if (bits !== 8 && bits !== 16) return usage(`--bits must be 8 or 16, not "${values.bits}"`);
  const input = positionals[0]!;
  const audio = await decodeAudio(await readFile(input), input);
  const json = peaksToJson(computePeaks(audio.samples, audio.sampleRate, { samplesPerPixel: spp, bits }));
  if (values.output === '-') process.stdout.write(json);
  else await writeFile(values.output, json);
  return 0;
}
