/**
 * How long reading and writing each format takes for a 10-hour transcript (90,000 words,
 * 3,000 turns, every word timed), and for a one-speaker monologue of the same length.
 * Run: node --import tsx bench/formats.ts   (prints the median of three runs)
 */
import { readTranscript, writeTranscript, type FormatId } from '../src/formats/index.js';
import { median } from '../src/audio/stats.js';
import { timedTranscript } from './timed-transcript.js';

/** Milliseconds `run` takes, the median of three runs. */
function timeOf(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const FORMATS: FormatId[] = ['json', 'podcast-json', 'vtt', 'srt'];
for (const [label, perTurn] of [['3,000 turns', 30], ['monologue', 90_000]] as const) {
  const t = timedTranscript(90_000, perTurn);
  for (const id of FORMATS) {
    const text = writeTranscript(t, id);
    const write = timeOf(() => writeTranscript(t, id));
    const read = timeOf(() => readTranscript(text, { format: id }));
    console.log(`${label.padEnd(12)} ${id.padEnd(13)} write ${write.toFixed(0).padStart(5)} ms  read ${read.toFixed(0).padStart(5)} ms  ${(text.length / 1e6).toFixed(1)} MB`);
  }
}
