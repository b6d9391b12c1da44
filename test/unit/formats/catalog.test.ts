import { expect, fixture, html } from '@open-wc/testing';
// As a page would: the player and registerFormat from Parley's public entry.
import { registerFormat, unregisterFormat, type TranscriptFormat } from '../../../src/index.js';
import type { ParleyPlayer } from '../../../src/components/player/player.js';
import { detectFormat, readTranscript } from '../../../src/formats/index.js';
import { loadTranscript } from '../../../src/formats/load.js';
import { formatEntries } from '../../../src/formats/catalog.js';
import type { Transcript } from '../../../src/model/transcript.js';
import { splitSentences } from '../../../src/model/segment.js';
import { expectAccessible } from '../../helpers/axe.js';
import { until, wavUrl } from '../../helpers/fixtures.js';

/**
 * A format Parley does not have: tab-separated turns under a header line
 * "speaker, start, end, text", as a spreadsheet exports them.
 */
function readTurnTable(text: string): { transcript: Transcript; warnings: [] } {
  const rows = text.trim().split(/\r?\n/).slice(1).map((line) => line.split('\t'));
  const names = [...new Set(rows.map((r) => r[0]!))];
  const id = (name: string) => name.toLowerCase().replace(/\W+/g, '-');
  return {
    transcript: {
      metadata: {},
      speakers: names.map((name) => ({ id: id(name), name })),
      turns: rows.map(([name, start, end, said]) => ({
        speaker: id(name!),
        start: Number(start),
        end: Number(end),
        annotations: [],
        sentences: splitSentences(said!),
      })),
      questions: [],
      chapters: [],
    },
    warnings: [],
  };
}

const turnTable: TranscriptFormat = {
  id: 'turn-table',
  label: 'Turn table',
  extensions: ['turns.tsv', 'tsv'],
  mediaType: 'text/tab-separated-values',
  sniff: (text) => /^speaker\tstart\tend\ttext\r?\n/.test(text),
  read: readTurnTable,
};

const TABLE = 'speaker\tstart\tend\ttext\nAna Lima\t0.5\t2\tWelcome to the briefing. We begin.\nBo Chen\t2\t3.5\tThank you, Ana.\n';

const turnsShown = (player: ParleyPlayer): string[] =>
  [...(player.shadowRoot!.querySelector('parley-transcript')?.shadowRoot?.querySelectorAll('[role="listitem"]') ?? [])].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());

describe('one rule for recognising a file, in the page and in the registry', () => {
  it('reads text that neither its content nor its name tells as transcript text, both ways', async () => {
    const text = 'Good morning, everyone. We begin with the budget.\n';
    expect(detectFormat(text, 'briefing.mp3')).to.equal(undefined);
    const lazy = await loadTranscript(text, { fileName: 'briefing.mp3' });
    expect(lazy.transcript.turns).to.have.length(1);
    expect(lazy.transcript).to.deep.equal(readTranscript(text, { fileName: 'briefing.mp3' }).transcript);
  });

  it('reads labelled text as transcript text whatever the name says, both ways', async () => {
    const text = 'Maya Okafor: Welcome back.\n\nJerod Santo: Thanks.\n';
    expect(detectFormat(text, 'talk.vtt')?.id).to.equal('press-release');
    expect((await loadTranscript(text, { fileName: 'talk.vtt' })).transcript.speakers.map((s) => s.name)).to.deep.equal(['Maya Okafor', 'Jerod Santo']);
  });
});

describe('a format a page registers', () => {
  afterEach(() => {
    for (const id of ['turn-table', 'segments-first', 'json-by-name']) unregisterFormat(id);
  });

  it('is read by <parley-player transcript-src>, which shows its turns', async () => {
    registerFormat(turnTable);
    const url = URL.createObjectURL(new Blob([TABLE], { type: 'text/tab-separated-values' }));
    const player = await fixture<ParleyPlayer>(html`<parley-player .src=${wavUrl(4)} transcript-src=${url} transcript-name="briefing.tsv"></parley-player>`);
    await until(() => turnsShown(player).length === 2, 'two turns shown');
    expect(turnsShown(player)[0]).to.match(/Ana Lima.*Welcome to the briefing\. We begin\./);
    expect(turnsShown(player)[1]).to.match(/Bo Chen.*Thank you, Ana\./);
    await expectAccessible(player, 'a transcript in a registered format');
  });

  it('is recognised alike by the registry, the page loader and the table, by content or by name', async () => {
    registerFormat(turnTable);
    expect(formatEntries()[0]!.id).to.equal('turn-table');
    expect(detectFormat(TABLE, 'x')?.id).to.equal('turn-table');
    expect(detectFormat('not a table', 'x.turns.tsv')?.id).to.equal('turn-table');
    const lazy = await loadTranscript(TABLE, { fileName: 'x' });
    expect(lazy.transcript).to.deep.equal(readTranscript(TABLE, { fileName: 'x' }).transcript);
    expect(lazy.transcript.turns).to.have.length(2);
  });

  it('wins over a built-in format that would also match, by content and by name', async () => {
    const podcast = '{"version":"1.0.0","segments":[{"speaker":"Ana","startTime":0,"endTime":1,"body":"Hi."}]}';
    expect(detectFormat(podcast, 'x.json')?.id).to.equal('podcast-json');
    let read = 0;
    registerFormat({ ...turnTable, id: 'segments-first', extensions: ['seg'], sniff: (text) => text.includes('"segments"'), read: (text) => (read++, readTurnTable(`speaker\tstart\tend\ttext\nAna\t0\t1\t${text.length} characters.`)) });
    expect(detectFormat(podcast, 'x.json')?.id).to.equal('segments-first');
    expect((await loadTranscript(podcast, { fileName: 'x.json' })).transcript.turns[0]!.sentences[0]!.text).to.equal(`${podcast.length} characters.`);
    expect(read).to.equal(1);

    registerFormat({ ...turnTable, id: 'json-by-name', extensions: ['json'], sniff: undefined });
    expect(detectFormat('something', 'talk.json')?.id).to.equal('json-by-name');
  });

  it('given with a load function, loads its code only when a file needs it', async () => {
    let loads = 0;
    registerFormat({
      id: 'turn-table', label: 'Turn table', extensions: ['tsv'], mediaType: 'text/tab-separated-values', reads: true, writes: false,
      sniff: turnTable.sniff!, load: async () => (loads++, { read: readTurnTable }),
    });
    await loadTranscript('WEBVTT\n\n00:00.000 --> 00:01.000\nHi.\n', { fileName: 'x.vtt' });
    expect(loads).to.equal(0);
    expect((await loadTranscript(TABLE, { fileName: 'x' })).transcript.turns).to.have.length(2);
    expect(loads).to.equal(1);
  });

  it('leaves every built-in format where it was once removed', () => {
    registerFormat({ ...turnTable, id: 'vtt', sniff: (text) => text.startsWith('WEBVTT') });
    expect(detectFormat('WEBVTT\n', 'x.vtt')?.label).to.equal('Turn table');
    unregisterFormat('vtt');
    expect(detectFormat('WEBVTT\n', 'x.vtt')?.label).to.equal('WebVTT');
    expect(formatEntries().map((f) => f.id)).to.deep.equal(['json', 'podcast-json', 'vtt', 'srt', 'sbv', 'ttml', 'press-release', 'txt', 'html']);
  });
});
