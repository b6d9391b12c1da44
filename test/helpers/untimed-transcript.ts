/** A small untimed transcript for the aligner's tests: two speakers, annotations inside and between sentences. */
import { makeSentence } from '../../src/model/segment.js';
import type { Transcript } from '../../src/model/transcript.js';

/** Two turns: "Good morning." (2 spoken words), then "We (inaudible) agreed. (Laughter.) Thank you." (4 spoken words). */
export function untimed(): Transcript {
  return {
    metadata: { language: 'en' },
    speakers: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
    turns: [
      { speaker: 'a', start: null, end: null, annotations: [], sentences: [makeSentence([{ text: 'Good' }, { text: 'morning.' }], true)] },
      {
        speaker: 'b',
        start: null,
        end: null,
        annotations: ['Via interpreter'],
        sentences: [
          makeSentence([{ text: 'We' }, { text: '(inaudible)', annotation: true }, { text: 'agreed.' }], true),
          makeSentence([{ text: '(Laughter.)', annotation: true }]),
          makeSentence([{ text: 'Thank' }, { text: 'you.' }]),
        ],
      },
    ],
    questions: [],
    chapters: [],
  };
}
