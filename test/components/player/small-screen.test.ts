/**
 * The player on a phone (320–600 px): the transcript on the first screen after a compact bar that
 * sticks to the top of the window; the full controls and the panels folded behind buttons that
 * unfold over the transcript; the page scrolls once; touch targets at least 44 px.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { mountDemo, pauseAll, statusText, type Mounted } from '../../helpers/mount.js';
import { until, wordRange } from '../../helpers/fixtures.js';
import { expectAccessible } from '../../helpers/axe.js';
import { openLazyPanel } from '../../helpers/lazy-panels.js';

const root = (m: Mounted) => m.player.shadowRoot!;
const dock = (m: Mounted) => root(m).querySelector<HTMLElement>('.dock')!;
const bar = (m: Mounted) => root(m).querySelector('parley-compact-bar');
/** A button of the player's own (the dock's "Controls" and strip buttons) by its text. */
function fold(m: Mounted, name: string): HTMLButtonElement {
  const b = [...root(m).querySelectorAll<HTMLButtonElement>('button.fold')].find((x) => x.textContent!.trim() === name);
  if (!b) throw new Error(`no "${name}" button`);
  return b;
}
const shown = (el: Element) => el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0;
const firstTurn = (m: Mounted) => m.view.shadowRoot!.querySelector<HTMLElement>('.turn')!;

async function mountAt(width: number, height: number): Promise<Mounted> {
  await setViewport({ width, height });
  const m = await mountDemo();
  await until(() => bar(m) !== null, 'the small-screen layout');
  await customElements.whenDefined('parley-compact-bar');
  await bar(m)!.updateComplete;
  return m;
}

/** Every button and form control in `scope` (through shadow roots) that is shown. */
function targets(scope: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (node: ParentNode) => {
    node.querySelectorAll<HTMLElement>('*').forEach((el) => {
      if (el.matches('button, select, input:not([type="checkbox"]):not([type="radio"]), input[type="checkbox"]') && shown(el)) out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    });
  };
  walk(scope);
  return out;
}

describe('the player on a small screen', function () {
  // axe over the whole player, twice in some tests, is slow on a busy machine.
  this.timeout(60_000);
  afterEach(async () => {
    pauseAll();
    window.scrollTo(0, 0);
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height] of [[320, 568], [375, 667], [600, 800]] as const) {
    it(`at ${width} px: the transcript on the first screen after a compact bar; panels folded; the page scrolls once`, async () => {
      const m = await mountAt(width, height);
      // The compact bar: Play, the time, and a way to the full controls.
      const playback = bar(m)!.shadowRoot!.querySelector('[role="group"]')!;
      expect(playback.getAttribute('aria-label')).to.equal('Playback');
      expect(playback.querySelector('button')!.textContent!.trim()).to.match(/Play$/);
      expect(playback.textContent).to.match(/0:00 \/ \d+:\d\d/);
      expect(fold(m, 'Controls').getAttribute('aria-expanded')).to.equal('false');
      expect(shown(root(m).querySelector('parley-controls')!)).to.equal(false);
      expect(shown(root(m).querySelector('parley-waveform')!)).to.equal(false);
      // The panels behind a strip of buttons.
      const strip = root(m).querySelector('.strip')!;
      expect(strip.getAttribute('role')).to.equal('group');
      expect([...strip.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Questions', 'Search', 'Speakers', 'More']);
      for (const el of [m.questions, m.search, m.filter, m.whereAmI, m.shortcuts]) expect(shown(el), el.localName).to.equal(false);
      // The first turn starts on the first screen (with room above for a page's title).
      const top = firstTurn(m).getBoundingClientRect().top - m.player.getBoundingClientRect().top;
      expect(top, 'first turn below the top of the player').to.be.below(height - 150);
      // One scrolling page: the transcript box does not scroll by itself, nothing is wider than the screen.
      const scroller = m.view.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      // Touch targets.
      const small = [...targets(dock(m)), ...targets(m.view.shadowRoot!).slice(0, 5)]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ el, r }) => `${el.localName} "${el.textContent!.trim() || el.getAttribute('aria-label')}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      expect(small, 'targets under 44 px').to.deep.equal([]);
      await expectAccessible(m.player, `${width} px`);
    });
  }

  it('keeps the compact bar at the top of the window while the transcript is read', async () => {
    const m = await mountAt(320, 568);
    window.scrollTo(0, 2000);
    await until(() => Math.abs(dock(m).getBoundingClientRect().top) < 1, 'the bar stuck at the top');
    expect(shown(bar(m)!)).to.equal(true);
    // Follow mode scrolls turns below the bar, not under it.
    const height = `${Math.ceil(dock(m).getBoundingClientRect().height)}px`;
    await until(() => m.view.style.getPropertyValue('--parley-sticky-top') === height, `--parley-sticky-top: ${height}`, 3000);
  });

  it('unfolds one panel at a time over the transcript without moving the reader\'s place', async () => {
    const m = await mountAt(320, 568);
    const turn = m.view.shadowRoot!.querySelectorAll<HTMLElement>('.turn')[6]!;
    turn.scrollIntoView({ block: 'center' });
    await new Promise((r) => setTimeout(r, 100));
    const before = turn.getBoundingClientRect().top;
    fold(m, 'Questions').click();
    await m.player.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(fold(m, 'Questions').getAttribute('aria-expanded')).to.equal('true');
    expect(shown(m.questions)).to.equal(true);
    expect(shown(m.search)).to.equal(false);
    expect(Math.abs(turn.getBoundingClientRect().top - before), 'the turn stays where it was on screen').to.be.below(2);
    // The list sits over the transcript, in view.
    const list = m.questions.getBoundingClientRect();
    expect(list.top).to.be.within(0, 568);
    await expectAccessible(m.player, 'questions unfolded at 320 px');
    fold(m, 'Search').click();
    await m.player.updateComplete;
    expect(fold(m, 'Questions').getAttribute('aria-expanded')).to.equal('false');
    expect(shown(m.questions)).to.equal(false);
    expect(shown(m.search)).to.equal(true);
    fold(m, 'Search').click();
    await m.player.updateComplete;
    expect(shown(m.search)).to.equal(false);
  });

  it('Enter in the search box keeps the box in view while the match comes into view below it', async () => {
    const m = await mountAt(320, 568);
    fold(m, 'Search').click();
    await m.player.updateComplete;
    const box = m.search.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    box.focus();
    await sendKeys({ type: 'missile defense' });
    await sendKeys({ press: 'Enter' });
    await until(() => statusText(m.search).startsWith('1 of'), 'first match');
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Enter' });
      const { searchMatches, activeMatch } = m.player.viewState;
      const match = searchMatches[activeMatch]!;
      const word = wordRange(m.view.shadowRoot!, m.transcript, match.turn, match.sentence, match.startWord);
      await until(() => {
        const r = word.getBoundingClientRect();
        return r.top >= dock(m).getBoundingClientRect().bottom && r.bottom <= innerHeight;
      }, `match ${activeMatch + 1} in view below the search box`, 3000);
      const b = box.getBoundingClientRect();
      expect(b.top >= 0 && b.bottom <= innerHeight, 'the search box in view').to.equal(true);
      expect(m.search.shadowRoot!.activeElement).to.equal(box);
    }
    await expectAccessible(m.player, 'searching at 320 px');
  });

  it('unfolds the full controls and the reading settings under the bar, in light and dark', async () => {
    const m = await mountAt(320, 568);
    fold(m, 'Controls').click();
    await m.player.updateComplete;
    expect(fold(m, 'Controls').getAttribute('aria-expanded')).to.equal('true');
    expect(shown(root(m).querySelector('parley-waveform')!)).to.equal(true);
    expect(shown(root(m).querySelector('parley-controls')!)).to.equal(true);
    // One Play button on screen: the full controls' own is not repeated.
    const controls = root(m).querySelector('parley-controls')!.shadowRoot!;
    expect(shown(controls.querySelector('.play')!)).to.equal(false);
    await openLazyPanel(m, 'settings');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectAccessible(m.player, 'controls and settings open at 320 px');
    await emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(m.player, 'controls and settings open at 320 px, dark');
  });

  it('takes the wide layout from about 600 px up', async () => {
    await setViewport({ width: 1024, height: 768 });
    const m = await mountDemo();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(bar(m)).to.equal(null);
    expect(root(m).querySelector('.strip')).to.equal(null);
    expect(shown(m.questions)).to.equal(true);
    expect(shown(root(m).querySelector('parley-controls')!)).to.equal(true);
  });
});
