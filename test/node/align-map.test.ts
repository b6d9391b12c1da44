import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyWordTimes, voiceForLanguage } from '../../src/align/index.js';
import { help, keepLevel, run } from '../../src/cli/align.js';
import { untimed } from '../helpers/untimed-transcript.js';

const times = [
  { start: 1.0004, end: 1.3 },
  { start: 1.35, end: 1.9 },
  { start: 3.2, end: 3.4 },
  { start: 3.9, end: 4.5 },
  { start: 5.1, end: 5.3 },
  { start: 5.3, end: 5.6 },
];

describe('applyWordTimes', () => {
  it('times spoken words in order, rounded to the millisecond, and leaves annotations untimed', () => {
    const t = applyWordTimes(untimed(), times);
    const words = t.turns.flatMap((turn) => turn.sentences.flatMap((s) => s.words.map((w) => [w.text, w.start, w.end])));
    assert.deepEqual(words, [
      ['Good', 1, 1.3],
      ['morning.', 1.35, 1.9],
      ['We', 3.2, 3.4],
      ['(inaudible)', null, null],
      ['agreed.', 3.9, 4.5],
      ['(Laughter.)', null, null],
      ['Thank', 5.1, 5.3],
      ['you.', 5.3, 5.6],
    ]);
  });

  it('spans each sentence and turn from its first timed word to its last; an all-annotation sentence stays untimed', () => {
    const t = applyWordTimes(untimed(), times);
    assert.deepEqual(t.turns.map((x) => [x.start, x.end]), [[1, 1.9], [3.2, 5.6]]);
    assert.deepEqual(t.turns[1]!.sentences.map((s) => [s.start, s.end]), [[3.2, 4.5], [null, null], [5.1, 5.6]]);
  });

  it('does not change the transcript it was given', () => {
    const before = untimed();
    applyWordTimes(before, times);
    assert.deepEqual(before, untimed());
  });

  it('refuses a count of times that does not match the spoken words', () => {
    assert.throws(() => applyWordTimes(untimed(), times.slice(1)), /spoken words/);
    assert.throws(() => applyWordTimes(untimed(), [...times, { start: 6, end: 7 }]), /spoken words/);
  });
});

describe('keepLevel', () => {
  const timed = applyWordTimes(untimed(), times);
  it('keeps everything at word level', () => {
    assert.equal(keepLevel(timed, 'word'), timed);
  });
  it('drops word times at sentence level', () => {
    const t = keepLevel(timed, 'sentence');
    assert.deepEqual(t.turns[0]!.sentences[0]!.words.map((w) => w.start), [null, null]);
    assert.deepEqual([t.turns[0]!.sentences[0]!.start, t.turns[0]!.start], [1, 1]);
  });
  it('keeps only turn times at turn level', () => {
    const t = keepLevel(timed, 'turn');
    assert.deepEqual([t.turns[1]!.sentences[0]!.start, t.turns[1]!.start, t.turns[1]!.end], [null, 3.2, 5.6]);
  });
});

describe('voiceForLanguage', () => {
  const table: [string, string][] = [
    ['en', 'en-us'],
    ['EN', 'en-us'],
    ['en-GB', 'en-gb'],
    ['en_US', 'en-us'],
    ['ru', 'ru'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt-br'],
    ['zh-Hans', 'cmn'],
    ['no', 'nb'],
  ];
  for (const [tag, voice] of table) it(`speaks ${tag} with ${voice}`, () => assert.equal(voiceForLanguage(tag), voice));
});

describe('parley align --help', () => {
  it('explains every option', async () => {
    const write = process.stdout.write;
    let out = '';
    process.stdout.write = ((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    }) as typeof process.stdout.write;
    let code: number;
    try {
      code = await run(['--help']);
    } finally {
      process.stdout.write = write;
    }
    assert.equal(code, 0);
    for (const option of ['<media>', '<transcript>', '-o, --output', '--level', '--language', '-h, --help', 'Exit status']) assert.ok(out.includes(option), option);
    assert.equal(out, `${help}\n`);
  });
});
