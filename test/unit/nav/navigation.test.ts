import { expect } from '@open-wc/testing';
import {
  nextTurn, previousTurn, nextTurnBySameSpeaker, nextQuestion, previousQuestion, questionAt, questionLabel,
  whereAmI, listNames, chapterFirstTurn, chapterTime,
} from '../../../src/nav/navigation.js';
import type { Transcript } from '../../../src/model/transcript.js';
import { demoTranscript, withSyntheticTimes } from '../../helpers/demo.js';

let demo: Transcript;
before(async () => {
  demo = await demoTranscript();
});

// Turns of the demo: 0 lavrov, 1 rice, 2 gates, 3 serdyukov, 4 moderator, 5 Q1, 6 rice, 7 gates, 8 rice,
// 9 lavrov, 10 Q2, 11 serdyukov, 12 moderator, 13 Q3, 14 rice, 15 Q4, 16 gates, 17 moderator, 18 Q5,
// 19 lavrov, 20 rice, 21 moderator. Questions at turns 5, 10, 13, 15, 18.
describe('navigation: turns', () => {
  const onlyRice = (t: number) => demo.turns[t]!.speaker === 'rice';
  const table: [string, () => number, number][] = [
    ['next turn from none', () => nextTurn(demo, -1), 0],
    ['next turn from 4', () => nextTurn(demo, 4), 5],
    ['next turn from the last', () => nextTurn(demo, 21), -1],
    ['previous turn from 5', () => previousTurn(demo, 5), 4],
    ['previous turn from 0', () => previousTurn(demo, 0), -1],
    ['previous turn from none', () => previousTurn(demo, -1), -1],
    ['next visible turn (only Rice) from 1', () => nextTurn(demo, 1, onlyRice), 6],
    ['previous visible turn (only Rice) from 14', () => previousTurn(demo, 14, onlyRice), 8],
    ['next by the same speaker from 1 (Rice)', () => nextTurnBySameSpeaker(demo, 1), 6],
    ['next by the same speaker from 0 (Lavrov)', () => nextTurnBySameSpeaker(demo, 0), 9],
    ['next by the same speaker from 9 (Lavrov)', () => nextTurnBySameSpeaker(demo, 9), 19],
    ['next by the same speaker from 19 (Lavrov, last)', () => nextTurnBySameSpeaker(demo, 19), -1],
    ['next by the same speaker from none', () => nextTurnBySameSpeaker(demo, -1), -1],
    ['next by the same speaker skipping hidden', () => nextTurnBySameSpeaker(demo, 1, (t) => t !== 6), 8],
  ];
  for (const [name, run, expected] of table) it(`${name} → ${expected}`, () => expect(run()).to.equal(expected));
});

describe('navigation: questions', () => {
  const table: [string, () => number, number][] = [
    ['next question before playing', () => nextQuestion(demo, -1), 0],
    ['next question from the opening', () => nextQuestion(demo, 2), 0],
    ['next question from question 1 itself', () => nextQuestion(demo, 5), 1],
    ['next question from an answer of 1', () => nextQuestion(demo, 7), 1],
    ['next question from the moderator before 3', () => nextQuestion(demo, 12), 2],
    ['next question from question 5', () => nextQuestion(demo, 18), -1],
    ['previous question from an answer of 3', () => previousQuestion(demo, 14), 2],
    ['previous question from question 3 itself', () => previousQuestion(demo, 13), 1],
    ['previous question from question 1', () => previousQuestion(demo, 5), -1],
    ['previous question from the end', () => previousQuestion(demo, 21), 4],
    ['question at the opening', () => questionAt(demo, 2), -1],
    ['question at its asking turn', () => questionAt(demo, 13), 2],
    ['question at an answer', () => questionAt(demo, 9), 0],
    ['question at the moderator between 2 and 3', () => questionAt(demo, 12), -1],
    ['question at the last answer', () => questionAt(demo, 20), 4],
    ['question at no turn', () => questionAt(demo, -1), -1],
  ];
  for (const [name, run, expected] of table) it(`${name} → ${expected}`, () => expect(run()).to.equal(expected));

  it('names questions by number, asker, outlet and time', () => {
    expect(demo.questions.map((_, q) => questionLabel(demo, q))).to.deep.equal([
      'Question 1, Thom Shanker, New York Times',
      'Question 2',
      'Question 3, Arshad Mohammed, Reuters',
      'Question 4',
      'Question 5, Al Arabiya',
    ]);
    const timed: Transcript = JSON.parse(JSON.stringify(demo));
    timed.turns[13]!.start = 845.6;
    timed.turns[10]!.start = 310;
    timed.turns[18]!.start = 1120;
    expect(questionLabel(timed, 2)).to.equal('Question 3, Arshad Mohammed, Reuters, 14:05');
    expect(questionLabel(timed, 1)).to.equal('Question 2, 5:10');
    expect(questionLabel(timed, 4)).to.equal('Question 5, Al Arabiya, 18:40');
    expect(questionLabel(timed, 9)).to.equal('');
  });

  it('lists names for reading', () => {
    expect(listNames([])).to.equal('');
    expect(listNames(['Secretary Rice'])).to.equal('Secretary Rice');
    expect(listNames(['Secretary Rice', 'Secretary Gates'])).to.equal('Secretary Rice and Secretary Gates');
    expect(listNames(['A', 'B', 'A', 'C'])).to.equal('A, B and C');
  });

  it('finds chapters by turn or by time', () => {
    expect(chapterFirstTurn(demo, 1)).to.equal(4);
    expect(chapterTime(demo, 1)).to.equal(null);
    const timed = withSyntheticTimes(demo);
    expect(chapterTime(timed, 1)).to.equal(timed.turns[4]!.start);
    const byTime: Transcript = { ...timed, chapters: [{ title: 'Late', start: timed.turns[7]!.start! - 0.5 }] };
    expect(chapterFirstTurn(byTime, 0)).to.equal(7);
    expect(chapterTime(byTime, 0)).to.equal(timed.turns[7]!.start! - 0.5);
  });
});

describe('navigation: where am I', () => {
  const table: [number, number, boolean, string][] = [
    [13, 845, false, 'Playing 14:05, Question, asking question 3'],
    [14, 847.9, false, 'Playing 14:07, Secretary Rice, answering question 3'],
    [9, 300, true, 'Paused at 5:00, Foreign Minister Lavrov, answering question 1'],
    [2, 65, false, 'Playing 1:05, Secretary Gates, Opening statements'],
    [12, 800, true, 'Paused at 13:20, Moderator, Questions and answers'],
    [-1, 0, true, 'Paused at 0:00, before the first turn'],
  ];
  for (const [turn, time, paused, expected] of table) {
    it(`turn ${turn} at ${time}${paused ? ' paused' : ''} → ${expected}`, () => expect(whereAmI(demo, turn, time, paused)).to.equal(expected));
  }
});
