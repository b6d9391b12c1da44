/**
 * Why a file could not be read, by a stable code with parameters: the English text here (what
 * the command line and Node show), and the player's other languages beside its other strings
 * (src/components/shared/strings.ts, `readErrors`). `{name}` is a parameter.
 *
 * A value from the file comes in two forms: `{value}` described in English ("an array", "null",
 * "\"12\""), and `{literal}` as written, with arrays and objects shortened ("[…]", "{…}"), for
 * the other languages.
 */
export const READ_ERRORS = {
  binaryNul: 'this is a binary file, not text (it contains NUL bytes)',
  binaryControl: 'this is a binary file, not text (it is full of control characters)',
  empty: 'the file is empty',
  unrecognised: 'the transcript format was not recognised (known: {known})',
  noTurns: 'it has no text',
  chaptersTrack: 'this is a chapters track (Kind: chapters) with {count} chapter titles, not a transcript: it has no spoken text',
  jsonUnexpected: 'this is not valid JSON (unexpected {char})',
  jsonEnds: 'this is not valid JSON (it ends too early)',
  fieldNotObject: '{path} must be an object, not {value}',
  fieldNotArray: '{path} must be an array, not {value}',
  fieldNotString: '{path} must be a string, not {value}',
  fieldNotTime: '{path} must be a time in seconds (a number from 0 to {max}) or null, not {value}',
  fieldNotBoolean: '{path} must be true or false, not {value}',
  fieldEndBeforeStart: '{path} ({end}) is before its start ({start})',
  fieldNotIndex: '{path} {value} is not the index of one of the {count} {what}',
  fieldEmpty: '{path} must not be empty',
  fieldNotOneWord: '{path} {value} must be one word (no spaces)',
  fieldCueUntimed: '{path} must have a start and an end',
  fieldNotSpeaker: '{path} {value} is not one of the speakers',
  fieldSpeakerTwice: '{path} {value} is used by an earlier speaker',
  fieldWrongFormat: '{path} must be "{expected}", not {value}',
  fieldNewerVersion: '{path} {version} is newer than this Parley reads ({expected}); update Parley',
  fieldWrongVersion: '{path} must be {expected}, not {value}',
  vttTooDeep: 'cue text nests {depth} tags inside each other, too deep to read (close the tags)',
  vttNoCueBecause: 'no cue could be read ({detail})',
  vttNoCues: 'the file has no cues',
  vttEmptyCues: 'none of the {count} cues has any text (the first, {id}at {start} s, is empty)',
  textNoTurn: 'no turn found: the text has no speaker label and no sentence after its header',
  sbvNoCue: 'no cue could be read (a cue is a line "0:00:01.000,0:00:04.000" followed by its text)',
  srtNoCue: 'no cue could be read (a cue is a number, a line "00:00:01,000 --> 00:00:04,000" and its text)',
  podcastNoSegments: 'expected an object with a "segments" array',
  podcastNoSegment: 'no segment could be read',
  xmlNotWellFormed: 'the XML is not well-formed: {detail}',
  ttmlWrongRoot: "the document's root is <{root}>{inNamespace}, not TTML's <tt> in {tt}",
  ttmlNoText: 'no timed text found (captions are <p begin="00:00:01.000" end="00:00:04.000"> elements inside <body>)',
} as const;

export type ReadErrorCode = keyof typeof READ_ERRORS;
export type ReadParams = Record<string, string | number>;

/** A value from the file for a message: `value` in English words, `literal` as written. */
export function valueParams(value: unknown): { value: string; literal: string } {
  const shown = typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : String(value);
  if (value === null) return { value: 'null', literal: 'null' };
  if (Array.isArray(value)) return { value: 'an array', literal: '[…]' };
  if (typeof value === 'object') return { value: 'an object', literal: '{…}' };
  return { value: shown, literal: shown };
}
