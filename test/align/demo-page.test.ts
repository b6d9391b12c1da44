/**
 * The demo page (index.html in a frame): a chosen recording and its untimed text are aligned in
 * the page, then the player plays the aligned transcript and "Copy link" links into it.
 */
import { expect } from '@open-wc/testing';
import type { ParleyPlayer } from '../../src/components/player/player.js';
import type { ParleyAligner } from '../../src/components/aligner/aligner.js';
import { parseMediaFragment } from '../../src/nav/media-fragment.js';
import { until } from '../helpers/fixtures.js';
import { alignFixture, wordTimes } from './helpers.js';

async function openDemo(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'Demo page';
  frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
  frame.src = new URL('../../index.html', import.meta.url).href;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const doc = frame.contentDocument!;
  await until(() => !!doc.querySelector<ParleyPlayer>('parley-player')?.shadowRoot, 'the demo player', 60_000);
  return doc;
}

/** axe-core run inside the frame (it checks elements of its own document only); throws on any violation. */
async function expectAccessible(doc: Document, state: string): Promise<void> {
  const win = doc.defaultView as Window & { axe?: { run(c: Element): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).href;
    doc.head.append(script);
    await new Promise((r) => script.addEventListener('load', r, { once: true }));
  }
  const { violations } = await win.axe!.run(doc.querySelector('main')!);
  const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  if (found.length) throw new Error(`axe-core found ${found.length} violation(s) in state "${state}":\n${found.join('\n')}`);
}

function choose(input: HTMLInputElement, file: File): void {
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const buttons = (root: ShadowRoot | Document) => [...root.querySelectorAll('button')];

describe('aligning on the demo page', function () {
  this.timeout(180_000);

  it('plays the aligned transcript, which "Copy link" links into', async () => {
    const f = await alignFixture('speech');
    const doc = await openDemo();
    const player = doc.querySelector<ParleyPlayer>('parley-player')!;
    choose(doc.querySelector<HTMLInputElement>('#media-file')!, f.media);
    choose(doc.querySelector<HTMLInputElement>('#transcript-file')!, f.transcript);
    await until(() => !!doc.querySelector<ParleyAligner>('parley-aligner')?.shadowRoot?.querySelector('button'), 'the offer to align', 60_000);
    const aligner = doc.querySelector<ParleyAligner>('parley-aligner')!;
    await expectAccessible(doc, 'demo page offering alignment');
    buttons(aligner.shadowRoot!).find((b) => b.textContent!.trim() === 'Align the transcript to the recording')!.click();
    await aligner.updateComplete;
    buttons(aligner.shadowRoot!).find((b) => /and align$/.test(b.textContent!))!.click();
    await until(() => buttons(aligner.shadowRoot!).some((b) => b.textContent!.trim() === 'Download transcript'), 'the alignment', 150_000);

    // The player shows the aligned transcript: every word timed as the command line times it.
    expect(wordTimes(player.transcript!)).to.deep.equal(wordTimes(JSON.parse(f.cli.output!)));
    const transcriptView = player.shadowRoot!.querySelector('parley-transcript')!;
    await until(() => (transcriptView.shadowRoot?.querySelectorAll('button').length ?? 0) >= 3, 'turn buttons', 30_000);
    const turnButtons = buttons(transcriptView.shadowRoot!).filter((b) => /^\d+:\d\d /.test(b.textContent!.trim()));
    expect(turnButtons.map((b) => b.textContent!.trim().replace(/\s+/g, ' '))).to.deep.equal(
      player.transcript!.turns.map((t, k) => `0:${String(Math.floor(t.start!)).padStart(2, '0')} ${['Mr. Smith', 'Ms. Jones', 'Mr. Brown'][k]}`),
    );
    // Choosing the second turn plays from its start.
    turnButtons[1]!.click();
    const media = player.mediaElement!;
    await until(() => Math.abs(media.currentTime - player.transcript!.turns[1]!.start!) < 0.05, 'the seek to turn 2', 30_000);
    media.pause();

    // "Copy link" copies the page address at the turn playing.
    const win = doc.defaultView! as Window & typeof globalThis;
    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    const whereAmI = doc.querySelector('parley-navigation')!.shadowRoot!.querySelector('parley-where-am-i')!;
    buttons(whereAmI.shadowRoot!).find((b) => b.textContent!.trim() === 'Copy link')!.click();
    await until(() => copied !== '', 'a copied link', 30_000);
    const range = parseMediaFragment(new URL(copied).hash)!;
    expect(range.start).to.be.closeTo(player.transcript!.turns[1]!.start!, 0.002);
    await expectAccessible(doc, 'demo page after alignment');
  });
});
