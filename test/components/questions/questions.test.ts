import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/questions/questions.js';
import type { ParleyQuestions } from '../../../src/components/questions/questions.js';
import { demoTranscript, withSyntheticTimes } from '../../helpers/demo.js';
import { sendKeys } from '@web/test-runner-commands';
import { mountDemo, currentTurnIndex, turnElements, statusText, pauseAll } from '../../helpers/mount.js';
import { until, deepActiveElement, once } from '../../helpers/demo.js';
import { formatClock } from '../../../src/model/time-format.js';
import { parseMediaFragment, formatNpt } from '../../../src/nav/media-fragment.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { expectAccessible } from '../../helpers/axe.js';

function entries(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.entry:not(.chapter)')];
}

describe('<parley-questions> in the player', () => {
  afterEach(pauseAll);

  it('is a navigation landmark named Questions with the 5 questions, their askers and times', async () => {
    const { questions, transcript } = await mountDemo();
    const root = questions.shadowRoot!;
    const nav = root.querySelector('nav')!;
    expect(nav.getAttribute('aria-labelledby')).to.equal('questions-heading');
    expect(root.getElementById('questions-heading')!.textContent!.trim()).to.equal('Questions');
    const t = (turn: number) => formatClock(transcript.turns[turn]!.start!);
    expect(entries(root).map((e) => e.getAttribute('aria-label'))).to.deep.equal([
      `Question 1, Thom Shanker, New York Times, ${t(5)}`,
      `Question 2, ${t(10)}`,
      `Question 3, Arshad Mohammed, Reuters, ${t(13)}`,
      `Question 4, ${t(15)}`,
      `Question 5, Al Arabiya, ${t(18)}`,
    ]);
    // Timed entries are real links to their place in the recording.
    for (const e of entries(root)) expect(e.localName).to.equal('a');
    expect(parseMediaFragment(entries(root)[2]!.getAttribute('href')!)!.start).to.be.within(transcript.turns[13]!.start!, transcript.turns[13]!.end!);
    // Sighted readers see whom each question was put to and who answered.
    const metas = [...root.querySelectorAll('.meta')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
    expect(metas[0]).to.equal('To Secretary Rice, Secretary Gates and Foreign Minister Lavrov. Answered by Secretary Rice, Secretary Gates and Foreign Minister Lavrov.');
    expect(metas[2]).to.equal('To Secretary Rice. Answered by Secretary Rice.');
    await expectAccessible(questions, 'question list');
  });

  it('groups the questions under the chapters, each chapter a link that plays from it', async () => {
    const { questions, transcript, media, view } = await mountDemo();
    const root = questions.shadowRoot!;
    const headings = [...root.querySelectorAll('h3')];
    expect(headings.map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `Opening statements ${formatClock(transcript.turns[0]!.start!)}`,
      `Questions and answers ${formatClock(transcript.turns[4]!.start!)}`,
    ]);
    // The questions sit in the second chapter, after its heading.
    expect(headings[1]!.nextElementSibling!.querySelectorAll('.entry')).to.have.length(5);
    const chapter = headings[1]!.querySelector('a')!;
    expect(chapter.getAttribute('aria-label')).to.equal(`Questions and answers, ${formatClock(transcript.turns[4]!.start!)}`);
    chapter.click();
    await until(() => !media.paused && currentTurnIndex(view) === 4, 'playback from the Q&A chapter');
  });

  it('groups by time when chapters have times and no turns (a WebVTT chapter track)', async () => {
    const base = withSyntheticTimes(await demoTranscript());
    const t = (turn: number) => base.turns[turn]!.start!;
    const transcript = {
      ...base,
      chapters: [
        { title: 'Statements', start: 0, end: t(4) },
        { title: 'Missile defense', start: t(5) - 0.5, end: t(12) },
        { title: 'Other questions', start: t(12) - 0.2 },
      ],
    };
    const el = await fixture<ParleyQuestions>(html`<parley-questions .transcript=${transcript}></parley-questions>`);
    const root = el.shadowRoot!;
    const headings = [...root.querySelectorAll('h3')];
    expect(headings.map((h) => h.querySelector('a')!.getAttribute('aria-label'))).to.deep.equal([
      'Statements, 0:00',
      `Missile defense, ${formatClock(t(5) - 0.5)}`,
      `Other questions, ${formatClock(t(12) - 0.2)}`,
    ]);
    const under = (h: Element) => {
      const list = h.nextElementSibling;
      return list?.localName === 'ol' ? [...list.querySelectorAll('.entry')].map((e) => e.getAttribute('aria-label')!.split(',')[0]) : [];
    };
    expect(headings.map(under)).to.deep.equal([[], ['Question 1', 'Question 2'], ['Question 3', 'Question 4', 'Question 5']]);
    await expectAccessible(el, 'chapters by time');
  });

  it('plays the third question from its turn, after the moderator\'s "Arshad Mohammed, Reuters."', async () => {
    const { questions, transcript, media, view } = await mountDemo();
    const root = questions.shadowRoot!;
    expect(transcript.turns[12]!.sentences[0]!.text).to.equal('Arshad Mohammed, Reuters.');
    const third = entries(root)[2]!;
    expect(third.hasAttribute('aria-current')).to.equal(false);
    third.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !media.paused, 'playback starts');
    const turn = transcript.turns[13]!;
    expect(media.currentTime).to.be.within(turn.start!, turn.end!);
    expect(new TimeIndex(transcript).turnAt(media.currentTime)).to.equal(13);
    await until(() => currentTurnIndex(view) === 13, 'the transcript marks turn 13 current');
    await until(() => third.getAttribute('aria-current') === 'true', 'the third entry is current');
    expect(entries(root).filter((e) => e.getAttribute('aria-current') === 'true')).to.have.length(1);
    // Focus stays on the entry: playing never moves it.
    expect(deepActiveElement() === third, 'where focus is').to.equal(true);
    await expectAccessible(questions, 'question list while playing');
  });

  it('keeps the question current through its answers, and none between questions', async () => {
    const { questions, transcript, media, player } = await mountDemo();
    const root = questions.shadowRoot!;
    player.seek(transcript.turns[14]!.start! + 1);
    await once(media, 'seeked');
    await until(() => entries(root)[2]!.getAttribute('aria-current') === 'true', 'question 3 current during its answer');
    player.seek(transcript.turns[12]!.start! + 0.1);
    await once(media, 'seeked');
    await until(() => entries(root).every((e) => !e.hasAttribute('aria-current')), 'no question current at the moderator');
  });

  it('copies a link to a question that reopens at it, or selects it when the clipboard is refused', async () => {
    const { questions, transcript } = await mountDemo();
    const root = questions.shadowRoot!;
    const copy = root.querySelectorAll<HTMLButtonElement>('.copy')[2]!;
    expect(copy.getAttribute('aria-label')).to.equal('Copy link to question 3');
    expect(copy.textContent!.trim()).to.equal('Copy link');
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let copied = '';
    try {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
      copy.click();
      await until(() => statusText(questions) === 'Link copied', 'status "Link copied"');
      const base = location.href.split('#')[0]!;
      expect(copied.startsWith(`${base}#t=`)).to.equal(true);
      const at = parseMediaFragment(new URL(copied).hash)!.start;
      expect(copied).to.equal(`${base}#t=${formatNpt(at)}`);
      expect(new TimeIndex(transcript).turnAt(at)).to.equal(13);

      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => { throw new DOMException('denied', 'NotAllowedError'); } } });
      copy.click();
      await until(() => statusText(questions).startsWith('Link selected'), 'status "Link selected…"');
      const field = root.querySelector<HTMLInputElement>('.link-field')!;
      expect(field.hidden).to.equal(false);
      expect(field.value).to.equal(copied);
      expect(deepActiveElement() === field, 'where focus is').to.equal(true);
      expect(field.selectionStart).to.equal(0);
      expect(field.selectionEnd).to.equal(copied.length);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('in an untimed transcript: entries without times are buttons that move focus to the question', async () => {
    const { questions, view } = await mountDemo({ timed: false });
    const root = questions.shadowRoot!;
    expect(entries(root).map((e) => e.getAttribute('aria-label'))).to.deep.equal([
      'Question 1, Thom Shanker, New York Times',
      'Question 2',
      'Question 3, Arshad Mohammed, Reuters',
      'Question 4',
      'Question 5, Al Arabiya',
    ]);
    for (const e of entries(root)) expect(e.localName).to.equal('button');
    expect(root.querySelectorAll('.copy')).to.have.length(0);
    entries(root)[2]!.click();
    await until(() => deepActiveElement() === turnElements(view)[13], 'focus on turn 13');
    await expectAccessible(questions, 'untimed question list');
  });
});
