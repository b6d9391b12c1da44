// audio-type ships no types: it recognises an audio format from a file's first bytes.
declare module 'audio-type' {
  /** "mp3", "wav", "flac", "oga", "opus", "m4a", "webm"…, or undefined when unknown. */
  export default function audioType(bytes: Uint8Array): string | undefined;
}
