/**
 * The Transcript model: the one shape every format is read into and written from.
 *
 * Times are seconds from the start of the recording. A time that is not known is `null`
 * (an official press-release transcript has no times until it is aligned).
 * The model is plain data (JSON-serialisable, no classes) so that it crosses worker
 * boundaries and round-trips through Parley JSON unchanged. A sentence read from Parley JSON may
 * hold its words compactly until some code reads `sentence.words` (see compact-words.ts); code
 * that only reads words' times and texts can use the accessors there and leave them compact.
 */

/** Seconds from the start of the recording, or `null` when not (yet) known. */
export type Seconds = number | null;

/**
 * The largest time Parley accepts, in seconds (about 31 years): beyond it a time is a mistake
 * (`1e308`), and millisecond arithmetic would lose it. Readers refuse or skip larger times.
 */
export const MAX_TIME = 1e9;

export interface TranscriptMetadata {
  /** Title of the event, e.g. "Remarks with U.S. Defense Secretary Robert Gates, …". */
  title?: string;
  /** The principal named in the header, e.g. "Secretary Condoleezza Rice". */
  principal?: string;
  /** Where it took place, one line per part, e.g. ["Ministry of Foreign Affairs", "Moscow, Russia"]. */
  place?: string[];
  /** The date as written, e.g. "October 12, 2007". */
  dateText?: string;
  /** The date as ISO 8601 (yyyy-mm-dd) when it could be read. */
  date?: string;
  /** BCP 47 language tag of the spoken language, e.g. "en". */
  language?: string;
  /** Release line from the footer, e.g. "Released on October 12, 2007". */
  release?: string;
  /** Document number from the footer, e.g. "2007/T17-2". */
  documentNumber?: string;
  /** Duration of the recording in seconds, when known. */
  duration?: number;
  /** Free-form notes (WebVTT NOTE blocks, comments) kept so that nothing is lost. */
  notes?: string[];
  /** Any further key/value metadata a format carries (kept verbatim). */
  extra?: Record<string, string>;
}

export interface Speaker {
  /** Stable id used by turns, e.g. "rice". Unique within a transcript. */
  id: string;
  /** The name a person would say: "Secretary Rice", "Foreign Minister Lavrov", "Moderator". */
  name: string;
  /** Full personal name when the transcript names it: "Condoleezza Rice". */
  fullName?: string;
  /** Role or office when known: "Secretary of State", "Foreign Minister", "Reporter". */
  role?: string;
  /** The label exactly as the source wrote it, e.g. "SECRETARY RICE". */
  label?: string;
  /**
   * True when the source named no speaker (a caption file without voices or "Name:" prefixes):
   * `name` is then a stand-in ("Speaker") that caption writers do not write.
   */
  unnamed?: boolean;
}

export interface Word {
  /** The word as written, with its attached punctuation: "colleagues,". */
  text: string;
  start: Seconds;
  end: Seconds;
  /**
   * True for a bracketed annotation inside a sentence, such as "(inaudible)": shown to readers,
   * never spoken, never timed, skipped by the aligner and by the time index.
   */
  annotation?: boolean;
  /**
   * True when `start` was written in the source (an inline "[00:12:34]" or a time beside the
   * speaker's label), not measured or estimated: an aligner keeps it and fits the words around it.
   */
  anchor?: boolean;
  /**
   * True when the file gave no time for this word: its times were estimated by spreading the
   * time between two times the file did give (a caption cue's start and end, an inline
   * timestamp) over the words between them, by their syllables. Writers never write an
   * estimated time as if it were given (no inline timestamp), and the player follows such words
   * like any other.
   */
  estimated?: boolean;
  /**
   * The caption cue of the source file that begins at this word, with its times as the file gave
   * them. Caption writers begin a cue here again, with these times, so that a caption file read
   * and written back keeps its cues and their times exactly.
   */
  cue?: { start: number; end: number };
}

export interface Sentence {
  /** The sentence as written. Always equal to `words.map(w => w.text).join(' ')`. */
  text: string;
  start: Seconds;
  end: Seconds;
  words: Word[];
  /** True when a new paragraph begins with this sentence (the first sentence of a turn implies it). */
  paragraph?: boolean;
}

export interface Turn {
  /** Id of the speaker (see `Transcript.speakers`). */
  speaker: string;
  start: Seconds;
  end: Seconds;
  /** Turn-level annotations without brackets, e.g. ["Via interpreter"]. */
  annotations: string[];
  sentences: Sentence[];
}

export interface Question {
  /** Index into `Transcript.turns` of the turn that asks the question. */
  turn: number;
  /** Name of the person asking, when the text or the moderator names them: "Thom Shanker". */
  asker?: string;
  /** News outlet of the asker, when named: "New York Times". */
  outlet?: string;
  /** Speaker ids of the people the question is addressed to. */
  addressees: string[];
  /** Indices into `Transcript.turns` of the turns that answer it. */
  answers: number[];
}

export interface Chapter {
  title: string;
  start: Seconds;
  end?: Seconds;
  /** Index of the first turn of the chapter, when the chapter is tied to the turn structure. */
  turn?: number;
}

export interface Transcript {
  metadata: TranscriptMetadata;
  speakers: Speaker[];
  turns: Turn[];
  questions: Question[];
  chapters: Chapter[];
}

/** A fresh, empty transcript. */
export function emptyTranscript(): Transcript {
  return { metadata: {}, speakers: [], turns: [], questions: [], chapters: [] };
}

/** Looks up a speaker by id; returns undefined for an unknown id. */
export function speakerById(transcript: Transcript, id: string): Speaker | undefined {
  return transcript.speakers.find((s) => s.id === id);
}

/** The display name of a speaker id ("Secretary Rice"), or the id itself when unknown. */
export function speakerName(transcript: Transcript, id: string): string {
  return speakerById(transcript, id)?.name ?? id;
}

/** Turns per speaker id, for the speakers who have any. */
export function speakerTurnCounts(transcript: Transcript): Map<string, number> {
  const counts = new Map<string, number>();
  for (const turn of transcript.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  return counts;
}

/** The speakers who have at least one turn, in the transcript's order of speakers. */
export function speakersWithTurns(transcript: Transcript, counts = speakerTurnCounts(transcript)): Speaker[] {
  return transcript.speakers.filter((s) => counts.has(s.id));
}

/** The plain text of a turn: its sentences joined by spaces. */
export function turnText(turn: Turn): string {
  return turn.sentences.map((s) => s.text).join(' ');
}

/** All spoken (non-annotation) words of a transcript, in order. */
export function* spokenWords(transcript: Transcript): Generator<Word> {
  for (const turn of transcript.turns) {
    for (const sentence of turn.sentences) {
      for (const word of sentence.words) if (!word.annotation) yield word;
    }
  }
}

/** True when at least one turn has a start time. */
export function isTimed(transcript: Transcript): boolean {
  return transcript.turns.some((t) => t.start !== null);
}
