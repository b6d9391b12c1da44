import { expect } from '@open-wc/testing';
import { SpeakerFilterController } from '../../../src/components/transcript/speakers.js';
import { timedTranscript } from '../../helpers/fixtures.js';
import { hostWithView } from './host.js';

describe('SpeakerFilterController', () => {
  it('hides the turns of the speakers not chosen in the view state, without a render, and shows all again', async () => {
    const { host, set } = await hostWithView();
    let changes = 0;
    const filter = new SpeakerFilterController(host, () => host.rendered, () => changes++);
    const rendered = host.show(timedTranscript(6));
    filter.apply();
    const hidden = () => rendered.turns.map((t) => t.hidden);
    expect(hidden()).to.deep.equal([false, false, false, false, false, false]);
    const renders = host.renders;
    set({ visibleSpeakers: ['rice', 'gates'] });
    // The fixture's speakers take turns: rice, lavrov, gates, rice, lavrov, gates.
    expect(hidden()).to.deep.equal([false, true, false, false, true, false]);
    set({ visibleSpeakers: [] });
    expect(hidden()).to.deep.equal([true, true, true, true, true, true]);
    set({ visibleSpeakers: null });
    expect(hidden()).to.deep.equal([false, false, false, false, false, false]);
    await host.updateComplete;
    expect(host.renders, 'no render of the host').to.equal(renders);
    expect(changes, 'told each time, so that the Tab stop moves to a visible turn').to.equal(4);
  });

  it('applies the choice to turns built later, and only to them', async () => {
    const { host, set } = await hostWithView({ visibleSpeakers: ['lavrov'] });
    const filter = new SpeakerFilterController(host, () => host.rendered, () => undefined);
    const rendered = host.show(timedTranscript(3));
    expect(rendered.turns.some((t) => t.hidden)).to.equal(false);
    filter.apply(1, 2);
    expect(rendered.turns.map((t) => t.hidden)).to.deep.equal([false, false, false]);
    filter.apply(2, 3);
    expect(rendered.turns.map((t) => t.hidden)).to.deep.equal([false, false, true]);
    set({ visibleSpeakers: ['rice'] });
    expect(rendered.turns.map((t) => t.hidden)).to.deep.equal([false, true, true]);
  });
});
