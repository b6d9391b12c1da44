import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/player/player.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { downsamplePeaks, normalisePeaks } from '../../../src/components/waveform/peaks.js';
import { captionCues } from '../../../src/components/shared/captions.js';
import { expectAccessible } from '../../helpers/axe.js';
import { timedTranscript, wavUrl, once, until, lastEnd } from '../../helpers/fixtures.js';

const transcript = timedTranscript(3);
const audio = wavUrl(lastEnd(transcript) + 1, transcript);

/** The text of the player's messages (one live region for the recording, one for the transcript). */
/** The test recording in a player, its metadata loaded, and the waveform's Seek slider. */
async function playerWithSeekSlider() {
  const player = await fixture<ParleyPlayer>(html`<parley-player .src=${audio} .transcript=${transcript}></parley-player>`);
  const media = player.mediaElement!;
  if (media.readyState < 1) await once(media, 'loadedmetadata');
  const waveform = player.shadowRoot!.querySelector('parley-waveform')!;
  await waveform.updateComplete;
  const slider = waveform.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
  return { player, media, slider };
}

function alertText(player: ParleyPlayer): string {
  return Array.from(player.shadowRoot!.querySelectorAll('[role="alert"]'), (a) => a.textContent!.trim()).filter(Boolean).join(' | ');
}

/** Records every text each of the player's live regions shows, in order, so a test can count announcements. */
function recordAlerts(player: ParleyPlayer): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const region of Array.from(player.shadowRoot!.querySelectorAll<HTMLElement>('[role="alert"]'))) {
    const texts: string[] = [];
    seen.set(region.dataset.source!, texts);
    new MutationObserver(() => {
      const text = region.textContent!.trim();
      if (text !== (texts.at(-1) ?? '')) texts.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  }
  return seen;
}

describe('errors a person can understand', () => {
  it('says when the recording cannot be loaded, once', async () => {
    const player = await fixture<ParleyPlayer>(html`<parley-player src="media/no-such-recording.mp3" .transcript=${transcript}></parley-player>`);
    const errors: string[] = [];
    player.addEventListener('parley-error', (e) => errors.push(e.detail.message));
    await until(() => alertText(player) !== '', 'an alert');
    expect(alertText(player)).to.match(/^The recording could not be loaded: .*media\/no-such-recording\.mp3 \(it is missing, or not audio or video this browser plays\)\.$/);
    await new Promise((r) => setTimeout(r, 300));
    expect(errors.length).to.be.at.most(1);
    await expectAccessible(player, 'after a media error');
  });

  it('shows the reader\'s message, with its line, when the transcript cannot be read', async () => {
    const bad = URL.createObjectURL(new Blob(['{\n  "version": 1,\n  "turns": [\n    { "speaker": \n'], { type: 'application/json' }));
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${audio} transcript-src=${bad} transcript-name="broken.json"></parley-player>`);
    await until(() => alertText(player) !== '', 'an alert');
    expect(alertText(player)).to.match(/^The transcript could not be read: /);
    expect(alertText(player)).to.match(/line \d+/);
    await expectAccessible(player, 'after a transcript error');
  });

  it('says when the transcript cannot be fetched', async () => {
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${audio} transcript-src="media/no-such-transcript.vtt"></parley-player>`);
    await until(() => alertText(player) !== '', 'an alert');
    expect(alertText(player)).to.match(/^The transcript could not be loaded: media\/no-such-transcript\.vtt \(HTTP 404/);
  });
});

describe('video', () => {
  it('shows captions with speakers\' names made from the transcript, and passes axe', async () => {
    const video = new URL('../../../media/test-video.webm', import.meta.url).href;
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${video} media-type="video" .transcript=${transcript}></parley-player>`);
    const media = player.mediaElement!;
    expect(media.localName).to.equal('video');
    const track = media.querySelector('track')!;
    expect(track.kind).to.equal('captions');
    expect(track.default).to.equal(true);
    await until(() => (track.track.cues?.length ?? 0) > 0, 'captions cues loaded');
    expect(track.track.mode).to.equal('showing');
    const first = track.track.cues![0] as VTTCue;
    expect(first.text).to.match(/^Secretary Rice: t0s0w0/);
    await expectAccessible(player, 'video mode');
  });

  it('builds cues with the name at the start of each turn, escaping markup', () => {
    const t = timedTranscript(2);
    t.turns[0]!.sentences[0]!.words[0]!.text = '<b>&';
    const cues = captionCues(t);
    expect(cues[0]!.text.startsWith('Secretary Rice: <b>&')).to.equal(true);
    expect(cues.filter((c) => c.text.includes(': '))).to.have.length(2);
  });
});

describe('<parley-waveform>', () => {
  it('keeps at most 8,000 peaks per channel, each the loudest of those it stands for', () => {
    const long = { peaks: [Float32Array.from({ length: 720_000 }, (_, i) => (i === 359_999 ? 0.9 : (i % 7) / 10))], duration: 36_000 };
    const small = downsamplePeaks(long);
    expect(small.duration).to.equal(36_000);
    expect(small.peaks[0]!.length).to.equal(8000);
    expect(small.peaks[0]![3999]).to.be.closeTo(0.9, 1e-6);
    expect(small.peaks[0]![0]).to.be.closeTo(0.6, 1e-6);
    const short = { peaks: [new Float32Array(100)], duration: 5 };
    expect(downsamplePeaks(short)).to.equal(short);
  });

  it('normalises audiowaveform JSON: min/max pairs of `bits` bits, duration from samples per pixel', () => {
    const p = normalisePeaks({ version: 2, channels: 1, sample_rate: 8000, samples_per_pixel: 80, bits: 8, length: 3, data: [-64, 32, 0, 127, -128, 0] });
    expect([...p.peaks[0]!]).to.deep.equal([0.5, 127 / 128, 1]);
    expect(p.duration).to.equal(0.03);
    expect(() => normalisePeaks({ data: [] })).to.throw(/sample_rate/);
  });

  it('is a slider named "Seek" operated by Arrow, Page, Home and End keys', async () => {
    const { media, slider } = await playerWithSeekSlider();
    expect(slider.getAttribute('aria-label')).to.equal('Seek');
    expect(slider.getAttribute('aria-valuemax')).to.equal(String(Math.floor(media.duration)));
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(media.currentTime).to.equal(5);
    await sendKeys({ press: 'PageUp' });
    expect(media.currentTime).to.equal(media.duration);
    await sendKeys({ press: 'ArrowLeft' });
    expect(media.currentTime).to.be.closeTo(media.duration - 5, 0.001);
    await sendKeys({ press: 'Home' });
    expect(media.currentTime).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(media.currentTime).to.equal(media.duration);
    await until(() => slider.getAttribute('aria-valuenow') === String(Math.floor(media.duration)), 'value follows');
    expect(slider.getAttribute('aria-valuetext')).to.match(/^\d+ seconds of \d+ seconds$/);
  });
});

describe('<parley-controls>', () => {
  it('has named native controls that play, pause, skip and change the rate and volume', async () => {
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${audio} .transcript=${transcript}></parley-player>`);
    const media = player.mediaElement!;
    if (media.readyState < 1) await once(media, 'loadedmetadata');
    const controls = player.shadowRoot!.querySelector('parley-controls')!;
    await controls.updateComplete;
    const root = controls.shadowRoot!;
    const play = root.querySelector<HTMLButtonElement>('.play')!;
    expect(play.textContent!.trim()).to.match(/Play$/);
    play.click();
    await until(() => !media.paused, 'playing');
    await controls.updateComplete;
    await until(() => /Pause$/.test(play.textContent!.trim()), 'the button says Pause');
    play.click();
    await until(() => media.paused, 'paused');
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(buttons.some((b) => b.includes('Back 10 seconds'))).to.equal(true);
    expect(buttons.some((b) => b.includes('Forward 10 seconds'))).to.equal(true);
    media.currentTime = 1;
    await once(media, 'seeked');
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Forward'))!.click();
    expect(media.currentTime).to.equal(11);
    const select = root.querySelector('select')!;
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    expect(media.playbackRate).to.equal(2);
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim().split(' ')[0]);
    expect(labels).to.include.members(['Speed', 'Volume']);
    const volume = root.querySelector<HTMLInputElement>('input[type="range"]')!;
    volume.value = '0.5';
    volume.dispatchEvent(new Event('input'));
    expect(media.volume).to.equal(0.5);
    await expectAccessible(player, 'controls');
  });
});

describe('the Seek slider while playing', () => {
  it('holds its value still while it has focus, so that nothing is spoken by itself', async () => {
    const { player, media, slider } = await playerWithSeekSlider();
    slider.focus();
    await player.play();
    const values = new Set<string | null>();
    const end = performance.now() + 2500;
    while (performance.now() < end) {
      values.add(slider.getAttribute('aria-valuetext'));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(media.currentTime).to.be.greaterThan(1.5);
    expect([...values]).to.have.length(1);
    // A key press is the person's own move: the new value is given at once.
    await sendKeys({ press: 'ArrowRight' });
    await until(() => slider.getAttribute('aria-valuenow') === String(Math.floor(media.currentTime)), 'the moved value');
    slider.blur();
    media.pause();
  });
});

describe('video layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('puts the transcript beside the picture on a wide screen and below it on a narrow one', async () => {
    const video = new URL('../../../media/test-video.webm', import.meta.url).href;
    await setViewport({ width: 1200, height: 800 });
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${video} media-type="video" .transcript=${transcript}></parley-player>`);
    const picture = () => player.mediaElement!.getBoundingClientRect();
    const text = () => player.shadowRoot!.querySelector('parley-transcript')!.getBoundingClientRect();
    await until(() => picture().height > 0, 'the video has a size');
    expect(text().left).to.be.at.least(picture().right);
    await setViewport({ width: 480, height: 800 });
    await until(() => text().top >= picture().bottom, 'the transcript moves below the picture');
    expect(document.documentElement.scrollWidth).to.be.at.most(480);
  });

  it('gives panels a column beside the transcript on a wide screen and stacks them on a narrow one', async () => {
    await setViewport({ width: 1280, height: 800 });
    const player = await fixture<ParleyPlayer>(html`<parley-player .transcript=${transcript}>
      <nav slot="panels" aria-label="Questions"><p>Question 1</p></nav>
    </parley-player>`);
    const panels = () => player.querySelector('nav')!.getBoundingClientRect();
    const text = () => player.shadowRoot!.querySelector('parley-transcript')!.getBoundingClientRect();
    await until(() => text().left >= panels().right, 'the transcript stands beside the panels');
    expect(text().top).to.be.below(panels().bottom);
    await setViewport({ width: 480, height: 800 });
    await until(() => text().top >= panels().bottom, 'the transcript moves below the panels');
    expect(document.documentElement.scrollWidth).to.be.at.most(480);
    await setViewport({ width: 1280, height: 800 });
  });
});

describe('a chapters track given as the transcript', () => {
  it('says what it is instead of showing an empty transcript', async () => {
    const chapters = URL.createObjectURL(new Blob(['WEBVTT\nKind: chapters\n\n00:00.000 --> 00:05.000\nOpening\n'], { type: 'text/vtt' }));
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${audio} transcript-src=${chapters} transcript-name="talk.chapters.vtt"></parley-player>`);
    await until(() => alertText(player) !== '', 'a message');
    expect(alertText(player)).to.equal('The transcript could not be read: talk.chapters.vtt: this is a chapters track (Kind: chapters) with 1 chapter titles, not a transcript: it has no spoken text');
    await expectAccessible(player, 'after a chapters track');
  });
});

describe('media faults: one clear message each, announced once; the transcript stays usable', () => {
  async function expectTranscriptUsable(player: ParleyPlayer): Promise<void> {
    const view = player.shadowRoot!.querySelector('parley-transcript')!;
    await until(() => (view.shadowRoot?.textContent ?? '').includes(transcript.turns[0]!.sentences[0]!.words[0]!.text), 'the transcript shown');
  }

  it('a truncated MP3 (the demo recording cut to its first 60 KB) says it is shorter than its transcript', async function () {
    this.timeout(60_000);
    const bytes = await (await fetch('/media/press-conference-2007-10-12.mp3')).arrayBuffer();
    const cut = URL.createObjectURL(new Blob([bytes.slice(0, 60_000)], { type: 'audio/mpeg' }));
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${cut} transcript-src="/media/press-conference-2007-10-12.json"></parley-player>`);
    const seen = recordAlerts(player);
    await until(() => alertText(player) !== '', 'a message', 15_000);
    expect(alertText(player)).to.match(/^The recording is shorter than its transcript \(\d+ of \d+ seconds\): it may be cut off or damaged\. The transcript can still be read\.$/);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.get('media')).to.have.length(1);
    await expectAccessible(player, 'after a truncated recording');
  });

  it('a corrupt file (random bytes called audio/mpeg) gives one message', async () => {
    const noise = new Uint8Array(50_000);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const url = URL.createObjectURL(new Blob([noise], { type: 'audio/mpeg' }));
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${url} .transcript=${transcript}></parley-player>`);
    const seen = recordAlerts(player);
    await until(() => alertText(player) !== '', 'a message');
    expect(alertText(player)).to.match(/^The recording could (?:not be loaded|not be played): blob:/);
    await expectTranscriptUsable(player);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.get('media')).to.have.length(1);
  });

  it('a server that never answers: after the stall timeout, one message; the transcript stays usable', async () => {
    const player = await fixture<ParleyPlayer>(html`<parley-player stall-timeout="800" src="/__stall/talk.mp3" .transcript=${transcript}></parley-player>`);
    const seen = recordAlerts(player);
    const errors: string[] = [];
    player.addEventListener('parley-error', (e) => errors.push(e.detail.message));
    await until(() => alertText(player) !== '', 'the stall message', 10_000);
    expect(alertText(player)).to.match(/^The recording is not arriving: nothing came from .*\/__stall\/talk\.mp3 for 1 seconds\. The transcript can still be read\.$/);
    await expectTranscriptUsable(player);
    await new Promise((r) => setTimeout(r, 1500));
    expect(errors).to.have.length(1);
    expect(seen.get('media')).to.have.length(1);
    await expectAccessible(player, 'after a stall');
    player.remove();
  });

  it('a missing recording and a missing transcript at once: each region is updated once', async () => {
    const player = await fixture<ParleyPlayer>(html`<parley-player src="media/none.mp3" transcript-src="media/none.vtt"></parley-player>`);
    const seen = recordAlerts(player);
    await until(() => alertText(player).includes(' | '), 'two messages');
    await new Promise((r) => setTimeout(r, 500));
    expect(seen.get('media')).to.have.length(1);
    expect(seen.get('transcript')).to.have.length(1);
    expect(seen.get('media')![0]).to.match(/^The recording could not be loaded: /);
    expect(seen.get('transcript')![0]).to.match(/^The transcript could not be loaded: media\/none\.vtt \(HTTP 404/);
    await expectAccessible(player, 'after two faults');
  });
});

