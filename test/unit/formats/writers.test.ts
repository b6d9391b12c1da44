/**
 * Writers, transcript → exact text; and text that looks like markup or script stays text in
 * every format, including the HTML document.
 */
import { expect } from '@open-wc/testing';
import type { Sentence, Transcript } from '../../../src/model/transcript.js';
import { readTranscript, writeTranscript, type FormatId } from '../../../src/formats/index.js';
import { writeChapters, writeVtt } from '../../../src/formats/vtt/index.js';
import { writeSrt } from '../../../src/formats/srt/index.js';
import { writeText } from '../../../src/formats/txt/index.js';
import { writeHtml } from '../../../src/formats/html/index.js';
import { writePodcastJson } from '../../../src/formats/podcast-json/index.js';
import { fixture, timedSentence } from './fixture.js';

function small(): Transcript {
  const s1: Sentence = {
    text: 'Thank you <b>all</b>.',
    start: 1,
    end: 2.5,
    words: [
      { text: 'Thank', start: 1, end: 1.4 },
      { text: 'you', start: 1.5, end: 1.9 },
      { text: '<b>all</b>.', start: 2, end: 2.5 },
    ],
    paragraph: true,
  };
  const s2: Sentence = { text: 'Yes.', start: 3, end: 4, words: [{ text: 'Yes.', start: null, end: null }] };
  const s3: Sentence = { text: 'Good.', start: 5, end: 6, words: [{ text: 'Good.', start: null, end: null }], paragraph: true };
  return {
    metadata: { title: 'Remarks & <Questions>', language: 'en' },
    speakers: [{ id: 'rice', name: 'Secretary Rice' }, { id: 'lavrov', name: 'Foreign Minister Lavrov' }],
    turns: [
      { speaker: 'rice', start: 1, end: 4, annotations: [], sentences: [s1, s2] },
      { speaker: 'lavrov', start: 5, end: 6, annotations: ['Via interpreter'], sentences: [s3] },
    ],
    questions: [],
    chapters: [{ title: 'Opening', start: 1 }, { title: 'Questions & answers', start: 5 }],
  };
}

describe('WebVTT writer', () => {
  it('writes one cue per sentence with a voice span, inline word times and escaped text', () => {
    expect(writeVtt(small())).to.equal(
      'WEBVTT\nKind: captions\nLanguage: en\n\n' +
        '00:00:01.000 --> 00:00:02.500\n<v Secretary Rice>Thank <00:00:01.500>you <00:00:02.000>&lt;b&gt;all&lt;/b&gt;.\n\n' +
        '00:00:03.000 --> 00:00:04.000\n<v Secretary Rice>Yes.\n\n' +
        '00:00:05.000 --> 00:00:06.000\n<v Foreign Minister Lavrov>(Via interpreter) Good.\n\n',
    );
  });

  it('cuts a long sentence into cues of at most 84 characters on two lines, and reads it back as one sentence', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') + '.';
    const t: Transcript = { ...small(), turns: [{ speaker: 'rice', start: 10, end: 0, annotations: [], sentences: [timedSentence(words, 10, 0.5, true)] }] };
    t.turns[0]!.end = t.turns[0]!.sentences[0]!.end;
    const vtt = writeVtt(t);
    const cues = vtt.split('\n\n').filter((b) => b.includes('-->'));
    expect(cues.length).to.be.at.least(5);
    for (const cue of cues) {
      const lines = cue.split('\n').slice(1);
      expect(lines.length).to.be.at.most(2);
      const plain = lines.join(' ').replace(/<[^>]*>/g, '');
      expect(plain.length, plain).to.be.at.most(84);
    }
    const back = readTranscript(vtt).transcript;
    expect(back.turns[0]!.sentences.map((s) => s.text)).to.deep.equal([words]);
    expect(back.turns[0]!.sentences[0]!.words.map((w) => w.start)).to.deep.equal(t.turns[0]!.sentences[0]!.words.map((w) => w.start));
  });

  it('refuses an untimed turn, naming it', () => {
    const t = small();
    t.turns[1] = { ...t.turns[1]!, start: null, end: null, sentences: [{ ...t.turns[1]!.sentences[0]!, start: null, end: null }] };
    expect(() => writeVtt(t)).to.throw('WebVTT needs times, but turn 2 (Foreign Minister Lavrov: “Good.”) has none. Align the transcript to its recording first (parley align).');
  });

  it('writes a chapters track', () => {
    const t = small();
    t.metadata.duration = 7;
    expect(writeChapters(t)).to.equal(
      'WEBVTT\nKind: chapters\nLanguage: en\n\n00:00:01.000 --> 00:00:05.000\nOpening\n\n00:00:05.000 --> 00:00:07.000\nQuestions &amp; answers\n\n',
    );
  });

  it('keeps notes safe: "-->" cannot end a NOTE or start a cue', () => {
    const t = small();
    t.metadata.notes = ['a --> b', 'two\n\nparagraphs'];
    const vtt = writeVtt(t);
    const back = readTranscript(vtt).transcript;
    expect(back.turns.length).to.equal(2);
    expect(back.metadata.notes).to.deep.equal(['a --\u200b> b', 'two\nparagraphs']);
  });
});

describe('SRT writer', () => {
  it('writes the speaker name on the first cue of each turn only, lines wrapped at about 42 characters', () => {
    expect(writeSrt(small())).to.equal(
      '1\n00:00:01,000 --> 00:00:02,500\nSecretary Rice: Thank you <b>all</b>.\n\n' +
        '2\n00:00:03,000 --> 00:00:04,000\nYes.\n\n' +
        '3\n00:00:05,000 --> 00:00:06,000\nForeign Minister Lavrov:\n(Via interpreter) Good.\n\n',
    );
  });
});

describe('Podcasting 2.0 JSON writer', () => {
  it('writes one segment per timed word, else one per sentence', () => {
    const data = JSON.parse(writePodcastJson(small())) as { version: string; segments: unknown[] };
    expect(data.version).to.equal('1.0.0');
    expect(data.segments).to.deep.equal([
      { speaker: 'Secretary Rice', startTime: 1, endTime: 1.4, body: 'Thank' },
      { speaker: 'Secretary Rice', startTime: 1.5, endTime: 1.9, body: 'you' },
      { speaker: 'Secretary Rice', startTime: 2, endTime: 2.5, body: '<b>all</b>.' },
      { speaker: 'Secretary Rice', startTime: 3, endTime: 4, body: 'Yes.' },
      { speaker: 'Foreign Minister Lavrov', startTime: 5, endTime: 6, body: '(Via interpreter) Good.' },
    ]);
  });
});

describe('plain text writer', () => {
  it('writes "Speaker Name [0:42]" lines and paragraphs', () => {
    const t = small();
    t.turns[0]!.sentences[1]!.paragraph = true;
    expect(writeText(t)).to.equal(
      'Remarks & <Questions>\n\n\nSecretary Rice [0:01]\n\nThank you <b>all</b>.\n\nYes.\n\n\nForeign Minister Lavrov [0:05]\n\n(Via interpreter) Good.\n',
    );
  });
});

describe('text that looks like markup or script stays text', () => {
  const nasty = '<img src=x onerror=alert(1)> </script> &amp; --> <v Bob> "quotes" \'single\' Ünïcödé 😀.';
  function withNasty(): Transcript {
    const t = fixture();
    t.turns[1]!.sentences[1] = timedSentence(nasty.replace('<b>', ''), t.turns[1]!.sentences[1]!.start!, 0.1);
    t.turns[1]!.end = t.turns[1]!.sentences[1]!.end;
    return t;
  }
  const formats: FormatId[] = ['vtt', 'srt', 'podcast-json', 'json'];
  for (const id of formats) {
    it(`in ${id}`, () => {
      const back = readTranscript(writeTranscript(withNasty(), id), { format: id }).transcript;
      expect(back.turns[1]!.sentences[1]!.text).to.equal(nasty);
    });
  }

  it('in HTML: the document has only the writer\'s own elements, and the text reads back verbatim', () => {
    const t = withNasty();
    t.metadata.title = '<script>alert(1)</script> Title';
    t.speakers[1]!.name = 'Secretary <img src=x onerror=alert(2)> Rice';
    const html = writeHtml(t);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const tags = new Set([...doc.querySelectorAll('*')].map((e) => e.localName));
    expect([...tags].sort()).to.deep.equal(['a', 'body', 'br', 'h1', 'h2', 'head', 'html', 'li', 'main', 'meta', 'nav', 'ol', 'p', 'section', 'strong', 'style', 'time', 'title']);
    const attributes = [...doc.querySelectorAll('*')].flatMap((e) => e.getAttributeNames());
    expect(attributes.filter((a) => a.startsWith('on') || a === 'src')).to.deep.equal([]);
    expect(doc.querySelector('h1')!.textContent).to.equal('<script>alert(1)</script> Title');
    expect(doc.title).to.equal('<script>alert(1)</script> Title');
    const rice = doc.querySelector('#turn-2');
    expect(rice!.querySelector('h2 strong')!.textContent).to.equal('Secretary <img src=x onerror=alert(2)> Rice');
    expect(rice!.textContent).to.contain(nasty);
  });
});

describe('HTML writer', () => {
  it('is a complete document: language, title, a section per turn headed by the speaker and a <time>', () => {
    const doc = new DOMParser().parseFromString(writeHtml(fixture()), 'text/html');
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('h1')!.textContent).to.equal('Remarks After 2+2 Meetings');
    const sections = [...doc.querySelectorAll('main > section')];
    expect(sections.map((s) => s.querySelector('h2 strong')!.textContent)).to.deep.equal(['Foreign Minister Lavrov', 'Secretary Rice', 'Question']);
    expect(sections.map((s) => [s.querySelector('time')!.getAttribute('datetime'), s.querySelector('time')!.textContent])).to.deep.equal([
      ['PT0.5S', '0:00'],
      ['PT17S', '0:17'],
      ['PT23.55S', '0:23'],
    ]);
    expect(sections[0]!.querySelector('.annotation')!.textContent).to.equal('(Via interpreter)');
    const questions = doc.querySelector('nav[aria-labelledby="questions-heading"]')!;
    expect(questions.querySelector('a')!.getAttribute('href')).to.equal('#turn-3');
    expect(questions.querySelector('a')!.textContent).to.equal('Thom Shanker, New York Times');
  });
});
