import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountDemo, statusText, pauseAll, turnElements, type Mounted } from '../../helpers/mount.js';
import { until, wait, deepActiveElement, once } from '../../helpers/demo.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { formatClock } from '../../../src/model/time-format.js';
import { questionLabel } from '../../../src/nav/navigation.js';
import { expectAccessible } from '../../helpers/axe.js';

/** Focus on a turn's timestamp button in the transcript: inside the player, on a button. */
async function focusTurn(m: Mounted, turn: number): Promise<HTMLElement> {
  m.view.focusTurn(turn);
  await until(() => deepActiveElement()?.closest('.turn') === turnElements(m.view)[turn], `focus on turn ${turn}`);
  return deepActiveElement() as HTMLElement;
}

async function seekTo(m: Mounted, time: number): Promise<void> {
  m.player.seek(time);
  await once(m.media, 'seeked');
}

function turnNow(m: Mounted): number {
  return new TimeIndex(m.transcript).turnAt(m.media.currentTime);
}

function dialog(m: Mounted): HTMLDialogElement {
  return m.shortcuts.shadowRoot!.querySelector('dialog')!;
}

describe('<parley-shortcuts> in the player', () => {
  afterEach(pauseAll);

  it('k plays and pauses; j and l go back and forward 10 seconds', async () => {
    const m = await mountDemo();
    await focusTurn(m, 0);
    await sendKeys({ press: 'k' });
    await until(() => !m.media.paused, 'playing after k');
    await sendKeys({ press: 'k' });
    await until(() => m.media.paused, 'paused after k');
    await seekTo(m, 100);
    await sendKeys({ press: 'l' });
    await until(() => m.media.currentTime >= 110, 'forward 10 s');
    expect(m.media.currentTime).to.be.within(110, 110.5);
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'j' });
    await until(() => m.media.currentTime < 95, 'back 20 s');
    expect(m.media.currentTime).to.be.within(90, 90.5);
  });

  it('n and p move between questions and say which; ] and [ between turns; s to the same speaker\'s next turn', async () => {
    const m = await mountDemo();
    const focused = await focusTurn(m, 0);
    const q = (i: number) => questionLabel(m.transcript, i);

    await sendKeys({ press: 'n' });
    await until(() => turnNow(m) === 5 && !m.media.paused, 'question 1 playing');
    await until(() => statusText(m.shortcuts) === q(0), 'announces question 1');
    await sendKeys({ press: 'n' });
    await until(() => turnNow(m) === 10, 'question 2');
    await sendKeys({ press: 'n' });
    await until(() => turnNow(m) === 13, 'question 3');
    await until(() => statusText(m.shortcuts) === q(2), 'announces question 3');
    await sendKeys({ press: 'p' });
    await until(() => turnNow(m) === 10, 'back to question 2');

    await sendKeys({ press: ']' });
    await until(() => turnNow(m) === 11, 'next turn');
    const t11 = m.transcript.turns[11]!;
    await until(() => statusText(m.shortcuts) === `Defense Minister Serdyukov, ${formatClock(t11.start!)}`, 'announces the turn');
    await sendKeys({ press: '[' });
    await sendKeys({ press: '[' });
    await until(() => turnNow(m) === 9, 'two turns back');

    // Turn 9 is Lavrov's; his next turn is 19.
    await sendKeys({ press: 's' });
    await until(() => turnNow(m) === 19, 'Lavrov\'s next turn');
    await sendKeys({ press: 's' });
    await until(() => statusText(m.shortcuts) === 'No later turn by Foreign Minister Lavrov', 'no later turn');
    expect(turnNow(m)).to.equal(19);
    // Focus never moved.
    expect(deepActiveElement() === focused, 'where focus is').to.equal(true);
  });

  it('steps over turns hidden by the speaker filter', async () => {
    const m = await mountDemo();
    m.player.dispatchEvent(new CustomEvent('parley-speakers-request', { detail: { speakers: ['rice'] } }));
    await focusTurn(m, 1);
    await seekTo(m, m.transcript.turns[1]!.start! + 0.5);
    await sendKeys({ press: ']' });
    await until(() => turnNow(m) === 6, 'Rice\'s next turn');
  });

  it('/ puts focus in the search box; w says where playback is', async () => {
    const m = await mountDemo();
    await focusTurn(m, 0);
    await sendKeys({ press: '/' });
    await until(() => deepActiveElement() === m.search.shadowRoot!.querySelector('input'), 'focus in the search box');
    expect(m.search.shadowRoot!.querySelector('input')!.value).to.equal('');

    await focusTurn(m, 0);
    const at = m.transcript.turns[14]!.start! + 2;
    await seekTo(m, at);
    await sendKeys({ press: 'w' });
    await until(() => statusText(m.shortcuts) !== '', 'an answer');
    expect(statusText(m.shortcuts)).to.equal(`Paused at ${formatClock(at)}, Secretary Rice, answering question 3`);
  });

  it('? opens the help dialog: heading, table, Close; Escape closes and focus returns', async () => {
    const m = await mountDemo();
    const from = await focusTurn(m, 2);
    await sendKeys({ press: '?' });
    await until(() => dialog(m).open, 'dialog open');
    const d = dialog(m);
    expect(d.querySelector('h2')!.textContent).to.equal('Keyboard shortcuts');
    expect(d.getAttribute('aria-labelledby')).to.equal('help-heading');
    const keys = [...d.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    expect(keys).to.include.members(['K', 'J', 'L', 'N', 'P', ']', '[', 'S', '/', 'W', '?', 'Space']);
    expect(d.contains(deepActiveElement())).to.equal(true);
    // Keys do nothing else while it is open.
    await sendKeys({ press: 'k' });
    await wait(200);
    expect(m.media.paused).to.equal(true);
    await expectAccessible(m.player, 'help dialog open');
    await sendKeys({ press: 'Escape' });
    await until(() => !d.open, 'dialog closed');
    await until(() => deepActiveElement() === from, 'focus back on the turn');

    // The visible button opens it too, and Close closes it.
    const open = m.shortcuts.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!;
    open.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => d.open, 'dialog open again');
    const close = [...d.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Close')!;
    close.click();
    await until(() => !d.open && deepActiveElement() === open, 'closed, focus on the button');
  });

  it('typing n, k, ? and the other keys in the search box types them and does nothing else', async () => {
    const m = await mountDemo();
    const input = m.search.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'nk?jl[]sw/p ' });
    await wait(300);
    expect(input.value).to.equal('nk?jl[]sw/p ');
    expect(m.media.paused).to.equal(true);
    expect(m.media.currentTime).to.equal(0);
    expect(dialog(m).open).to.equal(false);
    expect(statusText(m.shortcuts)).to.equal('');
    expect(deepActiveElement() === input, 'where focus is').to.equal(true);
  });

  it('leaves keys with Ctrl, Alt or Meta, keys in selects, and Space on buttons alone', async () => {
    const m = await mountDemo();
    await focusTurn(m, 0);
    for (const mod of ['Alt', 'Control', 'Meta']) {
      await sendKeys({ down: mod });
      await sendKeys({ press: 'n' });
      await sendKeys({ up: mod });
    }
    await wait(200);
    expect(m.media.currentTime).to.equal(0);
    // A select uses letters to pick options.
    const select = m.player.shadowRoot!.querySelector('parley-controls')!.shadowRoot!.querySelector('select')!;
    select.focus();
    await sendKeys({ press: 'k' });
    await wait(200);
    expect(m.media.paused).to.equal(true);
    // Space on a button presses the button ("Where am I"), it does not play.
    const where = m.whereAmI.shadowRoot!.querySelector('button')!;
    where.focus();
    await sendKeys({ press: 'Space' });
    await until(() => statusText(m.whereAmI) !== '', 'Where am I answered');
    expect(m.media.paused).to.equal(true);
  });

  it('Space plays and pauses when focus is on something that does not use it; letters work on the slider', async () => {
    const m = await mountDemo();
    const p = document.createElement('p');
    p.tabIndex = -1;
    p.textContent = 'A note in the panels';
    m.player.querySelector('[slot="panels"]')!.append(p);
    p.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !m.media.paused, 'playing after Space');
    await sendKeys({ press: 'Space' });
    await until(() => m.media.paused, 'paused after Space');
    // Keys outside the player are not the player's.
    const outside = document.createElement('button');
    outside.textContent = 'Outside';
    document.body.append(outside);
    try {
      outside.focus();
      await sendKeys({ press: 'k' });
      await wait(200);
      expect(m.media.paused).to.equal(true);
    } finally {
      outside.remove();
    }
    const slider = m.player.shadowRoot!.querySelector('parley-waveform')!.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
    slider.focus();
    await sendKeys({ press: 'l' });
    await until(() => m.media.currentTime >= 10, 'l on the slider');
  });
});
