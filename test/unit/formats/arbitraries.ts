/**
 * fast-check arbitraries for transcripts: speakers, turns, sentences and words with monotonic
 * millisecond times and awkward text (unicode, quotes, markup, script, entities, "-->").
 *
 * Sentences are generated the way real ones are written, so that splitting text into sentences
 * gives them back: they end in final punctuation, the next starts with a capital or a symbol,
 * and no word inside ends a sentence or looks like a "Name:" label.
 */
import fc from 'fast-check';
import type { Sentence, Speaker, Transcript, Turn, Word } from '../../../src/model/transcript.js';

/** Text that must stay text in every format. */
export const MARKUP = ['<img', 'src=x', 'onerror=alert(1)>', '</script>', '&amp;', '-->', '&lt;', 'a&b', 'x<y', '<v', 'Bob>'];

const MIDDLE = ['the', 'naïve', 'ünïcödé', '"quoted"', 'it’s', "'single'", '😀', 'Rice,', '2+2', 'Москва', '日本語', 'مرحبا', ...MARKUP];
const FIRST = ['The', 'Über', 'Москва', '日本語', '"Quoted', '<img', '&amp;', '-->', '2+2', '</script>', 'Émile'];
const LAST = ['done', 'Moscow', '2007', 'naïve', '</script>', '&amp;', 'x<y', '日本語', 'onerror=alert(1)>'];
const FINAL = ['.', '?', '!'];
const ANNOTATIONS = ['(inaudible)', '[crosstalk]', '(laughter)'];

export const SPEAKER_NAMES = ['Secretary Rice', 'Foreign Minister Lavrov', 'José Núñez', "Zoë O'Brien-Smith", 'Ji-woo Park', 'Ангела Меркель'];

interface Shape {
  words: { text: string; annotation: boolean; duration: number; gap: number }[];
}

const wordShape = fc.record({
  text: fc.constantFrom(...MIDDLE),
  annotation: fc.constant(false),
  duration: fc.integer({ min: 50, max: 900 }),
  gap: fc.integer({ min: 0, max: 400 }),
});

const sentenceShape: fc.Arbitrary<Shape> = fc
  .tuple(
    fc.constantFrom(...FIRST),
    fc.array(fc.oneof({ weight: 12, arbitrary: wordShape }, { weight: 1, arbitrary: fc.constantFrom(...ANNOTATIONS).map((text) => ({ text, annotation: true, duration: 0, gap: 0 })) }), { maxLength: 30 }),
    fc.constantFrom(...LAST),
    fc.constantFrom(...FINAL),
    fc.integer({ min: 50, max: 900 }),
  )
  .map(([first, middle, last, final, duration]) => ({
    words: [{ text: first, annotation: false, duration, gap: 0 }, ...middle, { text: last + final, annotation: false, duration, gap: 100 }],
  }));

export interface TranscriptOptions {
  /** Give words times (else only sentences and turns are timed). */
  timedWords?: boolean;
}

/** A transcript with 1–6 turns, each of a different speaker from the one before. */
export function transcriptArb(options: TranscriptOptions = {}): fc.Arbitrary<Transcript> {
  const turnShape = fc.record({
    speaker: fc.integer({ min: 0, max: SPEAKER_NAMES.length - 1 }),
    annotations: fc.oneof(fc.constant([] as string[]), fc.constantFrom(['Via interpreter'], ['In Russian'])),
    sentences: fc.array(sentenceShape, { minLength: 1, maxLength: 4 }),
    pause: fc.integer({ min: 1, max: 3000 }),
  });
  return fc
    .record({
      turns: fc.array(turnShape, { minLength: 1, maxLength: 6 }),
      start: fc.integer({ min: 0, max: 5_000_000 }),
      timedWords: options.timedWords === undefined ? fc.boolean() : fc.constant(options.timedWords),
      notes: fc.array(fc.constantFrom('Made by Parley', 'Checked against the recording; names & places “verified”'), { maxLength: 2 }),
    })
    .map(({ turns: shapes, start, timedWords, notes }) => {
      let ms = start;
      const used = new Set<number>();
      let previous = -1;
      const turns: Turn[] = shapes.map((shape) => {
        let speaker = shape.speaker;
        if (speaker === previous) speaker = (speaker + 1) % SPEAKER_NAMES.length;
        previous = speaker;
        used.add(speaker);
        ms += shape.pause;
        const sentences: Sentence[] = shape.sentences.map((s, i) => {
          ms += i > 0 ? 150 : 0;
          const words: Word[] = s.words.map((w) => {
            if (w.annotation) return { text: w.text, start: null, end: null, annotation: true };
            ms += w.gap;
            const word = { text: w.text, start: ms / 1000, end: (ms + w.duration) / 1000 };
            ms += w.duration;
            return word;
          });
          const timed = words.filter((w) => w.start !== null);
          const sentence: Sentence = { text: words.map((w) => w.text).join(' '), start: timed[0]!.start, end: timed.at(-1)!.end, words };
          if (!timedWords) for (const w of words) [w.start, w.end] = [null, null];
          if (i === 0) sentence.paragraph = true;
          return sentence;
        });
        return { speaker: `s${speaker}`, start: sentences[0]!.start, end: sentences.at(-1)!.end, annotations: [...shape.annotations], sentences };
      });
      const speakers: Speaker[] = [...used].sort((a, b) => a - b).map((i) => ({ id: `s${i}`, name: SPEAKER_NAMES[i]! }));
      const transcript: Transcript = { metadata: { language: 'en' }, speakers, turns, questions: [], chapters: [] };
      if (notes.length) transcript.metadata.notes = notes;
      return transcript;
    });
}
