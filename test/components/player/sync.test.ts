import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/player/player.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { timedTranscript, wavUrl, once, until, lastEnd, spokenWords } from '../../helpers/fixtures.js';

// Short words and gaps, so that many word boundaries pass during each sample.
const transcript = timedTranscript(6, { wordsPerSentence: 6, wordLength: 0.12, gap: 0.05 });
const index = new TimeIndex(transcript);
const audio = wavUrl(lastEnd(transcript) + 2, transcript);

function afterFrame(): Promise<void> {
  // rAF callbacks of this frame (the transcript's among them) have run by the next task.
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

describe('sync of the highlight with the media', () => {
  let player: ParleyPlayer;
  let media: HTMLMediaElement;
  let root: ShadowRoot;

  beforeEach(async () => {
    player = await fixture<ParleyPlayer>(html`<parley-player .src=${audio} .transcript=${transcript}></parley-player>`);
    media = player.mediaElement!;
    if (media.readyState < 1) await once(media, 'loadedmetadata');
    root = player.shadowRoot!.querySelector('parley-transcript')!.shadowRoot!;
  });
  afterEach(() => media.pause());

  /** The flat position of the highlighted word, found from its place in the page; -1 for none. */
  function shownWord(): number {
    const on = spokenWords(root);
    expect(on.length).to.be.at.most(1);
    if (!on.length) return -1;
    const { turn: t, sentence: s, word: w } = on[0]!;
    for (let i = 0; i < index.wordCount; i++) {
      const a = index.wordAddress(i);
      if (a.turn === t && a.sentence === s && a.word === w) return i;
    }
    throw new Error('highlighted word not in the index');
  }

  function shownTurn(): number {
    const cur = root.querySelectorAll('[aria-current="true"]');
    expect(cur.length).to.equal(1);
    return [...root.querySelectorAll('.turn')].indexOf(cur[0]!);
  }

  for (const rate of [0.5, 1, 2, 3]) {
    it(`shows the word and turn TimeIndex gives for the media time, every frame, at ${rate}×`, async () => {
      media.playbackRate = rate;
      media.currentTime = 1;
      await player.play();
      await until(() => media.currentTime > 1.1, 'playing');
      const shown = new Set<number>();
      let samples = 0;
      let last = media.currentTime;
      while (samples < 40 && !media.ended) {
        await afterFrame();
        // After this frame's callbacks: the highlight is TimeIndex's for a media time since the
        // previous frame (a boundary may fall in between; on a starved machine frames can be so far
        // apart that a whole word passes between two of them), never older.
        const t = media.currentTime;
        const word = shownWord();
        const turn = shownTurn();
        const now = index.wordPositionAt(t);
        const before = index.wordPositionAt(last);
        const inWindow =
          word === -1
            ? !(now >= 0 && now === before) // a pause touched the time since the previous frame
            : index.words.starts[word]! <= t && index.words.ends[word]! >= last;
        expect(inWindow, `word ${word} shown at ${t} (previous frame ${last}; TimeIndex: ${before} → ${now})`).to.equal(true);
        expect(turn, `turn at ${t} (previous frame ${last})`).to.be.within(Math.max(0, index.turnAt(last)), Math.max(0, index.turnAt(t)));
        shown.add(word);
        last = t;
        samples++;
      }
      // Many boundaries passed during the samples.
      expect(shown.size).to.be.greaterThan(2);
    });
  }

  it('is right after seeks, while paused and while playing, at the start and at the end', async () => {
    const check = async (time: number) => {
      media.currentTime = time;
      await once(media, 'seeked');
      await afterFrame();
      expect(shownWord(), `word at ${time}`).to.equal(index.wordPositionAt(time));
    };
    for (const t of [5.03, 0.7, 12.2, 2.51, lastEnd(transcript) - 0.05]) await check(t);
    await player.play();
    for (const t of [3.3, 9.1, 1.2]) await check(t);
    media.pause();
    // The very end: the last turn stays current, no word is.
    media.currentTime = media.duration;
    await once(media, 'seeked');
    await afterFrame();
    expect(shownTurn()).to.equal(transcript.turns.length - 1);
    expect(shownWord()).to.equal(-1);
  });

  it('shifts transcript times by the user offset', async () => {
    const view = player.shadowRoot!.querySelector('parley-transcript')!;
    const word = transcript.turns[1]!.sentences[0]!.words[2]!;
    media.currentTime = word.start! + 0.01;
    await once(media, 'seeked');
    await afterFrame();
    const at = index.wordPositionAt(word.start! + 0.01);
    expect(shownWord()).to.equal(at);
    // The voices come 1 s later than the transcript says: the same media time is 1 s earlier in the text.
    player.dispatchEvent(new CustomEvent('parley-offset-request', { detail: { offset: 1 } }));
    await view.updateComplete;
    await afterFrame();
    expect(shownWord()).to.equal(index.wordPositionAt(word.start! + 0.01 - 1));
  });
});
