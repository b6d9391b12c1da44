import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { FollowController } from '../../../src/components/transcript/follow.js';
import { timedTranscript, until, nextFrame } from '../../helpers/fixtures.js';
import { ControllerHost } from './host.js';

async function mount() {
  await emulateMedia({ reducedMotion: 'reduce' });
  const host = await fixture<ControllerHost>(html`<parley-test-controller-host></parley-test-controller-host>`);
  const rendered = host.show(timedTranscript(30));
  // Turn 20 is after the first screenful: wait until it is built.
  await rendered.done;
  const state = { playing: true, off: false, target: rendered.turns[20]! as HTMLElement | null, current: true, backs: 0 };
  const follow = new FollowController(host, {
    scroller: () => host.scroller,
    target: () => state.target,
    playing: () => state.playing,
    off: () => state.off,
    hasCurrent: () => state.current,
    onBack: () => state.backs++,
  });
  const inView = (el: HTMLElement) => {
    const box = el.getBoundingClientRect();
    const s = host.scroller.getBoundingClientRect();
    return box.top >= s.top && box.bottom <= s.bottom;
  };
  return { host, rendered, state, follow, inView };
}

describe('FollowController', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('keeps the target in view while playing, and not when off, paused by the reader or not playing', async () => {
    const cases: [string, Partial<{ playing: boolean; off: boolean; paused: boolean }>, boolean][] = [
      ['playing', {}, true],
      ['follow mode off', { off: true }, false],
      ['paused by the reader', { paused: true }, false],
      ['not playing', { playing: false }, false],
    ];
    for (const [name, given, scrolls] of cases) {
      const { state, follow, inView, host } = await mount();
      state.playing = given.playing ?? true;
      state.off = given.off ?? false;
      if (given.paused) follow.pause();
      expect(inView(state.target!), `${name}: out of view first`).to.equal(false);
      follow.schedule();
      await new Promise((r) => setTimeout(r, 50));
      await nextFrame();
      expect(inView(state.target!), name).to.equal(scrolls);
      host.remove();
    }
  });

  it('pauses on the reader\'s wheel and scroll but not on its own scroll, and re-renders its host for "Back to current"', async () => {
    const { host, state, follow } = await mount();
    follow.reveal(state.target!, true);
    await until(() => host.scroller.scrollTop > 0, 'scrolled by us');
    host.scroller.dispatchEvent(new Event('scroll'));
    expect(follow.paused, 'own scroll').to.equal(false);
    await new Promise((r) => setTimeout(r, 250));
    const renders = host.renders;
    host.scroller.dispatchEvent(new WheelEvent('wheel'));
    follow.onUserScrollIntent();
    expect(follow.paused, 'wheel').to.equal(true);
    await host.updateComplete;
    expect(host.renders).to.equal(renders + 1);
    follow.resume();
    expect(follow.paused).to.equal(false);
    host.scroller.scrollTop = 10;
    follow.onScrollerScroll();
    expect(follow.paused, 'reader scroll').to.equal(true);
  });

  it('pauses on scrolling keys (Space only off a button), and never without a current turn', async () => {
    const { state, follow, rendered } = await mount();
    const key = (key: string, target: HTMLElement) => {
      const event = new KeyboardEvent('keydown', { key });
      Object.defineProperty(event, 'target', { value: target });
      follow.onKey(event);
    };
    key(' ', rendered.stamps[0]!);
    expect(follow.paused, 'Space on a button').to.equal(false);
    key('x', rendered.turns[0]!);
    expect(follow.paused, 'a letter').to.equal(false);
    state.current = false;
    key('PageDown', rendered.turns[0]!);
    expect(follow.paused, 'no current turn').to.equal(false);
    state.current = true;
    key('PageDown', rendered.turns[0]!);
    expect(follow.paused, 'Page Down').to.equal(true);
  });

  it('hears the reader\'s wheel, touch and scroll on its scrolling box by itself', async () => {
    const { host, follow } = await mount();
    host.requestUpdate();
    await host.updateComplete;
    host.scroller.dispatchEvent(new WheelEvent('wheel'));
    expect(follow.paused, 'wheel').to.equal(true);
    follow.resume();
    host.scroller.dispatchEvent(new Event('touchstart'));
    expect(follow.paused, 'touch').to.equal(true);
    follow.resume();
    host.remove();
    host.scroller.dispatchEvent(new WheelEvent('wheel'));
    expect(follow.paused, 'no longer listening once out of the page').to.equal(false);
  });

  it('offers "Back to current" while paused with a current turn; pressing it follows again and brings the target back', async () => {
    const { host, state, follow, inView } = await mount();
    const box = document.createElement('div');
    host.renderRoot.append(box);
    const button = () => {
      render(follow.renderBack('Back to current'), box);
      return box.querySelector<HTMLButtonElement>('button.back')!;
    };
    const shown = () => !button().parentElement!.hidden;
    expect(shown(), 'following').to.equal(false);
    follow.pause();
    expect(shown(), 'paused').to.equal(true);
    state.current = false;
    expect(shown(), 'no current turn').to.equal(false);
    state.current = true;
    expect(inView(state.target!)).to.equal(false);
    button().click();
    expect(follow.paused).to.equal(false);
    expect(shown()).to.equal(false);
    expect(state.backs).to.equal(1);
    await until(() => inView(state.target!), 'the target back in view');
  });
});
