import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextProvider, createContext } from '@lit/context';
import { ContextSelection, sameShallow } from '../../../src/components/shared/selection.js';

interface State { time: number; turn: number; paused: boolean }
const context = createContext<State | undefined>(Symbol('test-state'));

class Provider extends LitElement {
  provider = new ContextProvider(this, { context, initialValue: { time: 0, turn: -1, paused: true } });
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('parley-test-provider', Provider);

class Consumer extends LitElement {
  renders = 0;
  changes: number[] = [];
  turn = new ContextSelection(this, context, (s: State | undefined) => ({ turn: s?.turn ?? -1, paused: s?.paused ?? true }));
  quiet = new ContextSelection(this, context, (s: State | undefined) => s?.turn ?? -1, { onChange: (turn) => this.changes.push(turn) });
  protected override render() {
    this.renders++;
    return `${this.turn.value.turn}`;
  }
}
customElements.define('parley-test-consumer', Consumer);

describe('sameShallow', () => {
  const table: [unknown, unknown, boolean][] = [
    [1, 1, true], [1, 2, false], [NaN, NaN, true], [null, null, true], [null, {}, false],
    [{ a: 1, b: 'x' }, { a: 1, b: 'x' }, true], [{ a: 1 }, { a: 1, b: 2 }, false], [{ a: [1] }, { a: [1] }, false],
    [[1, 2], [1, 2], true], [[1, 2], { 0: 1, 1: 2 }, false],
  ];
  for (const [a, b, expected] of table) it(`${JSON.stringify(a)} ~ ${JSON.stringify(b)} → ${expected}`, () => expect(sameShallow(a, b)).to.equal(expected));
});

describe('ContextSelection', () => {
  it('re-renders its host only when what it picks changes, and always keeps the latest state', async () => {
    const provider = await fixture<Provider>(html`<parley-test-provider><parley-test-consumer></parley-test-consumer></parley-test-provider>`);
    const consumer = provider.querySelector<Consumer>('parley-test-consumer')!;
    await consumer.updateComplete;
    const first = consumer.renders;
    for (let i = 1; i <= 100; i++) provider.provider.setValue({ time: i / 60, turn: -1, paused: true });
    await consumer.updateComplete;
    expect(consumer.renders, 'time alone').to.equal(first);
    expect(consumer.turn.state?.time).to.equal(100 / 60);
    provider.provider.setValue({ time: 2, turn: 3, paused: true });
    await consumer.updateComplete;
    expect(consumer.renders, 'a new turn').to.equal(first + 1);
    expect(consumer.shadowRoot!.textContent).to.contain('3');
    // A pick with onChange calls it instead of re-rendering.
    expect(consumer.changes).to.deep.equal([3]);
  });

  it('stops listening when its host leaves the page', async () => {
    const provider = await fixture<Provider>(html`<parley-test-provider><parley-test-consumer></parley-test-consumer></parley-test-provider>`);
    const consumer = provider.querySelector<Consumer>('parley-test-consumer')!;
    await consumer.updateComplete;
    consumer.remove();
    provider.provider.setValue({ time: 1, turn: 7, paused: false });
    expect(consumer.changes).to.deep.equal([]);
    expect(consumer.turn.state).to.equal(undefined);
  });
});
