import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/player/player.js';
import '../../../src/components/transcript/transcript.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { expectAccessible } from '../../helpers/axe.js';
import { timedTranscript, untimed, wavUrl, once, until, nextFrame, lastEnd, spokenWords } from '../../helpers/fixtures.js';

async function mountPlayer(transcript = timedTranscript(3), src = wavUrl(lastEnd(transcript) + 1, transcript)) {
  const player = await fixture<ParleyPlayer>(html`<parley-player .src=${src} .transcript=${transcript}></parley-player>`);
  const view = player.shadowRoot!.querySelector('parley-transcript')!;
  await view.updateComplete;
  return { player, view, root: view.shadowRoot! };
}

/** Tab presses from a button before the player until focus leaves the transcript's turns. */
async function tabsThroughTranscript(transcript = timedTranscript(3)): Promise<number> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Before</button>
    <parley-transcript .transcript=${transcript}></parley-transcript>
    <button id="after">After</button>
  </div>`);
  const view = wrapper.querySelector('parley-transcript')!;
  await view.updateComplete;
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  let presses = 0;
  while (document.activeElement !== wrapper.querySelector('#after')) {
    await sendKeys({ press: 'Tab' });
    presses++;
    if (presses > 200) throw new Error('focus never reached the button after the transcript');
  }
  return presses;
}

describe('<parley-transcript>', () => {
  afterEach(async () => {
    document.querySelectorAll('parley-player').forEach((p) => p.mediaElement?.pause());
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference' }).catch(() => undefined);
    await setViewport({ width: 800, height: 600 });
  });

  it('is a region named "Transcript"; each turn starts with the speaker named in words and a "time speaker" button', async () => {
    const { root } = await mountPlayer();
    const region = root.querySelector('section')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('heading');
    expect(root.getElementById('heading')!.textContent!.trim()).to.equal('Transcript');
    const stamps = [...root.querySelectorAll('.stamp')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(stamps).to.deep.equal(['0:00 Secretary Rice', '0:04 Foreign Minister Lavrov', '0:07 Secretary Gates']);
    expect(root.querySelectorAll('.stamp')[0]!.localName).to.equal('button');
    // Annotations are shown, quieter, and do nothing when clicked.
    const note = root.querySelector('.turn-note')!;
    expect(note.textContent).to.equal('(Via interpreter)');
    expect(root.querySelector('.n')!.textContent).to.equal('(inaudible)');
    expect(getComputedStyle(root.querySelector('.n')!).fontStyle).to.equal('italic');
  });

  it('is one Tab stop however many turns it has', async () => {
    const three = await tabsThroughTranscript(timedTranscript(3));
    const fifty = await tabsThroughTranscript(timedTranscript(50));
    expect(three).to.equal(2);
    expect(fifty).to.equal(three);
  });

  it('moves between turns with Arrow keys, Home and End', async () => {
    const { root } = await mountPlayer(timedTranscript(5));
    const stamps = [...root.querySelectorAll<HTMLButtonElement>('.stamp')];
    stamps[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(stamps[1]);
    await sendKeys({ press: 'End' });
    expect(root.activeElement).to.equal(stamps[4]);
    await sendKeys({ press: 'ArrowUp' });
    expect(root.activeElement).to.equal(stamps[3]);
    await sendKeys({ press: 'Home' });
    expect(root.activeElement).to.equal(stamps[0]);
    expect(stamps.filter((b) => b.tabIndex === 0)).to.deep.equal([stamps[0]]);
  });

  it('shows an untimed transcript readable, with a note and no timestamp buttons', async () => {
    const { player, root } = await mountPlayer(untimed(timedTranscript(3)));
    expect(root.querySelector('[part="note"]')!.textContent).to.match(/not yet aligned/);
    expect(root.querySelectorAll('button.stamp')).to.have.length(0);
    expect([...root.querySelectorAll('.speaker')].map((s) => s.textContent)).to.deep.equal([
      'Secretary Rice', 'Foreign Minister Lavrov', 'Secretary Gates',
    ]);
    await expectAccessible(player, 'untimed transcript');
  });

  it('highlights the search matches asked of the player with the Custom Highlight API, and hides other speakers', async () => {
    const transcript = timedTranscript(3);
    const { player, view, root } = await mountPlayer(transcript);
    const ask = <K extends 'parley-search-request' | 'parley-speakers-request' | 'parley-show-turn-request'>(
      type: K, detail: HTMLElementEventMap[K]['detail'],
    ) => player.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
    ask('parley-search-request', {
      matches: [
        { turn: 0, sentence: 0, startWord: 1, endWord: 2 },
        { turn: 2, sentence: 1, startWord: 0, endWord: 0 },
      ],
      active: 1,
    });
    await view.updateComplete;
    const all = [...CSS.highlights.get('parley-match')!].map((r) => (r as Range).toString());
    const active = [...CSS.highlights.get('parley-match-active')!].map((r) => (r as Range).toString());
    expect(all).to.deep.equal(['t0s0w1 t0s0w2']);
    expect(active).to.deep.equal(['t2s1w0']);
    ask('parley-search-request', { matches: [], active: -1 });
    await view.updateComplete;
    expect(CSS.highlights.get('parley-match')!.size).to.equal(0);

    ask('parley-speakers-request', { speakers: ['lavrov'] });
    await view.updateComplete;
    const shown = [...root.querySelectorAll<HTMLElement>('.turn')].map((t) => !t.hidden);
    expect(shown).to.deep.equal([false, true, false]);
    // The Tab stop moved to a turn that can be seen…
    const stamps = root.querySelectorAll<HTMLButtonElement>('.stamp');
    expect(stamps[1]!.tabIndex).to.equal(0);
    // …and stays there when a hidden speaker's turn becomes current.
    const media = player.mediaElement!;
    if (media.readyState < 1) await once(media, 'loadedmetadata');
    player.seek(transcript.turns[2]!.start! + 0.05);
    await once(media, 'seeked');
    await nextFrame();
    expect(root.querySelectorAll('.turn')[2]!.getAttribute('aria-current')).to.equal('true');
    expect([...stamps].map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
    ask('parley-speakers-request', { speakers: null });
    await view.updateComplete;
    expect([...root.querySelectorAll<HTMLElement>('.turn')].every((t) => !t.hidden)).to.equal(true);
  });

  it('focusTurn moves focus to a turn; scrollToTurn does not', async () => {
    const { view, root } = await mountPlayer(timedTranscript(10));
    view.focusTurn(6);
    expect(root.activeElement).to.equal(root.querySelectorAll('.stamp')[6]);
    (document.activeElement as HTMLElement).blur();
    view.scrollToTurn(9);
    expect(root.activeElement).to.equal(null);
  });

  it('shows the turn asked of the player: with focus, or only scrolled into view', async () => {
    const { player, view, root } = await mountPlayer(timedTranscript(10));
    const show = (turn: number, focus: boolean) =>
      player.dispatchEvent(new CustomEvent('parley-show-turn-request', { detail: { turn, focus }, bubbles: true, composed: true }));
    show(6, true);
    await view.updateComplete;
    expect(root.activeElement).to.equal(root.querySelectorAll('.stamp')[6]);
    (document.activeElement as HTMLElement).blur();
    show(9, false);
    await view.updateComplete;
    expect(root.activeElement).to.equal(null);
    // The same turn asked again is shown again.
    show(6, true);
    await view.updateComplete;
    (document.activeElement as HTMLElement).blur();
    show(6, true);
    await view.updateComplete;
    expect(root.activeElement).to.equal(root.querySelectorAll('.stamp')[6]);
  });

  it('pauses following on a user scroll, offers "Back to current", and says "Following resumed"', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const transcript = timedTranscript(12);
    const { player, view, root } = await mountPlayer(transcript);
    view.style.setProperty('--parley-transcript-max-height', '200px');
    const media = player.mediaElement!;
    if (media.readyState < 1) await once(media, 'loadedmetadata');
    const back = root.querySelector<HTMLButtonElement>('.back')!;
    const scroller = root.querySelector<HTMLElement>('.scroller')!;
    media.currentTime = transcript.turns[6]!.start! + 0.05;
    await player.play();
    // Following brings the current turn into the box.
    await until(() => {
      const cur = root.querySelector('[aria-current="true"]');
      if (!cur) return false;
      const a = cur.getBoundingClientRect();
      const b = scroller.getBoundingClientRect();
      return a.top >= b.top - 1 && a.top < b.bottom;
    }, 'the current turn scrolled into view');
    expect(back.checkVisibility()).to.equal(false);
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, bubbles: true }));
    scroller.scrollTop = 0;
    await view.updateComplete;
    expect(back.checkVisibility()).to.equal(true);
    const status = root.querySelector('[role="status"]')!;
    await expectAccessible(player, 'following paused');
    back.click();
    await until(() => status.textContent === 'Following resumed', 'the status says "Following resumed"');
    await view.updateComplete;
    expect(back.checkVisibility()).to.equal(false);
    expect(scroller.scrollTop).to.be.greaterThan(0);
    // Moving between turns with the keyboard is the reader taking over too.
    root.querySelector<HTMLButtonElement>('.stamp[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await view.updateComplete;
    expect(back.checkVisibility()).to.equal(true);
    media.pause();
  });

  it('paints the spoken word with a background unlike the page and an underline (not colour alone)', async () => {
    const transcript = timedTranscript(3);
    const { player } = await mountPlayer(transcript);
    const root = player.shadowRoot!.querySelector('parley-transcript')!.shadowRoot!;
    player.seek(transcript.turns[1]!.sentences[0]!.words[2]!.start! + 0.05);
    await until(() => spokenWords(root).length === 1, 'a word is highlighted');
    expect(spokenWords(root)[0]!.text).to.equal(transcript.turns[1]!.sentences[0]!.words[2]!.text);
    const sentence = root.querySelectorAll('.turn')[1]!.querySelector('.s')!;
    const painted = getComputedStyle(sentence, '::highlight(parley-word)');
    const page = getComputedStyle(sentence).backgroundColor;
    expect(painted.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(painted.backgroundColor).to.not.equal(page);
    // Forced colours (Mark/MarkText) are checked in the screenshots: getComputedStyle of a
    // ::highlight() does not reflect the forced-colours rule in this Chromium.
    expect(painted.textDecorationLine).to.equal('underline');
  });

  for (const [state, setup] of [
    ['dark scheme', () => emulateMedia({ colorScheme: 'dark' })],
    ['320 px wide', () => setViewport({ width: 320, height: 640 })],
    ['forced colors', () => emulateMedia({ forcedColors: 'active' })],
  ] as const) {
    it(`has no axe violations and no horizontal scrolling: ${state}`, async () => {
      await setup();
      const { player } = await mountPlayer(timedTranscript(4));
      await player.play();
      await nextFrame();
      await expectAccessible(player, state);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      player.pause();
    });
  }

  it('reads its own transcript-src without a player, and says clearly when it cannot', async () => {
    const vtt = new URL('../../../media/test-video.vtt', import.meta.url).href;
    const view = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<parley-transcript transcript-src=${vtt}></parley-transcript>`);
    const root = view.shadowRoot!;
    await until(() => root.querySelectorAll('.turn').length > 0, 'turns read from the file');
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    view.setAttribute('transcript-src', 'media/no-such-transcript.vtt');
    await until(() => !!root.querySelector('[role="alert"]'), 'an alert');
    expect(root.querySelector('[role="alert"]')!.textContent).to.match(/^The transcript could not be loaded: media\/no-such-transcript\.vtt \(HTTP 404/);
    await expectAccessible(view, 'transcript that could not be loaded');
  });
});
