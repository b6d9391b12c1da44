import { expect } from '@open-wc/testing';
import { alignInWorker } from '../../src/align/web.js';
import { readTranscript } from '../../src/formats/index.js';
import { alignFixture, wordTimes } from './helpers.js';

describe('alignment in a Web Worker', function () {
  this.timeout(120_000);

  it('gives the command line’s times to the millisecond', async () => {
    const f = await alignFixture('speech');
    expect(f.cli.code, f.cli.stderr).to.equal(0);
    const { transcript } = readTranscript(await f.transcript.text(), { fileName: f.transcript.name });
    const stages: string[] = [];
    const job = alignInWorker({ media: f.media, mediaName: f.media.name, transcript }, (stage) => {
      if (stages.at(-1) !== stage) stages.push(stage);
    });
    const result = await job.result;
    const cli = JSON.parse(f.cli.output!);
    expect(wordTimes(result.transcript)).to.deep.equal(wordTimes(cli));
    console.log(stages.join(','), result.matchScore);
  });
});
