/**
 * The little Markdown that press-release transcripts carry, reduced to plain text:
 * emphasis (`*New York Times*`), links (`[View Video](#)`), escapes and a few HTML entities.
 * Everything else is kept as the text it is.
 */

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', hellip: '…',
};

/** Decodes the named and numeric entities that copied web text often contains. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Plain text of a line of Markdown: links become their text, emphasis markers go. Linear in the text's length. */
export function plainText(markdown: string): string {
  let text = markdown
    // A link's target has no spaces or parentheses and its text no brackets, so that a failed
    // match stops at the next bracket instead of searching to the end of the text.
    .replace(/!\[([^[\]\n]*)\]\([^()\s]*\)/g, '$1')
    .replace(/\[([^[\]\n]*)\]\([^()\s]*\)/g, '$1');
  text = stripEmphasis(text, ['**', '__'], false);
  text = stripEmphasis(text, ['*', '_'], true);
  return decodeEntities(text.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'))
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Removes pairs of emphasis delimiters around text on one line: `**bold**` → `bold`. The
 * opening delimiter is followed by a non-space, the closing one (the first of the same kind
 * after it) preceded by one. A single `*` or `_` (`single`) must also not sit inside a word on
 * either side, so that `snake_case_name` and `2*3*4` stay as written.
 *
 * What a lazy regular expression (`(\*\*|__)(?=\S)(.+?)(?<=\S)\1`) does, in one pass: tried at
 * every opening, that searched to the end of the line each time, quadratic on a line of
 * unclosed `**x `. Here each kind's candidate closings are listed once and its pointer only
 * moves forward.
 */
function stripEmphasis(text: string, delimiters: readonly string[], single: boolean): string {
  const n = delimiters[0]!.length;
  const closers = delimiters.map((d) => {
    const list: number[] = [];
    for (let c = text.indexOf(d, 1); c >= 0; c = text.indexOf(d, c + 1)) {
      if (SPACE.test(text[c - 1]!)) continue;
      if (single && c + 1 < text.length && WORD_CHAR.test(text[c + 1]!)) continue;
      list.push(c);
    }
    return list;
  });
  if (closers.every((l) => !l.length)) return text;
  const next = delimiters.map(() => 0);
  let out = '';
  let last = 0;
  let lineEnd = -1;
  for (let i = 0; i + n < text.length; i++) {
    const kind = delimiters.findIndex((d) => text.startsWith(d, i));
    if (kind < 0 || SPACE.test(text[i + n]!)) continue;
    if (single && i > 0 && (i - 1 < last || WORD_CHAR.test(text[i - 1]!) || text[i - 1] === '*')) continue;
    const list = closers[kind]!;
    let k = next[kind]!;
    while (k < list.length && list[k]! < i + n + 1) k++;
    next[kind] = k;
    if (k === list.length) continue;
    if (lineEnd < i) {
      const rest = text.slice(i).search(LINE_BREAK);
      lineEnd = rest < 0 ? text.length : i + rest;
    }
    const c = list[k]!;
    if (c >= lineEnd) continue;
    out += text.slice(last, i) + text.slice(i + n, c);
    last = c + n;
    i = last - 1;
  }
  return out + text.slice(last);
}

/** True for a line that is only a Markdown link or link-like navigation ("[BACK TO TOP](#)"). */
export function isLinkOnly(line: string): boolean {
  return /^\s*\[[^\]]*\]\([^)]*\)\s*$/.test(line);
}
