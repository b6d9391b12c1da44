/**
 * renderTurns builds the first screenful at once and the rest after it, a slice after each frame:
 * only the first slice waits for an idle period (one after each frame took about three frames a
 * slice, and a long transcript seconds longer to be all in the page).
 */
import { expect } from '@open-wc/testing';
import { renderTurns, FIRST_TURNS } from '../../../src/components/transcript/render-turns.js';
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
});
