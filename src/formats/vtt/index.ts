import type { TranscriptFormat } from '../index.js';
import { readVtt } from './read.js';
import { writeVtt } from './write.js';
import { looksLikeVtt } from '../detect.js';

export { readVtt, readChapters, parseVttCues, cueContent } from './read.js';
export { writeVtt, writeChapters, escapeCueText } from './write.js';
export { useEntityTable } from './webvtt-lib.js';

export const vttFormat: TranscriptFormat = {
  id: 'vtt',
  label: 'WebVTT',
  extensions: ['vtt'],
  mediaType: 'text/vtt',
  sniff: looksLikeVtt,
  read: readVtt,
  write: writeVtt,
};
