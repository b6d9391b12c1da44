/**
 * XML text → a small element tree with namespaces resolved and the line each element starts
 * on. Parsing is fast-xml-parser's (a well-kept ES-module parser that validates
 * well-formedness, reports the line of an error, and expands only the predefined and
 * numeric entities here); this module adds the namespace resolution and lines TTML needs.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  /** Local name: "p", "span", "tt". */
  name: string;
  /** Namespace URI of the element ("" when it has none). */
  ns: string;
  /** Attributes by "{namespace}local" (just "local" for attributes without a namespace). */
  attributes: Map<string, string>;
  children: (XmlElement | string)[];
  /** 1-based line of the start tag. */
  line: number;
}

export class XmlError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(reason);
  }
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The 1-based line of every start tag, in document order (comments, CDATA, PIs and the DOCTYPE blanked out). */
function startTagLines(text: string): number[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const plain = text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, blank)
    .replace(/<\?[\s\S]*?\?>/g, blank)
    .replace(/<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/gi, blank);
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  for (const m of plain.matchAll(/<[A-Za-z_][\w.:-]*/g)) {
    for (let i = last; i < m.index!; i++) if (plain.charCodeAt(i) === 10) line++;
    last = m.index!;
    lines.push(line);
  }
  return lines;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Parses a whole document; throws XmlError, with the line, when it is not well-formed XML. */
export function parseXml(text: string): XmlElement {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    // "Invalid '[    \"tt\",    \"p\"]' found." is the validator's way of listing unclosed elements.
    const unclosed = /^Invalid '\[([^\]]*)\]' found/.exec(valid.err.msg);
    const names = unclosed ? [...unclosed[1]!.matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`) : [];
    throw new XmlError(names.length ? `${names.join(', ')} never closed` : valid.err.msg, valid.err.line);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    htmlEntities: false,
  });
  const tree = parser.parse(text) as Ordered[];
  const lines = startTagLines(text);
  let next = 0;
  const build = (node: Ordered, scope: Map<string, string>): XmlElement | string | undefined => {
    if ('#text' in node) return String(node['#text']);
    const qname = Object.keys(node).find((k) => k !== ':@');
    if (!qname) return undefined;
    const raw = node[':@'] ?? {};
    const ns = new Map(scope);
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'xmlns') ns.set('', v);
      else if (k.startsWith('xmlns:')) ns.set(k.slice(6), v);
    }
    const resolve = (name: string, isAttribute: boolean) => {
      const colon = name.indexOf(':');
      if (colon < 0) return { uri: isAttribute ? '' : (ns.get('') ?? ''), local: name };
      const prefix = name.slice(0, colon);
      return { uri: prefix === 'xml' ? XML_NS : (ns.get(prefix) ?? prefix), local: name.slice(colon + 1) };
    };
    const attributes = new Map<string, string>();
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const { uri, local } = resolve(k, true);
      attributes.set(uri ? `{${uri}}${local}` : local, String(v));
    }
    const { uri, local } = resolve(qname, false);
    const element: XmlElement = { name: local, ns: uri, attributes, children: [], line: lines[next++] ?? 1 };
    for (const child of (node[qname] as Ordered[]) ?? []) {
      const built = build(child, ns);
      if (built !== undefined) element.children.push(built);
    }
    return element;
  };
  const root = tree.map((n) => build(n, new Map())).find((n): n is XmlElement => typeof n !== 'string' && n !== undefined);
  if (!root) throw new XmlError('there is no element', 1);
  return root;
}

/** The elements among an element's children with the given local name (any namespace). */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}
