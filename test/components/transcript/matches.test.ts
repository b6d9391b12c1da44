import { expect, fixture, html } from '@open-wc/testing';
import { MatchHighlightController, MATCH_HIGHLIGHT, ACTIVE_MATCH_HIGHLIGHT } from '../../../src/components/transcript/matches.js';
import { timedTranscript } from '../../helpers/fixtures.js';
import { ControllerHost, hostWithView } from './host.js';

const texts = (name: string) => [...CSS.highlights.get(name)!].map((r) => (r as Range).toString()).sort();

describe('MatchHighlightController', () => {
  it('paints the matches as ranges over the words, the active one apart, and clears them', async () => {
    const host = await fixture<ControllerHost>(html`<parley-test-controller-host></parley-test-controller-host>`);
    const highlights = new MatchHighlightController(host);
    const rendered = host.show(timedTranscript(3));
    const table: [string, Parameters<MatchHighlightController['apply']>[1], number, string[], string[]][] = [
      ['two matches, the second active', [{ turn: 0, sentence: 0, startWord: 1, endWord: 2 }, { turn: 2, sentence: 1, startWord: 0, endWord: 0 }], 1, ['t0s0w1 t0s0w2'], ['t2s1w0']],
      ['none active', [{ turn: 1, sentence: 0, startWord: 0, endWord: 0 }], -1, ['t1s0w0'], []],
      ['a match past the words is left out', [{ turn: 9, sentence: 0, startWord: 0, endWord: 0 }], 0, [], []],
      ['no matches', [], -1, [], []],
    ];
    for (const [name, matches, active, all, current] of table) {
      highlights.apply(rendered, matches, active);
      expect(texts(MATCH_HIGHLIGHT), name).to.deep.equal(all);
      expect(texts(ACTIVE_MATCH_HIGHLIGHT), name).to.deep.equal(current);
    }
  });

  it('leaves the ranges of another transcript on the page alone, and removes its own when disconnected', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <parley-test-controller-host></parley-test-controller-host><parley-test-controller-host></parley-test-controller-host>
    </div>`);
    const [a, b] = [...page.querySelectorAll<ControllerHost>('parley-test-controller-host')];
    const ha = new MatchHighlightController(a!);
    const hb = new MatchHighlightController(b!);
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    ha.apply(a!.show(timedTranscript(2)), [{ turn: 0, sentence: 0, startWord: 0, endWord: 0 }], -1);
    hb.apply(b!.show(timedTranscript(2)), [{ turn: 1, sentence: 0, startWord: 0, endWord: 0 }], -1);
    expect(texts(MATCH_HIGHLIGHT)).to.deep.equal(['t0s0w0', 't1s0w0']);
    hb.apply(b!.rendered, [], -1);
    expect(texts(MATCH_HIGHLIGHT)).to.deep.equal(['t0s0w0']);
    a!.remove();
    expect(texts(MATCH_HIGHLIGHT)).to.deep.equal([]);
  });

  it('given the turns, follows the view state\'s matches itself, without a render, and gives the selected match in a turn', async () => {
    const { host, set } = await hostWithView();
    const highlights = new MatchHighlightController(host, () => host.rendered);
    host.show(timedTranscript(3));
    const renders = host.renders;
    const matches = [{ turn: 0, sentence: 0, startWord: 1, endWord: 1 }, { turn: 2, sentence: 1, startWord: 0, endWord: 0 }];
    set({ searchMatches: matches, activeMatch: 1 });
    expect(texts(MATCH_HIGHLIGHT)).to.deep.equal(['t0s0w1']);
    expect(texts(ACTIVE_MATCH_HIGHLIGHT)).to.deep.equal(['t2s1w0']);
    expect(highlights.selectedIn(2)!.toString()).to.equal('t2s1w0');
    expect(highlights.selectedIn(0)).to.equal(null);
    set({ activeMatch: 0 });
    expect(texts(ACTIVE_MATCH_HIGHLIGHT)).to.deep.equal(['t0s0w1']);
    // New turns: painted again in them.
    const again = host.show(timedTranscript(3));
    highlights.rebuilt(again);
    expect(texts(MATCH_HIGHLIGHT)).to.deep.equal(['t2s1w0']);
    expect(highlights.selectedIn(0)!.startContainer.parentElement!.closest('.turn')).to.equal(again.turns[0]);
    await host.updateComplete;
    expect(host.renders).to.equal(renders);
    set({ searchMatches: [], activeMatch: -1 });
    expect(texts(MATCH_HIGHLIGHT)).to.deep.equal([]);
  });
});
