/**
 * PlaybackTracker wakes for word and turn boundaries, not for frames: far from a boundary it asks
 * for no animation frame (a frame with nothing to change runs no script), and it still reports
 * the new word once the media crosses one.
 */
import { expect } from '@open-wc/testing';
import { PlaybackTracker } from '../../../src/components/shared/playback.js';
import type { PlaybackState } from '../../../src/components/shared/context.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { timedTranscript } from '../../helpers/fixtures.js';

// Words of 1 s with 0.5 s gaps: the first word is spoken from 0.5 s to 1.5 s.
const index = new TimeIndex(timedTranscript(2, { wordLength: 1, gap: 0.5, start: 0.5 }));

/** A media element that stands still at `currentTime` while "playing" (its clock is the test's). */
function stillMedia(currentTime: number): HTMLMediaElement {
  const media = document.createElement('audio');
  Object.defineProperties(media, {
    currentTime: { value: currentTime, writable: true },
    paused: { value: false, writable: true },
    playbackRate: { value: 1, writable: true },
    duration: { value: 100 },
  });
  return media;
}

describe('PlaybackTracker', () => {
  const realFrame = window.requestAnimationFrame;
  const realTimeout = window.setTimeout;
  let frames: number;
  let timers: number[];
  let tracker: PlaybackTracker | null = null;

  beforeEach(() => {
    frames = 0;
    timers = [];
    window.requestAnimationFrame = (cb) => {
      frames++;
      return realFrame.call(window, cb);
    };
    window.setTimeout = ((cb: () => void, ms?: number) => {
      timers.push(ms ?? 0);
      return realTimeout.call(window, cb, ms);
    }) as typeof window.setTimeout;
  });
  /** A tracker following a media element that has started playing at `time`; the states it reported. */
  function playFrom(time: number): { states: PlaybackState[]; media: HTMLMediaElement } {
    const states: PlaybackState[] = [];
    tracker = new PlaybackTracker((s) => states.push(s));
    tracker.index = index;
    const media = stillMedia(time);
    tracker.attach(media);
    media.dispatchEvent(new Event('play'));
    return { states, media };
  }

  afterEach(() => {
    window.requestAnimationFrame = realFrame;
    window.setTimeout = realTimeout;
    tracker?.attach(null);
    tracker = null;
  });

  it('waits for a boundary 300 ms away with a timer set for less than a frame before it, asking for no frame', () => {
    const { states } = playFrom(0.2);
    expect(frames).to.equal(0);
    expect(timers.filter((ms) => ms > 300 - 1000 / 60 && ms <= 300)).to.have.length.above(0);
    expect(states.at(-1)!.currentWord).to.equal(-1);
  });

  it('reads the media on the next frame when the boundary is less than a frame away, and reports the word', async () => {
    const { states, media } = playFrom(0.495);
    expect(frames).to.be.above(0);
    expect(timers).to.deep.equal([]);
    // The media crosses the boundary; the frame finds the first word.
    (media as unknown as { currentTime: number }).currentTime = 0.6;
    await new Promise((r) => realFrame.call(window, () => realTimeout.call(window, r, 0)));
    expect(states.at(-1)!.currentWord).to.equal(0);
  });
});
