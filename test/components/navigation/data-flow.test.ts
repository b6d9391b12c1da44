/**
 * The data flow as a person meets it: elements re-render only when what they show changes, the
 * navigation works beside a player (`for=`) as inside it, and two players on a page stay apart.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/player/player.js';
import '../../../src/components/navigation/navigation.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import type { ParleyNavigation } from '../../../src/components/navigation/navigation.js';
import type { LitElement } from 'lit';
import { lastTurnOf } from '../../../src/nav/navigation.js';
import { mountDemo, statusText, pauseAll, currentTurnIndex, turnElements } from '../../helpers/mount.js';
import { demoTranscript, withSyntheticTimes, durationOf, silentWav, until, once, wait, deepActiveElement } from '../../helpers/demo.js';
import { expectAccessible } from '../../helpers/axe.js';
import { spokenWords } from '../../helpers/fixtures.js';
import { openLazyPanel } from '../../helpers/lazy-panels.js';
import type { Mounted } from '../../helpers/mount.js';

/** Counts the updates (renders) of `el` from now on. */
function countRenders(el: LitElement): { count: number } {
  const counter = { count: 0 };
  const proto = Object.getPrototypeOf(el) as { update(changed: unknown): void };
  const own = el as unknown as { update(changed: unknown): void };
  own.update = function (this: LitElement, changed: unknown) {
    counter.count++;
    proto.update.call(this, changed);
  };
  return counter;
}

/** Plays ten seconds inside one question (so that the current question stays the same) and counts each element's renders meanwhile. */
async function rendersOverTenSeconds(m: Mounted, elements: Record<string, LitElement>): Promise<{ renders: Record<string, number>; wordsSeen: number; question: number }> {
  const t = m.transcript;
  const q = t.questions.findIndex((question) => {
    const next = t.turns[lastTurnOf(question) + 1]?.start ?? durationOf(t);
    return next - t.turns[question.turn]!.start! > 12;
  });
  expect(q).to.be.at.least(0);
  const start = t.turns[t.questions[q]!.turn]!.start! + 0.2;
  m.player.seek(start);
  await once(m.media, 'seeked');
  await wait(300);
  const counts = Object.fromEntries(Object.entries(elements).map(([name, el]) => [name, countRenders(el)]));
  const spokenWord = () => spokenWords(m.view.shadowRoot!)[0]?.text ?? '';
  const wordsSeen = new Set<string>();
  const watch = setInterval(() => wordsSeen.add(spokenWord()), 100);
  await m.player.play();
  await until(() => m.media.currentTime >= start + 10, 'ten seconds played', 15_000);
  m.media.pause();
  clearInterval(watch);
  return { renders: Object.fromEntries(Object.entries(counts).map(([name, c]) => [name, c.count])), wordsSeen: wordsSeen.size, question: q };
}

describe('re-renders over ten seconds of playback', () => {
  afterEach(pauseAll);

  it('only the controls\' time text and the waveform\'s position re-render; the panels and the transcript do not', async function () {
    this.timeout(40_000);
    const m = await mountDemo();
    await openLazyPanel(m, 'settings');
    await openLazyPanel(m, 'download');
    const part = (name: string) => m.player.shadowRoot!.querySelector<LitElement>(`[part~="${name}"]`)!;
    const controls = m.player.shadowRoot!.querySelector('parley-controls')!;
    const waveform = m.player.shadowRoot!.querySelector('parley-waveform')!;
    const t = m.transcript;
    const elements = {
      controls, waveform, transcript: m.view, questions: m.questions, search: m.search, filter: m.filter, whereAmI: m.whereAmI, shortcuts: m.shortcuts,
      settings: part('settings'), download: part('download'),
    };
    const { renders, wordsSeen, question: q } = await rendersOverTenSeconds(m, elements);
    // The playing state changed twice (play, pause) and the time text once a second.
    expect(renders.controls, 'controls').to.be.within(9, 14);
    expect(renders.waveform, 'waveform').to.be.within(9, 14);
    expect(renders.questions, 'questions').to.equal(0);
    expect(renders.filter, 'speaker filter').to.equal(0);
    expect(renders.search, 'search').to.equal(0);
    expect(renders.whereAmI, 'where am I').to.equal(0);
    expect(renders.shortcuts, 'shortcuts').to.equal(0);
    expect(renders.transcript, 'transcript').to.equal(0);
    // The reading settings show the offset and the download menu the transcript: neither changes.
    expect(renders.settings, 'reading settings').to.equal(0);
    expect(renders.download, 'download menu').to.equal(0);
    // Meanwhile the transcript did follow: its word highlight moved on (about 3 words a second, 31 seen
    // in a quiet run; sampled every 100 ms, fewer on a busy machine) without a render.
    expect(wordsSeen).to.be.at.least(10);
    expect(currentTurnIndex(m.view)).to.be.at.least(t.questions[q]!.turn);
  });

  it('on a small screen, the compact bar re-renders for its time text only; the folded panels, settings and transcript not at all', async function () {
    this.timeout(40_000);
    await setViewport({ width: 375, height: 700 });
    try {
      const m = await mountDemo();
      await until(() => !!m.player.shadowRoot!.querySelector('parley-compact-bar')?.shadowRoot, 'the compact bar');
      const bar = m.player.shadowRoot!.querySelector('parley-compact-bar')!;
      // The full controls and the reading settings unfolded under the bar, and the search panel open.
      [...bar.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Controls')!.click();
      await openLazyPanel(m, 'settings');
      await openLazyPanel(m, 'download');
      [...m.player.shadowRoot!.querySelectorAll<HTMLButtonElement>('.strip button')].find((b) => b.textContent!.trim() === 'Search')!.click();
      await m.player.updateComplete;
      const part = (name: string) => m.player.shadowRoot!.querySelector<LitElement>(`[part~="${name}"]`)!;
      const elements = {
        bar, transcript: m.view, questions: m.questions, search: m.search, filter: m.filter, whereAmI: m.whereAmI, shortcuts: m.shortcuts,
        settings: part('settings'), download: part('download'),
      };
      const { renders } = await rendersOverTenSeconds(m, elements);
      expect(renders.bar, 'compact bar').to.be.within(9, 14);
      for (const name of ['transcript', 'questions', 'search', 'filter', 'whereAmI', 'shortcuts', 'settings', 'download']) {
        expect(renders[name], name).to.equal(0);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

/** A player with the demo transcript, and where its navigation goes. */
async function twoPlayers(placement: 'inside' | 'beside') {
  const transcript = withSyntheticTimes(await demoTranscript());
  const wav = silentWav(Math.ceil(durationOf(transcript)));
  const page = await fixture<HTMLDivElement>(
    placement === 'inside'
      ? html`<div>
          <parley-player id="a" .src=${wav} .transcript=${transcript} deep-links><parley-navigation slot="panels"></parley-navigation></parley-player>
          <parley-player id="b" .src=${wav} .transcript=${transcript}><parley-navigation slot="panels"></parley-navigation></parley-player>
        </div>`
      : html`<div>
          <parley-navigation for="a"></parley-navigation>
          <parley-player id="a" .src=${wav} .transcript=${transcript} deep-links></parley-player>
          <parley-navigation for="b"></parley-navigation>
          <parley-player id="b" .src=${wav} .transcript=${transcript}></parley-player>
        </div>`,
  );
  const side = (id: 'a' | 'b') => {
    const player = page.querySelector<ParleyPlayer>(`#${id}`)!;
    const navigation = (placement === 'inside' ? player.querySelector('parley-navigation') : page.querySelector(`parley-navigation[for="${id}"]`)) as ParleyNavigation;
    const panel = <K extends keyof HTMLElementTagNameMap>(tag: K) => navigation.shadowRoot!.querySelector(tag)!;
    return { player, navigation, panel, media: player.mediaElement!, view: player.shadowRoot!.querySelector('parley-transcript')! };
  };
  const a = side('a');
  const b = side('b');
  for (const s of [a, b]) if (s.media.readyState < 1) await once(s.media, 'loadedmetadata');
  await until(() => !!a.panel('parley-questions').shadowRoot?.querySelector('a.entry') && !!b.panel('parley-questions').shadowRoot?.querySelector('a.entry'), 'questions listed');
  return { transcript, a, b };
}

for (const placement of ['inside', 'beside'] as const) {
  describe(`two players on one page, navigation ${placement === 'inside' ? 'in each player\'s panels slot' : 'beside each player (for=)'}`, () => {
    afterEach(() => {
      history.replaceState(null, '', location.pathname + location.search);
      pauseAll();
    });

    it('keys, searches, filters, deep links and announcements stay with their own player', async function () {
      this.timeout(40_000);
      const { a, b, transcript } = await twoPlayers(placement);
      await expectAccessible(a.navigation, `navigation ${placement}, idle`);

      // Search in A, by keyboard: A's transcript highlights, B's view has no matches.
      a.panel('parley-search').focus();
      await until(() => deepActiveElement()?.localName === 'input', 'search box focused');
      await sendKeys({ type: 'Gabala' });
      await sendKeys({ press: 'Enter' });
      await until(() => a.player.viewState.searchMatches.length > 0, 'matches in A');
      expect(b.player.viewState.searchMatches).to.have.length(0);
      expect(CSS.highlights.get('parley-match-active')!.size).to.equal(1);
      expect(statusText(a.panel('parley-search'))).to.match(/^1 of \d+/);
      expect(statusText(b.panel('parley-search'))).to.equal('');
      await expectAccessible(a.navigation, `navigation ${placement}, searching`);

      // The speaker filter of B, by keyboard: only B's transcript hides turns.
      const moderator = [...b.panel('parley-speaker-filter').shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.includes('Moderator'))!.querySelector('input')!;
      moderator.focus();
      await sendKeys({ press: 'Space' });
      await until(() => turnElements(b.view).filter((el) => el.hidden).length > 0, 'B hides the moderator');
      expect(turnElements(a.view).every((el) => !el.hidden)).to.equal(true);
      expect(a.player.viewState.visibleSpeakers).to.equal(null);

      // A key in A plays A only; "where am I" in A is said in A only.
      a.view.focusTurn(0);
      await sendKeys({ press: 'n' });
      await until(() => !a.media.paused && a.media.currentTime >= transcript.turns[transcript.questions[0]!.turn]!.start!, 'A plays question 1');
      expect(b.media.paused).to.equal(true);
      expect(b.media.currentTime).to.equal(0);
      await sendKeys({ press: 'w' });
      await until(() => statusText(a.panel('parley-shortcuts')).startsWith('Playing'), 'A says where it is');
      expect(statusText(b.panel('parley-shortcuts'))).to.equal('');
      expect(statusText(b.panel('parley-where-am-i'))).to.equal('');

      // The same keys in B act on B.
      a.media.pause();
      b.view.focusTurn(0);
      await sendKeys({ press: 'l' });
      await until(() => b.media.currentTime >= 10, 'B forward 10 s');
      const aTime = a.media.currentTime;
      await wait(100);
      expect(a.media.currentTime).to.equal(aTime);

      // "/" goes to the search box of the player it was pressed in.
      await sendKeys({ press: '/' });
      await until(() => deepActiveElement()?.localName === 'input', 'a search box focused');
      let box: Node | null = deepActiveElement();
      while (box && !(box instanceof ShadowRoot && (box.host as Element).localName === 'parley-search')) box = box.parentNode ?? (box instanceof ShadowRoot ? null : null);
      expect((box as ShadowRoot | null)?.host).to.equal(b.panel('parley-search'));

      // A deep link moves only the player that follows them (A has deep-links, B not).
      location.hash = '#t=100';
      await until(() => a.media.currentTime >= 100, 'A at 100 s');
      expect(b.media.currentTime).to.be.below(20);
      await expectAccessible(b.navigation, `navigation ${placement}, filtered`);
    });
  });
}

describe('<parley-navigation for=…> beside a player', () => {
  afterEach(pauseAll);

  it('plays from a question, shows the current one, and moves focus in an untimed transcript', async () => {
    const { a } = await twoPlayers('beside');
    const entry = a.panel('parley-questions').shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.entry')[2]!;
    entry.click();
    await until(() => !a.media.paused, 'playing');
    await until(() => entry.getAttribute('aria-current') === 'true', 'question 3 current');
    a.media.pause();
    const untimed = await demoTranscript();
    a.player.transcript = untimed;
    await until(() => !!a.panel('parley-questions').shadowRoot!.querySelector('button.entry'), 'untimed entries');
    a.panel('parley-questions').shadowRoot!.querySelectorAll<HTMLButtonElement>('.question button.entry')[1]!.click();
    await until(() => deepActiveElement()?.closest('.turn') === turnElements(a.view)[untimed.questions[1]!.turn], 'focus on question 2');
  });
});
