/**
 * Scale: every word of a long transcript stays in the page, in order, after rendering and after
 * playing and seeking. A player that keeps only a window of turns in the page (the usual way to
 * stay fast) hides the rest from find-in-page and from screen readers; this test fails for it.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/player/player.js';
import type { ParleyPlayer } from '../../src/components/player/player.js';
import type { Transcript } from '../../src/model/transcript.js';
import { largeTranscript, silentMp3 } from '../../bench/large/generate.js';
import { wordsInPage } from '../../bench/support/words-in-page.js';

const TURNS = 2_000;
const WORDS = 60_000;
/** Three hours: the word times are squeezed to fit, which does not matter here, and the silent MP3 stays 11 MB. */
const DURATION = 3 * 3_600;

const transcript: Transcript = largeTranscript({ seed: 2024, turns: TURNS, words: WORDS, duration: DURATION });
/** A word found nowhere else, near the end: in a part of the transcript never scrolled to. */
const RARE = 'Quizzaciously';
const rareTurn = TURNS - 7;
{
  const sentence = transcript.turns[rareTurn]!.sentences[0]!;
  sentence.words[1]!.text = RARE;
  sentence.text = sentence.words.map((w) => w.text).join(' ');
}
const turnWords = transcript.turns.map((t) => t.sentences.flatMap((s) => s.words.flatMap((w) => w.text.split(/\s+/).filter(Boolean))));
const mp3 = URL.createObjectURL(new Blob([silentMp3(DURATION) as BlobPart], { type: 'audio/mpeg' }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const frame = () => new Promise((r) => requestAnimationFrame(r));

async function until(ok: () => boolean, what: string, ms = 10_000): Promise<void> {
  const t0 = performance.now();
  while (!ok()) {
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The page text of a transcript list: every word in order, and no turn hidden from readers. */
function expectEveryWord(list: Element): void {
  const result = wordsInPage(list, turnWords);
  expect(result.firstMissingTurn, `first turn whose words are not in the page (first word: ${result.firstMissingWord})`).to.equal(-1);
  expect(result.found).to.equal(result.words);
  expect(result.ok).to.equal(true);
  const turns = [...list.querySelectorAll('[role="listitem"]')];
  expect(turns.length).to.equal(TURNS);
  // content-visibility: auto keeps text findable; display: none or `hidden` would not.
  const hidden = turns.filter((t) => !(t as HTMLElement).checkVisibility());
  expect(hidden.length, 'turns hidden from the page').to.equal(0);
}

describe('scale: every word of a 2,000-turn, 60,000-word transcript is in the page', function () {
  this.timeout(60_000);
  let player: ParleyPlayer;
  let list: Element;
  let media: HTMLMediaElement;

  before(async () => {
    // Mounted by hand for the whole suite (a fixture would be removed after the first test).
    player = document.createElement('parley-player');
    player.src = mp3;
    player.transcript = transcript;
    document.body.append(player);
    await player.updateComplete;
    const tr = player.shadowRoot!.querySelector('parley-transcript')!;
    const root = () => tr.shadowRoot!;
    await until(() => root().querySelectorAll('[role="listitem"]').length === TURNS, 'all turns');
    await tr.updateComplete;
    list = root().querySelector('[role="list"]')!;
    media = player.mediaElement!;
    if (media.readyState < 1) await new Promise((r) => media.addEventListener('loadedmetadata', r, { once: true }));
  });

  after(() => {
    media?.pause();
    player?.remove();
  });

  it('has every word, in order, after rendering', () => {
    expect(media.duration).to.be.at.least(transcript.turns.at(-1)!.end!);
    expectEveryWord(list);
  });

  it('lets find-in-page find a word in a part never scrolled to', () => {
    const scroller = list.closest('.scroller')!;
    expect(scroller.scrollTop).to.equal(0);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    // window.find is the browser's find-in-page, as a script sees it.
    const found = (window as unknown as { find(s: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean): boolean }).find(RARE, true, false, true);
    expect(found, `find-in-page found "${RARE}"`).to.equal(true);
    const turns = [...list.querySelectorAll('[role="listitem"]')];
    const range = selection.rangeCount ? selection.getComposedRanges?.({ shadowRoots: [list.getRootNode() as ShadowRoot] })[0] : undefined;
    const at = range ? (range.startContainer.parentElement?.closest('[role="listitem"]') ?? null) : null;
    expect(at && turns.indexOf(at), 'the turn where it was found').to.equal(rareTurn);
    selection.removeAllRanges();
  });

  it('gives assistive technology every turn and every word in its accessibility tree', async () => {
    // The whole tree Chromium gives assistive technology (scripts/a11y-tree-plugin.mjs).
    const tree = await executeServerCommand<{ roles: Record<string, number>; text: string[] }, undefined>('a11y-tree');
    const items = tree.roles['listitem'] ?? 0;
    const texts = tree.text;
    expect(items, 'turns in the accessibility tree').to.equal(TURNS);
    const text = document.createElement('pre');
    text.textContent = texts.join(' ');
    // The controls' text comes first: more than the usual gap before the first turn.
    const result = wordsInPage(text, turnWords, 64);
    expect(result.firstMissingTurn, 'first turn whose words are missing from the accessibility tree').to.equal(-1);
    expect(result.found).to.equal(result.words);
  });

  it('copies every word when the whole transcript is selected', () => {
    const selection = document.getSelection()!;
    selection.selectAllChildren(list);
    const copied = selection.toString();
    selection.removeAllRanges();
    const text = document.createElement('pre');
    text.textContent = copied;
    const result = wordsInPage(text, turnWords);
    expect(result.firstMissingTurn, 'first turn whose words are not in the selection').to.equal(-1);
    expect(result.found).to.equal(result.words);
  });

  it('still has every word, and exactly one current turn, after playing and seeking across the recording', async () => {
    await media.play();
    await sleep(300);
    const root = list.getRootNode() as ShadowRoot;
    for (const fraction of [0.5, 0.99, 0.1, 0.75, 0.001]) {
      media.currentTime = fraction * transcript.turns.at(-1)!.end!;
      await new Promise((r) => media.addEventListener('seeked', r, { once: true }));
      await frame();
      await frame();
      const current = root.querySelectorAll('[aria-current="true"]');
      expect(current.length, `current turns after seeking to ${Math.round(fraction * 100)}%`).to.equal(1);
      expectEveryWord(list);
    }
    await sleep(500);
    expectEveryWord(list);
  });
});

describe('scale: the every-word check can fail', () => {
  const words = turnWords.slice(0, 60);

  function render(turns: string[][], options: { from?: number; hide?: number; drop?: [number, number] } = {}): HTMLElement {
    const list = document.createElement('div');
    list.setAttribute('role', 'list');
    turns.forEach((ws, i) => {
      if (i < (options.from ?? 0)) return;
      const turn = document.createElement('div');
      turn.setAttribute('role', 'listitem');
      const head = document.createElement('div');
      head.textContent = `0:${String(i).padStart(2, '0')} Speaker ${i}`;
      const p = document.createElement('p');
      p.textContent = ws.filter((_, k) => !(options.drop && options.drop[0] === i && options.drop[1] === k)).join(' ');
      turn.append(head, p);
      if (options.hide === i) turn.hidden = true;
      list.append(turn);
    });
    document.body.append(list);
    return list;
  }
  afterEach(() => document.querySelectorAll('body > [role="list"]').forEach((l) => l.remove()));

  it('passes for a full rendering', () => {
    expect(wordsInPage(render(words), words).ok).to.equal(true);
  });

  it('fails when only a window of turns is in the page', () => {
    const result = wordsInPage(render(words, { from: 20 }), words);
    expect(result.ok).to.equal(false);
    expect(result.firstMissingTurn).to.equal(0);
  });

  it('fails when one word of one turn is missing', () => {
    const result = wordsInPage(render(words, { drop: [33, 5] }), words);
    expect(result.ok).to.equal(false);
    expect(result.firstMissingTurn).to.equal(33);
  });

  it('sees a hidden turn', () => {
    const list = render(words, { hide: 7 });
    const hidden = [...list.querySelectorAll('[role="listitem"]')].filter((t) => !(t as HTMLElement).checkVisibility());
    expect(hidden.length).to.equal(1);
  });
});
