import { expect } from '@open-wc/testing';
import { mountDemo, pauseAll, currentTurnIndex } from '../../helpers/mount.js';
import { until, wait } from '../../helpers/demo.js';
import { TimeIndex } from '../../../src/model/time-index.js';

const clean = () => history.replaceState(null, '', location.pathname + location.search);

describe('deep links #t= with the real player (its deep-links attribute)', () => {
  afterEach(() => {
    document.querySelectorAll('parley-player').forEach((p) => p.remove());
    clean();
    pauseAll();
  });

  it('opening the page with #t=300 starts playing at 300 s', async () => {
    history.replaceState(null, '', '#t=300');
    const m = await mountDemo({ deepLinks: true });
    expect(m.media.duration).to.be.greaterThan(300);
    await until(() => !m.media.paused && m.media.currentTime >= 300, 'playing from 300 s');
    expect(m.media.currentTime).to.be.within(300, 302);
    // The transcript shows the turn spoken at 300 s as current.
    const expected = new TimeIndex(m.transcript).turnAt(300);
    expect(expected).to.be.greaterThan(0);
    await until(() => currentTurnIndex(m.view) === expected, `turn ${expected} current`);
  });

  it('follows a change of the hash, and pauses at the end time', async () => {
    const m = await mountDemo({ deepLinks: true });
    await wait(100);
    expect(m.media.currentTime).to.equal(0);
    location.hash = '#t=1:40,1:41.5';
    await until(() => !m.media.paused && m.media.currentTime >= 100, 'playing from 100 s');
    await until(() => m.media.paused, 'paused at the end', 4000);
    expect(m.media.currentTime).to.be.within(101.5, 102);
  });

  it('forgets the end when the person seeks elsewhere', async () => {
    const m = await mountDemo({ deepLinks: true });
    location.hash = '#t=200,201';
    await until(() => !m.media.paused && m.media.currentTime >= 200, 'playing from 200 s');
    await wait(200);
    m.player.seek(50, { play: true });
    await wait(1800);
    expect(m.media.paused).to.equal(false);
    expect(m.media.currentTime).to.be.within(51, 53);
  });

  it('ignores fragments that are not a time', async () => {
    history.replaceState(null, '', '#t=abc');
    const m = await mountDemo({ deepLinks: true });
    location.hash = '#question-3';
    await wait(300);
    expect(m.media.paused).to.equal(true);
    expect(m.media.currentTime).to.equal(0);
  });

  it('stops following when the attribute is removed', async () => {
    const m = await mountDemo({ deepLinks: true });
    m.player.deepLinks = false;
    await m.player.updateComplete;
    location.hash = '#t=120';
    await wait(300);
    expect(m.media.currentTime).to.equal(0);
  });

  it('is off without the attribute: the page address is not the player\'s', async () => {
    history.replaceState(null, '', '#t=300');
    const m = await mountDemo();
    location.hash = '#t=120';
    await wait(300);
    expect(m.media.paused).to.equal(true);
    expect(m.media.currentTime).to.equal(0);
  });
});
