/**
 * Turning a transcript file's bytes into text. Caption files come in the encodings of the tools
 * that made them: UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (Windows tools
 * write UTF-16 with a mark; some write none), and windows-1252 from older subtitle editors.
 *
 * The platform's TextDecoder (in Node and in every browser) decodes UTF-8, UTF-16 and
 * windows-1252; UTF-32 is not in the Encoding standard, so it is decoded here. Where the
 * encoding had to be guessed (no byte-order mark and not valid UTF-8), a warning names it.
 */
import type { ReadWarning } from './diagnostics.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** What a person should know about the encoding: set when it was guessed. */
  warning?: ReadWarning;
}

/** The encoding a byte-order mark announces, and the mark's length. */
function byteOrderMark(b: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: 'utf-32le', length: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 or UTF-32 without a mark, told by where the zero bytes fall: text is mostly characters
 * below U+0100 (digits, "-->", Latin letters), whose other bytes are zero.
 */
function zeroPattern(b: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(b.length, 4096) & ~3;
  if (n < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i % 4]!++;
  const quarter = n / 4;
  const mostly = (count: number) => count >= quarter * 0.7;
  const rarely = (count: number) => count <= quarter * 0.1;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  if (rarely(z0) && mostly(z1) && mostly(z2) && mostly(z3)) return 'utf-32le';
  if (mostly(z0) && mostly(z1) && mostly(z2) && rarely(z3)) return 'utf-32be';
  if (rarely(z0) && mostly(z1) && rarely(z2) && mostly(z3)) return 'utf-16le';
  if (mostly(z0) && rarely(z1) && mostly(z2) && rarely(z3)) return 'utf-16be';
  return undefined;
}

function decodeUtf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const chunks: string[] = [];
  let codes: number[] = [];
  for (let i = 0; i + 3 < b.length; i += 4) {
    const code = view.getUint32(i, littleEndian);
    codes.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    if (codes.length === 8192) {
      chunks.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  if (b.length % 4) codes.push(0xfffd);
  chunks.push(String.fromCodePoint(...codes));
  return chunks.join('');
}

function decodeAs(b: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(b, encoding === 'utf-32le');
  return new TextDecoder(encoding).decode(b);
}

const NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'utf-32le': 'UTF-32 (little-endian)',
  'utf-32be': 'UTF-32 (big-endian)',
  'windows-1252': 'windows-1252 (Western European, a superset of Latin-1)',
};

/**
 * The text of a transcript file's bytes: by its byte-order mark; else UTF-16 or UTF-32 when the
 * zero bytes say so; else UTF-8 when the bytes are valid UTF-8; else windows-1252, which every
 * byte sequence is. The last two guesses come with a warning naming the encoding.
 */
export function decodeTranscriptBytes(input: Uint8Array | ArrayBuffer): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const mark = byteOrderMark(bytes);
  if (mark) return { text: decodeAs(bytes.subarray(mark.length), mark.encoding), encoding: mark.encoding };
  const wide = zeroPattern(bytes);
  if (wide) {
    return {
      text: decodeAs(bytes, wide),
      encoding: wide,
      warning: { line: 1, message: `the file has no byte-order mark; read as ${NAMES[wide]}, guessed from its zero bytes` },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text,
      encoding: 'windows-1252',
      warning: { line: lineOfFirstNonUtf8(bytes), message: `the file is not UTF-8; read as ${NAMES['windows-1252']}, a guess` },
    };
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8 (where a person would look). */
function lineOfFirstNonUtf8(b: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 10) line++;
    if (c < 0x80) continue;
    const need = c >= 0xf0 && c < 0xf5 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return line;
    i += need;
  }
  return line;
}
