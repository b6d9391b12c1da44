/**
 * The page's alignment worker: decodes the chosen recording into features (the same pieces,
 * decoder and features as `parley align`) while the speech worker (`web-reference-worker.ts`)
 * speaks the transcript with eSpeak-NG, then matches the two with the same entry point as the
 * command line. The page starts both workers and hands the reference from one to the other:
 * workers started by a worker would not stop at once with it.
 */
import { AudioDecodeError } from '../audio/decode.js';
import { AlignmentError, alignToFeatures, type AlignStage, type AlignTranscriptOptions } from './index.js';
import { blobSource, recordingFeaturesFrom } from './recording.js';
import { referenceReceiver, type SpeechMessage } from './reference.js';
import type { AlignFailureKind, AlignWorkerInput, AlignWorkerMessage } from './web.js';

const post = (message: AlignWorkerMessage) => self.postMessage(message);

/** Progress, at most one message per whole percent of each stage. */
function progressPoster(): (stage: AlignStage, done: number) => void {
  const last = new Map<AlignStage, number>();
  return (stage, done) => {
    const percent = Math.floor(done * 100);
    if (last.get(stage) === percent) return;
    last.set(stage, percent);
    post({ type: 'progress', stage, done });
  };
}

function failure(error: unknown): { kind: AlignFailureKind; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof AudioDecodeError) return { kind: 'recording', message };
  if (error instanceof AlignmentError) return { kind: error.refused ? 'refused' : 'alignment', message };
  return { kind: 'other', message };
}

/** The reference's sentences that came before the job itself (the page sends the job first, but to be sure). */
let early: SpeechMessage[] = [];
let receive: ((message: SpeechMessage) => void) | null = null;

self.onmessage = async (event: MessageEvent<AlignWorkerInput>) => {
  const input = event.data;
  if (input.type === 'speech') {
    if (receive) receive(input.message);
    else early.push(input.message);
    return;
  }
  const { media, mediaName, transcript, language, force } = input.request;
  const onProgress = progressPoster();
  const options: AlignTranscriptOptions = { ...(language ? { language } : {}), ...(force ? { force } : {}), onProgress };
  // The reference is built here, sentence by sentence, between the pieces of the recording.
  const receiver = referenceReceiver(transcript, { onProgress: (done) => onProgress('synthesizing', done) });
  receive = receiver.receive;
  for (const m of early) receiver.receive(m);
  early = [];
  // Keep an early synthesis failure from going unhandled while decoding runs.
  receiver.reference.then(() => post({ type: 'reference-done' }), () => {});
  try {
    const recording = await recordingFeaturesFrom(blobSource(media), mediaName, (done) => onProgress('decoding', done));
    const { transcript: timed, alignment, notes } = alignToFeatures(transcript, await receiver.reference, recording, options);
    post({ type: 'done', transcript: timed, matchScore: alignment.matchScore, words: alignment.words.length, notes });
  } catch (error) {
    post({ type: 'error', ...failure(error) });
  }
};
