/**
 * Captions for a video, built from the transcript: short cues with the speaker's name at the
 * start of each turn ("Secretary Rice: Thank you."), so that a viewer knows who speaks.
 * The project's WebVTT writer keeps speakers as `<v>` voice tags, which browsers do not display;
 * captions need the name in the text itself, hence this small builder.
 */
import type { Transcript } from '../../model/transcript.js';
import { isAnnotation, wordCount, wordEnd, wordStart, wordTexts } from '../../model/compact-words.js';

/** At most this many words in one cue, so captions stay two lines on a small screen. */
const MAX_WORDS = 12;

function stamp(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** Cue text is markup in WebVTT: escape it, and never let "-->" end a cue early. */
function escapeCueText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** The caption cues of a transcript, in media time (transcript time + offset). */
export function captionCues(transcript: Transcript, offset = 0): Cue[] {
  const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
  const cues: Cue[] = [];
  for (const turn of transcript.turns) {
    let first = true;
    for (const sentence of turn.sentences) {
      // Word indices, read through compact-words.ts so that captions make no `Word` object.
      const count = wordCount(sentence);
      const texts = wordTexts(sentence);
      const timed: number[] = [];
      for (let w = 0; w < count; w++) if (wordStart(sentence, w) !== null && !isAnnotation(sentence, w)) timed.push(w);
      const chunks: number[][] = [];
      if (timed.length) {
        for (let i = 0; i < timed.length; i += MAX_WORDS) chunks.push(timed.slice(i, i + MAX_WORDS));
      } else if (sentence.start !== null) {
        chunks.push(texts.map((_, w) => w));
      } else continue;
      for (const chunk of chunks) {
        const start = (chunk.length ? wordStart(sentence, chunk[0]!) : null) ?? sentence.start!;
        const end = (chunk.length ? wordEnd(sentence, chunk[chunk.length - 1]!) : null) ?? sentence.end ?? start + 2;
        let text = chunk.map((w) => texts[w]).join(' ');
        if (first) text = `${names.get(turn.speaker) ?? turn.speaker}: ${text}`;
        first = false;
        cues.push({ start: start + offset, end: Math.max(end + offset, start + offset + 0.1), text });
      }
    }
  }
  return cues;
}

/** A WebVTT file of the transcript's caption cues. */
export function captionsVtt(transcript: Transcript, offset = 0): string {
  const body = captionCues(transcript, offset)
    .map((c) => `${stamp(c.start)} --> ${stamp(c.end)}\n${escapeCueText(c.text)}`)
    .join('\n\n');
  return `WEBVTT\n\n${body}\n`;
}
