import { expect } from '@open-wc/testing';
import { ShowTurnController } from '../../../src/components/transcript/show-turn.js';
import { hostWithView } from './host.js';

describe('ShowTurnController', () => {
  it('focuses or scrolls to each turn asked for, once per request, without a render', async () => {
    const { host, set } = await hostWithView();
    const done: string[] = [];
    new ShowTurnController(host, { focus: (t) => done.push(`focus ${t}`), scroll: (t) => done.push(`scroll ${t}`) });
    const renders = host.renders;
    const first = { turn: 3, focus: true };
    set({ turnToShow: first });
    set({ searchMatches: [] });
    set({ turnToShow: first });
    set({ turnToShow: { turn: 3, focus: true } });
    set({ turnToShow: { turn: 5, focus: false } });
    set({ turnToShow: null });
    expect(done).to.deep.equal(['focus 3', 'focus 3', 'scroll 5']);
    await host.updateComplete;
    expect(host.renders).to.equal(renders);
  });
});
