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

/** Plain text of a line of Markdown: links become their text, emphasis markers go. */
export function plainText(markdown: string): string {
  return decodeEntities(
    markdown
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1'),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/** True for a line that is only a Markdown link or link-like navigation ("[BACK TO TOP](#)"). */
export function isLinkOnly(line: string): boolean {
  return /^\s*\[[^\]]*\]\([^)]*\)\s*$/.test(line);
}
