/**
 * Theming and configuration as a page author sees them: light or dark from the page's
 * `color-scheme` (not the browser's alone), the `theme` attribute, the documented `--parley-*`
 * custom properties reaching inside the player, parts on every element, and `hide`. Forced colours
 * are checked in the consumer test (test/consumer/run.mjs): this runner's emulateMedia ignores them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/index.js';
import '../../../src/navigation.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { expectAccessible } from '../../helpers/axe.js';
import { timedTranscript, wavUrl, lastEnd, until } from '../../helpers/fixtures.js';
import { openLazyPanel } from '../../helpers/lazy-panels.js';

const WHITE = 'rgb(255, 255, 255)';

async function mount(attributes: { theme?: string; hide?: string } = {}): Promise<ParleyPlayer> {
  const transcript = timedTranscript(3);
  const player = await fixture<ParleyPlayer>(html`<parley-player
    theme=${attributes.theme ?? ''}
    hide=${attributes.hide ?? ''}
    .src=${wavUrl(lastEnd(transcript) + 1, transcript)}
  >
    <div slot="panels"><parley-search></parley-search><parley-questions></parley-questions></div>
  </parley-player>`);
  // The transcript object goes to the transcript view directly: theming does not depend on how it arrives.
  const view = player.shadowRoot!.querySelector('parley-transcript')!;
  view.transcript = transcript;
  await view.updateComplete;
  return player;
}

/** Inside the player: the transcript's scrolling box, the Play button, the transcript's background. */
function parts(player: ParleyPlayer) {
  const root = player.shadowRoot!;
  const view = root.querySelector('parley-transcript')!;
  const scroller = view.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  const play = root.querySelector('parley-controls')!.shadowRoot!.querySelector<HTMLButtonElement>('button.play')!;
  return { scroller, play, background: getComputedStyle(view).backgroundColor };
}

describe('theming', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  it('stays light on a page that declares no colour scheme, even in a dark-mode browser', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const player = await mount();
    expect(parts(player).background).to.equal(WHITE);
    expect(getComputedStyle(player).backgroundColor).to.equal(WHITE);
    await expectAccessible(player, 'light page, dark browser');
  });

  it('turns dark on a page that opts in with color-scheme: light dark, in a dark-mode browser only', async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'light' });
    const player = await mount();
    expect(parts(player).background).to.equal(WHITE);
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => getComputedStyle(player).backgroundColor !== WHITE, 'the player turns dark');
    expect(parts(player).background).not.to.equal(WHITE);
    await expectAccessible(player, 'page following a dark browser');
  });

  it('follows theme="dark" on a light page and theme="light" on a dark one', async () => {
    const dark = await mount({ theme: 'dark' });
    expect(getComputedStyle(dark).backgroundColor).not.to.equal(WHITE);
    expect(parts(dark).background).not.to.equal(WHITE);
    await expectAccessible(dark, 'theme="dark"');
    document.documentElement.style.colorScheme = 'dark';
    const light = await mount({ theme: 'light' });
    expect(getComputedStyle(light).backgroundColor).to.equal(WHITE);
    await expectAccessible(light, 'theme="light" on a dark page');
  });

  it('passes the page\'s --parley-* custom properties into the elements inside the player', async () => {
    const player = await mount();
    player.style.setProperty('--parley-accent', 'rgb(10, 20, 30)');
    player.style.setProperty('--parley-word-background', 'rgb(200, 100, 0)');
    player.style.setProperty('--parley-font-family', 'serif');
    const { play, scroller } = parts(player);
    expect(getComputedStyle(play).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(scroller).getPropertyValue('--_word-background').trim()).to.equal('rgb(200, 100, 0)');
    expect(getComputedStyle(scroller).fontFamily).to.equal('serif');
  });


  it('exposes parts on every element, the navigation included', async () => {
    const player = await mount();
    const elements = [player, ...player.shadowRoot!.querySelectorAll('*'), ...player.querySelectorAll('*')].filter((e) => e.localName.startsWith('parley-'));
    expect(elements.map((e) => e.localName).sort()).to.deep.equal(
      ['parley-controls', 'parley-player', 'parley-questions', 'parley-search', 'parley-transcript', 'parley-waveform'],
    );
    for (const element of elements) {
      expect(element.shadowRoot!.querySelectorAll('[part]').length, `${element.localName} has parts`).to.be.greaterThan(0);
    }
    for (const tag of ['parley-speaker-filter', 'parley-where-am-i', 'parley-shortcuts']) {
      const element = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(`<${tag}></${tag}>`);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('[part]').length, `${tag} has parts`).to.be.greaterThan(0);
    }
  });
});

describe('hide', () => {
  it('hides the waveform, speed, volume and offset controls named in hide, and the fallback content', async () => {
    const player = await mount({ hide: 'waveform speed volume offset fallback' });
    const link = document.createElement('a');
    link.href = '#transcript';
    link.textContent = 'Read the transcript';
    player.append(link);
    const controls = player.shadowRoot!.querySelector('parley-controls')!.shadowRoot!;
    // The offset is in the reading settings, loaded on first use.
    await openLazyPanel({ player }, 'settings');
    const settings = player.shadowRoot!.querySelector('parley-settings')!.shadowRoot!;
    const visible = (el: Element | null) => !!el && el.checkVisibility();
    expect(visible(player.shadowRoot!.querySelector('parley-waveform'))).to.equal(false);
    expect(visible(controls.querySelector('select'))).to.equal(false);
    expect(visible(controls.querySelector('input[type="range"]'))).to.equal(false);
    expect(visible(settings.querySelector('input[type="number"]'))).to.equal(false);
    expect(visible(settings.querySelector('#offset-help'))).to.equal(false);
    expect(visible(link)).to.equal(false);
    expect(visible(controls.querySelector('button.play'))).to.equal(true);
    await expectAccessible(player, 'optional controls hidden');
  });

  it('shows everything by default', async () => {
    const player = await mount();
    const controls = player.shadowRoot!.querySelector('parley-controls')!.shadowRoot!;
    // The offset is in the reading settings, loaded on first use.
    await openLazyPanel({ player }, 'settings');
    const settings = player.shadowRoot!.querySelector('parley-settings')!.shadowRoot!;
    for (const [root, selector] of [[controls, 'select'], [controls, 'input[type="range"]'], [settings, 'input[type="number"]']] as const) {
      expect(root.querySelector(selector)!.checkVisibility(), selector).to.equal(true);
    }
    expect(player.shadowRoot!.querySelector('parley-waveform')!.checkVisibility()).to.equal(true);
  });
});

describe('empty panels', () => {
  it('hides the questions of a transcript without questions, and the speaker filter with one speaker', async () => {
    const none = timedTranscript(3);
    const page = await fixture<HTMLElement>(html`<div>
      <parley-questions .transcript=${none}></parley-questions>
      <parley-speaker-filter .transcript=${{ ...none, turns: none.turns.filter((t) => t.speaker === 'rice') }}></parley-speaker-filter>
      <parley-speaker-filter class="many" .transcript=${none}></parley-speaker-filter>
    </div>`);
    const [questions, one, many] = ['parley-questions', 'parley-speaker-filter', '.many'].map((s) => page.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(s)!);
    await Promise.all([questions.updateComplete, one.updateComplete, many.updateComplete]);
    expect(questions.checkVisibility(), 'questions').to.equal(false);
    expect(one.checkVisibility(), 'filter of one speaker').to.equal(false);
    expect(many.checkVisibility(), 'filter of three speakers').to.equal(true);
    // With questions the list shows.
    (questions as unknown as { transcript: unknown }).transcript = { ...none, questions: [{ turn: 1, addressees: [], answers: [2] }] };
    await questions.updateComplete;
    expect(questions.checkVisibility(), 'questions').to.equal(true);
  });
});
