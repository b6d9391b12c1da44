import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountDemo, statusText, currentTurnIndex, pauseAll, type Mounted } from '../../helpers/mount.js';
import { until, wait, deepActiveElement } from '../../helpers/demo.js';
import { wordRange } from '../../helpers/fixtures.js';
import { SEARCH_DEBOUNCE } from '../../../src/components/search/search.js';
import { formatClock } from '../../../src/model/time-format.js';
import { LABEL_MATCH } from '../../../src/nav/search.js';

function box(m: Mounted): HTMLInputElement {
  return m.search.shadowRoot!.querySelector('input')!;
}
function button(m: Mounted, name: string): HTMLButtonElement {
  return [...m.search.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
}
/** Words the transcript highlights as matches (CSS Custom Highlight API), in document order. */
function highlighted(name: string): string[] {
  const h = CSS.highlights.get(name);
  return h ? [...h].map((r) => r.toString()) : [];
}

async function shiftEnter(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Enter' });
  await sendKeys({ up: 'Shift' });
}

async function typeQuery(m: Mounted, text: string): Promise<void> {
  box(m).focus();
  box(m).select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  // Let the debounced search run, so the status read next belongs to this query.
  await wait(SEARCH_DEBOUNCE + 50);
}

describe('<parley-search> in the player', () => {
  afterEach(pauseAll);

  it('is a searchbox named "Search transcript" in a search landmark, with an empty status', async () => {
    const m = await mountDemo();
    const input = box(m);
    expect(input.type).to.equal('search');
    expect(input.labels![0]!.textContent!.trim()).to.equal('Search transcript');
    expect(input.closest('[role="search"]')).to.not.equal(null);
    expect(statusText(m.search)).to.equal('');
  });

  it('finds the 5 mentions of Gabala, says "1 of 5", and moves with Enter and Shift+Enter, focus staying in the box', async () => {
    const m = await mountDemo();
    await typeQuery(m, 'Gabala');
    await until(() => statusText(m.search).startsWith('1 of 5'), 'status "1 of 5"');
    const first = m.player.viewState.searchMatches[0]!;
    // The first mention is in the second question, whose speaker is "Question".
    expect(m.transcript.turns[first.turn]!.speaker).to.equal('question');
    expect(statusText(m.search)).to.equal(`1 of 5: Question, ${formatClock(m.transcript.turns[first.turn]!.sentences[first.sentence]!.words[first.startWord]!.start!)}`);
    expect(m.player.viewState.searchMatches).to.have.length(5);
    expect(m.player.viewState.activeMatch).to.equal(0);
    expect(highlighted('parley-match-active')).to.deep.equal(['Gabala']);
    expect(highlighted('parley-match')).to.have.length(4);
    for (const w of highlighted('parley-match')) expect(w).to.match(/^Gabala/);

    await sendKeys({ press: 'Enter' });
    await until(() => statusText(m.search).startsWith('2 of 5'), 'status "2 of 5"');
    expect(m.player.viewState.activeMatch).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await until(() => statusText(m.search).startsWith('3 of 5'), 'status "3 of 5"');
    await shiftEnter();
    await until(() => statusText(m.search).startsWith('2 of 5'), 'back to "2 of 5"');
    expect(m.player.viewState.activeMatch).to.equal(1);
    expect(deepActiveElement() === box(m), 'where focus is').to.equal(true);

    // From the first, Shift+Enter wraps to the last.
    await shiftEnter();
    await shiftEnter();
    await until(() => statusText(m.search).startsWith('5 of 5'), 'wraps to "5 of 5"');

    // The buttons do the same.
    button(m, 'Next match').click();
    await until(() => statusText(m.search).startsWith('1 of 5'), 'Next wraps to "1 of 5"');
    button(m, 'Previous match').click();
    await until(() => statusText(m.search).startsWith('5 of 5'), 'Previous wraps to "5 of 5"');
    expect(box(m).value).to.equal('Gabala');
  });

  it('scrolls the selected match into view without moving focus', async () => {
    const m = await mountDemo();
    await typeQuery(m, 'Gabala');
    await until(() => statusText(m.search).startsWith('1 of 5'), 'status');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Enter' });
    await until(() => m.player.viewState.activeMatch === 4, 'fifth match selected');
    const turn = m.player.viewState.searchMatches[4]!.turn;
    const el = m.view.shadowRoot!.querySelectorAll<HTMLElement>('.turn')[turn]!;
    const scroller = m.view.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    await until(() => {
      const r = el.getBoundingClientRect();
      const s = scroller.getBoundingClientRect();
      return r.top < s.bottom && r.bottom > s.top && r.top >= 0 && r.top < innerHeight;
    }, 'the turn of the fifth match in view', 3000);
    // The match itself, not only its turn, is inside the transcript's box and on screen.
    const match = m.player.viewState.searchMatches[4]!;
    const word = wordRange(m.view.shadowRoot!, m.transcript, match.turn, match.sentence, match.startWord);
    await until(() => {
      const r = word.getBoundingClientRect();
      const s = scroller.getBoundingClientRect();
      return r.top >= s.top && r.bottom <= s.bottom && r.top >= 0 && r.bottom <= innerHeight;
    }, 'the fifth match in view', 3000);
    expect(deepActiveElement() === box(m), 'where focus is').to.equal(true);
  });

  it('finds the same with any case or accents', async () => {
    const m = await mountDemo();
    const expected = ['gabala', 'GABALA', 'Gabalá', 'GÀBÂLÄ'];
    await typeQuery(m, 'Gabala');
    await until(() => m.player.viewState.searchMatches.length === 5, 'five matches');
    const reference = JSON.stringify(m.player.viewState.searchMatches);
    for (const q of expected) {
      await typeQuery(m, q);
      await until(() => box(m).value === q && statusText(m.search).startsWith('1 of 5'), `"${q}" → 1 of 5`);
      expect(JSON.stringify(m.player.viewState.searchMatches)).to.equal(reference);
    }
  });

  it('searches regular-expression characters literally, without errors', async () => {
    const m = await mountDemo();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      for (const q of ['.*', '(', '[', 'G.bala', 'Gab[a-z]la', 'a|b', '\\', '+?']) {
        await typeQuery(m, q);
        await until(() => box(m).value === q && statusText(m.search) === 'No matches', `"${q}" → No matches`);
        expect(m.player.viewState.searchMatches).to.deep.equal([]);
      }
      // "2+2" is text, found as written.
      await typeQuery(m, '2+2');
      await until(() => /^1 of \d+/.test(statusText(m.search)), '"2+2" found');
      const m0 = m.player.viewState.searchMatches[0]!;
      expect(m.transcript.turns[m0.turn]!.sentences[m0.sentence]!.words[m0.startWord]!.text).to.equal('2+2');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('matches phrases across words, and words whatever punctuation follows them', async () => {
    const m = await mountDemo();
    await typeQuery(m, 'missile defense');
    await until(() => /^1 of \d+/.test(statusText(m.search)), 'phrase found');
    for (const x of m.player.viewState.searchMatches) {
      const words = m.transcript.turns[x.turn]!.sentences[x.sentence]!.words.slice(x.startWord, x.endWord + 1).map((w) => w.text.toLowerCase());
      expect(words).to.have.length(2);
      expect(words[0]).to.equal('missile');
      expect(words[1]).to.match(/^defense/);
    }
    // Punctuation at a word's edges does not count: "colleagues" finds "colleagues,".
    await typeQuery(m, 'colleagues');
    const texts = m.player.viewState.searchMatches.map((x) => m.transcript.turns[x.turn]!.sentences[x.sentence]!.words[x.startWord]!.text);
    expect(texts).to.include('colleagues,');
  });

  it('finds Lavrov by his name on his turns too', async () => {
    const m = await mountDemo();
    await typeQuery(m, 'Lavrov');
    await until(() => /^1 of \d+/.test(statusText(m.search)), 'found');
    const labels = m.player.viewState.searchMatches.filter((x) => x.sentence === LABEL_MATCH).map((x) => x.turn);
    expect(labels).to.deep.equal([0, 9, 19]);
    expect(statusText(m.search)).to.equal(`1 of ${m.player.viewState.searchMatches.length}: Foreign Minister Lavrov, speaker name, ${formatClock(m.transcript.turns[0]!.start!)}`);
  });

  it('announces only after typing pauses, and never because of playback', async () => {
    const m = await mountDemo();
    box(m).focus();
    await sendKeys({ type: 'Gab' });
    // Right after typing, within the debounce, nothing has been said yet.
    expect(statusText(m.search)).to.equal('');
    await wait(SEARCH_DEBOUNCE + 100);
    await until(() => statusText(m.search).startsWith('1 of 5'), 'status after the pause');
    const said = statusText(m.search);
    await m.player.play();
    await wait(600);
    m.player.pause();
    expect(statusText(m.search)).to.equal(said);
  });

  it('plays from the selected match', async () => {
    const m = await mountDemo();
    await typeQuery(m, 'Gabala');
    await until(() => statusText(m.search).startsWith('1 of 5'), 'status');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await until(() => m.player.viewState.activeMatch === 2, 'third match');
    const x = m.player.viewState.searchMatches[2]!;
    const word = m.transcript.turns[x.turn]!.sentences[x.sentence]!.words[x.startWord]!;
    button(m, 'Play from match').click();
    await until(() => !m.media.paused, 'playing');
    expect(m.media.currentTime).to.be.within(word.start!, word.end! + 0.5);
    await until(() => currentTurnIndex(m.view) === x.turn, 'the match\'s turn is current');
  });

  it('says "No matches" and clears the highlights', async () => {
    const m = await mountDemo();
    await typeQuery(m, 'Gabala');
    await until(() => m.player.viewState.searchMatches.length === 5, 'matches');
    await typeQuery(m, 'zzzz');
    await until(() => statusText(m.search) === 'No matches', 'No matches');
    expect(highlighted('parley-match')).to.deep.equal([]);
    expect(highlighted('parley-match-active')).to.deep.equal([]);
    expect(button(m, 'Next match').disabled).to.equal(true);
    expect(button(m, 'Play from match').disabled).to.equal(true);
  });
});
