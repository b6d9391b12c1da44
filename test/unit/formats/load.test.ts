import { expect } from '@open-wc/testing';
import { loadTranscript } from '../../../src/formats/load.js';
import { readTranscript, writeTranscript, TranscriptReadError } from '../../../src/formats/index.js';

// The page's loader must read every format exactly as the full registry does, loading one reader.
describe('loadTranscript (one reader at a time)', () => {
  let md = '';
  before(async () => {
    md = await (await fetch('/media/press-conference-2007-10-12.md')).text();
  });

  it('reads each format as the registry does', async () => {
    const timed = (await (await fetch('/media/press-conference-2007-10-12.json')).text());
    const cases: [string, string][] = [
      ['x.json', timed],
      ['x.vtt', writeTranscript(readTranscript(timed).transcript, 'vtt')],
      ['x.srt', writeTranscript(readTranscript(timed).transcript, 'srt')],
      ['x.podcast.json', writeTranscript(readTranscript(timed).transcript, 'podcast-json')],
      ['x.md', md],
      ['no-extension', md],
    ];
    for (const [fileName, text] of cases) {
      const lazy = await loadTranscript(text, { fileName });
      expect(lazy.transcript, fileName).to.deep.equal(readTranscript(text, { fileName }).transcript);
    }
  });

  it('refuses empty and binary input with the file named', async () => {
    const errors: unknown[] = [];
    await loadTranscript(' \n', { fileName: 'empty.vtt' }).catch((e) => errors.push(e));
    await loadTranscript('\u0000\u0001binary', { fileName: 'x.mp3' }).catch((e) => errors.push(e));
    await loadTranscript('no label here', { fileName: 'x.md' }).catch((e) => errors.push(e));
    expect(errors.map((e) => e instanceof TranscriptReadError)).to.deep.equal([true, true, true]);
    expect(String(errors[0])).to.contain('empty.vtt');
    expect(String(errors[1])).to.contain('binary');
    expect(String(errors[2])).to.contain('no speaker label');
  });
});
