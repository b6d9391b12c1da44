/**
 * Fixtures for the component tests: a timed transcript built from a word list, and a short WAV
 * recording made in the test (a tone per word, silence between), so that playback is real.
 */
import type { Transcript, Turn, Sentence } from '../../src/model/transcript.js';
import { encodeWav } from '../../src/audio/wav.js';

const SPEAKERS = [
  { id: 'rice', name: 'Secretary Rice', label: 'SECRETARY RICE' },
  { id: 'lavrov', name: 'Foreign Minister Lavrov', label: 'FOREIGN MINISTER LAVROV' },
  { id: 'gates', name: 'Secretary Gates', label: 'SECRETARY GATES' },
];

/**
 * A transcript of `turns` turns, each of two sentences of `wordsPerSentence` words, every word
 * lasting `wordLength` seconds with `gap` seconds between words, starting at `start`.
 * The second sentence of every turn holds an annotation word "(inaudible)" (never timed).
 */
export function timedTranscript(turns = 3, options: { wordsPerSentence?: number; wordLength?: number; gap?: number; start?: number } = {}): Transcript {
  const { wordsPerSentence = 4, wordLength = 0.3, gap = 0.1, start = 0.5 } = options;
  let t = start;
  const out: Turn[] = [];
  for (let i = 0; i < turns; i++) {
    const sentences: Sentence[] = [];
    for (let s = 0; s < 2; s++) {
      const words: Sentence['words'] = [];
      for (let w = 0; w < wordsPerSentence; w++) {
        const last = w === wordsPerSentence - 1;
        words.push({ text: `t${i}s${s}w${w}${last ? '.' : ''}`, start: round(t), end: round(t + wordLength) });
        t += wordLength + gap;
        if (s === 1 && w === 1) words.push({ text: '(inaudible)', start: null, end: null, annotation: true });
      }
      const timed = words.filter((w) => !w.annotation);
      sentences.push({ text: words.map((w) => w.text).join(' '), start: timed[0]!.start, end: timed[timed.length - 1]!.end, words });
    }
    out.push({
      speaker: SPEAKERS[i % SPEAKERS.length]!.id,
      start: sentences[0]!.start,
      end: sentences[1]!.end,
      annotations: i % SPEAKERS.length === 1 ? ['Via interpreter'] : [],
      sentences,
    });
    t += 0.4;
  }
  return {
    metadata: { title: 'Fixture conference', language: 'en' },
    speakers: SPEAKERS,
    turns: out,
    questions: [],
    chapters: [],
  };
}

/** The same transcript with every time removed (an official text not yet aligned). */
export function untimed(transcript: Transcript): Transcript {
  return {
    ...transcript,
    turns: transcript.turns.map((turn) => ({
      ...turn,
      start: null,
      end: null,
      sentences: turn.sentences.map((s) => ({ ...s, start: null, end: null, words: s.words.map((w) => ({ ...w, start: null, end: null })) })),
    })),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** End time of the last timed word. */
export function lastEnd(transcript: Transcript): number {
  const turn = transcript.turns[transcript.turns.length - 1]!;
  return turn.end ?? 0;
}

/** A mono 16-bit WAV of `seconds` seconds: a quiet tone during each word of `transcript`. */
export function wavUrl(seconds: number, transcript?: Transcript, rate = 8000): string {
  const n = Math.round(seconds * rate);
  const on = new Uint8Array(n);
  for (const turn of transcript?.turns ?? []) {
    for (const s of turn.sentences) {
      for (const w of s.words) {
        if (w.start === null || w.end === null) continue;
        on.fill(1, Math.floor(w.start * rate), Math.min(n, Math.floor(w.end * rate)));
      }
    }
  }
  const samples = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const sample = transcript ? on[i]! * 0.2 * Math.sin((2 * Math.PI * 440 * i) / rate) : 0.05 * Math.sin((2 * Math.PI * 220 * i) / rate);
    samples[i] = Math.round(sample * 32767);
  }
  return wavObjectUrl(samples, rate);
}

/** An object URL of a mono 16-bit WAV of `samples`. */
export function wavObjectUrl(samples: Int16Array, rate: number): string {
  return URL.createObjectURL(new Blob([encodeWav(samples, rate) as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }));
}

/** Resolves on the next event `type` from `target` (rejects after `ms`). */
export function once(target: EventTarget, type: string, ms = 10_000): Promise<Event> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" event within ${ms} ms`)), ms);
    target.addEventListener(type, (e) => {
      clearTimeout(timer);
      resolve(e);
    }, { once: true });
  });
}

/** Waits until `check()` is true, testing every animation frame (rejects after `ms`). */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

/**
 * The words painted as being spoken in the transcript whose shadow root is `root` (the CSS
 * Custom Highlight `parley-word`), each as its text and its address: turn, sentence and word
 * index in the sentence (annotation words count, as in the model).
 */
export function spokenWords(root: ShadowRoot): { text: string; turn: number; sentence: number; word: number }[] {
  const highlight = CSS.highlights.get('parley-word');
  if (!highlight) return [];
  const turns = [...root.querySelectorAll('.turn')];
  return [...(highlight as unknown as Iterable<Range>)]
    .filter((r) => root.contains(r.startContainer))
    .map((range) => {
      const sentenceEl = range.startContainer.parentElement!.closest('.s')!;
      const turnEl = sentenceEl.closest('.turn')!;
      const before = new Range();
      before.setStart(sentenceEl, 0);
      before.setEnd(range.startContainer, range.startOffset);
      return {
        text: range.toString(),
        turn: turns.indexOf(turnEl),
        sentence: [...turnEl.querySelectorAll('.s')].indexOf(sentenceEl),
        word: before.toString().split(' ').length - 1,
      };
    });
}

/**
 * Word `word` of sentence `sentence` of turn `turn` in the transcript whose shadow root is `root`:
 * a range over its stretch of the sentence's text (the words of the model joined by single spaces).
 */
export function wordRange(root: ShadowRoot, transcript: Transcript, turn: number, sentence: number, word: number): Range {
  const sentenceEl = root.querySelectorAll('.turn')[turn]!.querySelectorAll('.s')[sentence]!;
  const words = transcript.turns[turn]!.sentences[sentence]!.words;
  let at = 0;
  for (let i = 0; i < word; i++) at += words[i]!.text.length + 1;
  const walker = document.createTreeWalker(sentenceEl, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (at < n.data.length) {
      const range = new Range();
      range.setStart(n, at);
      range.setEnd(n, at + Math.min(words[word]!.text.length, n.data.length - at));
      return range;
    }
    at -= n.data.length;
  }
  throw new Error(`no word ${word} in sentence ${sentence} of turn ${turn}`);
}

/** Where word `word` of sentence `sentence` of turn `turn` is on screen (scrolled into view first). */
export function wordPoint(root: ShadowRoot, transcript: Transcript, turn: number, sentence: number, word: number): { x: number; y: number } {
  const range = wordRange(root, transcript, turn, sentence, word);
  range.startContainer.parentElement!.closest('.s')!.scrollIntoView({ block: 'center' });
  const box = range.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}
