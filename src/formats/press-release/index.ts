import type { TranscriptFormat } from '../index.js';
import { looksLikePressRelease, readPressRelease } from './reader.js';

export { readPressRelease, labelAt, looksLikePressRelease } from './reader.js';

/** The State Department's press-release transcript (Markdown or plain text); read only. */
export const pressReleaseFormat: TranscriptFormat = {
  id: 'press-release',
  label: 'press-release transcript',
  extensions: ['md', 'markdown', 'txt'],
  mediaType: 'text/markdown',
  sniff: looksLikePressRelease,
  read: readPressRelease,
};
