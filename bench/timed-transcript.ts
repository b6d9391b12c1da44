/**
 * A timed transcript for the format benchmarks: `words` words in 10-word sentences ("The word12
 * … done."), `wordsPerTurn` to a turn, two speakers taking turns, every word timed (0.3 s apart).
 */
import type { Sentence, Transcript, Turn, Word } from '../src/model/transcript.js';

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

/** One sentence of `words` untimed words with only the sentence's start and end: a caption writer must cut it. */
export function longSentence(words: number): Transcript {
  const ws: Word[] = Array.from({ length: words }, (_, i) => ({ text: `word${i % 89}`, start: null, end: null }));
  ws.push({ text: 'end.', start: null, end: null });
  const sentence: Sentence = { text: ws.map((w) => w.text).join(' '), start: 0, end: words * 0.3, words: ws };
  return { metadata: {}, speakers: [{ id: 'a', name: 'Anna Smith' }], turns: [{ speaker: 'a', start: 0, end: words * 0.3, annotations: [], sentences: [sentence] }], questions: [], chapters: [] };
}
