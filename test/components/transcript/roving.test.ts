import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RovingTabindexController } from '../../../src/components/transcript/roving.js';
import { timedTranscript, untimed } from '../../helpers/fixtures.js';
import { ControllerHost } from './host.js';

async function mount(transcript = timedTranscript(5)) {
  const host = await fixture<ControllerHost>(html`<parley-test-controller-host></parley-test-controller-host>`);
  let moves = 0;
  const revealed: HTMLElement[] = [];
  const roving = new RovingTabindexController(host, { rendered: () => host.rendered, onMove: () => moves++, reveal: (el) => revealed.push(el) });
  // As the transcript does: its key handler gives the keys to the controller first.
  const handled: boolean[] = [];
  host.addEventListener('keydown', (event) => handled.push(roving.onKeyDown(event)));
  host.show(transcript);
  roving.reset();
  const stops = () => [...host.renderRoot.querySelectorAll<HTMLElement>('[tabindex="0"]')];
  return { host, roving, stops, moves: () => moves, revealed, handled, root: host.renderRoot as ShadowRoot };
}

describe('RovingTabindexController', () => {
  it('gives the one Tab stop to the first turn, and moves it with the arrows, Home and End', async () => {
    const { host, roving, stops, moves, revealed, root } = await mount();
    const stamps = host.rendered!.stamps;
    expect(stops()).to.deep.equal([stamps[0]]);
    const table: [string, number][] = [['ArrowDown', 1], ['ArrowDown', 2], ['ArrowUp', 1], ['End', 4], ['ArrowDown', 4], ['Home', 0], ['ArrowUp', 0]];
    roving.focus(0);
    for (const [key, expected] of table) {
      await sendKeys({ press: key });
      expect(root.activeElement, `${key} → turn ${expected}`).to.equal(stamps[expected]);
      expect(stops(), `one Tab stop after ${key}`).to.deep.equal([stamps[expected]]);
    }
    expect(moves()).to.equal(table.length);
    expect(revealed.at(-1)).to.equal(stamps[0]);
  });

  it('steps over hidden turns, and keeps the Tab stop on a turn that can be seen', async () => {
    const { host, roving, stops, root } = await mount();
    const { turns, stamps } = host.rendered!;
    turns[1]!.hidden = true;
    turns[3]!.hidden = true;
    roving.focus(0);
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(stamps[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(stamps[4]);
    turns[0]!.hidden = true;
    turns[4]!.hidden = true;
    roving.set(0);
    roving.keepVisible();
    expect(stops()).to.deep.equal([stamps[2]]);
  });

  it('lets keys with Ctrl, Alt or Meta and keys on other elements pass', async () => {
    const { host, roving, handled } = await mount();
    roving.focus(0);
    const key = (init: KeyboardEventInit, target: HTMLElement = host.rendered!.stamps[0]!) => {
      target.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true }));
      return handled.at(-1);
    };
    expect(key({ key: 'ArrowDown', ctrlKey: true })).to.equal(false);
    expect(key({ key: 'ArrowDown' }, host.rendered!.stamps[3]!)).to.equal(false);
    expect(key({ key: 'x' })).to.equal(false);
    expect(key({ key: 'ArrowDown' })).to.equal(true);
  });

  it('takes the Tab stop to a turn focused another way; turns without a time are focusable themselves', async () => {
    const { host, stops } = await mount(untimed(timedTranscript(3)));
    const { turns } = host.rendered!;
    expect(stops()).to.deep.equal([turns[0]]);
    turns[2]!.tabIndex = -1;
    turns[2]!.focus();
    expect(stops()).to.deep.equal([turns[2]]);
    // An untimed turn gives up the Tab stop altogether (no tabindex), not to -1.
    expect(turns[0]!.hasAttribute('tabindex')).to.equal(false);
  });

  it('takes the Tab stop along with playback, unless the reader is in the turns or the turn is hidden', async () => {
    const { host, roving, stops, root } = await mount();
    const { turns, stamps } = host.rendered!;
    roving.followPlayback(2);
    expect(stops()).to.deep.equal([stamps[2]]);
    turns[3]!.hidden = true;
    roving.followPlayback(3);
    expect(stops(), 'a hidden turn').to.deep.equal([stamps[2]]);
    roving.followPlayback(-1);
    expect(stops(), 'no current turn').to.deep.equal([stamps[2]]);
    roving.focus(0);
    roving.followPlayback(4);
    expect(stops(), 'the reader is in the turns').to.deep.equal([stamps[0]]);
    expect(root.activeElement).to.equal(stamps[0]);
  });
});
