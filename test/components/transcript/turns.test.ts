import { expect, fixture, html } from '@open-wc/testing';
import { TurnsController } from '../../../src/components/transcript/turns.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import type { Transcript } from '../../../src/model/transcript.js';
import type { RenderedTurns } from '../../../src/components/transcript/render-turns.js';
import { timedTranscript } from '../../helpers/fixtures.js';
import { ControllerHost } from './host.js';

async function mount(first: Transcript | null) {
  const host = await fixture<ControllerHost>(html`<parley-test-controller-host></parley-test-controller-host>`);
  let data = first;
  let shared: { transcript: Transcript | null; index: TimeIndex | null } = { transcript: null, index: null };
  const built: (RenderedTurns | null)[] = [];
  const chunks: [number, number][] = [];
  const turns = new TurnsController(host, {
    list: () => host.renderRoot.querySelector<HTMLElement>('.turns')!,
    data: () => data,
    shared: () => shared,
    questionNumber: () => 'Question {n}',
    onBuilt: (r) => built.push(r),
    onChunk: (from, to) => chunks.push([from, to]),
  });
  const show = async (next: Transcript | null) => {
    data = next;
    host.requestUpdate();
    await host.updateComplete;
  };
  await show(first);
  const elements = () => [...host.renderRoot.querySelectorAll('.turn')];
  return { host, turns, built, chunks, show, elements, share: (s: typeof shared) => (shared = s) };
}

describe('TurnsController', () => {
  it('builds the turns once per transcript, not on a render of the same one, and empties the list for none', async () => {
    const a = timedTranscript(3);
    const { host, turns, built, show, elements } = await mount(a);
    expect(elements()).to.have.length(3);
    expect(built).to.deep.equal([turns.rendered]);
    const first = elements()[0];
    host.requestUpdate();
    await host.updateComplete;
    expect(built, 'a render of the same transcript builds nothing').to.have.length(1);
    expect(elements()[0]).to.equal(first);
    await show(timedTranscript(5));
    expect(elements()).to.have.length(5);
    expect(built).to.have.length(2);
    await show(null);
    expect(elements()).to.have.length(0);
    expect(built.at(-1)).to.equal(null);
  });

  it('reports every chunk of a long transcript, in order, until every turn is in the page', async () => {
    const long = timedTranscript(130, { wordsPerSentence: 2 });
    const { turns, chunks, elements } = await mount(long);
    await turns.rendered!.done;
    expect(elements()).to.have.length(130);
    expect(chunks[0]![0]).to.equal(0);
    expect(chunks.at(-1)![1]).to.equal(130);
    chunks.forEach(([from], i) => i > 0 && expect(from, `chunk ${i} follows chunk ${i - 1}`).to.equal(chunks[i - 1]![1]));
  });

  it('uses the player\'s time index for the player\'s transcript, else one of its own', async () => {
    const a = timedTranscript(2);
    const { turns, share } = await mount(a);
    const own = turns.index!;
    expect(own.turns.starts.length).to.equal(2);
    const players = new TimeIndex(a);
    share({ transcript: a, index: players });
    expect(turns.index).to.equal(players);
    share({ transcript: timedTranscript(2), index: new TimeIndex(timedTranscript(2)) });
    expect(turns.index).to.equal(own);
  });

  it('stops building when the element leaves the page, and builds again when it comes back', async () => {
    const long = timedTranscript(200, { wordsPerSentence: 2 });
    const { host, turns, elements, built } = await mount(long);
    const before = elements().length;
    expect(before).to.be.below(200);
    const parent = host.parentElement!;
    host.remove();
    await turns.rendered!.done;
    expect(elements().length, 'no turn added after leaving').to.equal(before);
    parent.append(host);
    host.requestUpdate();
    await host.updateComplete;
    expect(built).to.have.length(2);
    await turns.rendered!.done;
    expect(elements()).to.have.length(200);
  });
});
