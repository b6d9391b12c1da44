import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/player/player.js';
import '../../../src/components/transcript/transcript.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import type { ParleyTranscript } from '../../../src/components/transcript/transcript.js';
import { expectAccessible } from '../../helpers/axe.js';
import { timedTranscript, wavUrl, once, until, lastEnd, wordPoint } from '../../helpers/fixtures.js';
import { sendMouse } from '@web/test-runner-commands';

describe('<parley-transcript for="id"> on its own', () => {
  it('follows any media element on the page and plays it from a clicked word', async () => {
    const transcript = timedTranscript(3);
    const src = wavUrl(lastEnd(transcript) + 1, transcript);
    const page = await fixture<HTMLDivElement>(html`<div>
      <audio id="talk" controls src=${src}></audio>
      <parley-transcript for="talk" .transcript=${transcript}></parley-transcript>
    </div>`);
    const audio = page.querySelector('audio')!;
    const view = page.querySelector<ParleyTranscript>('parley-transcript')!;
    if (audio.readyState < 1) await once(audio, 'loadedmetadata');
    await view.updateComplete;
    const root = view.shadowRoot!;
    const word = transcript.turns[1]!.sentences[1]!.words[4]!;
    // Word 4 of the sentence: the "(inaudible)" annotation (word 2) counts.
    const at = wordPoint(root, transcript, 1, 1, 4);
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    expect(audio.currentTime).to.be.within(word.start!, word.end!);
    await until(() => !audio.paused, 'the audio plays');
    await until(() => root.querySelector('[aria-current="true"]') === root.querySelectorAll('.turn')[1], 'turn 2 is current');
    await expectAccessible(page, 'standalone transcript playing');
    audio.pause();
  });
});

describe('progressive enhancement', () => {
  it('adopts a native video and reads the transcript from its <track>', async () => {
    const video = new URL('../../../media/test-video.webm', import.meta.url).href;
    const vtt = new URL('../../../media/test-video.vtt', import.meta.url).href;
    const player = await fixture<ParleyPlayer>(html`<parley-player>
      <video controls src=${video}><track kind="captions" src=${vtt} srclang="en" label="English"></video>
      <a href=${vtt}>Transcript</a>
    </parley-player>`);
    const native = player.querySelector('video')!;
    expect(player.mediaElement).to.equal(native);
    expect(native.controls).to.equal(false);
    await until(() => player.transcript !== null, 'the transcript read from the track');
    const view = player.shadowRoot!.querySelector('parley-transcript')!;
    await view.updateComplete;
    const stamps = [...view.shadowRoot!.querySelectorAll('.stamp')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(stamps).to.deep.equal(['0:00 Moderator', '0:03 Reporter', '0:07 Moderator']);
    await expectAccessible(player, 'adopted native video');
  });
});
