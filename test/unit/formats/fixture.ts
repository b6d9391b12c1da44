/**
 * A small hand-made transcript in the shape of the 2+2 press conference: three speakers, a
 * turn annotation, an annotation word, a question, every spoken word timed.
 */
import type { Sentence, Transcript, Word } from '../../../src/model/transcript.js';

/** A sentence whose words start at `start` and last `step` seconds each ("(inaudible)" stays untimed). */
export function timedSentence(text: string, start: number, step = 0.4, paragraph = false): Sentence {
  let t = start;
  const words: Word[] = text.split(' ').map((w) => {
    if (/^\(.*\)[,.]?$/.test(w)) return { text: w, start: null, end: null, annotation: true };
    const word = { text: w, start: Math.round(t * 1000) / 1000, end: Math.round((t + step - 0.05) * 1000) / 1000 };
    t += step;
    return word;
  });
  const timed = words.filter((w) => w.start !== null);
  return { text, start: timed[0]!.start, end: timed.at(-1)!.end, words, ...(paragraph ? { paragraph: true } : {}) };
}

export function fixture(): Transcript {
  const s1 = timedSentence('Dear colleagues, the meeting of foreign ministers and defense ministers in the forum of the so-called 2+2 was held in accordance with instruction by the two presidents.', 0.5, 0.4, true);
  const s2 = timedSentence('In summer this year, we put forward our (inaudible) own proposals.', s1.end! + 0.6);
  const s3 = timedSentence('Thank you very much, Sergey.', s2.end! + 1.2, 0.35, true);
  const s4 = timedSentence('We had very good discussions here.', s3.end! + 0.5);
  const s5 = timedSentence('Secretary Rice, is the <b>offer</b> "final" & binding?', s4.end! + 2, 0.3, true);
  const span = (ss: Sentence[]) => ({ start: ss[0]!.start, end: ss.at(-1)!.end });
  return {
    metadata: {
      title: 'Remarks After 2+2 Meetings',
      principal: 'Secretary Condoleezza Rice',
      place: ['Ministry of Foreign Affairs', 'Moscow, Russia'],
      dateText: 'October 12, 2007',
      date: '2007-10-12',
      language: 'en',
    },
    speakers: [
      { id: 'lavrov', name: 'Foreign Minister Lavrov', label: 'FOREIGN MINISTER LAVROV' },
      { id: 'rice', name: 'Secretary Rice', label: 'SECRETARY RICE' },
      { id: 'question', name: 'Question', label: 'QUESTION' },
    ],
    turns: [
      { speaker: 'lavrov', ...span([s1, s2]), annotations: ['Via interpreter'], sentences: [s1, s2] },
      { speaker: 'rice', ...span([s3, s4]), annotations: [], sentences: [s3, s4] },
      { speaker: 'question', ...span([s5]), annotations: [], sentences: [s5] },
    ],
    questions: [{ turn: 2, asker: 'Thom Shanker', outlet: 'New York Times', addressees: ['rice'], answers: [] }],
    chapters: [{ title: 'Opening statements', start: 0.5, turn: 0 }, { title: 'Questions', start: s5.start, turn: 2 }],
  };
}
