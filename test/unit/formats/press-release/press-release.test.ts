import { expect } from '@open-wc/testing';
import { readPressRelease, labelAt } from '../../../../src/formats/press-release/index.js';
import { readTranscript, TranscriptReadError } from '../../../../src/formats/index.js';
import { turnText, type Transcript } from '../../../../src/model/transcript.js';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(new URL(path, window.location.origin));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

function thrown(fn: () => unknown): TranscriptReadError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TranscriptReadError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptReadError');
}

describe('press-release reader: the 2007 press conference', () => {
  let t: Transcript;
  let warnings: { line: number; message: string }[];
  before(async () => {
    ({ transcript: t, warnings } = readPressRelease(await fetchText('/media/press-conference-2007-10-12.md')));
  });

  it('reads 22 turns by 6 speakers', () => {
    expect(t.turns.length).to.equal(22);
    expect(t.speakers.length).to.equal(6);
    expect(t.turns.map((turn) => turn.speaker)).to.deep.equal([
      'lavrov', 'rice', 'gates', 'serdyukov', 'moderator', 'question', 'rice', 'gates', 'rice', 'lavrov', 'question',
      'serdyukov', 'moderator', 'question', 'rice', 'question', 'gates', 'moderator', 'question', 'lavrov', 'rice', 'moderator',
    ]);
  });

  it('names speakers as a person would say them, with full names and roles from the header', () => {
    const byId = Object.fromEntries(t.speakers.map((s) => [s.id, s]));
    expect(byId.lavrov).to.deep.include({ name: 'Foreign Minister Lavrov', fullName: 'Sergey Lavrov', role: 'Russian Foreign Minister', label: 'FOREIGN MINISTER LAVROV' });
    expect(byId.rice).to.deep.include({ name: 'Secretary Rice', fullName: 'Condoleezza Rice' });
    expect(byId.gates).to.deep.include({ name: 'Secretary Gates', fullName: 'Robert Gates', role: 'U.S. Defense Secretary' });
    expect(byId.serdyukov).to.deep.include({ name: 'Defense Minister Serdyukov', fullName: 'Anatoliy Serdyukov', role: 'Defense Minister' });
    expect(byId.moderator).to.deep.include({ name: 'Moderator', role: 'Moderator' });
    expect(byId.question).to.deep.include({ name: 'Question', role: 'Reporter' });
    expect(byId.moderator!.fullName).to.equal(undefined);
  });

  it('reads the header and the footer as metadata, not turns', () => {
    expect(t.metadata).to.deep.include({
      title: 'Remarks with U.S. Defense Secretary Robert Gates, Russian Foreign Minister Sergey Lavrov and Defense Minister Anatoliy Serdyukov After 2+2 Meetings',
      principal: 'Secretary Condoleezza Rice',
      dateText: 'October 12, 2007',
      date: '2007-10-12',
      documentNumber: '2007/T17-2',
      release: 'Released on October 12, 2007',
      language: 'en',
    });
    expect(t.metadata.place).to.deep.equal(['Ministry of Foreign Affairs', 'Moscow, Russia']);
    const all = t.turns.map(turnText).join(' ');
    for (const footer of ['2007/T17-2', 'Released on', 'BACK TO TOP', 'View Video', 'Ministry of Foreign Affairs']) {
      expect(all).not.to.contain(footer);
    }
    expect(turnText(t.turns[21]!)).to.equal('Thank you. The press conference is over.');
  });

  it('finds the five questions with their askers, addressees and answers', () => {
    expect(t.questions).to.deep.equal([
      { turn: 5, asker: 'Thom Shanker', outlet: 'New York Times', addressees: ['rice', 'gates', 'lavrov'], answers: [6, 7, 8, 9] },
      { turn: 10, addressees: ['serdyukov'], answers: [11] },
      { turn: 13, asker: 'Arshad Mohammed', outlet: 'Reuters', addressees: ['rice'], answers: [14] },
      { turn: 15, addressees: ['gates'], answers: [16] },
      { turn: 18, outlet: 'Al Arabiya', addressees: ['lavrov', 'rice'], answers: [19, 20] },
    ]);
  });

  it('divides the conference into opening statements and questions', () => {
    expect(t.chapters).to.deep.equal([
      { title: 'Opening statements', start: null, turn: 0 },
      { title: 'Questions and answers', start: null, turn: 4 },
    ]);
  });

  it('joins the sentence that a paragraph break cut in Secretary Rice\'s opening statement', () => {
    const rice = t.turns[1]!;
    const joined = rice.sentences.filter((s) => s.text.includes('make progress'));
    expect(joined.map((s) => s.text)).to.deep.equal([
      'But obviously our experts will need to work through these concepts so that we can see if we can make progress on these very important issues.',
    ]);
    expect(rice.sentences.some((s) => s.text.startsWith('on these'))).to.equal(false);
    expect(warnings.map((w) => w.line)).to.include(52);
  });

  it('keeps bracketed annotations as annotations, not speech', () => {
    expect(t.turns[0]!.annotations).to.deep.equal(['Via interpreter']);
    expect(t.turns[3]!.annotations).to.deep.equal(['Via interpreter.']);
    expect(t.turns[0]!.sentences[0]!.text.startsWith('Dear colleagues,')).to.equal(true);
    const notes = t.turns.flatMap((turn) => turn.sentences.flatMap((s) => s.words.filter((w) => w.annotation).map((w) => w.text)));
    expect(notes).to.deep.equal(['(inaudible),', '(inaudible)']);
  });

  it('marks paragraphs and keeps every spoken word untimed', () => {
    expect(t.turns[0]!.sentences.filter((s) => s.paragraph).length).to.equal(14);
    const words = t.turns.flatMap((turn) => turn.sentences.flatMap((s) => s.words));
    expect(words.filter((w) => !w.annotation).length).to.equal(3403);
    expect(words.every((w) => w.start === null && w.end === null)).to.equal(true);
    expect(t.turns.every((turn) => turn.start === null)).to.equal(true);
  });

  it('splits sentences around abbreviations', () => {
    const sentences = t.turns.flatMap((turn) => turn.sentences.map((s) => s.text));
    expect(sentences).to.include('But as Mr. Gates himself recognized, there is a potential threat for us here.');
    expect(sentences).to.include('In mid-November, we are expecting reports from both Mr. ElBaradei and Mr. Solana.');
    expect(sentences.some((s) => s === 'Gates himself recognized, there is a potential threat for us here.')).to.equal(false);
    expect(sentences.length).to.equal(153);
  });

  it('strips Markdown emphasis from the text', () => {
    expect(t.turns[5]!.sentences[0]!.text).to.equal('Thom Shanker, New York Times.');
  });

  it('is what readTranscript recognises for the .md file', async () => {
    const { transcript } = readTranscript(await fetchText('/media/press-conference-2007-10-12.md'), { fileName: 'x.md' });
    expect(transcript.turns.length).to.equal(22);
  });
});

describe('press-release reader: transcripts it has never seen', () => {
  it('reads a plain-text briefing with titles of any kind', async () => {
    const { transcript: t } = readPressRelease(await fetchText('/test/fixtures/briefing-plain.txt'));
    expect(t.metadata).to.deep.include({ title: 'Daily Press Briefing', principal: 'Sean McCormack, Spokesman', date: '2008-03-03', release: 'Released on March 3, 2008' });
    expect(t.metadata.place).to.deep.equal(['Washington, DC']);
    expect(t.speakers.map((s) => s.name)).to.deep.equal(['Mr. McCormack', 'Question', 'Ambassador Khalilzad']);
    expect(t.speakers[0]).to.deep.include({ fullName: 'Sean McCormack', role: 'Spokesman' });
    expect(t.turns.length).to.equal(7);
    // "(12:35 p.m.)" before the first turn is that turn's annotation; the closing note stays an annotation.
    expect(t.turns[0]!.annotations).to.deep.equal(['12:35 p.m.']);
    const last = t.turns[6]!.sentences.at(-1)!;
    expect(last.words).to.have.length(1);
    expect(last.words[0]).to.deep.include({ text: '(The briefing was concluded at 12:58 p.m.)', annotation: true });
    // A line break inside a paragraph is only a space.
    expect(t.turns[0]!.sentences[1]!.text).to.equal("I have one announcement to start with, and then I'll be happy to take your questions.");
    expect(t.turns[0]!.sentences.map((s) => s.text)).to.include('The Secretary will travel to Brussels on Thursday for the NATO ministerial at 9 a.m.');
    expect(t.questions).to.deep.equal([
      { turn: 1, addressees: ['mccormack'], answers: [2, 3] },
      { turn: 4, asker: 'Matt Lee', outlet: 'Associated Press', addressees: ['khalilzad'], answers: [5, 6] },
    ]);
    expect(turnText(t.turns.at(-1)!)).not.to.contain('DPB');
  });

  it('reads a file of labelled turns only, with bold and plain labels mixed', () => {
    const { transcript: t } = readPressRelease('**SECRETARY RICE**: Hello.\n\nQUESTION: Why?\n\nMore on that.\n\nSECRETARY RICE: Because.\n');
    expect(t.turns.map((turn) => [turn.speaker, turnText(turn)])).to.deep.equal([
      ['rice', 'Hello.'], ['question', 'Why? More on that.'], ['rice', 'Because.'],
    ]);
    expect(t.metadata.title).to.equal(undefined);
  });

  it('reads labels in other languages and scripts', () => {
    const ru = readPressRelease('ЛАВРОВ: Добрый день. Мы согласились.\n\nВОПРОС: Почему?\n').transcript;
    expect(ru.speakers.map((s) => s.name)).to.deep.equal(['Лавров', 'Вопрос']);
    expect(ru.turns[0]!.sentences.map((s) => s.text)).to.deep.equal(['Добрый день.', 'Мы согласились.']);
    const zh = readPressRelease('主持人：现在开始提问。谢谢。\n\n记者：我的问题是关于伊朗。\n').transcript;
    expect(zh.speakers.map((s) => s.name)).to.deep.equal(['主持人', '记者']);
    expect(zh.turns[0]!.sentences.map((s) => s.text)).to.deep.equal(['现在开始提问。', '谢谢。']);
    const fr = readPressRelease('M. LE MINISTRE DES AFFAIRES ÉTRANGÈRES : Merci. Bonjour.\n').transcript;
    expect(fr.speakers[0]!.name).to.equal('M. le Ministre des Affaires Étrangères');
  });

  const labels: [string, string | null][] = [
    ['**SECRETARY RICE:** Thank you.', 'SECRETARY RICE'],
    ['**SECRETARY RICE**: Thank you.', 'SECRETARY RICE'],
    ['SECRETARY RICE: Thank you.', 'SECRETARY RICE'],
    ['MR. McCORMACK: Good afternoon.', 'MR. McCORMACK'],
    ['AMBASSADOR KHALILZAD: Yes.', 'AMBASSADOR KHALILZAD'],
    ['QUESTION: Why?', 'QUESTION'],
    ['MODERATOR: Now questions.', 'MODERATOR'],
    ['Q: Why?', 'Q'],
    ['The question is: why?', null],
    ['So I would close by saying: why not?', null],
    ['Note: this is prose.', null],
    ['12:30: lunch', null],
  ];
  for (const [paragraph, label] of labels) {
    it(`label of ${JSON.stringify(paragraph)} is ${label}`, () => expect(labelAt(paragraph)?.label ?? null).to.equal(label));
  }
});

describe('press-release reader: bad input', () => {
  it('rejects a file with nothing but a header, naming the line, in words about labels in general', () => {
    const error = thrown(() => readPressRelease('\n\nDaily Press Briefing\n\nWashington, DC\n'));
    expect(error.line).to.equal(3);
    expect(error.message).to.contain('line 3');
    expect(error.message).to.contain('no speaker label');
    expect(error.message).not.to.contain('RICE');
    expect(thrown(() => readTranscript('Daily Press Briefing\n', { fileName: 'brief.txt' })).message).to.match(/^brief\.txt: .*line 1: /);
  });

  it('rejects an empty file', () => {
    expect(thrown(() => readPressRelease('')).message).to.contain('empty');
    expect(thrown(() => readPressRelease('  \n\n \n')).message).to.contain('empty');
    expect(thrown(() => readTranscript('', { fileName: 'empty.md' })).message).to.contain('empty');
  });

  it('rejects binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    expect(thrown(() => readPressRelease(junk)).message).to.contain('binary');
    expect(thrown(() => readTranscript(`ID3\u0003\u0000\u0000${junk}`, { fileName: 'x.mp3' })).message).to.contain('binary');
  });

  it('keeps text that looks like HTML or script as text', () => {
    const { transcript: t } = readPressRelease('QUESTION: Is <img src=x onerror=alert(1)> safe? And </script><b>bold</b> &amp; more.\n');
    const words = t.turns[0]!.sentences.flatMap((s) => s.words.map((w) => w.text));
    expect(words).to.include('<img');
    expect(words).to.include('onerror=alert(1)>');
    expect(turnText(t.turns[0]!)).to.equal('Is <img src=x onerror=alert(1)> safe? And </script><b>bold</b> & more.');
  });
});

describe('transcript text: the label styles people write', () => {
  const styles: [string, string, string, number | null][] = [
    ['Maya Okafor: Welcome back.', 'Maya Okafor', 'Welcome back.', null],
    ['**Jerod Santo:** Alright, we are here.', 'Jerod Santo', 'Alright, we are here.', null],
    ['Speaker 1: Hello there.', 'Speaker 1', 'Hello there.', null],
    ['[00:12:34] Maya Okafor: Welcome back.', 'Maya Okafor', 'Welcome back.', 754],
    ['00:12:34 Maya Okafor: Welcome back.', 'Maya Okafor', 'Welcome back.', 754],
    ['Maya Okafor 00:12:34\nWelcome back.', 'Maya Okafor', 'Welcome back.', 754],
    ['Karine: (00:45)\nThere you go.', 'Karine', 'There you go.', 45],
    ['Ned Price (01:02):\n\nGood afternoon.', 'Ned Price', 'Good afternoon.', 62],
    ['[Maya Okafor] 00:01:02\nWelcome back.', 'Maya Okafor', 'Welcome back.', 62],
    ['Q    Sure, thanks, Josh.', 'Q', 'Sure, thanks, Josh.', null],
    ['Claire Waite Brown:Welcome back to the show.', 'Claire Waite Brown', 'Welcome back to the show.', null],
  ];
  for (const [text, name, said, time] of styles) {
    it(`${JSON.stringify(text)} is ${name} saying “${said}”${time === null ? '' : ` at ${time} s`}`, () => {
      const { transcript: t } = readPressRelease(text);
      expect(t.turns).to.have.length(1);
      expect(t.speakers[0]!.name).to.equal(name);
      expect(turnText(t.turns[0]!)).to.equal(said);
      expect(t.turns[0]!.start).to.equal(time);
      if (time !== null) expect(t.turns[0]!.sentences[0]!.words[0]).to.deep.include({ start: time, anchor: true });
    });
  }

  it('keeps a personal name as the name, never as the role', () => {
    const { transcript: t } = readPressRelease('Maya Okafor: Welcome back.\n\nSECRETARY RICE: Thank you.\n\nRear Adm. John Kirby: Good afternoon.\n');
    expect(t.speakers.map((s) => [s.name, s.fullName, s.role])).to.deep.equal([
      ['Maya Okafor', 'Maya Okafor', undefined],
      ['Secretary Rice', undefined, 'Secretary'],
      ['Rear Adm. John Kirby', 'John Kirby', 'Rear Adm.'],
    ]);
  });

  it('starts a turn at every labelled line of press text written without blank lines', () => {
    const { transcript: t } = readPressRelease('MR. DEERE: Hi, everybody.\nQ (Inaudible.)\nMR. DEERE: It is a busy day.\nI will lay out the rules.\nSENIOR ADMINISTRATION OFFICIAL: Hi, everyone.\nThe topline: the speech is next Tuesday.\n');
    expect(t.turns.map((u) => [u.speaker, turnText(u), u.annotations])).to.deep.equal([
      ['deere', 'Hi, everybody.', []],
      ['q', '', ['Inaudible.']],
      ['deere', 'It is a busy day. I will lay out the rules.', []],
      ['senior-administration-official', 'Hi, everyone. The topline: the speech is next Tuesday.', []],
    ]);
  });

  it('reads text with no label as one unnamed speaker, the header and the editor’s note apart', () => {
    const { transcript: t } = readPressRelease('Daily Press Briefing\n\nThe following is a near-verbatim transcript of today’s noon briefing.\n\nGood afternoon.\n\n**Gaza\n\nIn Gaza, the situation is dire.\n');
    expect(t.speakers).to.deep.equal([{ id: 'speaker', name: 'Speaker' }]);
    expect(t.turns.map(turnText)).to.deep.equal(['Good afternoon.', 'In Gaza, the situation is dire.']);
    expect(t.chapters).to.deep.equal([{ title: 'Gaza', start: null, turn: 1 }]);
    expect(t.metadata.title).to.equal('Daily Press Briefing');
    expect(t.metadata.notes).to.deep.equal(['The following is a near-verbatim transcript of today’s noon briefing.']);
  });

  it('keeps inline times as anchors on the words they precede, and label times as turn times', () => {
    const { transcript: t } = readPressRelease('**Adam:** \\[10:12\\] I think so. And \\[10:15\\] more.\n\n[00:11:00] Emil: Yes.\n');
    const words = t.turns[0]!.sentences.flatMap((s) => s.words);
    expect(words.map((w) => [w.text, w.start, w.anchor ?? false])).to.deep.equal([
      ['I', 612, true], ['think', null, false], ['so.', null, false], ['And', null, false], ['more.', 615, true],
    ]);
    expect(turnText(t.turns[0]!)).to.equal('I think so. And more.');
    expect([t.turns[1]!.start, t.turns[0]!.start]).to.deep.equal([660, null]);
  });

  it('finds the asker however the floor is given or the reporter is introduced', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['MR PRICE: With that, Matt.\n\nQUESTION: Can we start with Israel?', 'Matt', undefined],
      ['MR. KIRBY: Go ahead, Lita.\n\nQ: Just a couple of questions.', 'Lita', undefined],
      ['MR PRICE: Reuters’ Arshad Mohammed.\n\nQUESTION: On Iran?', 'Arshad Mohammed', 'Reuters'],
      ['MR PRICE: Arshad Mohammed of Reuters, go ahead.\n\nQUESTION: On Iran?', 'Arshad Mohammed', 'Reuters'],
      ['MR PRICE: Arshad Mohammed, Reuters.\n\nQUESTION: On Iran?', 'Arshad Mohammed', 'Reuters'],
      ['MR PRICE: Yes.\n\nQUESTION: Thank you so much. Jahanzaib Ali from ARY News. On Pakistan?', 'Jahanzaib Ali', 'ARY News'],
      ['MR PRICE: Yes.\n\nQUESTION: Hi, this is Maya Okafor with Radio Free Europe. On Ukraine?', 'Maya Okafor', 'Radio Free Europe'],
      ['MR. KIRBY: Joe, no? Go ahead.\n\nQ: Admiral, about Iraq?', undefined, undefined],
      ['MR PRICE: Matt, you don’t need to raise your voice. You don’t —\n\nQUESTION: But you said so, right?', 'Matt', undefined],
      ['MS NAUERT: Excuse me, Said.\n\nQUESTION: On East Jerusalem —', 'Said', undefined],
      ['MR PRICE: Yes.\n\nQUESTION: My name is Said Arikat. On Jerusalem?', 'Said Arikat', undefined],
      ['MR PRICE: Yes.\n\nQUESTION: Sir, I am Sahil from ANI. On Qatar?', 'Sahil', 'ANI'],
      ['Official Spokesperson, Shri Raveesh Kumar: Two questions.\n\nQuestion from Reuters: Madam Minister, will India act?', undefined, 'Reuters'],
      ['MR. KIRBY: OK.\n\nQ: Hi, John.', undefined, undefined],
    ];
    for (const [text, asker, outlet] of cases) {
      const q = readPressRelease(text).transcript.questions[0]!;
      expect([q.asker, q.outlet], text).to.deep.equal([asker, outlet]);
    }
  });
});

describe('transcript text: briefings of other governments and other exports', () => {
  it('reads "Name, Office:" labels and reporters labelled by their own names, one turn per line', () => {
    const { transcript: t } = readPressRelease('Shri Arindam Bagchi, Official Spokesperson: Good afternoon. I can open the floor.\nMeghna Dev: Sir Meghna Dev from DD News. Is there an update?\nSahil: Sir, I am Sahil from ANI. Did the Prime Minister speak?\nShri Arindam Bagchi, Official Spokesperson: Will we bring up?\nSahil: Yes.\n');
    expect(t.speakers.map((s) => [s.name, s.fullName, s.role])).to.deep.equal([
      ['Shri Arindam Bagchi', 'Arindam Bagchi', 'Official Spokesperson'],
      ['Meghna Dev', 'Meghna Dev', undefined],
      ['Sahil', undefined, undefined],
    ]);
    expect(t.questions.map((q) => [q.turn, q.asker, q.outlet])).to.deep.equal([[1, 'Meghna Dev', 'DD News'], [2, 'Sahil', 'ANI'], [4, 'Sahil', undefined]]);
  });

  it('takes Rev’s time at the start of a paragraph as an anchor, and keeps a lone note as the turn’s text', () => {
    const { transcript: t } = readPressRelease('Speaker 2 (00:02):\n\nGood afternoon.\n\n(00:52)\nAs home to leading companies, we lead.\n\nSpeaker 1 (01:40):\n\n[inaudible 00:01:42].\n');
    const second = t.turns[0]!.sentences[1]!;
    expect(second.words[0]).to.deep.include({ text: 'As', start: 52, anchor: true });
    expect(turnText(t.turns[1]!)).to.equal('[inaudible 00:01:42].');
    expect(t.turns[1]!.annotations).to.deep.equal([]);
  });
});

