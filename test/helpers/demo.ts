/**
 * Fixtures for the navigation tests: the demo press conference (read by the press-release
 * reader, as the demo reads it), the same with synthetic word times, and a long silent WAV so
 * that seeking and playing are real.
 */
import type { Transcript } from '../../src/model/transcript.js';
import { readTranscript } from '../../src/formats/index.js';
import { wavObjectUrl } from './fixtures.js';

let demoText: Promise<string> | null = null;

/** The press conference as the press-release reader gives it: 22 turns, untimed. */
export async function demoTranscript(): Promise<Transcript> {
  demoText ??= fetch(new URL('../../media/press-conference-2007-10-12.md', import.meta.url)).then((r) => r.text());
  return readTranscript(await demoText, { fileName: 'press-conference-2007-10-12.md' }).transcript;
}

/**
 * The same transcript with made-up times: every spoken word lasts `word` seconds with `gap`
 * between words, and `pause` seconds between turns; annotation words stay untimed.
 */
export function withSyntheticTimes(transcript: Transcript, { word = 0.25, gap = 0.05, pause = 1, start = 2 } = {}): Transcript {
  let t = start;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const turns = transcript.turns.map((turn) => {
    const sentences = turn.sentences.map((s) => {
      const words = s.words.map((w) => {
        if (w.annotation) return { ...w, start: null, end: null };
        const out = { ...w, start: round(t), end: round(t + word) };
        t += word + gap;
        return out;
      });
      const timed = words.filter((w) => w.start !== null);
      return { ...s, words, start: timed[0]?.start ?? null, end: timed[timed.length - 1]?.end ?? null };
    });
    const timed = sentences.filter((s) => s.start !== null);
    const out = { ...turn, sentences, start: timed[0]?.start ?? null, end: timed[timed.length - 1]?.end ?? null };
    t += pause;
    return out;
  });
  return { ...transcript, turns, metadata: { ...transcript.metadata, duration: round(t + 2) } };
}

/** Duration of a timed transcript (its metadata, else its last turn's end + 2 s). */
export function durationOf(transcript: Transcript): number {
  return transcript.metadata.duration ?? (transcript.turns[transcript.turns.length - 1]?.end ?? 0) + 2;
}

/** An object URL of a silent mono WAV, `seconds` long, at 4 kHz (8 kB a second). */
export function silentWav(seconds: number, rate = 4000): string {
  return wavObjectUrl(new Int16Array(Math.ceil(seconds * rate)), rate);
}

// Waiting for events and conditions works the same as in the player's own tests.
export { once, until } from './fixtures.js';

export function wait(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The element focused now, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}
