/**
 * TTML and EBU-TT-D ↔ Transcript: the XML timed text broadcasters and Able Player use.
 *
 * Read: `<p begin end|dur>` (times relative to their `<div>`/`<body>`, in any TTML time
 * expression: "00:00:01.500", "00:00:01:12" frames, "1.5s", "1500ms", "90t" ticks), `<br/>` as a
 * space, `<span begin>` as the start of the word it holds, the speaker from `ttm:agent`
 * (named by its `<ttm:name>`) or a "Name: " prefix, the title from `<ttm:title>`, the language
 * from `xml:lang`.
 * Write: an EBU-TT-D shaped document (media time base, one region and style, "hh:mm:ss.fff"
 * times), one `<p>` per sentence or part of a long one, the speaker as `ttm:agent`.
 */
import type { Transcript } from '../../model/transcript.js';
import { readError, requireText, type ReadResult, type ReadWarning } from '../diagnostics.js';
import type { FormatCode } from '../catalog.js';
import { SpeakerTable, captionParts, cuesToTurns, formatTimestamp, roundMs, type RawCue, type TimeMark } from '../common.js';
import { XmlError, childElements, parseXml, type XmlElement } from './xml.js';

const FORMAT = 'TTML';
export const TT = 'http://www.w3.org/ns/ttml';
const TTP = 'http://www.w3.org/ns/ttml#parameter';
const TTM = 'http://www.w3.org/ns/ttml#metadata';
const TTS = 'http://www.w3.org/ns/ttml#styling';
const XML = 'http://www.w3.org/XML/1998/namespace';
/** The namespaces of TTML's drafts, still found in older files. */
const TT_NAMESPACES = new Set([TT, 'http://www.w3.org/2006/10/ttaf1', 'http://www.w3.org/2006/04/ttaf1']);

interface Rates {
  frameRate: number;
  subFrameRate: number;
  tickRate: number;
}

/** A TTML time expression in seconds, or null when it cannot be read. */
export function ttmlTime(text: string, rates: Rates): number | null {
  const t = text.trim();
  const clock = /^(\d{2,}):(\d{2}):(\d{2})(?:(\.\d+)|:(\d{2,})(?:\.(\d+))?)?$/.exec(t);
  if (clock) {
    const [, h, m, s, fraction, frames, subFrames] = clock;
    if (Number(m) >= 60 || Number(s) >= 60) return null;
    let seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
    if (fraction) seconds += Number(fraction);
    if (frames) seconds += (Number(frames) + (subFrames ? Number(subFrames) / rates.subFrameRate : 0)) / rates.frameRate;
    return seconds;
  }
  const offset = /^(\d+(?:\.\d+)?)(h|ms|m|s|f|t)$/.exec(t);
  if (!offset) return null;
  const n = Number(offset[1]);
  switch (offset[2]) {
    case 'h': return n * 3600;
    case 'm': return n * 60;
    case 's': return n;
    case 'ms': return n / 1000;
    case 'f': return n / rates.frameRate;
    default: return n / rates.tickRate;
  }
}

function attr(e: XmlElement, ns: string, name: string): string | undefined {
  return e.attributes.get(`{${ns}}${name}`);
}

function ratesOf(tt: XmlElement): Rates {
  const number = (name: string, fallback: number) => {
    const v = Number(attr(tt, TTP, name));
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const multiplier = (attr(tt, TTP, 'frameRateMultiplier') ?? '1 1').trim().split(/\s+/).map(Number);
  const frameRate = number('frameRate', 30) * (multiplier.length === 2 && multiplier[1] ? multiplier[0]! / multiplier[1]! : 1);
  return { frameRate, subFrameRate: number('subFrameRate', 1), tickRate: number('tickRate', attr(tt, TTP, 'frameRate') ? frameRate : 1) };
}

/** The words of a `<p>` (or `<span>`) as text, with the start times its timed spans give. */
function content(e: XmlElement, pBegin: number, parentBegin: number, rates: Rates, out: { text: string; marks: TimeMark[] }, warnings: ReadWarning[]): void {
  for (const child of e.children) {
    if (typeof child === 'string') {
      out.text += child.replace(/\s+/g, ' ');
      continue;
    }
    if (child.name === 'br') {
      out.text += '\n';
      continue;
    }
    if (child.name !== 'span') {
      if (child.name !== 'metadata' && child.name !== 'set') content(child, pBegin, parentBegin, rates, out, warnings);
      continue;
    }
    const beginText = child.attributes.get('begin');
    let begin = parentBegin;
    if (beginText !== undefined) {
      const t = ttmlTime(beginText, rates);
      if (t === null) warnings.push({ line: child.line, message: `span begin "${beginText}" is not a TTML time; ignored` });
      else {
        begin = parentBegin + t;
        out.marks.push({ offset: out.text.length, time: roundMs(begin) });
      }
    }
    content(child, pBegin, begin, rates, out, warnings);
  }
}

export function readTtml(input: string): ReadResult<Transcript> {
  const warnings: ReadWarning[] = [];
  let root: XmlElement;
  try {
    root = parseXml(requireText(input, FORMAT));
  } catch (error) {
    if (error instanceof XmlError) throw readError(FORMAT, 'xmlNotWellFormed', { detail: error.reason }, error.line);
    throw error;
  }
  if (root.name !== 'tt' || !TT_NAMESPACES.has(root.ns)) {
    throw readError(FORMAT, 'ttmlWrongRoot', { root: root.name, inNamespace: root.ns ? ` in ${root.ns}` : '', tt: TT }, root.line);
  }
  const rates = ratesOf(root);
  const timeBase = attr(root, TTP, 'timeBase');
  if (timeBase && timeBase !== 'media') warnings.push({ line: root.line, message: `time base "${timeBase}" read as media time` });

  const head = childElements(root, 'head')[0];
  const metadataElements = head ? childElements(head, 'metadata') : [];
  const all = (e: XmlElement, name: string): XmlElement[] => childElements(e).flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
  const textOf = (e: XmlElement): string => e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('').replace(/\s+/g, ' ').trim();
  const agents = new Map<string, string>();
  for (const agent of head ? all(head, 'agent') : []) {
    const id = attr(agent, XML, 'id');
    const names = childElements(agent, 'name');
    const name = names.find((n) => n.attributes.get('type') === 'alias') ?? names.find((n) => n.attributes.get('type') === 'full') ?? names[0];
    if (id) agents.set(id, name ? textOf(name) : id);
  }
  const title = metadataElements.flatMap((m) => childElements(m, 'title'))[0];

  const cues: RawCue[] = [];
  const walk = (e: XmlElement, parentBegin: number, parentEnd: number | null, agent: string | undefined) => {
    const own = (name: string) => e.attributes.get(name);
    const read = (name: string) => {
      const v = own(name);
      if (v === undefined) return undefined;
      const t = ttmlTime(v, rates);
      if (t === null) warnings.push({ line: e.line, message: `${name} "${v}" is not a TTML time (such as "00:00:01.500", "1.5s" or "1500ms")` });
      return t;
    };
    const begin = read('begin');
    const end = read('end');
    const dur = read('dur');
    if (begin === null || end === null || dur === null) {
      warnings.push({ line: e.line, message: `<${e.name}> skipped: its time cannot be read` });
      return;
    }
    const start = parentBegin + (begin ?? 0);
    const stop = end !== undefined ? parentBegin + end : dur !== undefined ? start + dur : parentEnd;
    const voice = attr(e, TTM, 'agent')?.trim().split(/\s+/)[0] ?? agent;
    if (e.name !== 'p') {
      for (const child of childElements(e)) if (['body', 'div', 'p'].includes(child.name)) walk(child, start, stop, voice);
      return;
    }
    const out = { text: '', marks: [] as TimeMark[] };
    content(e, start, start, rates, out, warnings);
    let text = out.text.replace(/[ \t]*\n[ \t]*/g, '\n').trim();
    const lead = out.text.length - out.text.trimStart().length;
    let marks = out.marks.map((m) => ({ ...m, offset: Math.max(0, m.offset - lead) }));
    if (!text) return;
    if (stop === null) {
      warnings.push({ line: e.line, message: '<p> skipped: it has no end or dur, and neither has its <div>' });
      return;
    }
    const cue: RawCue = { start: roundMs(start), end: roundMs(stop), text, marks, line: e.line };
    const name = voice ? (agents.get(voice) ?? voice) : undefined;
    const prefix = /^(\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|\d{1,3})){0,4}):\s+(?=\S)/u.exec(text);
    if (name) cue.speaker = name;
    else if (prefix) {
      cue.speaker = prefix[1]!;
      cue.newTurn = true;
      text = text.slice(prefix[0].length);
      marks = marks.map((m) => ({ ...m, offset: Math.max(0, m.offset - prefix[0].length) }));
      cue.text = text;
      cue.marks = marks;
    }
    if (stop < start) warnings.push({ line: e.line, message: '<p> ends before it starts' });
    cues.push(cue);
  };
  const body = childElements(root, 'body')[0];
  if (body) walk(body, 0, null, undefined);
  if (!cues.length) {
    throw readError(FORMAT, 'ttmlNoText', {}, (body ?? root).line);
  }
  cues.sort((a, b) => a.start - b.start);
  const speakers = new SpeakerTable();
  const turns = cuesToTurns(cues, speakers);
  const metadata: Transcript['metadata'] = {};
  const lang = attr(root, XML, 'lang');
  if (lang) metadata.language = lang;
  if (title) metadata.title = textOf(title);
  return { transcript: { metadata, speakers: speakers.speakers, turns, questions: [], chapters: [] }, warnings };
}

/** Text for XML content or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An xml:id from a speaker id: NCName, so it starts with a letter. */
const agentId = (id: string) => `speaker-${id.replace(/[^\w.-]/g, '_')}`;

export function writeTtml(transcript: Transcript): string {
  const parts = captionParts(transcript, FORMAT);
  const language = transcript.metadata.language && /^[A-Za-z0-9-]+$/.test(transcript.metadata.language) ? transcript.metadata.language : 'en';
  const used = transcript.speakers.filter((s) => transcript.turns.some((t) => t.speaker === s.id));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tt xmlns="${TT}" xmlns:ttp="${TTP}" xmlns:tts="${TTS}" xmlns:ttm="${TTM}" xmlns:ebuttm="urn:ebu:tt:metadata" ttp:timeBase="media" ttp:cellResolution="50 30" xml:lang="${escapeXml(language)}">`,
    '  <head>',
    '    <metadata>',
    ...(transcript.metadata.title ? [`      <ttm:title>${escapeXml(transcript.metadata.title)}</ttm:title>`] : []),
    ...used.map((s) => `      <ttm:agent xml:id="${agentId(s.id)}" type="person"><ttm:name type="alias">${escapeXml(s.name)}</ttm:name>${s.fullName ? `<ttm:name type="full">${escapeXml(s.fullName)}</ttm:name>` : ''}</ttm:agent>`),
    '    </metadata>',
    '    <styling>',
    '      <style xml:id="default" tts:fontFamily="proportionalSansSerif" tts:fontSize="100%" tts:lineHeight="normal" tts:textAlign="center" tts:color="#FFFFFF" tts:backgroundColor="#000000C2"/>',
    '    </styling>',
    '    <layout>',
    '      <region xml:id="bottom" tts:origin="10% 10%" tts:extent="80% 80%" tts:displayAlign="after"/>',
    '    </layout>',
    '  </head>',
    '  <body>',
    '    <div style="default" region="bottom">',
  ];
  for (const part of parts) {
    const speaker = transcript.turns[part.turn]!.speaker;
    const words = [part.prefix, ...part.words.map((w) => w.text)].filter(Boolean).join(' ');
    lines.push(`      <p begin="${formatTimestamp(part.start)}" end="${formatTimestamp(part.end)}" ttm:agent="${agentId(speaker)}"><span>${escapeXml(words)}</span></p>`);
  }
  lines.push('    </div>', '  </body>', '</tt>', '');
  return lines.join('\n');
}

/** Its reader and writer, for the table of formats (../catalog.ts). */
export const code: FormatCode = { read: readTtml, write: writeTtml };
