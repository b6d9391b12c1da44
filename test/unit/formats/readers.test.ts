/**
 * Readers, input → output: sloppy files read with a warning on the right line, hopeless ones
 * rejected with a message naming the line, and the structure (voices, turns, word times) right.
 */
import { expect } from '@open-wc/testing';
import { TranscriptReadError, detectFormat, readTranscript } from '../../../src/formats/index.js';
import { readVtt, readChapters } from '../../../src/formats/vtt/index.js';
import { readSrt } from '../../../src/formats/srt/index.js';
import { readSbv, writeSbv } from '../../../src/formats/sbv/index.js';
import { readTtml, writeTtml } from '../../../src/formats/ttml/index.js';
import { turnText } from '../../../src/model/transcript.js';

import { readPodcastJson } from '../../../src/formats/podcast-json/index.js';
import { readParleyJson, writeParleyJson } from '../../../src/formats/json/index.js';
import type { Transcript } from '../../../src/model/transcript.js';
import { fixture } from './fixture.js';

/** Each cue's sentences as [text, start, end]. */
function sentences(t: Transcript): [string, number | null, number | null][] {
  return t.turns.flatMap((turn) => turn.sentences.map((s): [string, number | null, number | null] => [s.text, s.start, s.end]));
}

function speakersOfTurns(t: Transcript): string[] {
  return t.turns.map((turn) => t.speakers.find((s) => s.id === turn.speaker)!.name);
}

function readError(read: () => unknown): TranscriptReadError {
  try {
    read();
  } catch (error) {
    expect(error).to.be.instanceOf(TranscriptReadError);
    return error as TranscriptReadError;
  }
  throw new Error('expected a TranscriptReadError');
}

describe('WebVTT reader: sloppy files', () => {
  const cases: { name: string; input: string; cues: [string, number, number][]; warnings: [number, RegExp][] }[] = [
    {
      name: 'seconds-only timings (0.860 --> 7.380)',
      input: 'WEBVTT\n\n0.860 --> 7.380\nHello there.\n\n7.500 --> 9.000\nGood.\n',
      cues: [['Hello there.', 0.86, 7.38], ['Good.', 7.5, 9]],
      warnings: [[3, /seconds only/], [6, /seconds only/]],
    },
    {
      name: 'minutes without hours and one-digit minutes (3:19.460)',
      input: 'WEBVTT\n\n3:19.460 --> 3:21.000\nThank you.\n',
      cues: [['Thank you.', 199.46, 201]],
      warnings: [[3, /one-digit minutes/]],
    },
    {
      name: 'commas instead of periods',
      input: 'WEBVTT\n\n00:00:01,000 --> 00:00:02,500\nOne.\n\n00:00:03,000 --> 00:00:04,000\nTwo.\n',
      cues: [['One.', 1, 2.5], ['Two.', 3, 4]],
      warnings: [[3, /comma/], [6, /comma/]],
    },
    {
      name: 'missing blank lines between cues',
      input: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne.\n00:00:02.000 --> 00:00:03.000\nTwo.\n',
      cues: [['One.', 1, 2], ['Two.', 2, 3]],
      warnings: [[5, /Blank line missing/]],
    },
    {
      name: 'cue numbers, one without the blank line before it',
      input: 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nOne.\n2\n00:00:02.000 --> 00:00:03.000\nTwo.\n',
      cues: [['One.', 1, 2], ['Two.', 2, 3]],
      warnings: [[6, /no blank line before cue 2/]],
    },
    {
      name: 'CRLF line ends and a byte-order mark',
      input: '\uFEFFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nOne.\r\n\r\n00:00:02.000 --> 00:00:03.000\r\nTwo.\r\n',
      cues: [['One.', 1, 2], ['Two.', 2, 3]],
      warnings: [],
    },
    {
      name: 'no WEBVTT signature',
      input: '00:00:01.000 --> 00:00:02.000\nOne.\n',
      cues: [['One.', 1, 2]],
      warnings: [[1, /does not start with "WEBVTT"/]],
    },
    {
      name: 'a malformed timing in a file that follows the spec: skipped, and said so',
      input: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nOne.\n\n00:00:0x.000 --> 00:00:03.000\nLost.\n\n00:00:04.000 --> 00:00:05.000\nThree.\n',
      cues: [['One.', 1, 2], ['Three.', 4, 5]],
      warnings: [[6, /^cue skipped/]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { transcript, warnings } = readVtt(c.input);
      expect(sentences(transcript)).to.deep.equal(c.cues);
      expect(warnings.map((w) => w.line)).to.deep.equal(c.warnings.map(([line]) => line));
      c.warnings.forEach(([, pattern], i) => expect(warnings[i]!.message).to.match(pattern));
    });
  }

  it('rejects a file with nothing readable, naming the line', () => {
    const error = readError(() => readVtt('WEBVTT\n\n00:00:0x.000 --> 00:00:01.000\nLost.\n'));
    expect(error.line).to.equal(3);
    expect(error.message).to.match(/^WebVTT: line 3: no cue could be read/);
  });
});

describe('WebVTT reader: structure', () => {
  it('a voice carries over to following cues without one; consecutive cues of one voice form a turn', () => {
    const { transcript } = readVtt(
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v SECRETARY RICE>Thank you.\n\n00:00:02.000 --> 00:00:03.000\nWe agreed.\n\n' +
        '00:00:03.000 --> 00:00:04.000\n<v.loud Foreign Minister Lavrov>(Via interpreter) Yes.\n\n00:00:04.000 --> 00:00:05.000\n<v Secretary Rice>Good.</v>\n',
    );
    expect(speakersOfTurns(transcript)).to.deep.equal(['Secretary Rice', 'Foreign Minister Lavrov', 'Secretary Rice']);
    expect(transcript.speakers[0]).to.deep.equal({ id: 'secretary-rice', name: 'Secretary Rice', label: 'SECRETARY RICE' });
    expect(transcript.turns[0]!.sentences.map((s) => s.text)).to.deep.equal(['Thank you.', 'We agreed.']);
    expect(transcript.turns[1]!.annotations).to.deep.equal(['Via interpreter']);
    expect(transcript.turns[1]!.sentences[0]!.text).to.equal('Yes.');
    expect([transcript.turns[0]!.start, transcript.turns[0]!.end]).to.deep.equal([1, 3]);
  });

  it('inline timestamps become word start times; a cue with two sentences is split', () => {
    const { transcript } = readVtt('WEBVTT\n\n00:01:02.000 --> 00:01:05.000\n<v Rice>Thank <00:01:02.400>you. <00:01:03.000>We <00:01:03.500>agreed.\n');
    const [s1, s2] = transcript.turns[0]!.sentences;
    expect(s1!.words.map((w) => [w.text, w.start, w.end])).to.deep.equal([['Thank', 62, 62.4], ['you.', 62.4, 63]]);
    expect(s2!.words.map((w) => [w.text, w.start, w.end])).to.deep.equal([['We', 63, 63.5], ['agreed.', 63.5, 65]]);
    expect([s1!.start, s1!.end, s2!.start, s2!.end]).to.deep.equal([62, 63, 63, 65]);
  });

  it('a sentence continued over several cues is one sentence', () => {
    const { transcript } = readVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Rice>We agreed that\n\n00:00:02.000 --> 00:00:03.000\nour experts will work.\n');
    expect(sentences(transcript)).to.deep.equal([['We agreed that our experts will work.', 1, 3]]);
  });

  it('keeps NOTE blocks and the language, and skips STYLE and REGION blocks safely', () => {
    const { transcript, warnings } = readVtt(
      'WEBVTT\nLanguage: en\n\nREGION\nid:fred\nwidth:40%\n\nSTYLE\n::cue { color: red }\n\nNOTE Made by hand\n\nNOTE\ntwo\nlines\n\n00:00:01.000 --> 00:00:02.000 region:fred align:left\nOne.\n',
    );
    expect(transcript.metadata.notes).to.deep.equal(['Made by hand', 'two\nlines']);
    expect(transcript.metadata.language).to.equal('en');
    expect(sentences(transcript)).to.deep.equal([['One.', 1, 2]]);
    expect(warnings.filter((w) => /cue skipped/.test(w.message))).to.deep.equal([]);
  });

  it('decodes entities and keeps text that looks like markup as text', () => {
    const { transcript } = readVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A &amp; B>&lt;img src=x onerror=alert(1)&gt; &amp;amp; &copy; <b>bold</b>\n');
    expect(transcript.speakers[0]!.name).to.equal('A & B');
    expect(transcript.turns[0]!.sentences[0]!.text).to.equal('<img src=x onerror=alert(1)> &amp; © bold');
  });

  it('reads a chapters track', () => {
    const vtt = 'WEBVTT\nKind: chapters\n\n00:00:00.000 --> 00:05:00.000\nOpening statements\n\n00:05:00.000 --> 00:20:00.000\nQuestions &amp; answers\n';
    expect(readChapters(vtt).transcript).to.deep.equal([
      { title: 'Opening statements', start: 0, end: 300 },
      { title: 'Questions & answers', start: 300, end: 1200 },
    ]);
    const asTranscript = readVtt(vtt);
    expect(asTranscript.transcript.chapters).to.have.length(2);
    // Given as a transcript, it says what it is instead of showing nothing.
    expect(asTranscript.warnings[0]).to.deep.equal({ line: 2, message: 'this is a chapters track (Kind: chapters) with 2 chapter titles, not a transcript: it has no spoken text' });
  });

  it('a file whose cues are all empty is an error, not a transcript of 0 turns', () => {
    const error = readError(() => readVtt('WEBVTT\n\nintro\n00:00:01.000 --> 00:00:02.000\n<b></b>\n\n00:00:03.000 --> 00:00:04.000\n<i> </i>\n'));
    expect(error.message).to.equal('WebVTT: none of the 2 cues has any text (the first, "intro", at 1 s, is empty)');
  });
});

describe('SRT reader', () => {
  it('takes the speaker from a leading "Name:" and starts a turn there', () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,500\nSECRETARY RICE: Thank you.\n\n2\n00:00:02,500 --> 00:00:04,000\nWe agreed.\n\n3\n00:00:04,000 --> 00:00:05,000\nLavrov: Yes.\n\n4\n00:00:05,000 --> 00:00:06,000\nLavrov: <i>Indeed.</i>\n';
    const { transcript, warnings } = readSrt(srt);
    expect(warnings).to.deep.equal([]);
    expect(speakersOfTurns(transcript)).to.deep.equal(['Secretary Rice', 'Lavrov', 'Lavrov']);
    expect(sentences(transcript)).to.deep.equal([['Thank you.', 1, 2.5], ['We agreed.', 2.5, 4], ['Yes.', 4, 5], ['Indeed.', 5, 6]]);
  });

  it('reads sloppy files: periods, missing blank lines, a BOM, CRLF; skips a broken timing with a warning', () => {
    const srt = '\uFEFF1\r\n00:00:01.000 --> 00:00:02.000\r\nOne.\r\n2\r\n00:00:02,000 --> 00:00:03,000\r\nTwo.\r\n\r\n3\r\n00:00:0x --> 00:00:04,000\r\nLost.\r\n\r\n4\r\n0:04,000 --> 0:05,000\r\nFour.\r\n';
    const { transcript, warnings } = readSrt(srt);
    expect(sentences(transcript)).to.deep.equal([['One.', 1, 2], ['Two.', 2, 3], ['Four.', 4, 5]]);
    expect(warnings.map((w) => [w.line, w.message.slice(0, 20)])).to.deep.equal([[4, 'no blank line before'], [9, 'cue skipped: the tim']]);
  });

  it('rejects text that has no cue, naming the line', () => {
    const error = readError(() => readSrt('hello\nworld\n'));
    expect(error.message).to.match(/^SRT: line 1: no cue could be read/);
  });
});

describe('Podcasting 2.0 JSON reader', () => {
  it('groups word segments into sentences and turns', () => {
    const words = [
      ['Rice', 1, 1.3, 'Thank'], ['Rice', 1.3, 1.6, 'you.'], ['Rice', 2, 2.4, 'We'], ['Rice', 2.4, 2.9, 'agreed.'],
      ['Lavrov', 3, 3.5, '(Via interpreter) Yes.'],
    ].map(([speaker, startTime, endTime, body]) => ({ speaker, startTime, endTime, body }));
    const { transcript } = readPodcastJson(JSON.stringify({ version: '1.0.0', segments: words }));
    expect(speakersOfTurns(transcript)).to.deep.equal(['Rice', 'Lavrov']);
    expect(sentences(transcript)).to.deep.equal([['Thank you.', 1, 1.6], ['We agreed.', 2, 2.9], ['Yes.', 3, 3.5]]);
    expect(transcript.turns[0]!.sentences[1]!.words.map((w) => [w.start, w.end])).to.deep.equal([[2, 2.4], [2.4, 2.9]]);
    expect(transcript.turns[1]!.annotations).to.deep.equal(['Via interpreter']);
  });

  it('reads sentence segments, estimating word times by syllables, and reports bad segments by index', () => {
    const json = JSON.stringify({ version: '1.0.0', segments: [{ speaker: 'Rice', startTime: 1, endTime: 3, body: 'Thank you. We agreed.' }, { startTime: 'x', body: 'Lost.' }] }, null, 2);
    const { transcript, warnings } = readPodcastJson(json);
    // The segment's 2 s spread over 5 syllables: the sentence edge inside it is estimated.
    expect(sentences(transcript)).to.deep.equal([['Thank you.', 1, 1.8], ['We agreed.', 1.8, 3]]);
    const words = transcript.turns[0]!.sentences.flatMap((s) => s.words);
    expect(words.map((w) => [w.text, w.start, w.end, w.estimated ?? false, w.cue])).to.deep.equal([
      ['Thank', 1, 1.4, false, { start: 1, end: 3 }], ['you.', 1.4, 1.8, true, undefined], ['We', 1.8, 2.2, true, undefined], ['agreed.', 2.2, 3, true, undefined],
    ]);
    // The segment's own line, counted in the file as written (two-space indentation: line 10).
    expect(warnings).to.deep.equal([{ line: 10, message: 'segments[1]: "startTime" is not a time in seconds; skipped' }]);
  });
});

describe('Parley JSON reader', () => {
  const valid = () => JSON.parse(writeParleyJson(fixture())) as Record<string, unknown> & { turns: Record<string, unknown>[] };

  it('reads back exactly what was written', () => {
    expect(readParleyJson(writeParleyJson(fixture())).transcript).to.deep.equal(fixture());
  });

  it('keeps the fields of turns, sentences and words in the order they were written', () => {
    // Each object is made whole, as one literal, not added to field by field (a long transcript's
    // words would take twice the memory); turns written back read as they were.
    const turns = fixture().turns;
    expect(JSON.stringify(readParleyJson(writeParleyJson(fixture())).transcript.turns)).to.equal(JSON.stringify(turns));
  });

  const broken: [string, (doc: ReturnType<typeof valid>) => void, string][] = [
    ['an unknown speaker', (d) => (d.turns[2]!['speaker'] = 'x'), 'Parley JSON: turns[2].speaker "x" is not one of the speakers'],
    ['a time that is not a number', (d) => ((d.turns[0]!['sentences'] as Record<string, unknown>[])[1]!['start'] = '12'), 'Parley JSON: turns[0].sentences[1].start must be a time in seconds (a number from 0 to 1000000000) or null, not "12"'],
    ['an end before the start', (d) => (d.turns[1]!['end'] = 1), 'Parley JSON: turns[1].end (1) is before its start (17)'],
    ['a question about a turn that does not exist', (d) => ((d['questions'] as Record<string, unknown>[])[0]!['turn'] = 9), 'Parley JSON: questions[0].turn 9 is not the index of one of the 3 turns'],
    ['the wrong format tag', (d) => (d['format'] = 'other'), 'Parley JSON: format must be "parley-transcript", not "other"'],
    ['a newer version', (d) => (d['version'] = 2), 'Parley JSON: version 2 is newer than this Parley reads (1); update Parley'],
    ['a missing words list', (d) => delete (d.turns[0]!['sentences'] as Record<string, unknown>[])[0]!['words'], 'Parley JSON: turns[0].sentences[0].words must be an array, not undefined'],
  ];
  for (const [name, spoil, message] of broken) {
    it(`names what is wrong and where: ${name}`, () => {
      const doc = valid();
      spoil(doc);
      expect(readError(() => readParleyJson(JSON.stringify(doc))).message).to.equal(message);
    });
  }

  it('names the line of a JSON syntax error', () => {
    const error = readError(() => readParleyJson('{\n  "format": "parley-transcript",\n  "version": 1,\n  "turns": [,]\n}'));
    expect(error.line).to.equal(4);
    expect(error.message).to.match(/^Parley JSON: line 4: this is not valid JSON/);
  });
});

describe('detectFormat', () => {
  const cases: [string, string, string | undefined][] = [
    ['WEBVTT\n\n00:00.000 --> 00:01.000\nHi.', 'a.txt', 'vtt'],
    ['\uFEFFWEBVTT - title\n', 'x', 'vtt'],
    ['1\n00:00:01,000 --> 00:00:02,000\nHi.', 'a.txt', 'srt'],
    ['{"version":"1.0.0","segments":[]}', 'a.json', 'podcast-json'],
    ['{\n "format": "parley-transcript", "version": 1, "segments": [] }', 'a.podcast.json', 'json'],
    ['something', 'a.vtt', 'vtt'],
    ['something', 'talk.podcast.json', 'podcast-json'],
    ['something', 'talk.json', 'json'],
    ['something', 'talk.SRT', 'srt'],
    ['something', 'talk.mp3', undefined],
    ['0:00:01.000,0:00:02.000\nHi.', 'a.txt', 'sbv'],
    ['<?xml version="1.0"?>\n<tt xmlns="http://www.w3.org/ns/ttml">', 'a.txt', 'ttml'],
    ['<!-- made by hand -->\n<tt:tt xmlns:tt="http://www.w3.org/ns/ttml">', 'a', 'ttml'],
    ['something', 'talk.dfxp', 'ttml'],
    ['Maya Okafor: Welcome back.', 'a', 'press-release'],
  ];
  for (const [text, name, id] of cases) {
    it(`${JSON.stringify(text.slice(0, 24))} in ${name} → ${id}`, () => expect(detectFormat(text, name)?.id).to.equal(id));
  }

  it('readTranscript rejects a binary file', () => {
    expect(() => readTranscript('ID3\u0000\u0000\u0004garbage', { fileName: 'talk.vtt' })).to.throw(TranscriptReadError, /binary/);
  });
});

describe('YouTube SBV reader', () => {
  it('reads cues, speakers from "Name:" and ">>" prefixes, and times', () => {
    const sbv = '0:00:01.010,0:00:07.680\nMaya Okafor: Welcome to this tutorial.\nWe begin.\n\n0:00:07.680,0:00:13.720\nStefan and Alex write an essay.\n\n0:00:13.720,0:00:19.550\n>> ALEX: Reading lists are long.\n';
    const { transcript: t, warnings } = readSbv(sbv);
    expect(warnings).to.deep.equal([]);
    expect(t.speakers.map((s) => s.name)).to.deep.equal(['Maya Okafor', 'Alex']);
    expect(t.turns.map((u) => [u.speaker, u.start, u.end, turnText(u)])).to.deep.equal([
      ['maya-okafor', 1.01, 13.72, 'Welcome to this tutorial. We begin. Stefan and Alex write an essay.'],
      ['alex', 13.72, 19.55, 'Reading lists are long.'],
    ]);
    expect(readTranscript(sbv, { fileName: 'talk.txt' }).transcript.turns).to.have.length(2);
  });

  it('skips a cue whose timing cannot be read, and says where', () => {
    const { transcript: t, warnings } = readSbv('0:00:01.000,0:00:02.000\nOne.\n\n0:00:0x,0:00:03.000\nLost.\n\n0:00:03.000,0:00:04.000\nThree.\n');
    expect(t.turns.map(turnText)).to.deep.equal(['One. Three.']);
    expect(warnings).to.deep.equal([{ line: 4, message: 'cue skipped: the timing "0:00:0x,0:00:03.000" could not be read (expected "0:00:01.000,0:00:04.000")' }]);
  });

  it('rejects a file with no cue, naming the file and the line', () => {
    const error = readError(() => readTranscript('0:00:0x,0:00:03.000\nLost.\n', { fileName: 'captions.sbv' }));
    expect(error.message).to.match(/^captions\.sbv: YouTube SBV: line 1: no cue could be read/);
    expect(readError(() => readSbv('\u0000\u0001junk')).message).to.contain('binary');
  });

  it('writes unpadded hours, the speaker on the first cue of a turn', () => {
    const { transcript: t } = readSbv('0:00:01.010,0:00:02.500\nMaya Okafor: Hello.\n\n1:02:03.004,1:02:04.000\nBye.\n');
    expect(writeSbv(t)).to.equal('0:00:01.010,0:00:02.500\nMaya Okafor: Hello.\n\n1:02:03.004,1:02:04.000\nBye.\n');
  });
});

const TT = (body: string, attributes = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"${attributes}>\n<body>\n${body}\n</body>\n</tt>\n`;

describe('TTML / EBU-TT-D reader: the files broadcasters and players write', () => {
  const cases: { name: string; input: string; cues: [string, number, number][]; warnings: [number, RegExp][] }[] = [
    {
      name: 'clock times, a line break, a div that shifts its paragraphs',
      input: TT('<div begin="00:00:10.000">\n<p begin="00:00:01.000" end="00:00:02.500">Hello<br/>world.</p>\n<p begin="00:00:03.000" end="00:00:04.000">Good.</p>\n</div>'),
      cues: [['Hello world.', 11, 12.5], ['Good.', 13, 14]],
      warnings: [],
    },
    {
      name: 'frames at 25 per second, offset times in seconds, milliseconds and ticks, dur instead of end',
      input: TT('<div>\n<p begin="00:00:01:12" end="00:00:02:00">One.</p>\n<p begin="2.5s" dur="500ms">Two.</p>\n<p begin="300t" end="4s">Three.</p>\n</div>', ' ttp:frameRate="25" ttp:tickRate="100"'),
      cues: [['One.', 1.48, 2], ['Two.', 2.5, 3], ['Three.', 3, 4]],
      warnings: [],
    },
    {
      name: 'the 2006 draft namespace that older DFXP files use',
      input: '<tt xmlns="http://www.w3.org/2006/10/ttaf1"><body><div><p begin="1s" end="2s">Old.</p></div></body></tt>',
      cues: [['Old.', 1, 2]],
      warnings: [],
    },
    {
      name: 'a paragraph whose time cannot be read: skipped, and said so',
      input: TT('<div>\n<p begin="00:00:01.000" end="00:00:02.000">One.</p>\n<p begin="soon" end="00:00:03.000">Lost.</p>\n<p begin="00:00:04.000" end="00:00:05.000">Three.</p>\n</div>'),
      cues: [['One.', 1, 2], ['Three.', 4, 5]],
      warnings: [[6, /begin "soon" is not a TTML time/], [6, /skipped/]],
    },
    {
      name: 'a paragraph with no end and no dur: skipped, and said so',
      input: TT('<div>\n<p begin="1s">Open.</p>\n<p begin="2s" end="3s">Closed.</p>\n</div>'),
      cues: [['Closed.', 2, 3]],
      warnings: [[5, /no end or dur/]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { transcript, warnings } = readTtml(c.input);
      expect(transcript.turns.flatMap((t) => t.sentences.map((x) => [x.text, x.start, x.end]))).to.deep.equal(c.cues);
      expect(warnings.map((w) => w.line)).to.deep.equal(c.warnings.map(([line]) => line));
      c.warnings.forEach(([, pattern], i) => expect(warnings[i]!.message).to.match(pattern));
    });
  }

  it('names speakers from ttm:agent, or from a "Name:" prefix, and keeps the title and language', () => {
    const input = `<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="en-GB">
<head><metadata><ttm:title>Briefing</ttm:title><ttm:agent xml:id="a1" type="person"><ttm:name type="full">Maya Okafor</ttm:name></ttm:agent></metadata></head>
<body><div><p begin="1s" end="2s" ttm:agent="a1">Welcome <span begin="0.5s">back</span>.</p><p begin="2s" end="3s">SECRETARY RICE: Thank you.</p></div></body></tt>`;
    const { transcript: t } = readTtml(input);
    expect(t.metadata).to.deep.equal({ language: 'en-GB', title: 'Briefing' });
    expect(t.speakers.map((s) => s.name)).to.deep.equal(['Maya Okafor', 'Secretary Rice']);
    expect(t.turns.map((u) => [u.speaker, turnText(u)])).to.deep.equal([['maya-okafor', 'Welcome back.'], ['secretary-rice', 'Thank you.']]);
    expect(t.turns[0]!.sentences[0]!.words.map((w) => w.start)).to.deep.equal([1, 1.5]);
  });

  it('keeps text that looks like markup as text, both ways', () => {
    const { transcript: t } = readTtml(TT('<div><p begin="1s" end="2s">Is &lt;b&gt;this&lt;/b&gt; &amp; that safe?</p></div>'));
    expect(turnText(t.turns[0]!)).to.equal('Is <b>this</b> & that safe?');
    expect(writeTtml(t)).to.contain('Is &lt;b&gt;this&lt;/b&gt; &amp; that safe?');
  });

  const bad: [string, string, number, RegExp][] = [
    ['XML that is not well-formed', '<tt xmlns="http://www.w3.org/ns/ttml">\n<body><p begin="1s" end="2s">Oops</body></tt>', 2, /not well-formed/],
    ['a document that is not TTML', '<?xml version="1.0"?>\n<html><body><p>Hi</p></body></html>', 2, /root is <html>/],
    ['TTML with no timed paragraph', TT('<div><p>Untimed.</p></div>'), 3, /no timed text found/],
  ];
  for (const [name, input, line, pattern] of bad) {
    it(`rejects ${name}, naming the file and the line`, () => {
      const error = readError(() => readTranscript(input, { fileName: 'captions.ttml', format: 'ttml' }));
      expect(error.line).to.equal(line);
      expect(error.message).to.match(new RegExp(`^captions\\.ttml: TTML: line ${line}: `));
      expect(error.message).to.match(pattern);
    });
  }

  it('rejects binary data', () => expect(readError(() => readTtml('\u0000\u0001junk')).message).to.contain('binary'));
});

