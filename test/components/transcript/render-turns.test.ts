/**
 * renderTurns builds the first screenful at once and the rest after it, a slice after each frame:
 * only the first slice waits for an idle period (one after each frame took about three frames a
 * slice, and a long transcript seconds longer to be all in the page).
 */
import { expect } from '@open-wc/testing';
import { renderTurns, FIRST_TURNS, FIRST_WORDS, TURNS_PER_CHUNK } from '../../../src/components/transcript/render-turns.js';
import { timedTranscript } from '../../helpers/fixtures.js';

describe('renderTurns', () => {
  const realIdle = window.requestIdleCallback;
  afterEach(() => {
    window.requestIdleCallback = realIdle;
  });

  it('builds every turn, in order, waiting for an idle period only before the first slice after the first screenful', async () => {
    let idles = 0;
    window.requestIdleCallback = (cb, options) => {
      idles++;
      return realIdle.call(window, cb, options);
    };
    const transcript = timedTranscript(FIRST_TURNS + 200, { wordsPerSentence: 3 });
    const into = document.createElement('div');
    document.body.append(into);
    try {
      const rendered = renderTurns(transcript, into);
      expect(rendered.turns).to.have.length(FIRST_TURNS);
      await rendered.done;
      expect(rendered.turns).to.have.length(transcript.turns.length);
      expect(into.querySelectorAll('[role="listitem"]')).to.have.length(transcript.turns.length);
      expect(rendered.turns.map((t) => t.querySelector('.s')!.textContent!.split(' ')[0])).to.deep.equal(
        transcript.turns.map((t) => t.sentences[0]!.words[0]!.text),
      );
      expect(idles).to.equal(1);
    } finally {
      into.remove();
    }
  });

  it('builds no more than a screenful at once: turns of many words stop the first build sooner', async () => {
    // 2 sentences of 100 words: 200 words (and an annotation) a turn, so FIRST_WORDS is reached after a few turns.
    const transcript = timedTranscript(100, { wordsPerSentence: 100 });
    const into = document.createElement('div');
    document.body.append(into);
    try {
      const rendered = renderTurns(transcript, into);
      const perTurn = transcript.turns[0]!.sentences.reduce((n, s) => n + s.words.length, 0);
      expect(rendered.turns).to.have.length(Math.ceil(FIRST_WORDS / perTurn));
      expect(rendered.turns.length).to.be.below(FIRST_TURNS);
      expect(into.querySelectorAll('[role="listitem"]')).to.have.length(rendered.turns.length);
      await rendered.done;
      expect(into.querySelectorAll('[role="listitem"]')).to.have.length(transcript.turns.length);
    } finally {
      into.remove();
    }
  });

  it('keeps every chunk TURNS_PER_CHUNK turns long however the first build stopped', async () => {
    const transcript = timedTranscript(3 * TURNS_PER_CHUNK + 5, { wordsPerSentence: 3 });
    const into = document.createElement('div');
    document.body.append(into);
    const chunks: [number, number][] = [];
    try {
      const rendered = renderTurns(transcript, into, { onChunk: (from, to) => chunks.push([from, to]) });
      expect(rendered.turns.length).to.be.below(TURNS_PER_CHUNK);
      await rendered.done;
      expect([...into.children].map((c) => c.children.length)).to.deep.equal([TURNS_PER_CHUNK, TURNS_PER_CHUNK, TURNS_PER_CHUNK, 5]);
      // Every turn announced once, in order.
      expect(chunks.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i))).to.deep.equal(transcript.turns.map((_, i) => i));
    } finally {
      into.remove();
    }
  });
});
