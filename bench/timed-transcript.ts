/**
 * A timed transcript for the format benchmarks: `words` words in 10-word sentences ("The word12
 * … done."), `wordsPerTurn` to a turn, two speakers taking turns, every word timed (0.3 s apart).
 */
import type { Sentence, Transcript, Turn } from '../src/model/transcript.js';

export function timedTranscript(words: number, wordsPerTurn: number): Transcript {
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
