/**
 * A caption file that gives only cue times (the Podcasting 2.0 example: sentences run across
 * cues, no word times) is followed word by word: the word highlighted at each moment is the one
 * whose estimated span holds the media time.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/player/player.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { readTranscript } from '../../../src/formats/index.js';
import type { Transcript } from '../../../src/model/transcript.js';
import { wavUrl, once, until, spokenWords } from '../../helpers/fixtures.js';

describe('a transcript with estimated word times', () => {
  let transcript: Transcript;
  before(async () => {
    const text = await (await fetch('/test/fixtures/captions/podcast-namespace/example.vtt')).text();
    transcript = readTranscript(text, { fileName: 'example.vtt' }).transcript;
  });

  it('every cue time is kept, and every word has a time: given at cue starts, estimated between', () => {
    const words = transcript.turns.flatMap((t) => t.sentences.flatMap((s) => s.words)).filter((w) => !w.annotation);
    expect(words.every((w) => w.start !== null && w.end !== null)).to.equal(true);
    const cues = words.filter((w) => w.cue);
    expect(cues.length).to.be.greaterThan(5);
    for (const w of cues) expect([w.start, w.estimated ?? false]).to.deep.equal([w.cue!.start, false]);
    expect(words.filter((w) => w.estimated).length).to.be.greaterThan(words.length / 2);
    expect(transcript.turns.flatMap((t) => t.sentences).every((s) => s.start !== null && s.end !== null)).to.equal(true);
  });

  it('the player highlights, while playing, the word whose estimated span holds the media time', async () => {
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${wavUrl(30)} .transcript=${transcript}></parley-player>`);
    const media = player.mediaElement!;
    if (media.readyState < 1) await once(media, 'loadedmetadata');
    const root = player.shadowRoot!.querySelector('parley-transcript')!.shadowRoot!;
    // "should have a podcast trailer. And if so, what should you" is one cue, 2.76–6.09 s: the
    // reader spreads it over its words by syllables.
    const words = transcript.turns[0]!.sentences.flatMap((s) => s.words);
    const target = words.find((w) => w.text === 'trailer.')!;
    expect(target.estimated).to.equal(true);
    media.currentTime = (target.start! + target.end!) / 2;
    await until(() => spokenWords(root)[0]?.text.trim() === 'trailer.', 'the estimated word highlighted');
    media.currentTime = words.find((w) => w.text === 'include')!.start! + 0.01;
    await until(() => spokenWords(root)[0]?.text.trim() === 'include', 'the next cue\'s first word highlighted');
  });
});
