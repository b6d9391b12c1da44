import type { FormatCode } from '../catalog.js';
import { looksLikePressRelease, readPressRelease } from './reader.js';

export { readPressRelease, labelAt, looksLikePressRelease } from './reader.js';
export { findQuestions } from './questions.js';

/**
 * Transcript text: labelled turns in Markdown or plain text, read only. Its content check looks
 * for a speaker label, so it comes with the reader (../catalog.ts tries it after the cheap ones).
 */
export const code: FormatCode = { sniff: looksLikePressRelease, read: readPressRelease };
