import type { TranscriptFormat } from '../index.js';
import { looksLikePressRelease, readPressRelease } from './reader.js';

export { readPressRelease, labelAt, looksLikePressRelease } from './reader.js';
export { findQuestions } from './questions.js';

/**
 * Transcript text: labelled turns in Markdown or plain text — the State Department's press
 * releases, podcast transcripts, and the text exports of transcription tools; read only.
 */
export const pressReleaseFormat: TranscriptFormat = {
  id: 'press-release',
  label: 'transcript text',
  extensions: ['md', 'markdown', 'txt'],
  mediaType: 'text/markdown',
  sniff: looksLikePressRelease,
  read: readPressRelease,
};
