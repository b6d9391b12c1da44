/**
 * Helpers for the page's alignment tests: the fixtures made (and aligned by `parley align`) in
 * Node by the test runner, as Files; and the times of every word of a transcript.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Transcript } from '../../src/model/transcript.js';

export interface AlignFixture {
  media: File;
  transcript: File;
  cli: { code: number; stderr: string; output: string | null };
}

export type FixtureKind = 'speech' | 'silent' | 'corrupt' | 'other' | 'other-forced' | 'too-long';

export async function alignFixture(kind: FixtureKind): Promise<AlignFixture> {
  type Made = { pending?: true; media: string; mediaName: string; transcriptText: string; transcriptName: string; cli: AlignFixture['cli'] };
  let f = await executeServerCommand<Made, { kind: string }>('parley-align-fixture', { kind });
  while (f.pending) f = await executeServerCommand<Made, { kind: string }>('parley-align-fixture', { kind });
  const bytes = Uint8Array.from(atob(f.media), (c) => c.charCodeAt(0));
  return {
    media: new File([bytes], f.mediaName, { type: f.mediaName.endsWith('.mp3') ? 'audio/mpeg' : 'audio/wav' }),
    transcript: new File([f.transcriptText], f.transcriptName, { type: 'text/markdown' }),
    cli: f.cli,
  };
}

/** "start end" of every word, annotations included, in order. */
export function wordTimes(transcript: Transcript): string[] {
  return transcript.turns.flatMap((t) => t.sentences.flatMap((s) => s.words.map((w) => `${w.text} ${w.start} ${w.end}`)));
}

/** The command line's one-line reason, without its "parley align: " prefix, nor its advice to run again with --force. */
export const cliReason = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .at(-1)!
    .replace(/^parley align: /, '')
    .replace(/\. If it is the recording of this transcript, run again with --force to align it anyway\.$/, '');
