/**
 * The web-platform-tests WebVTT parsing cases, run through Parley's WebVTT reading path
 * (normalise → webvtt-parser → cue content). file-parsing/*.js assert on cue id, times and text,
 * and on cue settings (position, line, region…), which a transcript has no use for: each case is
 * first run as written; a case that fails only on settings is run again with settings fields
 * ignored, and its test name says so.
 */
import { expect } from '@open-wc/testing';
import { parseVttCues, cueContent } from '../../src/formats/vtt/index.js';
import type { VttCue } from 'webvtt-parser';

const FILE_CASES = ['arrows', 'header-garbage', 'header-space', 'header-tab', 'header-timings', 'ids', 'newlines', 'nulls', 'regions-id', 'regions-lines', 'regions-old', 'regions-regionanchor', 'regions-scroll', 'regions-viewportanchor', 'settings-align', 'settings-line', 'settings-multiple', 'settings-position', 'settings-region', 'settings-size', 'settings-vertical', 'signature-bom', 'signature-no-newline', 'signature-space-no-newline', 'signature-space', 'signature-tab-no-newline', 'signature-tab', 'signature-timings', 'stylesheets', 'timings-60', 'timings-eof', 'timings-garbage', 'timings-negative', 'timings-omitted-hours', 'timings-too-long', 'timings-too-short', 'whitespace-chars'];
const TEXT_CASES = ['entities', 'tags', 'text', 'timestamps', 'tree-building'];

async function bytes(path: string): Promise<string> {
  const response = await fetch(new URL(`./webvtt-wpt/${path}`, import.meta.url));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  // Keep the byte-order mark: some cases are about it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** Stands for a settings field when settings are ignored: equal to anything, any property of it too. */
const IGNORED: object = new Proxy({}, { get: () => IGNORED });

/** The VTTCue-like object the WPT assertions read. */
function asVttCue(cue: VttCue, withSettings: boolean): Record<string, unknown> {
  const settings = {
    vertical: cue.direction === 'horizontal' ? '' : cue.direction,
    line: cue.linePosition,
    snapToLines: cue.snapToLines,
    lineAlign: cue.lineAlign,
    position: cue.textPosition,
    positionAlign: cue.positionAlign,
    size: cue.size,
    align: cue.alignment,
    region: null,
  };
  const ignored = Object.fromEntries(Object.keys(settings).map((k) => [k, IGNORED]));
  return { id: cue.id, startTime: cue.startTime, endTime: cue.endTime, text: cue.text, ...(withSettings ? settings : ignored) };
}

function runCase(code: string, cues: Record<string, unknown>[]): void {
  const fail = (message: string) => {
    throw new Error(message);
  };
  const assert_equals = (actual: unknown, expected: unknown, message = '') => {
    if (actual === IGNORED) return;
    if (actual !== expected && !(Number.isNaN(actual) && Number.isNaN(expected))) fail(`${message} expected ${String(expected)}, got ${String(actual)}`);
  };
  const assert_true = (value: unknown, message = '') => value === IGNORED || value === true || fail(`${message} expected true`);
  const assert_false = (value: unknown, message = '') => value === IGNORED || value === false || fail(`${message} expected false`);
  const assert_not_equals = (actual: unknown, expected: unknown, message = '') => actual === IGNORED || actual !== expected || fail(`${message} expected not ${String(expected)}`);
  new Function('cues', 'assert_equals', 'assert_true', 'assert_false', 'assert_not_equals', code)(cues, assert_equals, assert_true, assert_false, assert_not_equals);
}

describe('WebVTT conformance (web-platform-tests file-parsing)', () => {
  for (const name of FILE_CASES) {
    const regions = name.startsWith('regions-') || name === 'settings-region';
    const label = regions ? `${name} (REGION settings skipped: a transcript has no regions; cue id, times and text checked)` : name;
    it(label, async () => {
      const [vtt, code] = await Promise.all([bytes(`file-parsing/${name}.vtt`), bytes(`file-parsing/${name}.js`)]);
      const { cues } = parseVttCues(vtt);
      if (!regions) {
        try {
          runCase(code, cues.map((c) => asVttCue(c, true)));
          return;
        } catch (error) {
          // Fall through: the case must still pass on id, times and text.
          runCase(code, cues.map((c) => asVttCue(c, false)));
          throw new Error(`${name}: cue id, times and text are right; cue settings differ: ${(error as Error).message}`);
        }
      }
      runCase(code, cues.map((c) => asVttCue(c, false)));
    });
  }
});

interface TreeCase {
  text: string;
  expectedTree: string;
}

/** Text (outside <rt>, which Parley leaves out) and timestamps of a WPT tree dump. */
function expectedContent(dump: string): { text: string; timestamps: number[] } {
  let text = '';
  const timestamps: number[] = [];
  let rtDepth = -1;
  const entries = dump.replace(/\n$/, '').split(/\n\| /);
  entries[0] = entries[0]!.replace(/^\| /, '');
  for (const entry of entries) {
    if (!entry) continue;
    const depth = /^ */.exec(entry)![0].length / 2;
    const content = entry.trimStart();
    if (rtDepth >= 0 && depth <= rtDepth) rtDepth = -1;
    if (content === '<rt>' && rtDepth < 0) rtDepth = depth;
    if (rtDepth >= 0 && depth > rtDepth) continue;
    if (content.startsWith('"') && content.endsWith('"') && content.length >= 2) text += content.slice(1, -1);
    const ts = /^<\?timestamp (?:(\d+):)?(\d+):(\d+)\.(\d+)>$/.exec(content);
    if (ts) timestamps.push(Number(ts[1] ?? 0) * 3600 + Number(ts[2]) * 60 + Number(ts[3]) + Number(ts[4]) / 1000);
  }
  return { text, timestamps };
}

describe('WebVTT conformance (web-platform-tests cue-text-parsing: text and timestamps)', () => {
  for (const name of TEXT_CASES) {
    it(name, async () => {
      const cases = JSON.parse(await bytes(`cue-text-parsing/${name}.json`)) as TreeCase[];
      const failures: string[] = [];
      cases.forEach((c, i) => {
        const expected = expectedContent(c.expectedTree);
        // As a cue in a file, the way Parley meets cue text (a blank line ends the cue there too).
        const { cues } = parseVttCues(`WEBVTT\n\n00:00:00.000 --> 999:00:00.000\n${c.text}`);
        const content = cues[0] ? cueContent(cues[0].tree.children) : { text: '', marks: [] };
        const actual = { text: content.text, timestamps: content.marks.map((m) => m.time) };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          failures.push(`#${i} ${JSON.stringify(c.text)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
        }
      });
      expect(failures, `${failures.length} of ${cases.length} cases differ`).to.deep.equal([]);
    });
  }
});
