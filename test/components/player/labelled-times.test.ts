/**
 * A transcript whose labels carry times (a Rev or Otter export) plays without alignment: the
 * turn being spoken is the one the screen reader hears as current, and its stamp names its time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/player/player.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { loadTranscript } from '../../../src/formats/load.js';
import { expectAccessible } from '../../helpers/axe.js';
import { nextFrame, once, wavUrl } from '../../helpers/fixtures.js';

const REV = `Karine: (00:00)
Good afternoon, everybody.

Speaker 4: (00:01)
Good afternoon.

Karine: (00:02)
With that, I give you John Kirby.

John Kirby: (00:04)
Thanks. Great. Appreciate it.
`;

describe('a transcript timed by its labels', () => {
  it('follows the media turn by turn, with no alignment', async () => {
    const { transcript } = await loadTranscript(REV, { fileName: 'briefing.txt' });
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${wavUrl(6)} .transcript=${transcript}></parley-player>`);
    const media = player.mediaElement!;
    if (media.readyState < 1) await once(media, 'loadedmetadata');
    const root = player.shadowRoot!.querySelector('parley-transcript')!.shadowRoot!;
    const stamps = [...root.querySelectorAll<HTMLButtonElement>('.stamp')].map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
    expect(stamps).to.deep.equal(['0:00 Karine', '0:01 Speaker 4', '0:02 Karine', '0:04 John Kirby']);
    const current = () => [...root.querySelectorAll('.turn')].findIndex((t) => t.getAttribute('aria-current') === 'true');
    for (const [time, turn] of [[0.5, 0], [1.5, 1], [4.5, 3], [2.2, 2]] as const) {
      player.seek(time);
      await once(media, 'seeked');
      await nextFrame();
      expect(current(), `at ${time} s`).to.equal(turn);
      expect(root.querySelectorAll('[aria-current="true"]')).to.have.length(1);
    }
    await expectAccessible(player, 'transcript timed by its labels');
  });
});
