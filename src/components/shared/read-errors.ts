/**
 * Why a transcript could not be read, in the player's language. The readers give each problem a
 * stable code and parameters (src/formats/messages.ts, in English for the command line); the
 * templates of the other languages are here, in a chunk loaded only when a file fails to read.
 */
import { fill } from '../../model/text-template.js';
import { READ_ERRORS, TranscriptReadError, type ReadErrorCode, type ReadResult } from '../../formats/diagnostics.js';
import type { Transcript } from '../../model/transcript.js';

interface ReadErrorStrings {
  /** "{place}: line {line}: {reason}", the place being the file and the format. */
  atLine: string;
  /** Names of formats that are words rather than names ("transcript text"). */
  formats: Record<string, string>;
  errors: Record<ReadErrorCode, string>;
}

const ru: ReadErrorStrings = {
  atLine: 'строка {line}: {reason}',
  formats: { 'transcript text': 'текст стенограммы', transcript: 'стенограмма' },
  errors: {
    binaryNul: 'это двоичный файл, а не текст (в нём есть нулевые байты)',
    binaryControl: 'это двоичный файл, а не текст (в нём много управляющих символов)',
    empty: 'файл пуст',
    unrecognised: 'формат стенограммы не распознан (известные форматы: {known})',
    noTurns: 'в нём нет текста',
    chaptersTrack: 'это дорожка глав (Kind: chapters) с названиями глав ({count}), а не стенограмма: в ней нет произнесённого текста',
    jsonUnexpected: 'это некорректный JSON (неожиданный символ {char})',
    jsonEnds: 'это некорректный JSON (файл обрывается раньше времени)',
    fieldNotObject: '{path} должно быть объектом, а не {literal}',
    fieldNotArray: '{path} должно быть массивом, а не {literal}',
    fieldNotString: '{path} должно быть строкой, а не {literal}',
    fieldNotTime: '{path} должно быть временем в секундах (числом от 0 до {max}) или null, а не {literal}',
    fieldNotBoolean: '{path} должно быть true или false, а не {literal}',
    fieldEndBeforeStart: '{path} ({end}) раньше своего начала ({start})',
    fieldNotIndex: '{path}: {literal} — не номер одного из элементов списка (их {count})',
    fieldEmpty: '{path} не должно быть пустым',
    fieldNotOneWord: '{path}: {literal} должно быть одним словом (без пробелов)',
    fieldCueUntimed: '{path} должно иметь начало и конец',
    fieldNotSpeaker: '{path}: {literal} — не один из говорящих',
    fieldSpeakerTwice: '{path}: {literal} уже занят одним из предыдущих говорящих',
    fieldWrongFormat: '{path} должно быть «{expected}», а не {literal}',
    fieldNewerVersion: '{path}: версия {version} новее той, что читает эта версия Parley ({expected}); обновите Parley',
    fieldWrongVersion: '{path} должно быть {expected}, а не {literal}',
    vttTooDeep: 'в тексте реплики {depth} вложенных друг в друга тегов: слишком глубоко, чтобы прочитать (закройте теги)',
    vttNoCueBecause: 'не удалось прочитать ни одной реплики ({detail})',
    vttNoCues: 'в файле нет реплик',
    vttEmptyCues: 'ни в одной из реплик ({count}) нет текста (первая, {id}на {start} с, пуста)',
    textNoTurn: 'реплики не найдены: в тексте нет ни имени говорящего, ни предложения после заголовка',
    sbvNoCue: 'не удалось прочитать ни одной реплики (реплика — это строка «0:00:01.000,0:00:04.000» и её текст)',
    srtNoCue: 'не удалось прочитать ни одной реплики (реплика — это номер, строка «00:00:01,000 --> 00:00:04,000» и её текст)',
    podcastNoSegments: 'ожидался объект с массивом «segments»',
    podcastNoSegment: 'не удалось прочитать ни одного сегмента',
    xmlNotWellFormed: 'XML составлен неправильно: {detail}',
    ttmlWrongRoot: 'корневой элемент документа — <{root}>{inNamespace}, а не <tt> из TTML ({tt})',
    ttmlNoText: 'текст со временем не найден (субтитры — это элементы <p begin="00:00:01.000" end="00:00:04.000"> внутри <body>)',
  },
};

/** The languages besides English, by their primary tag. */
export const LANGUAGES: Record<string, ReadErrorStrings> = { ru };

/**
 * The reason a transcript could not be read, in `lang` when Parley speaks it: "talk.vtt: WebVTT:
 * строка 3: …". English, and any problem without a code, as the reader said it.
 */
export function readErrorText(error: unknown, lang: string, fileName = ''): string {
  const strings = LANGUAGES[lang.toLowerCase().split('-')[0]!];
  if (!(error instanceof TranscriptReadError) || !error.why || !strings) return (error as Error).message;
  const { code, params, format } = error.why;
  const reason = fill(strings.errors[code] ?? READ_ERRORS[code], params);
  const place = [fileName && fileName !== format ? fileName : '', strings.formats[format] ?? format].filter(Boolean).join(': ');
  return `${place}: ${error.line !== undefined ? fill(strings.atLine, { line: error.line, reason }) : reason}`;
}

/**
 * Why a transcript read without error shows nothing: a chapters track, or a file with no text.
 * English says the reader's first warning, as the reader said it.
 */
export function noTurnsText(result: ReadResult<Transcript>, lang: string, where: string): string {
  const strings = LANGUAGES[lang.toLowerCase().split('-')[0]!];
  if (!strings) return `${where}: ${result.warnings[0]?.message ?? READ_ERRORS.noTurns}`;
  const chapters = result.transcript.chapters.length;
  return `${where}: ${fill(chapters ? strings.errors.chaptersTrack : strings.errors.noTurns, { count: chapters })}`;
}
