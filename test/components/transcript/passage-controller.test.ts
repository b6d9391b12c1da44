import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { PassageController } from '../../../src/components/transcript/passage.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { timedTranscript, wordRange } from '../../helpers/fixtures.js';
import { hostWithView } from './host.js';

const marked = () => [...(CSS.highlights.get('parley-passage') ?? [])].map((r) => (r as Range).toString());

async function mount(offset = 0) {
  const { host, set } = await hostWithView();
  const transcript = timedTranscript(4);
  const index = new TimeIndex(transcript);
  const said: string[] = [];
  const revealed: HTMLElement[] = [];
  const state = { time: 0, turn: 0 };
  const passages = new PassageController(host, {
    rendered: () => host.rendered,
    index: () => index,
    offset: () => offset,
    time: () => state.time,
    focusedTurn: () => state.turn,
    reveal: (el) => revealed.push(el),
    say: (text) => said.push(text),
  });
  const ui = document.createElement('div');
  host.renderRoot.append(ui);
  const rendered = host.show(transcript);
  passages.rebuilt();
  const word = (t: number, s: number, w: number) => transcript.turns[t]!.sentences[s]!.words[w]!;
  return { host, set, passages, transcript, rendered, said, revealed, state, ui, word };
}

describe('PassageController', () => {
  afterEach(() => document.getSelection()?.removeAllRanges());

  it('marks the passage the view state carries, from its first word to its last, and brings it into view', async () => {
    const { set, word, rendered, revealed } = await mount(2);
    expect(marked()).to.deep.equal([]);
    // Media seconds: the transcript is heard 2 s later.
    set({ passage: { start: word(1, 0, 1).start! + 2, end: word(1, 0, 3).end! + 2 } });
    expect(marked()).to.deep.equal(['t1s0w1 t1s0w2 t1s0w3.']);
    expect(revealed).to.deep.equal([rendered.sentences[1]![0]]);
    set({ passage: { start: word(2, 1, 0).start! + 2, end: word(3, 0, 0).end! + 2 } });
    // Across turns: from the first word to the last, the next turn's head between them.
    expect(marked()).to.have.length(1);
    expect(marked()[0]).to.match(/^t2s1w0 t2s1w1 \(inaudible\) t2s1w2 t2s1w3\..*t3s0w0$/);
    set({ passage: null });
    expect(marked()).to.deep.equal([]);
  });

  it('turns selected words into a #t=start,end link rounded outward, offered by "Copy link to this passage"', async () => {
    const { host, passages, transcript, word, ui, said } = await mount();
    const root = host.renderRoot as ShadowRoot;
    render(passages.render(), ui);
    expect(ui.querySelector<HTMLElement>('.float')!.hidden).to.equal(true);
    const range = new Range();
    const from = wordRange(root, transcript, 0, 1, 0);
    const to = wordRange(root, transcript, 1, 0, 1);
    range.setStart(from.startContainer, from.startOffset);
    range.setEnd(to.endContainer, to.endOffset);
    document.getSelection()!.addRange(range);
    await new Promise((r) => setTimeout(r, 50));
    expect(passages.selected).to.deep.equal({ start: word(0, 1, 0).start, end: word(1, 0, 1).end });
    await host.updateComplete;
    render(passages.render(), ui);
    expect(ui.querySelector<HTMLElement>('.float')!.hidden).to.equal(false);
    expect(passages.linkTo({ start: 1.23456, end: 2.00001 }).split('#')[1]).to.equal('t=1.234,2.001');
    // Without clipboard access the link is selected in the field instead.
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      ui.querySelector<HTMLButtonElement>('button')!.click();
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    const field = ui.querySelector<HTMLInputElement>('.link-field')!;
    expect(field.hidden).to.equal(false);
    expect(field.value.split('#')[1]).to.equal(`t=${word(0, 1, 0).start},${word(1, 0, 1).end}`);
    expect(said.at(-1)).to.equal('Link selected: press Control+C or Command+C to copy it');
  });

  it('`q` on a turn quotes the sentence being spoken, else the focused turn\'s first; not elsewhere', async () => {
    const { host, passages, rendered, state, word, said } = await mount();
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    try {
      host.addEventListener('keydown', (e) => passages.onKey(e));
      state.time = word(2, 1, 3).start! + 0.05;
      rendered.stamps[0]!.focus();
      await sendKeys({ press: 'q' });
      await new Promise((r) => setTimeout(r, 20));
      expect(copied.at(-1)!.split('#')[1]).to.equal(`t=${word(2, 1, 0).start},${word(2, 1, 4).end}`);
      state.time = 0;
      state.turn = 3;
      await sendKeys({ press: 'q' });
      await new Promise((r) => setTimeout(r, 20));
      expect(copied.at(-1)!.split('#')[1]).to.equal(`t=${word(3, 0, 0).start},${word(3, 0, 3).end}`);
      expect(said.at(-1)).to.equal('Link to the passage copied');
      const handled = passages.onKey(new KeyboardEvent('keydown', { key: 'q' }));
      expect(handled, 'q outside the turns').to.equal(false);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });
});
