export * from './transcript.js';
export * from './time-format.js';
export * from './time-index.js';
export * from './media-time.js';
