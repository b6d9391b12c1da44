/**
 * The first screenful written into a page's HTML (src/prerender/): before the player's code has
 * run, its turns are a named list whose buttons and words play the page's <audio> from there and
 * follow it while it plays (parley-first.js, wire.ts); then the player takes them over without a
 * frame that shows them twice or none, and every word is in the page, and in the accessibility
 * tree, exactly once before and after.
 *
 * The player's code is imported only in the second part: the first part is the page before it.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { firstScreenfulHtml } from '../../../src/prerender/first-screenful.js';
import { wireFirstScreenfuls, FIRST_WORD_HIGHLIGHT } from '../../../src/prerender/wire.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { expectAccessible } from '../../helpers/axe.js';
import { timedTranscript, wavUrl, lastEnd, once, until, nextFrame, wordPoint } from '../../helpers/fixtures.js';

const transcript = timedTranscript(4);
const audio = wavUrl(lastEnd(transcript) + 1, transcript);
const turnStart = (i: number) => transcript.turns[i]!.start!;

let host: HTMLElement;
let player: HTMLElement;
let media: HTMLAudioElement;
const prerendered = () => player.querySelector<HTMLElement>('[data-parley-prerendered]');
const items = () => [...(prerendered()?.querySelectorAll<HTMLElement>('[role="listitem"]') ?? [])];

/** The page as written when it was built: a <parley-player> with its <audio> and the first screenful. */
function writePage(): void {
  host = document.createElement('main');
  host.innerHTML = `<parley-player src="${audio}"><audio preload="metadata" src="${audio}"></audio>${firstScreenfulHtml(transcript)}</parley-player>`;
  document.body.append(host);
  player = host.querySelector('parley-player')!;
  media = player.querySelector('audio')!;
}

/** Turns in the accessibility tree, and each timed word of the transcript not held there exactly once. */
async function wordsInTree(): Promise<{ items: number; notOnce: string[] }> {
  const tree = await executeServerCommand<{ roles: Record<string, number>; text: string[] }, undefined>('a11y-tree');
  const tokens = new Map<string, number>();
  for (const token of tree.text.join(' ').split(/\s+/)) tokens.set(token, (tokens.get(token) ?? 0) + 1);
  const words = transcript.turns.flatMap((t) => t.sentences.flatMap((s) => s.words.filter((w) => !w.annotation)));
  return { items: tree.roles['listitem'] ?? 0, notOnce: words.filter((w) => tokens.get(w.text) !== 1).map((w) => `${w.text}×${tokens.get(w.text) ?? 0}`) };
}

describe('a first screenful in the page, before the player\'s code', () => {
  before(async () => {
    writePage();
    wireFirstScreenfuls(document);
    if (media.readyState < 1) await once(media, 'loadedmetadata');
  });
  afterEach(() => media.pause());

  it('is a region "Transcript" with a list named after the transcript, a button "time speaker" per turn', () => {
    const region = prerendered()!.querySelector('section')!;
    expect(document.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal('Transcript');
    const list = prerendered()!.querySelector('[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Turns of Fixture conference');
    expect(items().length).to.equal(4);
    const buttons = items().map((t) => t.querySelector('button')!.textContent);
    expect(buttons).to.deep.equal(['0:00 Secretary Rice', '0:04 Foreign Minister Lavrov', '0:07 Secretary Gates', '0:11 Secretary Rice']);
    // One Tab stop, on the first turn, as in the player.
    expect(items().map((t) => t.querySelector('button')!.tabIndex)).to.deep.equal([0, -1, -1, -1]);
  });

  it('has no axe violations', async () => {
    await expectAccessible(host, 'first screenful, before the player');
  });

  it('plays from a turn when its button is clicked', async () => {
    items()[2]!.querySelector('button')!.click();
    await until(() => !media.paused, 'playing');
    expect(media.currentTime).to.be.closeTo(turnStart(2), 0.25);
  });

  it('plays from a turn on Enter, after Arrow Down moved to it', async () => {
    items()[0]!.querySelector('button')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(items()[1]!.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    await until(() => !media.paused, 'playing');
    expect(media.currentTime).to.be.closeTo(turnStart(1), 0.25);
  });

  it('plays from the word clicked', async () => {
    // The word after "(inaudible)": its offset counts the annotation's text.
    const word = transcript.turns[3]!.sentences[1]!.words[3]!;
    const point = wordPoint(prerendered() as unknown as ShadowRoot, transcript, 3, 1, 3);
    await sendMouse({ type: 'click', position: [Math.round(point.x), Math.round(point.y)] });
    await until(() => !media.paused, 'playing');
    expect(media.currentTime).to.be.closeTo(word.start!, 0.25);
  });

  it('marks the turn being spoken with aria-current, and highlights the word, while playing', async () => {
    media.currentTime = turnStart(1) + 0.05;
    await media.play();
    await until(() => items()[1]!.getAttribute('aria-current') === 'true', 'turn 1 current');
    expect(items().filter((t) => t.hasAttribute('aria-current')).length).to.equal(1);
    media.currentTime = turnStart(3) + 0.05;
    await until(() => items()[3]!.getAttribute('aria-current') === 'true', 'turn 3 current after a seek');
    expect(items().filter((t) => t.hasAttribute('aria-current')).length).to.equal(1);
    const spoken = [...((CSS.highlights.get(FIRST_WORD_HIGHLIGHT) ?? []) as Iterable<Range>)].map((r) => r.toString());
    expect(spoken).to.deep.equal([transcript.turns[3]!.sentences[0]!.words[0]!.text]);
    media.pause();
    await expectAccessible(host, 'first screenful, a turn current');
  });

  it('holds each word once in the accessibility tree', async () => {
    const { items: n, notOnce } = await wordsInTree();
    expect(n).to.equal(4);
    expect(notOnce).to.deep.equal([]);
  });
});

describe('the player taking the first screenful over', () => {
  /** Per frame: [first screenful's turns shown, player's turns shown]. */
  const frames: [number, number][] = [];
  let watching = true;
  const watch = () => {
    const pre = prerendered();
    const shown = pre?.isConnected && pre.checkVisibility() ? items().length : 0;
    const transcriptEl = player.shadowRoot?.querySelector('parley-transcript');
    const own = transcriptEl && transcriptEl.checkVisibility() ? (transcriptEl.shadowRoot?.querySelectorAll('[role="listitem"]').length ?? 0) : 0;
    frames.push([shown, own]);
    if (watching) requestAnimationFrame(watch);
  };

  /**
   * Where the first turn's parts sit (relative to the player) and how they are drawn: the first
   * screenful's styles repeat the transcript's by hand (first-screenful-styles.ts), so this is what
   * tells when the two drift apart.
   */
  let looksBefore: Record<string, string> = {};
  const looks = (root: ParentNode): Record<string, string> => {
    const origin = player.getBoundingClientRect();
    const out: Record<string, string> = {};
    for (const part of ['.turn', '.stamp', '.time', '.speaker', '.s']) {
      const el = root.querySelector<HTMLElement>(part)!;
      const box = el.getBoundingClientRect();
      const css = getComputedStyle(el);
      out[part] = [box.left - origin.left, box.top - origin.top, box.width, box.height].map((x) => Math.round(x)).join(' ');
      out[`${part} style`] = [css.fontSize, css.fontWeight, css.lineHeight, css.color, css.padding].join(' ');
    }
    return out;
  };

  before(async () => {
    media.currentTime = turnStart(2) + 0.05;
    await once(media, 'seeked');
    requestAnimationFrame(watch);
    await import('../../../src/components/player/player.js');
    await (player as ParleyPlayer).updateComplete;
    await nextFrame();
    looksBefore = looks(prerendered()!);
  });
  after(() => {
    watching = false;
  });

  it('keeps showing the first screenful where its transcript goes until it has a transcript', async () => {
    await nextFrame();
    await nextFrame();
    const slot = player.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="prerendered"]')!;
    expect(slot.assignedElements()).to.deep.equal([prerendered()]);
    expect(prerendered()!.checkVisibility()).to.equal(true);
    expect(player.shadowRoot!.querySelector('parley-transcript')!.checkVisibility()).to.equal(false);
    await expectAccessible(host, 'first screenful, player defined');
  });

  it('replaces it by its own turns, never showing both or neither, with the same turn current', async () => {
    const p = player as ParleyPlayer;
    p.transcript = transcript;
    await until(() => !prerendered(), 'first screenful taken over');
    await nextFrame();
    await nextFrame();
    expect(frames.length).to.be.greaterThan(3);
    const wrong = frames.filter(([pre, own]) => (pre > 0) === (own > 0));
    expect(wrong, 'frames with both or neither').to.deep.equal([]);
    expect(frames[0]![0]).to.equal(4);
    expect(frames.at(-1)).to.deep.equal([0, 4]);
    const root = p.shadowRoot!.querySelector('parley-transcript')!.shadowRoot!;
    await p.play();
    await until(() => root.querySelectorAll('[aria-current="true"]').length === 1, 'a current turn');
    p.pause();
    expect([...root.querySelectorAll('[role="listitem"]')].indexOf(root.querySelector('[aria-current="true"]')!)).to.equal(2);
  });

  it('puts its own first turn where the first screenful\'s was, drawn the same', () => {
    const root = player.shadowRoot!.querySelector('parley-transcript')!.shadowRoot!;
    expect(looks(root)).to.deep.equal(looksBefore);
  });

  it('holds each word once in the accessibility tree after the take-over, and passes axe', async () => {
    const { items: n, notOnce } = await wordsInTree();
    expect(n).to.equal(4);
    expect(notOnce).to.deep.equal([]);
    await expectAccessible(host, 'player after the take-over');
  });
});

describe('a player created over a first screenful', () => {
  it('renders in a task after the one that created it (evaluating its code and its first render were one task of 50–130 ms)', async () => {
    await import('../../../src/components/player/player.js');
    const page = (first: string) => {
      const div = document.createElement('div');
      div.innerHTML = `<parley-player src="${audio}"><audio preload="none" src="${audio}"></audio>${first}</parley-player>`;
      document.body.append(div);
      return div.firstElementChild as ParleyPlayer;
    };
    const over = page(firstScreenfulHtml(transcript));
    const bare = page('');
    // Microtasks only: still the task that created them.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(bare.hasUpdated, 'without a first screenful: rendered in the same task').to.equal(true);
    expect(over.hasUpdated, 'over a first screenful: not yet').to.equal(false);
    expect(over.shadowRoot!.childElementCount).to.equal(0);
    await over.updateComplete;
    expect(over.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="prerendered"]')!.assignedElements()).to.deep.equal([over.querySelector('[data-parley-prerendered]')]);
    over.parentElement!.remove();
    bare.parentElement!.remove();
  });
});
