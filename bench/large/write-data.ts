/**
 * `npm run bench:data`: writes the large inputs of the scale benchmark into `bench/data/`
 * (not committed; the same seed always gives the same bytes). Skips files that exist unless
 * `--force` is given.
 *
 * For each size: `<name>.json` (Parley JSON), `<name>.vtt` (WebVTT), `<name>.peaks.json`
 * (audiowaveform JSON) and `<name>.mp3` (silence as long as the recording).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeParleyJson } from '../../src/formats/json/index.js';
import { writeVtt } from '../../src/formats/vtt/write.js';
import { SIZES, largeTranscript, peaksJson, silentMp3, transcriptPeaks, type SizeName } from './generate.js';

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** File stem of a size: `hearing-10h`, `hearing-1h`, `demo-22`. */
export function stem(size: SizeName): string {
  return size === 'demo' ? 'demo-22' : `hearing-${size}`;
}

export interface WrittenFiles {
  json: string;
  vtt: string;
  peaks: string;
  mp3: string;
}

export function dataFiles(size: SizeName, dir = DATA_DIR): WrittenFiles {
  const s = join(dir, stem(size));
  return { json: `${s}.json`, vtt: `${s}.vtt`, peaks: `${s}.peaks.json`, mp3: `${s}.mp3` };
}

/** Writes the files of one size (those missing, or all with `force`); returns their paths. */
export function writeSize(size: SizeName, options: { dir?: string; force?: boolean; log?: (line: string) => void } = {}): WrittenFiles {
  const dir = options.dir ?? DATA_DIR;
  const files = dataFiles(size, dir);
  const missing = Object.values(files).some((f) => !existsSync(f));
  if (!missing && !options.force) return files;
  mkdirSync(dir, { recursive: true });
  const spec = SIZES[size];
  const started = performance.now();
  const transcript = largeTranscript(spec);
  writeFileSync(files.json, writeParleyJson(transcript));
  writeFileSync(files.vtt, writeVtt(transcript));
  writeFileSync(files.peaks, peaksJson(transcriptPeaks(transcript, spec.duration, spec.seed)));
  writeFileSync(files.mp3, silentMp3(spec.duration));
  options.log?.(`${stem(size)}: ${spec.turns} turns, ${spec.duration / 3600} h, written in ${Math.round(performance.now() - started)} ms`);
  return files;
}

/** Writes every size the benchmark uses. */
export function writeAll(options: { dir?: string; force?: boolean; log?: (line: string) => void } = {}): void {
  for (const size of Object.keys(SIZES) as SizeName[]) writeSize(size, options);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeAll({ force: process.argv.includes('--force'), log: (line) => console.log(line) });
  console.log(`Large inputs are in bench/data/.`);
}
