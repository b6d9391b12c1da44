/**
 * Transcript → WebVTT captions a <track> can show: one cue per sentence (long ones cut in parts),
 * the speaker as a `<v Name>` voice span, each timed word's start as an inline timestamp.
 */
import type { Transcript } from '../../model/transcript.js';
import { captionLabels, captionParts, formatTimestamp, wrapCaption } from '../common.js';

/**
 * Escapes text for a cue payload, so that text which looks like markup stays text; whitespace is
 * collapsed, since a line break could end the cue ("a blank line") or start a new one.
 */
export function escapeCueText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A NOTE block must not contain "-->" or a blank line (either would end it or start a cue). */
function noteBlock(note: string): string {
  const body = note.replace(/-->/g, '--\u200b>').split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').join('\n');
  return body.includes('\n') ? `NOTE\n${body}` : `NOTE ${body}`;
}

function header(transcript: Transcript, kind: string): string {
  const lines = ['WEBVTT', `Kind: ${kind}`];
  const language = transcript.metadata.language;
  if (language && /^[A-Za-z0-9-]+$/.test(language)) lines.push(`Language: ${language}`);
  let out = `${lines.join('\n')}\n\n`;
  for (const note of transcript.metadata.notes ?? []) out += `${noteBlock(note)}\n\n`;
  return out;
}

export function writeVtt(transcript: Transcript): string {
  let out = header(transcript, 'captions');
  const labelOf = captionLabels(transcript);
  for (const part of captionParts(transcript, 'WebVTT')) {
    const speaker = labelOf(part.turn);
    // Lines are wrapped on the plain text (whitespace collapsed), then each word is escaped and given its timestamp.
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const pieces = [...(part.prefix ? [{ text: collapse(part.prefix), time: null }] : []), ...part.words.map((w) => ({
      text: collapse(w.text),
      // Only times the source gave are written: an estimated time would read back as a given one.
      time: !w.annotation && !w.estimated && w.start !== null && w.start > part.start && w.start < part.end ? w.start : null,
    }))];
    const lines = wrapCaption(pieces.map((p) => p.text).join(' '));
    const breakAt = lines.length > 1 ? lines[0]!.length : -1;
    let payload = '';
    let position = 0;
    for (const { text, time } of pieces) {
      if (position > 0) {
        payload += position === breakAt ? '\n' : ' ';
        position += 1;
      }
      if (time !== null) payload += `<${formatTimestamp(time)}>`;
      // The break may fall on a space inside a word (a note such as "(cross talk)").
      const inside = breakAt - position;
      payload += inside > 0 && inside < text.length ? `${escapeCueText(text.slice(0, inside))}\n${escapeCueText(text.slice(inside + 1))}` : escapeCueText(text);
      position += text.length;
    }
    // A label ending in "-" would close its tag as "-->", which ends a cue: a space keeps them apart.
    const voice = speaker === undefined ? '' : `<v ${escapeCueText(speaker)}${speaker.endsWith('-') ? ' ' : ''}>`;
    out += `${formatTimestamp(part.start)} --> ${formatTimestamp(part.end)}\n${voice}${payload}\n\n`;
  }
  return out;
}

/** The chapters of a transcript as a WebVTT chapters track. */
export function writeChapters(transcript: Transcript): string {
  const lastTime = Math.max(transcript.metadata.duration ?? 0, ...transcript.turns.map((t) => t.end ?? 0));
  let out = header(transcript, 'chapters');
  transcript.chapters.forEach((chapter, i) => {
    if (chapter.start === null) throw new Error(`WebVTT chapters need times, but chapter ${i + 1} (“${chapter.title}”) has none.`);
    const end = chapter.end ?? transcript.chapters[i + 1]?.start ?? lastTime;
    if (end === null || end <= chapter.start) throw new Error(`WebVTT chapters need an end time after the start for chapter ${i + 1} (“${chapter.title}”).`);
    out += `${formatTimestamp(chapter.start)} --> ${formatTimestamp(end)}\n${escapeCueText(chapter.title.replace(/\s+/g, ' ').trim())}\n\n`;
  });
  return out;
}
