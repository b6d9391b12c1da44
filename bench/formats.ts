/**
 * How long reading and writing each format takes for a 10-hour transcript (90,000 words,
 * 3,000 turns, every word timed), and for a one-speaker monologue of the same length.
 * Run: node --import tsx bench/formats.ts   (prints the median of three runs)
 */
import { readTranscript, writeTranscript, type FormatId } from '../src/formats/index.js';
import type { Sentence, Transcript, Turn } from '../src/model/transcript.js';
import { median } from '../src/audio/stats.js';

function transcript(words: number, wordsPerTurn: number): Transcript {
  const turns: Turn[] = [];
  let ms = 0;
  let n = 0;
  while (n < words) {
    const sentences: Sentence[] = [];
    for (let k = 0; k < wordsPerTurn / 10 && n < words; k++) {
      const ws = Array.from({ length: 10 }, (_, i) => {
        const word = { text: i === 9 ? 'done.' : i === 0 ? 'The' : `word${n % 97}`, start: ms / 1000, end: (ms + 250) / 1000 };
        ms += 300;
        n++;
        return word;
      });
      sentences.push({ text: ws.map((w) => w.text).join(' '), start: ws[0]!.start, end: ws[9]!.end, words: ws });
    }
    turns.push({ speaker: turns.length % 2 ? 'b' : 'a', start: sentences[0]!.start, end: sentences.at(-1)!.end, annotations: [], sentences });
  }
  return { metadata: {}, speakers: [{ id: 'a', name: 'Anna Smith' }, { id: 'b', name: 'Bob Jones' }], turns, questions: [], chapters: [] };
}

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
  const t = transcript(90_000, perTurn);
  for (const id of FORMATS) {
    const text = writeTranscript(t, id);
    const write = timeOf(() => writeTranscript(t, id));
    const read = timeOf(() => readTranscript(text, { format: id }));
    console.log(`${label.padEnd(12)} ${id.padEnd(13)} write ${write.toFixed(0).padStart(5)} ms  read ${read.toFixed(0).padStart(5)} ms  ${(text.length / 1e6).toFixed(1)} MB`);
  }
}
