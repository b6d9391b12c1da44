/**
 * A transcript read from Parley JSON keeps its plain words compact (model/compact-words.ts): the
 * player loads it, shows it, plays it, seeks and plays from a clicked word without making one
 * `Word` object, which at ten hours would be most of the page's memory.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/components/player/player.js';
import '../../../src/components/questions/questions.js';
import '../../../src/components/speaker-filter/speaker-filter.js';
import '../../../src/components/where-am-i/where-am-i.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { writeParleyJson } from '../../../src/formats/json/index.js';
import { materialisedSentences } from '../../../src/model/compact-words.js';
import { TimeIndex } from '../../../src/model/time-index.js';
import { timedTranscript, wavUrl, until, lastEnd, spokenWords, wordPoint } from '../../helpers/fixtures.js';

// Every second sentence of the fixture holds an annotation word, so it keeps its `Word` objects.
const source = timedTranscript(60, { wordsPerSentence: 6, wordLength: 0.12, gap: 0.05 });
source.questions = [{ turn: 2, addressees: [source.speakers[0]!.id], answers: [3] }];
const index = new TimeIndex(source);
const audio = wavUrl(lastEnd(source) + 2, source);

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('compact words in the player', () => {
  it('loads, plays, seeks and plays a clicked word of a Parley JSON file without making its words', async () => {
    const file = URL.createObjectURL(new Blob([writeParleyJson(source)], { type: 'application/json' }));
    const before = materialisedSentences();
    const player = await fixture<ParleyPlayer>(html`
      <parley-player .src=${audio} transcript-src=${file}>
        <div slot="panels">
          <parley-where-am-i></parley-where-am-i>
          <parley-questions></parley-questions>
          <parley-speaker-filter></parley-speaker-filter>
        </div>
      </parley-player>
    `);
    await until(() => !!player.shadowRoot?.querySelector('parley-transcript')?.shadowRoot?.querySelectorAll('.turn').length, 'turns shown');
    const root = player.shadowRoot!.querySelector('parley-transcript')!.shadowRoot!;
    await until(() => root.querySelectorAll('.turn').length === source.turns.length, 'every turn in the page');
    const media = player.mediaElement!;
    await until(() => media.readyState >= 1, 'media metadata');
    // The file's plain sentences were read compact: their words are an accessor not yet called.
    const read = player.transcript!;
    expect(typeof Object.getOwnPropertyDescriptor(read.turns[0]!.sentences[0]!, 'words')?.get).to.equal('function');

    // Playing at 3×: the highlighted word is the one spoken.
    media.playbackRate = 3;
    media.currentTime = 1;
    await player.play();
    await until(() => spokenWords(root).length === 1, 'a word highlighted');
    // Seeking into the middle of words, of compact and of plain sentences.
    for (const position of [40, 150, 300, 451, 600]) {
      const start = index.words.starts[position]!;
      const end = index.words.ends[position]!;
      media.currentTime = (start + end) / 2;
      media.pause();
      await until(() => {
        const shown = spokenWords(root)[0];
        const a = index.wordAddress(position);
        return !!shown && shown.turn === a.turn && shown.sentence === a.sentence && shown.word === a.word;
      }, `word ${position} highlighted after the seek`);
      expect(spokenWords(root)[0]!.text).to.equal(source.turns[index.wordAddress(position).turn]!.sentences[index.wordAddress(position).sentence]!.words[index.wordAddress(position).word]!.text);
    }
    // A click on a word plays from it.
    const word = source.turns[20]!.sentences[0]!.words[3]!;
    const at = wordPoint(root, source, 20, 0, 3);
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    await frame();
    expect(media.currentTime).to.be.within(word.start!, word.end!);
    media.pause();

    expect(materialisedSentences() - before, 'sentences whose Word objects were made').to.equal(0);
    // Code that asks for the words gets them, made once.
    const words = read.turns[0]!.sentences[0]!.words;
    expect(words.map((w) => w.text)).to.deep.equal(source.turns[0]!.sentences[0]!.words.map((w) => w.text));
    expect(read.turns[0]!.sentences[0]!.words).to.equal(words);
    expect(materialisedSentences() - before).to.equal(1);
    URL.revokeObjectURL(file);
  });
});
