import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountDemo, statusText, pauseAll, turnElements, type Mounted } from '../../helpers/mount.js';
import { until, deepActiveElement, once } from '../../helpers/demo.js';
import { formatClock } from '../../../src/model/time-format.js';
import { parseMediaFragment } from '../../../src/nav/media-fragment.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { expectAccessible } from '../../helpers/axe.js';

function button(m: Mounted, name: string): HTMLButtonElement {
  return [...m.whereAmI.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
}

describe('<parley-where-am-i> in the player', () => {
  afterEach(pauseAll);

  it('"Where am I" says the time, speaker and question once, in the status region', async () => {
    const m = await mountDemo();
    button(m, 'Where am I').click();
    await until(() => statusText(m.whereAmI) !== '', 'an answer');
    expect(statusText(m.whereAmI)).to.equal('Paused at 0:00, before the first turn');
    const at = m.transcript.turns[14]!.start! + 3;
    m.player.seek(at, { play: true });
    await until(() => !m.media.paused, 'playing');
    button(m, 'Where am I').click();
    await until(() => statusText(m.whereAmI).startsWith('Playing'), 'an answer while playing');
    expect(statusText(m.whereAmI)).to.match(new RegExp(`^Playing ${formatClock(at).split(':')[0]}:\\d\\d, Secretary Rice, answering question 3$`));
    // It is said once: playing on does not change it.
    const said = statusText(m.whereAmI);
    await new Promise((r) => setTimeout(r, 1200));
    expect(statusText(m.whereAmI)).to.equal(said);
  });

  it('"Jump to now" moves focus to the turn playing, scrolled into view', async () => {
    const m = await mountDemo();
    const jump = button(m, 'Jump to now');
    jump.focus();
    jump.click();
    await until(() => statusText(m.whereAmI) === 'Playback has not started', 'not started');
    expect(deepActiveElement() === jump, 'where focus is').to.equal(true);
    m.player.seek(m.transcript.turns[16]!.start! + 1);
    await once(m.media, 'seeked');
    jump.focus();
    await sendKeys({ press: 'Enter' });
    const turn = turnElements(m.view)[16]!;
    await until(() => deepActiveElement()?.closest('.turn') === turn, 'focus on turn 16');
    await until(() => {
      const r = turn.getBoundingClientRect();
      const s = m.view.shadowRoot!.querySelector('.scroller')!.getBoundingClientRect();
      return r.top >= s.top - 1 && r.top < s.bottom;
    }, 'turn 16 in view');
  });

  it('"Copy link" copies the address of the turn playing', async () => {
    const m = await mountDemo();
    m.player.seek(m.transcript.turns[7]!.start! + 4);
    await once(m.media, 'seeked');
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let copied = '';
    try {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
      button(m, 'Copy link').click();
      await until(() => statusText(m.whereAmI) === 'Link copied', 'Link copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
    const range = parseMediaFragment(new URL(copied).hash)!;
    expect(range.start).to.be.within(m.transcript.turns[7]!.start!, m.transcript.turns[7]!.start! + 0.002);
    expect(new TimeIndex(m.transcript).turnAt(range.start)).to.equal(7);
    expect(copied.split('#')[0]).to.equal(location.href.split('#')[0]);
  });

  it('has no axe violations with questions, search results, a filter and a status shown', async () => {
    const m = await mountDemo();
    const input = m.search.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'Gabala' });
    await until(() => statusText(m.search).startsWith('1 of 5'), 'search results');
    const boxes = [...m.filter.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    boxes[1]!.click();
    await until(() => statusText(m.filter) === 'Showing 19 of 22 turns', 'filtered');
    button(m, 'Where am I').click();
    m.player.seek(m.transcript.turns[13]!.start! + 1, { play: true });
    await until(() => m.questions.shadowRoot!.querySelector('[aria-current="true"]') !== null, 'a current question');
    m.player.pause();
    await expectAccessible(m.player, 'questions, search results, filter, statuses');
  });
});
