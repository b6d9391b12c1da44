export * from './transcript.js';
export * from './time-format.js';
export * from './time-index.js';
