/**
 * Plain text: the title, then each turn as a "Speaker Name [0:42]" line followed by its
 * paragraphs, turns separated by blank lines. For reading and printing, not for reading back.
 */
import type { Transcript, Turn } from '../../model/transcript.js';
import { formatClock } from '../../model/time-format.js';
import type { FormatCode } from '../catalog.js';
import { annotationPrefix, speakerName } from '../common.js';

/** A turn's text as paragraphs (a sentence marked `paragraph` starts a new one). */
export function paragraphs(turn: Turn): string[] {
  const out: string[][] = [];
  turn.sentences.forEach((s, i) => {
    if (i === 0 || s.paragraph) out.push([]);
    out.at(-1)!.push(s.text);
  });
  return out.map((p) => p.join(' '));
}

export function writeText(transcript: Transcript): string {
  const blocks: string[] = [];
  const { title, dateText, place } = transcript.metadata;
  const heading = [title, [...(place ?? []), dateText].filter(Boolean).join(', ')].filter(Boolean);
  if (heading.length) blocks.push(heading.join('\n'));
  for (const turn of transcript.turns) {
    const name = speakerName(transcript, turn.speaker);
    const label = turn.start !== null ? `${name} [${formatClock(turn.start)}]` : name;
    const paras = paragraphs(turn);
    const prefix = annotationPrefix(turn);
    if (prefix) paras[0] = paras[0] ? `${prefix} ${paras[0]}` : prefix;
    blocks.push([label, ...paras].join('\n\n'));
  }
  return `${blocks.join('\n\n\n')}\n`;
}

/** Its reader and writer, for the table of formats (../catalog.ts). */
export const code: FormatCode = { write: writeText };
