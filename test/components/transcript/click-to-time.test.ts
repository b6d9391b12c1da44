import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { ClickToTime } from '../../../src/components/transcript/click-to-time.js';
import { timedTranscript, untimed, wordPoint } from '../../helpers/fixtures.js';
import { ControllerHost } from './host.js';

async function mount(transcript = timedTranscript(3)) {
  const host = await fixture<ControllerHost>(html`<parley-test-controller-host></parley-test-controller-host>`);
  const played: [number, number][] = [];
  const clicks = new ClickToTime(host, { rendered: () => host.rendered, play: (turn, time) => played.push([turn, time]) });
  host.scroller.addEventListener('click', clicks.onClick);
  host.show(transcript);
  return { host, played, transcript, root: host.renderRoot as ShadowRoot };
}

describe('ClickToTime', () => {
  afterEach(() => document.getSelection()?.removeAllRanges());

  it('plays from the word clicked, from a turn\'s button, and from the sentence on a keyboard\'s click', async () => {
    const { host, played, transcript, root } = await mount();
    const word = transcript.turns[1]!.sentences[1]!.words[3]!;
    const at = wordPoint(root, transcript, 1, 1, 3);
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    expect(played.at(-1)).to.deep.equal([1, word.start]);
    host.rendered!.stamps[2]!.click();
    expect(played.at(-1)).to.deep.equal([2, transcript.turns[2]!.start]);
    // A keyboard's click (detail 0) has no point: the sentence plays.
    host.rendered!.sentences[0]![1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }));
    expect(played.at(-1)).to.deep.equal([0, transcript.turns[0]!.sentences[1]!.start]);
    expect(played).to.have.length(3);
  });

  it('does nothing on an annotation, on a turn\'s head, at the end of a text selection, or in an untimed transcript', async () => {
    const { host, played, transcript, root } = await mount();
    host.renderRoot.querySelector<HTMLElement>('.n')!.click();
    host.renderRoot.querySelector<HTMLElement>('.turn-note')!.click();
    const sentence = host.rendered!.sentences[0]![0]!;
    const range = new Range();
    range.selectNodeContents(sentence);
    const selection = (root as unknown as { getSelection?: () => Selection }).getSelection?.() ?? document.getSelection()!;
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(selection.toString()).to.contain('t0s0w0');
    // The click that ends a drag over the text (a mouse press would have collapsed the selection).
    const at = wordPoint(root, transcript, 0, 0, 1);
    sentence.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1, clientX: at.x, clientY: at.y }));
    expect(played, 'nothing played').to.deep.equal([]);
    document.getSelection()!.removeAllRanges();
    const other = await mount(untimed(timedTranscript(2)));
    other.host.rendered!.sentences[0]![0]!.click();
    expect(other.played).to.deep.equal([]);
  });
});
