// Parley's public entry point: the elements and the types a page or another module uses.
export { ParleyPlayer } from './components/player/player.js';
export { ParleyTranscript, type TranscriptMatch } from './components/transcript/transcript.js';
export { ParleyWaveform } from './components/waveform/waveform.js';
export { ParleyControls, RATES } from './components/controls/controls.js';
export { normalisePeaks, type Peaks, type AudiowaveformJson } from './components/waveform/peaks.js';
export { captionsVtt, captionCues } from './components/shared/captions.js';
export {
  playbackContext, viewContext, type PlaybackState, type ViewState, type TurnToShow,
} from './components/shared/context.js';
export type * from './components/shared/events.js';
export { registerStrings, en, ru, type ParleyStrings } from './components/shared/strings.js';
export {
  registerFormat, unregisterFormat, type FormatRegistration, type FormatEntry, type FormatCode, type TranscriptFormat,
} from './formats/catalog.js';
export type { ReadResult, ReadWarning } from './formats/diagnostics.js';
