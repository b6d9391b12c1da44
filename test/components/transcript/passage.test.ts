/**
 * Quoting a passage: selected words give a `#t=start,end` link; opening it plays exactly that
 * span, stops at its end and marks the passage in the transcript.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountDemo, pauseAll, statusText, type Mounted } from '../../helpers/mount.js';
import { until } from '../../helpers/demo.js';
import { wordRange } from '../../helpers/fixtures.js';
import { expectAccessible } from '../../helpers/axe.js';

const clean = () => history.replaceState(null, '', location.pathname + location.search);

/** Word `w` of sentence `s` of turn `t` in the view (a stretch of its sentence's text), and its data. */
function word(m: Mounted, t: number, s: number, w: number) {
  return { range: wordRange(m.view.shadowRoot!, m.transcript, t, s, w), data: m.transcript.turns[t]!.sentences[s]!.words[w]! };
}

const quoteButton = (m: Mounted) =>
  [...m.view.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Copy link to this passage')!;

/** Replaces the clipboard for the test; returns what was written. */
function stubClipboard(): { text: string; restore: () => void } {
  const out = { text: '', restore: () => delete (navigator as unknown as Record<string, unknown>).clipboard };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (out.text = t) } });
  return out;
}

describe('quote a passage', function () {
  // axe over the whole player, twice in some tests, is slow on a busy machine.
  this.timeout(60_000);
  afterEach(() => {
    clean();
    pauseAll();
    document.getSelection()?.removeAllRanges();
  });

  it('selected words give "Copy link to this passage", a #t=start,end link to exactly those words', async () => {
    const m = await mountDemo();
    const clipboard = stubClipboard();
    try {
      expect(quoteButton(m).closest<HTMLElement>('.float')!.hidden).to.equal(true);
      const from = word(m, 3, 1, 2);
      const to = word(m, 3, 2, 4);
      document.getSelection()!.setBaseAndExtent(from.range.startContainer, from.range.startOffset + 1, to.range.startContainer, to.range.startOffset + 2);
      await until(() => !quoteButton(m).closest<HTMLElement>('.float')!.hidden, 'the button shown');
      await expectAccessible(m.player, 'passage selected');
      quoteButton(m).click();
      await until(() => clipboard.text !== '', 'a link copied');
      const start = Math.floor(from.data.start! * 1000) / 1000;
      const end = Math.ceil(to.data.end! * 1000) / 1000;
      expect(clipboard.text).to.equal(`${location.href.split('#')[0]}#t=${start},${end}`);
      await until(() => statusText(m.view) === 'Link to the passage copied', 'the status says so');
    } finally {
      clipboard.restore();
    }
  });

  it('a link to a passage scrolls to it, marks it, plays from its start and stops at its end', async () => {
    const m = await mountDemo();
    const from = word(m, 3, 1, 0);
    const to = word(m, 3, 1, 5);
    const start = from.data.start!;
    const end = to.data.end!;
    history.replaceState(null, '', `#t=${start},${end}`);
    const times: number[] = [];
    const record = () => times.push(m.media.currentTime);
    m.media.addEventListener('timeupdate', record);
    let atPause = NaN;
    m.media.addEventListener('pause', () => (atPause = m.media.currentTime), { once: true });
    // The player follows the page's address only with deep-links (here turned on once the link is in it).
    m.player.deepLinks = true;
    await until(() => !m.media.paused, 'playing');
    // Marked: one highlighted range, from the first word to the last.
    await until(() => (CSS.highlights.get('parley-passage')?.size ?? 0) > 0, 'the passage marked');
    const marked = [...(CSS.highlights.get('parley-passage') ?? [])] as Range[];
    expect(marked.length).to.equal(1);
    const words = m.transcript.turns[3]!.sentences[1]!.words.slice(0, 6).map((w) => w.text).join(' ');
    expect(marked[0]!.toString()).to.equal(words);
    await until(() => {
      const box = from.range.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, 'the passage in view');
    await until(() => m.media.paused, 'paused at the end', 15_000);
    m.media.removeEventListener('timeupdate', record);
    await until(() => !m.media.seeking, 'settled');
    expect(m.media.currentTime, 'where playback stopped').to.be.within(end, end + 0.002);
    // The sound itself stopped within a frame or two of the end (more on a very busy machine).
    expect(atPause - end, 'how far past the end the sound went').to.be.within(0, 0.25);
    expect(Math.min(...times), 'where playback started').to.be.within(start - 0.001, start + 0.3);
    await expectAccessible(m.player, 'passage marked');
  });

  it('`q` on a turn copies the link to the sentence being spoken', async () => {
    const m = await mountDemo();
    const clipboard = stubClipboard();
    try {
      const sentence = m.transcript.turns[2]!.sentences[1]!;
      const timed = sentence.words.filter((w) => w.start !== null && !w.annotation);
      m.player.seek(timed[2]!.start! + 0.05);
      m.view.focusTurn(2);
      await sendKeys({ press: 'q' });
      await until(() => clipboard.text !== '', 'a link copied');
      expect(clipboard.text.split('#')[1]).to.equal(`t=${timed[0]!.start},${timed[timed.length - 1]!.end}`);
    } finally {
      clipboard.restore();
    }
  });
});
