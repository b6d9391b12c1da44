import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/player/player.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import type { ParleyTranscript } from '../../../src/components/transcript/transcript.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { expectAccessible } from '../../helpers/axe.js';
import { timedTranscript, wavUrl, until, once, nextFrame, lastEnd, spokenWords, wordPoint } from '../../helpers/fixtures.js';

const transcript = timedTranscript(4);
const duration = lastEnd(transcript) + 1;
const audio = wavUrl(duration, transcript);
const index = new TimeIndex(transcript);

async function mount(): Promise<{ player: ParleyPlayer; media: HTMLMediaElement; tr: ParleyTranscript; root: ShadowRoot }> {
  const player = await fixture<ParleyPlayer>(html`<parley-player .src=${audio} .transcript=${transcript}></parley-player>`);
  const media = player.mediaElement!;
  if (media.readyState < 1) await once(media, 'loadedmetadata');
  const tr = player.shadowRoot!.querySelector('parley-transcript')!;
  await tr.updateComplete;
  return { player, media, tr, root: tr.shadowRoot! };
}

function currentTurns(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('[aria-current="true"]')];
}
function turnIndex(root: ShadowRoot, el: Element | undefined): number {
  return el ? [...root.querySelectorAll('.turn')].indexOf(el) : -1;
}
function activeWords(root: ShadowRoot) {
  return spokenWords(root);
}
function slider(player: ParleyPlayer): HTMLElement {
  return player.shadowRoot!.querySelector('parley-waveform')!.shadowRoot!.querySelector('[role="slider"]')!;
}

describe('<parley-player> playing a recording', () => {
  afterEach(() => document.querySelectorAll('parley-player').forEach((p) => p.mediaElement?.pause()));

  it('has no current turn before playing, and no axe violations', async () => {
    const { player, root } = await mount();
    expect(currentTurns(root)).to.have.length(0);
    await expectAccessible(player, 'before playing');
  });

  it('moves aria-current, the word highlight and the slider value as it plays', async () => {
    const { player, media, root } = await mount();
    const before = slider(player).getAttribute('aria-valuenow');
    await player.play();
    // Exactly one turn is current as soon as playback starts, even before the first word.
    await nextFrame();
    await nextFrame();
    expect(currentTurns(root)).to.have.length(1);
    expect(turnIndex(root, currentTurns(root)[0])).to.equal(0);
    await until(() => media.currentTime > transcript.turns[1]!.start! + 0.5, 'playback reaches the second turn');
    media.pause();
    await once(media, 'pause').catch(() => undefined);
    await nextFrame();
    const t = media.currentTime;
    expect(currentTurns(root)).to.have.length(1);
    expect(turnIndex(root, currentTurns(root)[0])).to.equal(index.turnAt(t));
    const expected = index.wordAt(t);
    const words = activeWords(root);
    if (expected) {
      expect(words).to.have.length(1);
      expect(words[0]!.text).to.equal(transcript.turns[expected.turn]!.sentences[expected.sentence]!.words[expected.word]!.text);
    } else {
      expect(words).to.have.length(0);
    }
    expect(slider(player).getAttribute('aria-valuenow')).to.not.equal(before);
    expect(Number(slider(player).getAttribute('aria-valuenow'))).to.equal(Math.floor(t));
    expect(slider(player).getAttribute('aria-valuetext')).to.match(/^\d+ seconds? of \d+ seconds?$/);
    await expectAccessible(player, 'paused');
  });

  it('keeps focus and the status region unchanged while playing, with no axe violations', async () => {
    const { player, media, root } = await mount();
    const before = document.createElement('button');
    before.textContent = 'Before';
    document.body.prepend(before);
    before.focus();
    const status = root.querySelector('[role="status"]')!;
    const statusText = status.textContent;
    const seen = new Set<Element | null>();
    const statusChanges: string[] = [];
    const observer = new MutationObserver(() => statusChanges.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    await player.play();
    const end = performance.now() + 1500;
    while (performance.now() < end) {
      seen.add(document.activeElement);
      await nextFrame();
    }
    await expectAccessible(player, 'playing');
    media.pause();
    observer.disconnect();
    before.remove();
    expect([...seen]).to.deep.equal([before]);
    expect(statusChanges).to.deep.equal([]);
    expect(status.textContent).to.equal(statusText);
  });

  it('plays from a turn, a sentence and a word when clicked', async () => {
    const { media, root } = await mount();
    const turn2 = transcript.turns[2]!;
    const inside = (a: number, b: number) => media.currentTime >= a && media.currentTime < b;

    (root.querySelectorAll<HTMLButtonElement>('.stamp')[2]!).click();
    await until(() => !media.paused, 'plays after the turn button');
    expect(inside(turn2.start!, turn2.end!)).to.equal(true, `time ${media.currentTime} in turn 2`);
    media.pause();

    const sentenceEl = root.querySelectorAll('.turn')[1]!.querySelectorAll('.s')[1]!;
    const sentence = transcript.turns[1]!.sentences[1]!;
    // A click on the sentence outside its words (e.g. a space) plays the sentence.
    sentenceEl.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(inside(sentence.start!, sentence.end!)).to.equal(true, `time ${media.currentTime} in the sentence`);
    media.pause();

    const word = transcript.turns[3]!.sentences[0]!.words[2]!;
    const at = wordPoint(root, transcript, 3, 0, 2);
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    expect(inside(word.start!, word.end!)).to.equal(true, `time ${media.currentTime} in the word`);
    media.pause();

  });

  it('seeks where the waveform is clicked, and draws the position of the media on it', async () => {
    const { player, media } = await mount();
    const waveform = player.shadowRoot!.querySelector('parley-waveform')!;
    const wave = waveform.shadowRoot!.querySelector<HTMLElement>('.wave')!;
    const drawn = () => wave.firstElementChild?.shadowRoot ?? null;
    await until(() => !!drawn()?.querySelector('canvas'), 'the waveform is drawn');
    /** Where the cursor is drawn, as a fraction of the recording. */
    const cursor = () => parseFloat(drawn()!.querySelector<HTMLElement>('[part~="cursor"]')!.style.left) / 100;
    const box = wave.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width * 0.75), Math.round(box.top + box.height / 2)] });
    await until(() => Math.abs(media.currentTime / media.duration - 0.75) < 0.02, `the media at three quarters (at ${media.currentTime} of ${media.duration})`);
    media.currentTime = media.duration * 0.25;
    await once(media, 'seeked');
    await until(() => Math.abs(cursor() - 0.25) < 0.01, `the cursor at a quarter (at ${cursor()})`);
    await player.play();
    await until(() => media.currentTime > media.duration * 0.25 + 1, 'a second of playback');
    // While playing, the cursor moves on as soon as the position is another pixel (here about
    // every 13 ms), not only at each timeupdate event (every 250 ms).
    let moves = 0;
    let last = cursor();
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 50));
      if (cursor() !== last) moves++;
      last = cursor();
    }
    player.pause();
    expect(moves, 'cursor moves in 10 samples 50 ms apart').to.be.at.least(8);
  });

  it('does not re-render the transcript on each tick of the player\'s clock', async () => {
    const { player, media, tr } = await mount();
    let renders = 0;
    const view = tr as unknown as { render(): unknown };
    const render = view.render.bind(tr);
    view.render = () => {
      renders++;
      return render();
    };
    let ticks = 0;
    media.addEventListener('timeupdate', () => ticks++);
    await player.play();
    await until(() => ticks >= 4, 'four timeupdate events');
    player.pause();
    await tr.updateComplete;
    expect(renders, `renders of the transcript during ${ticks} ticks`).to.equal(0);
  });

  it('plays from a turn chosen by keyboard: Arrow Down to the next turn, Enter', async () => {
    const { media, root } = await mount();
    const inside = (a: number, b: number) => media.currentTime >= a && media.currentTime < b;
    const stamps = root.querySelectorAll<HTMLButtonElement>('.stamp');
    const stop = [...stamps].find((b) => b.tabIndex === 0)!;
    stop.focus();
    const from = [...stamps].indexOf(stop);
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(stamps[from + 1]);
    await sendKeys({ press: 'Enter' });
    const target = transcript.turns[from + 1]!;
    await until(() => !media.paused, 'plays after Enter');
    expect(inside(target.start!, target.end!)).to.equal(true, `time ${media.currentTime} in turn ${from + 1}`);
    media.pause();
  });

  it('does not seek when a click ends a text selection', async () => {
    const { media, root } = await mount();
    media.currentTime = 0;
    const sentenceEl = root.querySelectorAll('.turn')[2]!.querySelector('.s')!;
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(sentenceEl.firstChild!, 0, sentenceEl.firstChild!, 3);
    (sentenceEl as HTMLElement).click();
    selection.removeAllRanges();
    expect(media.currentTime).to.equal(0);
    expect(media.paused).to.equal(true);
  });
});
