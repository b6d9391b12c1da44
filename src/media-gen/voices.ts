/**
 * Who speaks with which voice in the demo recording. Each person keeps one eSpeak-NG voice for
 * the whole recording; the reporters (all "QUESTION" turns, one speaker in the transcript) take
 * turns between two voices, since they are different people.
 *
 * Voices were picked so that neighbours differ in measured pitch (F0) or brightness (spectral
 * centroid), not only in name; `docs/demo-media.md` has the measured table.
 */
import type { Speaker, Transcript } from '../model/transcript.js';
import type { VoiceSettings } from '../speech/espeak.js';

export interface CastMember {
  /** Matched against the speaker's id, name, label and role. */
  match: RegExp;
  /** Who the voice stands for, for the voices table. */
  part: string;
  /** One voice, or several used in turn (one per turn of that speaker). */
  voices: readonly VoiceSettings[];
}

/**
 * The cast of the 2007 press conference. Rates are eSpeak's nominal words per minute; the
 * measured rate (with the pauses between sentences) is what docs/demo-media.md reports.
 */
export const CAST: readonly CastMember[] = [
  { match: /\blavrov\b/i, part: "Foreign Minister Lavrov's interpreter", voices: [{ voice: 'en-gb-x-rp+m3', rate: 148, pitch: 40, range: 45 }] },
  { match: /\bserdyukov\b/i, part: "Defense Minister Serdyukov's interpreter", voices: [{ voice: 'en+m7', rate: 142, pitch: 58, range: 40 }] },
  { match: /\brice\b/i, part: 'Secretary Rice', voices: [{ voice: 'en-us+f3', rate: 158, pitch: 55, range: 60 }] },
  { match: /\bgates\b/i, part: 'Secretary Gates', voices: [{ voice: 'en-us+m1', rate: 144, pitch: 25, range: 40 }] },
  { match: /\bmoderator\b/i, part: 'Moderator', voices: [{ voice: 'en-gb-x-rp+f4', rate: 180, pitch: 45, range: 50 }] },
  {
    match: /\b(?:question|reporter)\b/i,
    part: 'Reporters (alternating)',
    voices: [
      { voice: 'en-us-nyc+m2', rate: 152, pitch: 62, range: 55 },
      { voice: 'en-us+f5', rate: 155, pitch: 42, range: 55 },
    ],
  },
];

/** Voices for speakers the cast does not name, in order of first appearance. */
export const SPARE_VOICES: readonly VoiceSettings[] = [
  { voice: 'en-029+m2', rate: 165, pitch: 50, range: 50 },
  { voice: 'en-us+f1', rate: 168, pitch: 50, range: 55 },
  { voice: 'en-gb-scotland+m5', rate: 160, pitch: 50, range: 50 },
  { voice: 'en-us+f2', rate: 170, pitch: 50, range: 55 },
];

function describe(speaker: Speaker | undefined, id: string): string {
  return [id, speaker?.name, speaker?.label, speaker?.role].filter(Boolean).join(' ');
}

/** The cast member who plays a speaker, or undefined when the cast does not name them. */
export function castMemberFor(speaker: Speaker | undefined, id: string): CastMember | undefined {
  const text = describe(speaker, id);
  return CAST.find((member) => member.match.test(text));
}

/**
 * The voice of every turn of a transcript, in order. A speaker keeps their voice; a speaker with
 * several voices (the reporters) uses them in turn; unknown speakers get spare voices in order
 * of appearance.
 */
export function castTurns(transcript: Transcript): VoiceSettings[] {
  const turnsSoFar = new Map<string, number>();
  const spare = new Map<string, VoiceSettings>();
  return transcript.turns.map((turn) => {
    const speaker = transcript.speakers.find((s) => s.id === turn.speaker);
    const member = castMemberFor(speaker, turn.speaker);
    const n = turnsSoFar.get(turn.speaker) ?? 0;
    turnsSoFar.set(turn.speaker, n + 1);
    if (member) return member.voices[n % member.voices.length]!;
    let voice = spare.get(turn.speaker);
    if (!voice) {
      voice = SPARE_VOICES[spare.size % SPARE_VOICES.length]!;
      spare.set(turn.speaker, voice);
    }
    return voice;
  });
}
