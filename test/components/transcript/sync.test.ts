import { expect, fixture, html } from '@open-wc/testing';
import { SyncController } from '../../../src/components/transcript/sync.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { timedTranscript, wavUrl, lastEnd, once, nextFrame, spokenWords } from '../../helpers/fixtures.js';
import { ControllerHost } from './host.js';

const transcript = timedTranscript(4);
const index = new TimeIndex(transcript);
const audio = wavUrl(lastEnd(transcript) + 1, transcript);

/** A host following `<audio id="sync-audio">` by itself, as a transcript without a player does. */
async function mount() {
  const page = await fixture<HTMLDivElement>(html`<div>
    <audio id="sync-audio" src=${audio}></audio>
    <parley-test-controller-host></parley-test-controller-host>
  </div>`);
  const media = page.querySelector('audio')!;
  const host = page.querySelector<ControllerHost>('parley-test-controller-host')!;
  host.htmlFor = 'sync-audio';
  const turns: number[] = [];
  let sentences = 0;
  const sync = new SyncController(host, {
    rendered: () => host.rendered,
    index: () => index,
    onTurn: (turn) => turns.push(turn),
    onSentence: () => sentences++,
  });
  const events: number[] = [];
  host.addEventListener('parley-turn-change', (e) => events.push(e.detail.turn));
  host.show(transcript);
  host.requestUpdate();
  await host.updateComplete;
  if (media.readyState < 1) await once(media, 'loadedmetadata');
  const shown = () => ({
    turn: host.rendered!.turns.findIndex((t) => t.getAttribute('aria-current') === 'true'),
    word: spokenWords(host.renderRoot as ShadowRoot)[0]?.text ?? null,
  });
  return { media, host, sync, turns, events, shown, sentences: () => sentences };
}

describe('SyncController', () => {
  afterEach(() => document.querySelectorAll('audio').forEach((a) => a.pause()));

  it('shows the turn and word TimeIndex gives for the media time, and says when the turn changes', async () => {
    const { media, sync, shown, turns, events, sentences } = await mount();
    const word = (t: number, s: number, w: number) => transcript.turns[t]!.sentences[s]!.words[w]!;
    const table: [number, { turn: number; word: string | null }][] = [
      [word(1, 0, 2).start! + 0.01, { turn: 1, word: 't1s0w2' }],
      [word(3, 1, 0).start! + 0.01, { turn: 3, word: 't3s1w0' }],
      [word(0, 0, 0).end! + 0.05, { turn: 0, word: null }],
      [lastEnd(transcript) + 0.5, { turn: 3, word: null }],
    ];
    for (const [time, expected] of table) {
      media.currentTime = time;
      await once(media, 'seeked');
      await nextFrame();
      expect(shown(), `at ${time}`).to.deep.equal(expected);
      expect(sync.turn).to.equal(index.turnAt(time));
      expect(sync.syncedTime).to.equal(media.currentTime);
    }
    expect(turns).to.deep.equal([1, 3, 0, 3]);
    expect(events).to.deep.equal([1, 3, 0, 3]);
    // A sentence starts at each of the two words; pauses have none.
    expect(sentences()).to.equal(2);
  });

  it('shifts by the host\'s offset without a player, and plays the media itself on seek', async () => {
    const { media, host, sync, shown } = await mount();
    const start = transcript.turns[2]!.sentences[0]!.words[0]!.start!;
    host.offset = 1;
    host.requestUpdate();
    await host.updateComplete;
    sync.seek(start);
    await once(media, 'playing');
    expect(media.currentTime).to.be.within(start + 1, start + 1.5);
    media.pause();
    await nextFrame();
    expect(shown().turn).to.equal(2);
  });
});
