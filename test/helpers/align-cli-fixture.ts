/**
 * Makes a short recording and transcript for the page's alignment tests and runs the command
 * line (`parley align`) on them, so that a test in the browser can compare the page's result with
 * the command line's. Run by the test runner's `parley-align-fixture` command (see
 * web-test-runner.config.mjs): `node --import tsx test/helpers/align-cli-fixture.ts <kind>`;
 * prints one JSON object.
 *
 * Kinds: "speech" (about 20 s, MP3, three speakers), "silent", "corrupt", "other" (a recording of
 * other text), "other-forced" (the same, aligned with --force), "too-long" (a transcript far longer
 * than the recording).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Espeak } from '../../src/speech/espeak.js';
import { encodeMp3 } from '../../src/audio/mp3.js';
import { encodeWav, floatToInt16 } from '../../src/audio/wav.js';
import { random, synthesizeRecording, transcriptFromParagraphs } from '../../bench/align-synth.js';

export interface AlignFixture {
  media: string;
  mediaName: string;
  transcriptText: string;
  transcriptName: string;
  cli: { code: number; stderr: string; output: string | null };
}

/** Three paragraphs that are aligned in the tests, and two of unrelated speech. */
export const PARAGRAPHS = [
  'Dear colleagues, the meeting of foreign ministers and defense ministers was held today. We agreed to turn this format into a permanent one.',
  'Thank you very much. We had very good discussions, and we will continue this work in Washington in half a year.',
  'The second problem is that the plans should be frozen. There is no agreement on this, but our experts will keep working.',
];
export const OTHER = [
  'Rainfall across the northern valleys stayed light this week, while farmers prepared the orchards for an early harvest of apples and pears.',
  'The museum reopens on Monday with a gallery of old maps, ship models, and letters written by sailors to their families at home.',
];
const LABELS = ['MR. SMITH', 'MS. JONES', 'MR. BROWN'];

/** The paragraphs as the press-release text, a speaker label before each. */
const pressRelease = (paragraphs: string[]) => paragraphs.map((p, k) => `**${LABELS[k % LABELS.length]}:** ${p}`).join('\n\n') + '\n';

async function make(kind: string): Promise<{ media: Uint8Array; mediaName: string; text: string }> {
  if (kind === 'corrupt') {
    const rnd = random(9);
    return { media: Uint8Array.from({ length: 50_000 }, () => Math.floor(rnd() * 256)), mediaName: 'junk.mp3', text: pressRelease(PARAGRAPHS.slice(0, 1)) };
  }
  if (kind === 'silent') return { media: encodeWav(new Int16Array(22050 * 3), 22050), mediaName: 'silence.wav', text: pressRelease(PARAGRAPHS.slice(0, 1)) };
  const espeak = await Espeak.load();
  const spoken = kind === 'other' ? OTHER : kind === 'too-long' ? PARAGRAPHS.slice(0, 1) : PARAGRAPHS;
  // "other": the last two paragraphs against the unrelated recording; the refusal test measures 0.71 (threshold 0.63).
  const text = kind === 'other' ? pressRelease(PARAGRAPHS.slice(1, 3)) : kind === 'too-long' ? pressRelease([...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS]) : pressRelease(PARAGRAPHS);
  const rec = synthesizeRecording(espeak, transcriptFromParagraphs(spoken), { seed: 11, leadIn: 1.5, leadInKind: 'noise', snr: 30 });
  const pcm = floatToInt16(rec.samples);
  return kind === 'speech'
    ? { media: encodeMp3(pcm, rec.sampleRate, 48), mediaName: 'briefing.mp3', text }
    : { media: encodeWav(pcm, rec.sampleRate), mediaName: `${kind}.wav`, text };
}

export async function alignFixture(kind: string): Promise<AlignFixture> {
  const forced = kind.endsWith('-forced');
  const { media, mediaName, text } = await make(forced ? kind.slice(0, -'-forced'.length) : kind);
  const dir = mkdtempSync(join(tmpdir(), 'parley-align-fixture-'));
  try {
    const transcriptName = 'briefing.md';
    writeFileSync(join(dir, mediaName), media);
    writeFileSync(join(dir, transcriptName), text);
    const out = join(dir, 'aligned.json');
    const bin = fileURLToPath(new URL('../../bin/parley.js', import.meta.url));
    const cli = spawnSync(process.execPath, [bin, 'align', join(dir, mediaName), join(dir, transcriptName), '-o', out, ...(forced ? ['--force'] : [])], { encoding: 'utf8' });
    let output: string | null = null;
    try {
      output = readFileSync(out, 'utf8');
    } catch {
      output = null;
    }
    // The command line names files by the path it was given; the page by the file's name.
    const stderr = cli.stderr.split(dir + '/').join('');
    return { media: Buffer.from(media).toString('base64'), mediaName, transcriptText: text, transcriptName, cli: { code: cli.status ?? -1, stderr, output } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(await alignFixture(process.argv[2] ?? 'speech')));
}
