/**
 * Loads the W3C `webvtt-parser` package, which is a classic script rather than an ES module:
 * under Node (and bundlers that wrap CommonJS) its classes arrive on the default export; served
 * to a browser as-is, the script attaches them to `window` instead. This module hides the
 * difference and gives the parser an entity table.
 */
import * as webvtt from 'webvtt-parser';
import type { WebVTTParser as Parser } from 'webvtt-parser';

type ParserClass = typeof Parser;

function parserClass(): ParserClass {
  const ns = webvtt as unknown as { default?: { WebVTTParser?: ParserClass }; WebVTTParser?: ParserClass };
  const found = ns.default?.WebVTTParser ?? ns.WebVTTParser ?? (globalThis as { WebVTTParser?: ParserClass }).WebVTTParser;
  if (!found) throw new Error('The webvtt-parser package did not load.');
  return found;
}

/** The character references every WebVTT file may use (the parser's own default set). */
const BASIC: Record<string, string> = {
  '&amp': '&', '&lt': '<', '&gt': '>', '&lrm': '\u200e', '&rlm': '\u200f', '&nbsp': '\u00a0',
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&lrm;': '\u200e', '&rlm;': '\u200f', '&nbsp;': '\u00a0',
};

let fullTable: Record<string, string> | undefined;

/**
 * Gives the parser the complete HTML entity table (the package's html-entities.json, 2,000+
 * names). The command-line program does this; in a page, names are decoded by the browser's
 * own HTML parser instead, so that the player bundle does not carry the 12 KB table.
 */
export function useEntityTable(table: Record<string, string>): void {
  fullTable = table;
}

const decoded = new Map<string, string | undefined>();

/** Decodes one named reference ("&copy;") with the browser's HTML parser; undefined if unknown. */
function decodeWithBrowser(name: string): string | undefined {
  if (!/^&[A-Za-z][A-Za-z0-9]*;?$/.test(name) || typeof DOMParser === 'undefined') return undefined;
  if (!decoded.has(name)) {
    // Only "&name;" reaches the HTML parser (checked above), never cue text, so nothing can be injected.
    const text = new DOMParser().parseFromString(`<body>${name}`, 'text/html').body.textContent ?? name;
    decoded.set(name, text !== name ? text : undefined);
  }
  return decoded.get(name);
}

/** An entity table that looks names up lazily: basic set, then the full table or the browser. */
const entities: Record<string, string> = new Proxy(BASIC, {
  get(target, key) {
    if (typeof key !== 'string') return undefined;
    if (Object.hasOwn(target, key)) return target[key];
    if (fullTable) return Object.hasOwn(fullTable, key) ? fullTable[key] : undefined;
    return decodeWithBrowser(key);
  },
});

let parser: Parser | undefined;

/** The shared parser instance. */
export function vttParser(): Parser {
  parser ??= new (parserClass())(entities);
  return parser;
}
