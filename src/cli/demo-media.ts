/**
 * `npm run media:demo` / `parley media`: makes the demo recording of the 2007 press conference
 * and everything shipped beside it in media/, from the press-release transcript, deterministically.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readTranscript } from '../formats/index.js';
import { DEFAULT_DEMO_OPTIONS, DEMO_NAME, makeDemoMedia } from '../media-gen/demo.js';
import { formatReport, measureDemo } from '../media-gen/report.js';
import { loadReproducibleEspeak } from '../media-gen/espeak-loader.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_INPUT = join(ROOT, 'media', `${DEMO_NAME}.md`);
const DEFAULT_OUT = join(ROOT, 'media');

export const help = `Usage: parley media [options]

Speaks the 2007 press conference transcript with a voice per speaker (eSpeak-NG, an optional
dependency) and writes the demo media: ${DEMO_NAME}.mp3, the ground truth in Parley JSON (.json),
the transcript in every format Parley writes (.vtt, .srt, .podcast.json, .txt, .html) and waveform
peaks (.peaks.json). The same input and seed always give the same bytes.

Options:
  -i, --input <file>   press-release transcript (default: media/${DEMO_NAME}.md)
  -o, --out <dir>      folder to write to (default: media/)
  --seed <n>           seed of pauses and room tone (default: ${DEFAULT_DEMO_OPTIONS.seed})
  --check              write nothing; compare the SHA-256 of every file with the one in --out
                       and exit 1 if any differs
  --report             print measurements (per-speaker pitch, rate, pauses) as Markdown
  -h, --help           show this help
`;

interface Args {
  input: string;
  out: string;
  seed: number;
  check: boolean;
  report: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { input: DEFAULT_INPUT, out: DEFAULT_OUT, seed: DEFAULT_DEMO_OPTIONS.seed, check: false, report: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '-i' || a === '--input') args.input = resolve(value());
    else if (a === '-o' || a === '--out') args.out = resolve(value());
    else if (a === '--seed') {
      const v = value();
      if (!/^\d+$/.test(v)) return `--seed must be a whole number, not "${v}"`;
      args.seed = Number(v);
    } else if (a === '--check') args.check = true;
    else if (a === '--report') args.report = true;
    else return `unknown option "${a}"`;
  }
  return args;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(help);
    return 0;
  }
  let args: Args | string;
  try {
    args = parseArgs(argv);
  } catch (error) {
    args = (error as Error).message;
  }
  if (typeof args === 'string') {
    process.stderr.write(`parley media: ${args}\n\n${help}`);
    return 2;
  }
  const started = performance.now();
  const { transcript, warnings } = readTranscript(readFileSync(args.input, 'utf8'), { fileName: args.input });
  for (const w of warnings) process.stderr.write(`${args.input}:${w.line}: ${w.message}\n`);
  const espeak = await loadReproducibleEspeak();
  const media = await makeDemoMedia(transcript, espeak, { ...DEFAULT_DEMO_OPTIONS, seed: args.seed });
  for (const note of media.skipped) process.stderr.write(`note: not written: ${note}\n`);
  let differ = 0;
  for (const file of media.files) {
    const path = join(args.out, file.name);
    if (args.check) {
      let existing: Uint8Array | null = null;
      try {
        existing = readFileSync(path);
      } catch {
        /* missing: reported below */
      }
      const same = existing !== null && sha256(existing) === sha256(file.bytes);
      if (!same) differ++;
      process.stderr.write(`${same ? 'same     ' : existing ? 'DIFFERS  ' : 'MISSING  '} ${file.name}  ${sha256(file.bytes)}\n`);
    } else {
      mkdirSync(args.out, { recursive: true });
      writeFileSync(path, file.bytes);
      process.stderr.write(`wrote ${file.name} (${file.bytes.length} bytes)\n`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const duration = media.groundTruth.metadata.duration ?? 0;
  process.stderr.write(`${duration.toFixed(1)} s of audio in ${seconds.toFixed(1)} s\n`);
  if (args.report) {
    const report = measureDemo(media.groundTruth, media.rendered.voices, media.decoded.samples, media.decoded.sampleRate);
    process.stdout.write(formatReport(report));
  }
  return differ ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`parley media: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
