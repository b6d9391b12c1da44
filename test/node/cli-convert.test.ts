/**
 * `parley convert` as a person runs it: the real program (bin/parley.js) in a child process.
 * The demo press conference goes to every format and back; bad input fails with one line.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '../../src/model/transcript.js';
import { readTranscript, registerFormat, unregisterFormat } from '../../src/formats/index.js';
import { run as runConvert } from '../../src/cli/convert.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/parley.js');
const demo = join(root, 'media/press-conference-2007-10-12.md');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function parley(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Lines of stderr that are not "file:line: warning:" lines. */
function problems(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l && !/:\d+: warning: /.test(l));
}

/** Gives every spoken word of an untimed transcript a time: 0.3 s per word, pauses between turns. */
function timeIt(t: Transcript): Transcript {
  let ms = 1000;
  for (const turn of t.turns) {
    for (const sentence of turn.sentences) {
      for (const word of sentence.words) {
        if (word.annotation) continue;
        word.start = ms / 1000;
        word.end = (ms + 250) / 1000;
        ms += 300;
      }
      const timed = sentence.words.filter((w) => !w.annotation);
      sentence.start = timed[0]!.start;
      sentence.end = timed.at(-1)!.end;
      ms += 200;
    }
    turn.start = turn.sentences[0]!.start;
    turn.end = turn.sentences.at(-1)!.end;
    ms += 700;
  }
  return t;
}

/** What every format keeps: each turn's speaker name, annotations, and each sentence's text and times. */
function essentials(t: Transcript) {
  return t.turns.map((turn) => ({
    speaker: t.speakers.find((s) => s.id === turn.speaker)!.name,
    annotations: turn.annotations,
    start: turn.start,
    end: turn.end,
    sentences: turn.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end })),
  }));
}

describe('parley convert', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-cli-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('parley --help lists convert; parley convert --help shows its usage; --version', async () => {
    const main = await parley(['--help'], dir);
    assert.equal(main.code, 0);
    assert.match(main.stdout, /^Usage: parley <command>/);
    assert.match(main.stdout, /^ {2}convert {2}/m);
    const convert = await parley(['convert', '--help'], dir);
    assert.equal(convert.code, 0);
    assert.match(convert.stdout, /^Usage: parley convert <input> -o <output>/);
    assert.match(convert.stdout, /--to FORMAT/);
    const version = await parley(['--version'], dir);
    assert.equal(version.stdout, `parley ${JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version}\n`);
  });

  it('converts the demo press release to Parley JSON with every turn, speaker and question', async () => {
    const run = await parley(['convert', demo, '-o', 'demo.json'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(problems(run.stderr), ['Wrote demo.json (Parley JSON, 22 turns, 6 speakers, 1 warnings)']);
    const t = JSON.parse(await readFile(join(dir, 'demo.json'), 'utf8')) as Transcript & { format: string };
    assert.equal(t.format, 'parley-transcript');
    assert.equal(t.turns.length, 22);
    assert.equal(t.speakers.length, 6);
    assert.equal(t.questions.length, 5);
  });

  it('the timed demo goes to every format and back without losing text, speakers or times', async () => {
    const untimed = await parley(['convert', demo, '-o', 'untimed.json'], dir);
    assert.equal(untimed.code, 0, untimed.stderr);
    const timed = timeIt(JSON.parse(await readFile(join(dir, 'untimed.json'), 'utf8')) as Transcript);
    await writeFile(join(dir, 'timed.json'), JSON.stringify({ format: 'parley-transcript', version: 1, ...timed }));
    const expected = essentials(timed);
    for (const ext of ['vtt', 'srt', 'podcast.json', 'json']) {
      const out = await parley(['convert', 'timed.json', '-o', `demo.${ext}`], dir);
      assert.equal(out.code, 0, `${ext}: ${out.stderr}`);
      const back = await parley(['convert', `demo.${ext}`, '-o', `back-${ext}.json`], dir);
      assert.equal(back.code, 0, `${ext} back: ${back.stderr}`);
      assert.equal(problems(back.stderr).length, 1, `${ext} back: ${back.stderr}`);
      const t = JSON.parse(await readFile(join(dir, `back-${ext}.json`), 'utf8')) as Transcript;
      assert.deepEqual(essentials(t), expected, ext);
    }
    for (const ext of ['txt', 'html']) {
      const out = await parley(['convert', 'timed.json', '-o', `demo.${ext}`], dir);
      assert.equal(out.code, 0, `${ext}: ${out.stderr}`);
    }
    const text = await readFile(join(dir, 'demo.txt'), 'utf8');
    assert.match(text, /^Foreign Minister Lavrov \[0:01\]\n\n\(Via interpreter\) Dear colleagues,/m);
    const html = await readFile(join(dir, 'demo.html'), 'utf8');
    assert.match(html, /<h2 id="turn-1-speaker"><strong>Foreign Minister Lavrov<\/strong> <time datetime="PT1S"/);
  });

  it('the aligned demo files in media/ (WebVTT, SRT, Podcasting 2.0) read back to the demo JSON: text, speakers, times', async () => {
    const base = join(root, 'media/press-conference-2007-10-12');
    const demoJson = JSON.parse(await readFile(`${base}.json`, 'utf8')) as Transcript;
    for (const ext of ['vtt', 'srt', 'podcast.json']) {
      const run = await parley(['convert', `${base}.${ext}`, '-o', `media-${ext}.json`], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(problems(run.stderr), [`Wrote media-${ext}.json (Parley JSON, 22 turns, 6 speakers)`]);
      const back = JSON.parse(await readFile(join(dir, `media-${ext}.json`), 'utf8')) as Transcript;
      assert.deepEqual(essentials(back), essentials(demoJson), ext);
      if (ext !== 'srt') {
        // Word start times too (and Podcasting 2.0 keeps the ends).
        const words = (t: Transcript) => t.turns.flatMap((turn) => turn.sentences.flatMap((s) => s.words.map((w) => [w.text, w.start, ext === 'vtt' ? null : w.end])));
        assert.deepEqual(words(back), words(demoJson), `${ext} words`);
      }
    }
  });

  it('--to overrides the extension and "-" writes to standard output', async () => {
    const run = await parley(['convert', 'timed.json', '--to', 'srt', '-o', '-'], dir);
    assert.equal(run.code, 0, run.stderr);
    // The speaker's label as the press release wrote it.
    assert.match(run.stdout, /^1\n00:00:01,000 --> 00:00:\d\d,\d{3}\nFOREIGN MINISTER LAVROV: \(Via interpreter\) Dear/);
  });

  const failures: [string, string[], (d: string) => Promise<void>, RegExp][] = [
    ['a missing file', ['convert', 'nowhere.vtt', '-o', 'out.json'], async () => {}, /^parley convert: cannot read "nowhere\.vtt": no such file$/],
    ['an unknown output extension', ['convert', 'timed.json', '-o', 'out.xyz'], async () => {}, /^parley convert: cannot tell the output format from the name "out\.xyz": use one of \.json, .*, or --to$/],
    [
      'a binary file',
      ['convert', 'song.vtt', '-o', 'out.json'],
      (d) => writeFile(join(d, 'song.vtt'), Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x21, 0x76, 0xff, 0xfb, 0x90, 0x64])),
      /^parley convert: song\.vtt:1: this is a binary file, not text \(it contains NUL bytes\)$/,
    ],
    ['an untimed transcript written as WebVTT', ['convert', 'untimed.json', '-o', 'out.vtt'], async () => {}, /^parley convert: WebVTT needs times, but turn 1 \(Foreign Minister Lavrov: “Dear colleagues, the meeting of foreign…”\) has none\./],
    ['an unknown --to', ['convert', 'timed.json', '--to', 'docx', '-o', 'x.docx'], async () => {}, /^parley convert: --to "docx" is not a format Parley can write \(/],
    ['an unknown option', ['convert', 'timed.json', '--frm', 'vtt'], async () => {}, /^parley convert: Unknown option '--frm'/],
  ];
  for (const [name, args, setUp, message] of failures) {
    it(`fails with one clear line for ${name}`, async () => {
      await setUp(dir);
      const run = await parley(args, dir);
      assert.notEqual(run.code, 0);
      const lines = run.stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    });
  }

  it('an unknown command fails with one line', async () => {
    const run = await parley(['convrt'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^parley: unknown command "convrt" \(commands: convert(, [a-z-]+)*; see parley --help\)\n$/);
  });
});

describe('parley convert and the table of formats', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-cli-table-'));
  });
  after(async () => {
    unregisterFormat('turn-list');
    await rm(dir, { recursive: true, force: true });
  });

  /** `parley convert` in this process, which has registered a format; what it wrote to stderr. */
  async function convertHere(args: string[]): Promise<{ code: number; stderr: string }> {
    const write = process.stderr.write;
    let stderr = '';
    process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
    try {
      return { code: await runConvert(args), stderr };
    } finally {
      process.stderr.write = write;
    }
  }

  it('reads and writes a format registered in the program, found by content, by name, or by --from/--to', async () => {
    // One turn a line: "Name | text".
    registerFormat({
      id: 'turn-list', label: 'Turn list', extensions: ['turns'], mediaType: 'text/plain',
      sniff: (text) => text.startsWith('#turns\n'),
      read: (text) => readTranscript(text.replace(/^#turns\n/, '').replace(/^(.+?) \| /gm, '$1: '), { format: 'press-release' }),
      write: (t) => `#turns\n${t.turns.map((turn) => `${t.speakers.find((s) => s.id === turn.speaker)!.name} | ${turn.sentences.map((s) => s.text).join(' ')}`).join('\n')}\n`,
    });
    const list = join(dir, 'briefing.txt');
    await writeFile(list, '#turns\nAna Lima | Welcome. We begin.\nBo Chen | Thank you.\n');
    const json = join(dir, 'briefing.json');
    assert.deepEqual(await convertHere([list, '-o', json]), { code: 0, stderr: `Wrote ${json} (Parley JSON, 2 turns, 2 speakers)\n` });
    const read = JSON.parse(await readFile(json, 'utf8')) as Transcript;
    assert.deepEqual(read.speakers.map((s) => s.name), ['Ana Lima', 'Bo Chen']);

    const back = join(dir, 'back.turns');
    assert.equal((await convertHere([json, '-o', back])).code, 0);
    assert.equal(await readFile(back, 'utf8'), '#turns\nAna Lima | Welcome. We begin.\nBo Chen | Thank you.\n');
    const forced = join(dir, 'forced.json');
    await writeFile(join(dir, 'plain.txt'), 'Ana Lima | Hello.\n');
    assert.equal((await convertHere([join(dir, 'plain.txt'), '--from', 'turn-list', '-o', forced])).code, 0);
    assert.equal((JSON.parse(await readFile(forced, 'utf8')) as Transcript).turns.length, 1);
    assert.match((await convertHere([json, '--to', 'nope', '-o', back])).stderr, /--to "nope" is not a format Parley can write \([a-z, -]*turn-list/);
  });
});
