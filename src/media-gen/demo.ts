/**
 * The demo media: the 2007 press conference spoken with a voice per speaker, and everything Parley
 * ships beside the recording — the ground truth in Parley JSON, the transcript in every format the
 * project can write, and waveform peaks.
 *
 * `makeDemoMedia` is the whole pipeline without the file system, so the CLI writes its files and
 * the tests can regenerate them into memory and compare hashes. Nothing here reads the clock or an
 * unseeded random source: the same input gives the same bytes.
 */
import { decodeAudio } from '../audio/decode.js';
import { MP3_DECODED_DELAY, encodeMp3 } from '../audio/mp3.js';
import { computePeaks, peaksToJson } from '../audio/peaks.js';
import { floatToInt16 } from '../audio/wav.js';
import { formatEntries, writeTranscript, type FormatId } from '../formats/index.js';
import type { Seconds, Transcript } from '../model/transcript.js';
import { DEFAULT_RENDER_OPTIONS, renderTranscript, type RenderOptions, type Rendered, type Synthesizer } from './render.js';
import { roundMs } from '../model/media-time.js';

export const DEMO_NAME = 'press-conference-2007-10-12';

export interface DemoOptions extends RenderOptions {
  /** Constant MP3 bit rate in kbit/s. */
  kbps: number;
  /** Samples per pixel of the waveform peaks. */
  samplesPerPixel: number;
}

/**
 * 40 kbit/s keeps the ~21-minute recording near 6 MB; at 22.05 kHz mono it is ample for
 * synthetic speech (the tests check that every word is still well above the room tone).
 */
export const DEFAULT_DEMO_OPTIONS: DemoOptions = { ...DEFAULT_RENDER_OPTIONS, kbps: 40, samplesPerPixel: 1024 };

export interface DemoFile {
  /** File name, e.g. "press-conference-2007-10-12.mp3". */
  name: string;
  bytes: Uint8Array;
}

export interface DemoMedia {
  files: DemoFile[];
  /** The ground truth as written (times rounded to milliseconds, duration set). */
  groundTruth: Transcript;
  rendered: Rendered;
  /** The MP3 as decoded: what the ground truth's times refer to. */
  decoded: { samples: Float32Array; sampleRate: number };
  /** Formats that could not be written yet, with the reason (for a note on stderr). */
  skipped: string[];
}

/** Seconds rounded to milliseconds (null stays null). */
function roundTime(t: Seconds): Seconds {
  return t === null ? null : roundMs(t);
}

/** The transcript with every time rounded to milliseconds. */
export function roundTimes(transcript: Transcript): Transcript {
  return {
    ...transcript,
    turns: transcript.turns.map((turn) => ({
      ...turn,
      start: roundTime(turn.start),
      end: roundTime(turn.end),
      sentences: turn.sentences.map((s) => ({
        ...s,
        start: roundTime(s.start),
        end: roundTime(s.end),
        words: s.words.map((w) => ({ ...w, start: roundTime(w.start), end: roundTime(w.end) })),
      })),
    })),
  };
}

const encoder = new TextEncoder();

/**
 * Speaks the transcript and makes every file of the demo media in memory.
 *
 * The MP3 is encoded from the samples advanced by the decoder's measured delay, so the decoded
 * MP3 lines up sample for sample with the synthesized timeline and the ground-truth times hold
 * for the MP3 as a player decodes it.
 */
export async function makeDemoMedia(transcript: Transcript, synthesizer: Synthesizer, options: DemoOptions = DEFAULT_DEMO_OPTIONS): Promise<DemoMedia> {
  const rendered = renderTranscript(transcript, synthesizer, options);
  const pcm = floatToInt16(rendered.samples);
  const mp3 = encodeMp3(pcm.subarray(MP3_DECODED_DELAY), rendered.sampleRate, options.kbps);
  const decoded = await decodeAudio(mp3, `${DEMO_NAME}.mp3`);
  const duration = decoded.samples.length / decoded.sampleRate;
  const timed = roundTimes(rendered.transcript);
  const groundTruth: Transcript = { ...timed, metadata: { ...timed.metadata, duration: roundMs(duration) } };
  const peaks = computePeaks(decoded.samples, decoded.sampleRate, { samplesPerPixel: options.samplesPerPixel });

  const files: DemoFile[] = [{ name: `${DEMO_NAME}.mp3`, bytes: mp3 }];
  const skipped: string[] = [];
  const taken = new Set<string>(['mp3', 'peaks.json']);
  const writable = formatEntries().filter((f) => f.writes);
  for (const id of ['json', 'vtt', 'srt', 'podcast-json', 'txt', 'html'] as const satisfies readonly FormatId[]) {
    if (!writable.some((f) => f.id === id)) skipped.push(`${id}: Parley cannot write this format yet`);
  }
  for (const format of writable) {
    let ext = format.extensions[0] ?? format.id;
    if (taken.has(ext)) ext = `${format.id}.${ext}`;
    taken.add(ext);
    let text: string;
    try {
      text = writeTranscript(groundTruth, format.id);
    } catch (error) {
      skipped.push(`${format.id}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    files.push({ name: `${DEMO_NAME}.${ext}`, bytes: encoder.encode(text) });
  }
  if (!files.some((f) => f.name === `${DEMO_NAME}.json`)) {
    // Until the Parley JSON writer exists the ground truth is still needed: plain JSON of the model.
    files.push({ name: `${DEMO_NAME}.json`, bytes: encoder.encode(`${JSON.stringify(groundTruth, null, 2)}\n`) });
  }
  files.push({ name: `${DEMO_NAME}.peaks.json`, bytes: encoder.encode(peaksToJson(peaks)) });
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, groundTruth, rendered, decoded, skipped };
}
