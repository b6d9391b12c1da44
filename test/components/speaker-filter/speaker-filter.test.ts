import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountDemo, turnElements, statusText, type Mounted } from '../../helpers/mount.js';
import { until } from '../../helpers/demo.js';

function boxes(m: Mounted): HTMLInputElement[] {
  return [...m.filter.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}
function box(m: Mounted, name: string): HTMLInputElement {
  return boxes(m).find((b) => b.labels![0]!.textContent!.replace(/\s+/g, ' ').trim().startsWith(name))!;
}
function shownTurns(m: Mounted): number[] {
  return turnElements(m.view).flatMap((el, i) => (el.hidden ? [] : [i]));
}

describe('<parley-speaker-filter> in the player', () => {
  it('is a fieldset "Speakers" with "All" and one checkbox per speaker, all ticked, showing 22 of 22 turns', async () => {
    const m = await mountDemo();
    const fieldset = m.filter.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Speakers');
    expect(boxes(m).map((b) => b.labels![0]!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'All',
      'Foreign Minister Lavrov (3 turns)',
      'Secretary Rice (5 turns)',
      'Secretary Gates (3 turns)',
      'Defense Minister Serdyukov (2 turns)',
      'Moderator (4 turns)',
      'Question (5 turns)',
    ]);
    expect(boxes(m).every((b) => b.checked)).to.equal(true);
    expect(statusText(m.filter)).to.equal('Showing 22 of 22 turns');
    expect(shownTurns(m)).to.have.length(22);
  });

  it('shows only the reporters\' questions, then only Secretary Rice, then everyone again', async () => {
    const m = await mountDemo();
    // Untick All, then tick "Question": only the five questions remain.
    box(m, 'All').focus();
    await sendKeys({ press: 'Space' });
    await until(() => shownTurns(m).length === 0, 'no turns shown');
    expect(statusText(m.filter)).to.equal('Showing 0 of 22 turns');
    box(m, 'Question').click();
    await until(() => shownTurns(m).length === 5, 'five turns shown');
    expect(shownTurns(m)).to.deep.equal([5, 10, 13, 15, 18]);
    expect(m.player.viewState.visibleSpeakers).to.deep.equal(['question']);
    expect(statusText(m.filter)).to.equal('Showing 5 of 22 turns');
    expect(box(m, 'All').indeterminate).to.equal(true);

    box(m, 'Question').click();
    box(m, 'Secretary Rice').click();
    await until(() => statusText(m.filter) === 'Showing 5 of 22 turns' && m.player.viewState.visibleSpeakers?.[0] === 'rice', 'only Rice');
    expect(shownTurns(m)).to.deep.equal([1, 6, 8, 14, 20]);

    box(m, 'All').click();
    await until(() => shownTurns(m).length === 22, 'all turns shown');
    expect(m.player.viewState.visibleSpeakers).to.equal(null);
    expect(boxes(m).every((b) => b.checked && !b.indeterminate)).to.equal(true);
    expect(statusText(m.filter)).to.equal('Showing 22 of 22 turns');
  });

  it('ticking every speaker one by one is the same as All', async () => {
    const m = await mountDemo();
    box(m, 'Moderator').click();
    await until(() => shownTurns(m).length === 18, 'moderator hidden');
    expect(statusText(m.filter)).to.equal('Showing 18 of 22 turns');
    box(m, 'Moderator').click();
    await until(() => m.player.viewState.visibleSpeakers === null, 'all again');
    expect(box(m, 'All').checked).to.equal(true);
  });
});
