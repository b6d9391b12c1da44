/**
 * Reading preferences, headings inside the transcript, downloads and print, in the real player
 * with the demo press conference (synthetic word times, a silent recording).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, findAccessibilityNode } from '@web/test-runner-commands';
import { mountDemo as mountDemoPlayer, pauseAll, type Mounted } from '../../helpers/mount.js';
import { spokenWords, until } from '../../helpers/fixtures.js';
import { expectAccessible } from '../../helpers/axe.js';
import { openLazyPanel } from '../../helpers/lazy-panels.js';
import { PREFERENCES_KEY } from '../../../src/components/settings/preferences.js';
import { readTranscript } from '../../../src/formats/index.js';

const settingsOf = (m: Mounted) => m.player.shadowRoot!.querySelector('parley-settings')!;

/** The demo in a player, with the settings and download panels loaded (and open). */
async function mountDemo(): Promise<Mounted> {
  const m = await mountDemoPlayer();
  await openLazyPanel(m, 'settings');
  await openLazyPanel(m, 'download');
  return m;
}
const downloadOf = (m: Mounted) => m.player.shadowRoot!.querySelector('parley-download')!;
const inSettings = <T extends Element>(m: Mounted, selector: string) => settingsOf(m).shadowRoot!.querySelector<T>(selector)!;
/** The settings control whose label says `name`. */
function control<T extends HTMLElement>(m: Mounted, name: string): T {
  const label = [...settingsOf(m).shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.includes(name));
  if (!label) throw new Error(`no control named "${name}"`);
  return label.querySelector<T>('select, input')!;
}
function change(el: HTMLInputElement | HTMLSelectElement, value: string | boolean): void {
  if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
  else el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
/**
 * Chromium's accessibility tree (scripts/a11y-tree-plugin.mjs), once every turn is built and
 * the tree has caught up with the page.
 */
async function accessibilityTree<T>(m: Mounted): Promise<T> {
  await until(() => m.view.shadowRoot!.querySelectorAll('.turn').length === m.transcript.turns.length, 'every turn built');
  m.view.scrollIntoView();
  await new Promise((r) => setTimeout(r, 300));
  return (await executeServerCommand<{ tree: T }, { outline: boolean }>('a11y-tree', { outline: true })).tree;
}
const firstTurn = (m: Mounted) => m.view.shadowRoot!.querySelector<HTMLElement>('.turn')!;

describe('reading settings', function () {
  // axe over the whole player, twice in some tests, is slow on a busy machine.
  this.timeout(60_000);
  beforeEach(() => localStorage.removeItem(PREFERENCES_KEY));
  afterEach(() => {
    localStorage.removeItem(PREFERENCES_KEY);
    pauseAll();
  });

  it('load on first use from a named disclosure button, with native, named controls', async () => {
    const m = await mountDemoPlayer();
    // Before: the player's own button, collapsed; the stored preferences already apply.
    const placeholder = m.player.shadowRoot!.querySelector<HTMLButtonElement>('[part="settings-toggle"]')!;
    expect(placeholder.textContent!.trim()).to.equal('Reading settings');
    expect(placeholder.getAttribute('aria-expanded')).to.equal('false');
    await expectAccessible(m.player, 'settings not loaded');
    placeholder.focus();
    await openLazyPanel(m, 'settings');
    const toggle = inSettings<HTMLButtonElement>(m, '.toggle');
    // Loaded, opened, and focus on its button where the placeholder was.
    expect(settingsOf(m).shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(inSettings<HTMLElement>(m, '.panel').hidden).to.equal(false);
    toggle.click();
    await settingsOf(m).updateComplete;
    expect(toggle.textContent).to.contain('Reading settings');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(inSettings<HTMLElement>(m, '.panel').hidden).to.equal(true);
    await expectAccessible(m.player, 'settings closed');
    toggle.click();
    await settingsOf(m).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(inSettings<HTMLElement>(m, '.panel').hidden).to.equal(false);
    const size = control<HTMLSelectElement>(m, 'Text size');
    expect(size.options.length).to.be.at.least(4);
    expect(control<HTMLSelectElement>(m, 'Line spacing').options.length).to.be.at.least(3);
    for (const name of ['Show timestamps', 'Highlight the spoken word', 'Follow along while playing']) {
      expect(control<HTMLInputElement>(m, name).type, name).to.equal('checkbox');
      expect(control<HTMLInputElement>(m, name).checked, name).to.equal(true);
    }
    expect(control<HTMLInputElement>(m, 'Transcript offset').type).to.equal('number');
    await expectAccessible(m.player, 'settings open');
  });

  it('change the text size and line spacing of the transcript', async () => {
    const m = await mountDemo();
    const before = parseFloat(getComputedStyle(firstTurn(m)).fontSize);
    change(control(m, 'Text size'), '1.5');
    change(control(m, 'Line spacing'), '2.2');
    await m.view.updateComplete;
    const style = getComputedStyle(firstTurn(m));
    expect(parseFloat(style.fontSize)).to.be.closeTo(before * 1.5, 0.5);
    expect(parseFloat(style.lineHeight)).to.be.closeTo(parseFloat(style.fontSize) * 2.2, 0.5);
  });

  it('hide the timestamps from the screen but not from the turn buttons\' names', async () => {
    const m = await mountDemo();
    const time = m.view.shadowRoot!.querySelector<HTMLElement>('.time')!;
    expect(time.getBoundingClientRect().width).to.be.greaterThan(10);
    change(control(m, 'Show timestamps'), false);
    await m.view.updateComplete;
    expect(time.getBoundingClientRect().width).to.be.at.most(1);
    const button = m.view.shadowRoot!.querySelector('.stamp')!;
    type Node = { name: string; role: string; children: Node[] };
    const tree = await accessibilityTree<Node>(m);
    const node = findAccessibilityNode<Node>(tree, (n) => n.role === 'button' && /^0:0\d Foreign Minister Lavrov$/.test(n.name));
    expect(node, 'the first turn button keeps "0:0x Foreign Minister Lavrov"').to.not.equal(null);
    expect(button.textContent).to.match(/^0:0\d Foreign Minister Lavrov$/);
    await expectAccessible(m.player, 'timestamps hidden');
  });

  it('turn the word highlight and following off', async () => {
    const m = await mountDemo();
    m.player.seek(m.player.timeIndex!.words.starts[5]! + 0.05);
    // The spoken word is a CSS Custom Highlight range: its paint is the style of ::highlight(parley-word).
    const word = () => spokenWords(m.view.shadowRoot!).length === 1;
    const painted = () => getComputedStyle(m.view.shadowRoot!.querySelector('.s')!, '::highlight(parley-word)');
    await until(word, 'a word highlighted');
    expect(painted().textDecorationLine).to.contain('underline');
    change(control(m, 'Highlight the spoken word'), false);
    await m.view.updateComplete;
    expect(painted().textDecorationLine).to.equal('none');
    expect(painted().backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(m.player.viewState.preferences.follow).to.equal(true);
    change(control(m, 'Follow along while playing'), false);
    expect(m.player.viewState.preferences.follow).to.equal(false);
  });

  it('are kept between visits, and a damaged entry falls back to the defaults', async () => {
    let m = await mountDemo();
    change(control(m, 'Text size'), '1.25');
    change(control(m, 'Show timestamps'), false);
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!)).to.include({ textSize: 1.25, timestamps: false });
    m.player.remove();
    // The next visit: applied before the settings panel is even loaded.
    m = await mountDemoPlayer();
    const timeShown = () => m.view.shadowRoot!.querySelector('.time')!.getBoundingClientRect().width > 1;
    await until(() => !timeShown(), 'the stored preferences applied');
    expect(m.player.shadowRoot!.querySelector('parley-settings')).to.equal(null);
    await openLazyPanel(m, 'settings');
    expect(control<HTMLSelectElement>(m, 'Text size').value).to.equal('1.25');
    expect(control<HTMLInputElement>(m, 'Show timestamps').checked).to.equal(false);
    m.player.remove();
    localStorage.setItem(PREFERENCES_KEY, '{"textSize": "huge"');
    m = await mountDemo();
    await m.view.updateComplete;
    expect(control<HTMLSelectElement>(m, 'Text size').value).to.equal('1');
    expect(timeShown()).to.equal(true);
  });

  it('hold the transcript offset, which shifts the transcript against the recording', async () => {
    const m = await mountDemo();
    const input = control<HTMLInputElement>(m, 'Transcript offset');
    change(input, '1.5');
    await until(() => m.player.playbackState.offset === 1.5, 'the offset applied');
    change(input, '9');
    await until(() => m.player.playbackState.offset === 2, 'clamped to 2 s');
    expect(input.value).to.equal('2');
    change(input, 'abc');
    expect(input.value).to.equal('2');
  });
});

describe('headings inside the transcript', function () {
  // axe over the whole player, twice in some tests, is slow on a busy machine.
  this.timeout(60_000);
  it('give chapters and questions headings, in the accessibility tree, with the turns under them', async () => {
    const m = await mountDemo();
    type Node = { role: string; name: string; level?: number; children: Node[] };
    const tree = await accessibilityTree<Node>(m);
    // Walk the tree in reading order: headings and the turn buttons under them.
    const seen: string[] = [];
    const walk = (n: Node) => {
      if (n.role === 'heading' && (n.level === 3 || n.level === 4)) seen.push(`h${n.level} ${n.name}`);
      if (n.role === 'button' && /^\d+:\d\d /.test(n.name)) seen.push(`  ${n.name.replace(/^\d+:\d\d /, '')}`);
      n.children?.forEach(walk);
    };
    // The transcript's own region (the questions panel has headings of its own).
    walk(findAccessibilityNode<Node>(tree, (n) => n.role === 'region' && n.name === 'Transcript')!);
    const outline = seen.filter((s) => s.startsWith('h'));
    expect(outline).to.deep.equal([
      'h3 Opening statements',
      'h3 Questions and answers',
      ...m.transcript.questions.map((q, i) => `h4 Question ${i + 1}${q.asker ? `, ${q.asker}` : ''}${q.outlet ? `, ${q.outlet}` : ''}`),
    ]);
    expect(outline).to.include('h4 Question 3, Arshad Mohammed, Reuters');
    // Under "Question 3": the reporter's turn first, then the answers, before the next heading.
    const at = seen.indexOf('h4 Question 3, Arshad Mohammed, Reuters');
    const under = seen.slice(at + 1, seen.findIndex((s, i) => i > at && s.startsWith('h')));
    const q = m.transcript.questions[2]!;
    const name = (t: number) => `  ${m.transcript.speakers.find((s) => s.id === m.transcript.turns[t]!.speaker)!.name}`;
    expect(under[0]).to.equal(name(q.turn));
    expect(under).to.deep.equal(Array.from({ length: under.length }, (_, i) => name(q.turn + i)));
    expect(under.length).to.be.at.least(2);
    // Still one Tab stop: headings are not focusable.
    const focusable = m.view.shadowRoot!.querySelectorAll('.turns [tabindex="0"]');
    expect(focusable.length).to.equal(1);
    await expectAccessible(m.player, 'headings in the transcript');
  });
});

describe('Download transcript', function () {
  // axe over the whole player, twice in some tests, is slow on a busy machine.
  this.timeout(60_000);
  afterEach(pauseAll);

  it('offers five formats, each written in the page by Parley\'s writers', async () => {
    const m = await mountDemo();
    const root = downloadOf(m).shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Download transcript');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.format')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Plain text (.txt)', 'WebVTT captions (.vtt)', 'SRT subtitles (.srt)', 'Parley JSON (.json)', 'Web page (.html)',
    ]);
    await expectAccessible(m.player, 'download menu open');
    const got: Record<string, { name: string; text: string }> = {};
    m.player.addEventListener('parley-download', (e) => (got[e.detail.format] = e.detail));
    for (const b of buttons) b.click();
    await until(() => Object.keys(got).length === 5, 'five files written');
    expect(got.vtt!.name).to.match(/^remarks-with-u-s-defense-secretary-robert-gates-[a-z0-9-]+\.vtt$/);
    expect(got.json!.name.endsWith('.json')).to.equal(true);
    expect(got.vtt!.text.startsWith('WEBVTT')).to.equal(true);
    expect(got.srt!.text).to.match(/^1\r?\n\d\d:\d\d:\d\d,\d{3} --> /);
    expect(got.txt!.text).to.contain('Secretary Rice');
    expect(got.html!.text).to.contain('<!doctype html>');
    // The Parley JSON reads back to the same turns and words.
    const back = readTranscript(got.json!.text, { fileName: got.json!.name }).transcript;
    expect(back.turns.length).to.equal(m.transcript.turns.length);
    expect(back.turns[3]!.sentences[0]!.words.map((w) => [w.text, w.start])).to.deep.equal(
      m.transcript.turns[3]!.sentences[0]!.words.map((w) => [w.text, w.start]),
    );
  });
});

describe('printing', function () {
  // axe over the whole player, twice in some tests, is slow on a busy machine.
  this.timeout(60_000);
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the transcript alone: title, date, a time and the speaker in bold before each turn, no controls', async () => {
    const m = await mountDemo();
    await emulateMedia({ media: 'print' });
    const shown = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0;
    const header = m.view.shadowRoot!.querySelector('.print-only')!;
    expect(shown(header)).to.equal(true);
    expect(header.textContent).to.contain(m.transcript.metadata.title!);
    expect(m.transcript.metadata.dateText).to.be.a('string');
    expect(header.textContent).to.contain(m.transcript.metadata.dateText!);
    expect(shown(m.player.shadowRoot!.querySelector('.dock'))).to.equal(false);
    expect(shown(m.player.shadowRoot!.querySelector('parley-controls'))).to.equal(false);
    expect(shown(m.questions)).to.equal(false);
    const time = m.view.shadowRoot!.querySelector('.time')!;
    expect(shown(time)).to.equal(true);
    expect(time.textContent).to.match(/^\d+:\d\d$/);
    expect(Number(getComputedStyle(m.view.shadowRoot!.querySelector('.speaker')!).fontWeight)).to.be.at.least(700);
    const scroller = m.view.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight + 1);
  });
});
