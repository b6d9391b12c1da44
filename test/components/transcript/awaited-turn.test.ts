import { expect } from '@open-wc/testing';
import { AwaitedTurn } from '../../../src/components/transcript/awaited-turn.js';
import type { RenderedTurns } from '../../../src/components/transcript/render-turns.js';
import type { Transcript } from '../../../src/model/transcript.js';
import { timedTranscript } from '../../helpers/fixtures.js';

/** The turns of `transcript` as built so far: the first `built` of them. */
const builtSoFar = (transcript: Transcript, built: number) =>
  ({ transcript, turns: Array.from({ length: built }, () => document.createElement('div')) }) as unknown as RenderedTurns;

describe('AwaitedTurn', () => {
  const transcript = timedTranscript();
  const last = transcript.turns.length - 1;

  it('lets a turn that is already built be shown at once', () => {
    const awaited = new AwaitedTurn();
    expect(awaited.ask(builtSoFar(transcript, 1), 0, true)).to.equal(true);
    expect(awaited.built(transcript, last + 1)).to.equal(null);
  });

  it('keeps a turn not yet built and hands it back once the slice holding it is built', () => {
    const awaited = new AwaitedTurn();
    expect(awaited.ask(builtSoFar(transcript, 1), last, true)).to.equal(false);
    expect(awaited.built(transcript, last), 'not yet: the slice stops before it').to.equal(null);
    expect(awaited.built(transcript, last + 1)).to.deep.equal({ turn: last, focus: true });
    expect(awaited.built(transcript, last + 1), 'handed back once').to.equal(null);
  });

  it('forgets the request for another transcript, on reset, and when a newer one replaces it', () => {
    const awaited = new AwaitedTurn();
    awaited.ask(builtSoFar(transcript, 1), last, false);
    expect(awaited.built(timedTranscript(), last + 1)).to.equal(null);
    awaited.ask(builtSoFar(transcript, 1), last, false);
    awaited.reset();
    expect(awaited.built(transcript, last + 1)).to.equal(null);
    awaited.ask(builtSoFar(transcript, 1), last, false);
    awaited.ask(builtSoFar(transcript, 1), 0, true);
    expect(awaited.built(transcript, last + 1)).to.equal(null);
  });
});
