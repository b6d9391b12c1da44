/**
 * Languages and replaceable strings: every element in Russian (`lang="ru"` on the page) shows and
 * announces no English, checked over all text, names and value texts in every shadow root; a
 * page's own strings replace Parley's for one element tree or for a language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import '../../../src/navigation.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import type { ParleySearch } from '../../../src/components/search/search.js';
import type { Transcript } from '../../../src/model/transcript.js';
import { en, registerStrings } from '../../../src/components/shared/strings.js';
import { expectAccessible } from '../../helpers/axe.js';
import { timedTranscript, wavUrl, lastEnd, until } from '../../helpers/fixtures.js';

/** A Russian transcript: Cyrillic speakers and words, one question, so no English comes from the data. */
function russianTranscript(): Transcript {
  const transcript = timedTranscript(4);
  const words = ['Уважаемые', 'коллеги', 'сегодня', 'встреча'];
  transcript.metadata = { title: 'Пресс-конференция', language: 'ru' };
  transcript.speakers = [
    { id: 'rice', name: 'Госсекретарь Райс', label: 'ГОССЕКРЕТАРЬ РАЙС' },
    { id: 'lavrov', name: 'Министр Лавров', label: 'МИНИСТР ЛАВРОВ' },
    { id: 'gates', name: 'Министр Гейтс', label: 'МИНИСТР ГЕЙТС' },
  ];
  for (const turn of transcript.turns) {
    turn.annotations = turn.annotations.map(() => 'Через переводчика');
    for (const sentence of turn.sentences) {
      sentence.words.forEach((w, i) => (w.text = w.annotation ? '(неразборчиво)' : words[i % words.length]!));
      sentence.text = sentence.words.map((w) => w.text).join(' ');
    }
  }
  transcript.questions = [{ turn: 1, asker: 'Иван Петров', outlet: 'ТАСС', addressees: ['rice'], answers: [2] }];
  return transcript;
}

async function mountAll(lang: string, transcript: Transcript): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}>
    <parley-player .src=${wavUrl(lastEnd(transcript) + 1, transcript)}>
      <div slot="panels">
        <parley-where-am-i .transcript=${transcript}></parley-where-am-i>
        <parley-search .transcript=${transcript}></parley-search>
        <parley-questions .transcript=${transcript}></parley-questions>
        <parley-speaker-filter .transcript=${transcript}></parley-speaker-filter>
        <parley-shortcuts .transcript=${transcript}></parley-shortcuts>
      </div>
    </parley-player>
  </div>`);
  const player = page.querySelector<ParleyPlayer>('parley-player')!;
  const view = player.shadowRoot!.querySelector('parley-transcript')!;
  view.transcript = transcript;
  await view.updateComplete;
  await until(() => (player.mediaElement?.duration ?? NaN) > 0, 'the recording loads');
  // Announcements too: a search, "where am I", the speaker filter's count.
  const search = page.querySelector<ParleySearch>('parley-search')!;
  search.searchFor(transcript.turns[0]!.sentences[0]!.words[1]!.text);
  search.step(1);
  page.querySelector('parley-where-am-i')!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  await until(() => !!search.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim(), 'the search announces its match');
  return page;
}

/**
 * Everything a person sees or hears from Parley's own strings: text in every shadow root (the
 * transcript's words aside), accessible names, descriptions, value texts, and generated content.
 */
function interfaceText(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.classList.contains('turns')) return;
      for (const name of ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt', 'data-now']) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
      out.push(node.textContent!.trim());
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return out;
}

/** Latin words in `texts`: key names printed on every keyboard (K, J, Ctrl+C) aside. */
function latinWords(texts: string[]): string[] {
  return texts.flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['Ctrl', 'Cmd'].includes(w));
}

describe('languages', () => {
  it('leaves no English in Russian: every text, name and announcement of every element', async () => {
    const page = await mountAll('ru', russianTranscript());
    const texts = interfaceText(page);
    expect(texts.length).to.be.greaterThan(60);
    expect(latinWords(texts)).to.deep.equal([]);
    const english = Object.values(en).filter((s) => !s.includes('{') && /[a-z]{3,}/.test(s));
    for (const text of texts) expect(english, `"${text}" is English`).not.to.include(text);
    // Spoken durations are Russian words with Russian plural forms.
    const slider = page.querySelector('parley-player')!.shadowRoot!.querySelector('parley-waveform')!.shadowRoot!.querySelector('[role="slider"]')!;
    expect(slider.getAttribute('aria-label')).to.equal('Перемотка');
    expect(slider.getAttribute('aria-valuetext')).to.match(/^0 секунд из \d+ секунд[ау]?$/);
    await expectAccessible(page, 'Russian');
  });

  it('finds English words in English (so the check above can see them)', async () => {
    const page = await mountAll('en', russianTranscript());
    const words = latinWords(interfaceText(page));
    expect(words).to.include.members(['Play', 'Transcript', 'Questions', 'Speakers', 'Keyboard']);
  });

  describe('a transcript that cannot be read, in Russian', () => {
    /** The player's alert for a file (its text, its name) in `lang`, and the Latin words in it that are not names. */
    async function alertFor(lang: string, text: string, name: string): Promise<{ alert: string; latin: string[] }> {
      const url = URL.createObjectURL(new Blob([text]));
      const page = await fixture<HTMLElement>(html`<div lang=${lang}><parley-player .src=${wavUrl(2)} transcript-src=${url} transcript-name=${name}></parley-player></div>`);
      const player = page.querySelector<ParleyPlayer>('parley-player')!;
      const alert = () => Array.from(player.shadowRoot!.querySelectorAll('[role="alert"]'), (a) => a.textContent!.trim()).filter(Boolean).join(' | ');
      await until(() => alert() !== '', 'an alert');
      await expectAccessible(page, `a transcript error in ${lang}`);
      // Names are not English: the file's, the formats', and a field's as the file writes it.
      const names = [name, 'Parley JSON', 'WebVTT', 'JSON', 'speakers'];
      return { alert: alert(), latin: latinWords([names.reduce((s, n) => s.split(n).join(''), alert())]) };
    }

    it('says every reader\'s problem with no English: JSON that ends too early, a field of the wrong kind, a WebVTT file without cues, transcript text without turns, a binary file', async () => {
      const cases: [string, string, RegExp][] = [
        ['{\n  "version": 1,\n  "turns": [\n    { "speaker": \n', 'broken.json', /^Не удалось прочитать стенограмму: broken\.json: Parley JSON: строка 5: это некорректный JSON \(файл обрывается раньше времени\)$/],
        ['{ "format": "parley-transcript", "version": 1, "speakers": {}, "turns": [] }', 'fields.json', /^Не удалось прочитать стенограмму: fields\.json: Parley JSON: speakers должно быть массивом, а не \{…\}$/],
        ['WEBVTT\n\nNOTE only a note\n', 'empty.vtt', /^Не удалось прочитать стенограмму: empty\.vtt: WebVTT: строка 1: в файле нет реплик$/],
        ['Daily Press Briefing\n', 'brief.md', /^Не удалось прочитать стенограмму: brief\.md: текст стенограммы: строка 1: реплики не найдены/],
        ['ID3\u0000\u0000binary', 'talk.vtt', /^Не удалось прочитать стенограмму: talk\.vtt: строка 1: это двоичный файл/],
      ];
      for (const [text, name, expected] of cases) {
        const { alert, latin } = await alertFor('ru', text, name);
        expect(alert, name).to.match(expected);
        expect(latin, alert).to.deep.equal([]);
      }
    });

    it('says the same problem in English as the command line does (so the check above can see English)', async () => {
      const { alert, latin } = await alertFor('en', '{\n  "version": 1,\n  "turns": [\n    { "speaker": \n', 'broken.json');
      expect(alert).to.equal('The transcript could not be read: broken.json: Parley JSON: line 5: this is not valid JSON (it ends too early)');
      expect(latin).to.include.members(['transcript', 'could', 'not', 'valid']);
    });
  });

  it('takes a page\'s strings for one player and everything inside it, and for a whole language', async () => {
    const transcript = russianTranscript();
    const page = await mountAll('en', transcript);
    const player = page.querySelector<ParleyPlayer>('parley-player')!;
    player.strings = { play: 'Listen', questions: 'Asked today' };
    const controls = player.shadowRoot!.querySelector('parley-controls')!;
    const questions = page.querySelector('parley-questions')!;
    controls.requestUpdate();
    questions.requestUpdate();
    await controls.updateComplete;
    await questions.updateComplete;
    expect(controls.shadowRoot!.querySelector('button.play')!.textContent).to.contain('Listen');
    expect(questions.shadowRoot!.querySelector('h2')!.textContent).to.equal('Asked today');
    // A new language, partly translated: the rest stays English.
    registerStrings('de', { play: 'Abspielen' });
    const german = await mountAll('de-AT', transcript);
    const play = german.querySelector('parley-player')!.shadowRoot!.querySelector('parley-controls')!.shadowRoot!.querySelector('button.play')!;
    expect(play.textContent).to.contain('Abspielen');
    expect(german.querySelector('parley-questions')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Questions');
  });
});
