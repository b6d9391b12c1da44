import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/player/player.js';
import type { ParleyPlayer } from '../../src/components/player/player.js';
import { expectAccessible } from '../helpers/axe.js';
import { once, until, spokenWords } from '../helpers/fixtures.js';

// The real demo: the press conference recording, its timed Parley JSON and its peaks.
const base = new URL('../../media/', import.meta.url);
const mp3 = new URL('press-conference-2007-10-12.mp3', base).href;
const json = new URL('press-conference-2007-10-12.json', base).href;
const peaks = new URL('press-conference-2007-10-12.peaks.json', base).href;

async function available(url: string): Promise<boolean> {
  const r = await fetch(url, { method: 'HEAD' }).catch(() => null);
  return !!r?.ok;
}

describe('the demo press conference', () => {
  it('plays: aria-current and the word highlight are TimeIndex\'s for the media time, the waveform follows', async function () {
    if (!(await available(mp3)) || !(await available(json))) this.skip();
    this.timeout(60_000);
    const player = await fixture<ParleyPlayer>(html`<parley-player src=${mp3} transcript-src=${json} peaks-src=${peaks}></parley-player>`);
    const media = player.mediaElement!;
    if (media.readyState < 1) await once(media, 'loadedmetadata', 20_000);
    await until(() => player.timeIndex !== null, 'the transcript read', 20_000);
    const view = player.shadowRoot!.querySelector('parley-transcript')!;
    await view.updateComplete;
    const turns = () => [...view.shadowRoot!.querySelectorAll('.turn')];
    // The first screenful is built at once, the rest just after.
    await until(() => turns().length === player.transcript!.turns.length, 'every turn in the page');
    const index = player.timeIndex!;
    // The test server may not serve byte ranges, so the recording plays from its start.
    await player.play();
    await until(() => media.currentTime > 3, 'three seconds of playback', 20_000);
    media.pause();
    await until(() => media.paused, 'paused');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const current = turns().filter((t) => t.getAttribute('aria-current') === 'true');
    expect(current).to.have.length(1);
    expect(turns().indexOf(current[0]!)).to.equal(index.turnAt(media.currentTime));
    expect(player.currentTurn).to.equal(index.turnAt(media.currentTime));
    const word = index.wordAt(media.currentTime);
    const on = spokenWords(view.shadowRoot!);
    if (word) {
      const expected = player.transcript!.turns[word.turn]!.sentences[word.sentence]!.words[word.word]!.text;
      expect(on.map((w) => w.text)).to.deep.equal([expected]);
    } else expect(on).to.have.length(0);
    const slider = player.shadowRoot!.querySelector('parley-waveform')!.shadowRoot!.querySelector('[role="slider"]')!;
    await until(() => slider.getAttribute('aria-valuenow') === String(Math.floor(media.currentTime)), 'the slider follows');
    await expectAccessible(player, 'demo paused');
  });
});
