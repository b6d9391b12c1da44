import type { FormatCode } from '../catalog.js';
import { readVtt } from './read.js';
import { writeVtt } from './write.js';

export { readVtt, readChapters, parseVttCues, cueContent } from './read.js';
export { writeVtt, writeChapters, escapeCueText } from './write.js';
export { useEntityTable } from './webvtt-lib.js';

/** Its reader and writer, for the table of formats (../catalog.ts). */
export const code: FormatCode = { read: readVtt, write: writeVtt };
