/**
 * Encodings people's caption files come in: each is read to the same text, and a guessed
 * encoding is named in a warning. Runs in Chromium, whose TextDecoder the page uses.
 */
import { expect } from '@open-wc/testing';
import { decodeTranscriptBytes } from '../../../src/formats/encoding.js';
import { loadTranscript } from '../../../src/formats/load.js';
import { readTranscript } from '../../../src/formats/index.js';

const SRT = '1\r\n00:00:01,000 --> 00:00:03,500\r\nCAFÉ OWNER: Crème brûlée, señor — «très» bien.\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,000\r\nNaïve façade. 😀 日本語\r\n';
const LATIN = '1\r\n00:00:01,000 --> 00:00:03,500\r\nCAFÉ OWNER: Crème brûlée, señor — «très» bien.\r\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), littleEndian);
  return out;
}

function utf32(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const points = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.codePointAt(0)!)];
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
  return out;
}

/** windows-1252 bytes of text made of Latin-1 characters and the few 0x80–0x9F ones ("—"). */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '—': 0x97, '€': 0x80, '’': 0x92 };
  return Uint8Array.from(Array.from(text, (c) => extra[c] ?? c.charCodeAt(0)));
}

describe('transcript file encodings', () => {
  const cases: [string, Uint8Array, string, string | undefined][] = [
    ['UTF-8', new TextEncoder().encode(SRT), 'utf-8', undefined],
    ['UTF-8 with a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SRT)]), 'utf-8', undefined],
    ['UTF-16 LE with a mark', utf16(SRT, true, true), 'utf-16le', undefined],
    ['UTF-16 BE with a mark', utf16(SRT, false, true), 'utf-16be', undefined],
    ['UTF-16 LE without a mark', utf16(SRT, true, false), 'utf-16le', 'UTF-16 (little-endian), guessed'],
    ['UTF-16 BE without a mark', utf16(SRT, false, false), 'utf-16be', 'UTF-16 (big-endian), guessed'],
    ['UTF-32 LE with a mark', utf32(SRT, true, true), 'utf-32le', undefined],
    ['UTF-32 BE with a mark', utf32(SRT, false, true), 'utf-32be', undefined],
    ['UTF-32 LE without a mark', utf32(SRT, true, false), 'utf-32le', 'UTF-32 (little-endian), guessed'],
    ['UTF-32 BE without a mark', utf32(SRT, false, false), 'utf-32be', 'UTF-32 (big-endian), guessed'],
  ];
  for (const [name, bytes, encoding, warning] of cases) {
    it(`reads ${name}${warning ? ', naming the guess' : ''}`, () => {
      const decoded = decodeTranscriptBytes(bytes);
      expect(decoded.text).to.equal(SRT);
      expect(decoded.encoding).to.equal(encoding);
      if (warning) expect(decoded.warning?.message).to.contain(warning);
      else expect(decoded.warning).to.equal(undefined);
      const { transcript } = readTranscript(bytes, { fileName: 'x.srt' });
      expect(transcript.turns[0]!.sentences[0]!.text).to.equal('Crème brûlée, señor — «très» bien.');
      expect(transcript.speakers[0]!.label).to.equal('CAFÉ OWNER');
    });
  }

  it('reads windows-1252 without a single replacement character, and names the guess and its line', () => {
    const bytes = windows1252(LATIN);
    const { transcript, warnings } = readTranscript(bytes, { fileName: 'x.srt' });
    expect(transcript.turns[0]!.sentences[0]!.text).to.equal('Crème brûlée, señor — «très» bien.');
    expect(JSON.stringify(transcript)).not.to.contain('\ufffd');
    expect(warnings[0]).to.deep.equal({ line: 3, message: 'the file is not UTF-8; read as windows-1252 (Western European, a superset of Latin-1), a guess' });
  });

  it('the page loader reads fetched bytes the same way, with the same warning', async () => {
    const result = await loadTranscript(windows1252(LATIN).buffer as ArrayBuffer, { fileName: 'x.srt' });
    expect(result.transcript.speakers[0]!.label).to.equal('CAFÉ OWNER');
    expect(result.warnings[0]!.message).to.contain('windows-1252');
    const utf16Result = await loadTranscript(utf16(SRT, true, true), { fileName: 'x.srt' });
    expect(utf16Result.warnings).to.deep.equal([]);
  });
});
