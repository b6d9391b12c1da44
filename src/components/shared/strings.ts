/**
 * Every string Parley's elements show or announce, in English and Russian, chosen by `lang`.
 *
 * An element takes the language of its nearest ancestor with a `lang` attribute (crossing shadow
 * roots, so the elements inside the player follow the player and the page), and the strings of that
 * language, or English. A page replaces any of them:
 *   - for every element of a language: `registerStrings('en', { play: 'Listen' })` (also adds a language);
 *   - for one element and everything inside it: `player.strings = { play: 'Listen' }`.
 * `{name}` in a string is filled in: `matchPosition: '{n} of {total}'`.
 */
import { formatSpoken } from '../../model/time-format.js';
import { fill } from '../../model/text-template.js';
import { ENGLISH_NAVIGATION_WORDS, type NavigationWords } from '../../nav/navigation.js';

export { fill };

export interface ParleyStrings extends NavigationWords {
  // The player
  recordingError: string;
  recordingDamaged: string;
  recordingStopped: string;
  recordingMissing: string;
  noAddress: string;
  transcriptLoadError: string;
  transcriptReadError: string;
  captionsLabel: string;
  // Controls
  playback: string;
  play: string;
  pause: string;
  back10: string;
  back10Short: string;
  forward10: string;
  forward10Short: string;
  speed: string;
  volume: string;
  offset: string;
  offsetHelp: string;
  /** "{current} of {duration}", both spoken durations. */
  position: string;
  // Waveform
  seek: string;
  // Transcript
  transcript: string;
  turns: string;
  turnsOf: string;
  untimed: string;
  backToCurrent: string;
  followingResumed: string;
  // Questions
  questions: string;
  noQuestions: string;
  questionTo: string;
  answeredBy: string;
  notAnswered: string;
  copyLinkToQuestion: string;
  link: string;
  linkCopied: string;
  linkSelected: string;
  now: string;
  // Search
  searchLandmark: string;
  searchLabel: string;
  previousMatch: string;
  nextMatch: string;
  playFromMatch: string;
  noMatches: string;
  speakerNameMatch: string;
  matchPosition: string;
  // Speaker filter
  speakers: string;
  allSpeakers: string;
  /** A speaker's number of turns: `turnCountOne` for 1, else `turnCount`. */
  turnCount: string;
  turnCountOne: string;
  showingTurns: string;
  // Where am I
  position_group: string;
  whereAmI: string;
  jumpToNow: string;
  copyLink: string;
  linkToCurrentTurn: string;
  notStarted: string;
  noTranscript: string;
  // Keyboard shortcuts
  keyboardShortcuts: string;
  close: string;
  shortcutsNote: string;
  key: string;
  action: string;
  keySpace: string;
  keyUp: string;
  keyDown: string;
  keyEnter: string;
  keyShift: string;
  keyHome: string;
  keyEnd: string;
  keyEscape: string;
  doPlayPause: string;
  doPlayPauseSpace: string;
  doBack: string;
  doForward: string;
  doNextQuestion: string;
  doPreviousQuestion: string;
  doNextTurn: string;
  doPreviousTurn: string;
  doSameSpeaker: string;
  doSearch: string;
  doWhereAmI: string;
  doHelp: string;
  doSearchNext: string;
  doSearchPrevious: string;
  doTurnPreviousNext: string;
  doTurnFirstLast: string;
  doCloseDialog: string;
  noNextQuestion: string;
  noPreviousQuestion: string;
  noNextTurn: string;
  noPreviousTurn: string;
  noTurnPlaying: string;
  noLaterTurnBy: string;
  // Small screens (the player's compact bar and panel strip)
  panels: string;
  controls: string;
  panelSearch: string;
  more: string;
  // Reading settings
  readingSettings: string;
  textSize: string;
  lineSpacing: string;
  lineSpacingTight: string;
  lineSpacingNormal: string;
  lineSpacingRelaxed: string;
  lineSpacingWide: string;
  showTimestamps: string;
  highlightWord: string;
  followAlong: string;
  resetSettings: string;
  settingsNotKept: string;
  // Downloads
  downloadTranscript: string;
  formatTxt: string;
  formatVtt: string;
  formatSrt: string;
  formatJson: string;
  formatHtml: string;
  writeFailed: string;
  // Quoting a passage, and the headings inside the transcript
  copyPassageLink: string;
  passageCopied: string;
  passageSelected: string;
  nothingToQuote: string;
  passageLinkField: string;
  questionNumber: string;
}

export const en: ParleyStrings = {
  ...ENGLISH_NAVIGATION_WORDS,
  recordingError: 'The recording could not be loaded: {where}',
  recordingDamaged: 'The recording could not be played: {where} is damaged or incomplete. The transcript can still be read.',
  recordingStopped: 'The recording stopped loading: {where} (a network error). The transcript can still be read.',
  recordingMissing: 'The recording could not be loaded: {where} (it is missing, or not audio or video this browser plays).',
  noAddress: 'no address given',
  transcriptLoadError: 'The transcript could not be loaded: {url} ({reason})',
  transcriptReadError: 'The transcript could not be read: {reason}',
  captionsLabel: 'Captions from the transcript',
  playback: 'Playback',
  play: 'Play',
  pause: 'Pause',
  back10: 'Back 10 seconds',
  back10Short: '−10 s',
  forward10: 'Forward 10 seconds',
  forward10Short: '+10 s',
  speed: 'Speed',
  volume: 'Volume',
  offset: 'Transcript offset',
  offsetHelp: 'seconds; positive when the voices come later than the words',
  position: '{current} of {duration}',
  seek: 'Seek',
  transcript: 'Transcript',
  turns: 'Turns',
  turnsOf: 'Turns of {title}',
  untimed: 'This transcript is not yet aligned to the recording: it has no times, so it does not follow playback.',
  backToCurrent: 'Back to current',
  followingResumed: 'Following resumed',
  questions: 'Questions',
  noQuestions: 'This transcript has no questions.',
  questionTo: 'To {names}.',
  answeredBy: 'Answered by {names}.',
  notAnswered: 'Not answered.',
  copyLinkToQuestion: 'Copy link to question {n}',
  link: 'Link',
  linkCopied: 'Link copied',
  linkSelected: 'Link selected: press Control+C or Command+C to copy it',
  now: 'now',
  searchLandmark: 'Transcript',
  searchLabel: 'Search transcript',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  playFromMatch: 'Play from match',
  noMatches: 'No matches',
  speakerNameMatch: 'speaker name',
  matchPosition: '{n} of {total}',
  speakers: 'Speakers',
  allSpeakers: 'All',
  turnCount: '{n} turns',
  turnCountOne: '{n} turn',
  showingTurns: 'Showing {shown} of {total} turns',
  position_group: 'Position',
  whereAmI: 'Where am I',
  jumpToNow: 'Jump to now',
  copyLink: 'Copy link',
  linkToCurrentTurn: 'Link to the current turn',
  notStarted: 'Playback has not started',
  noTranscript: 'No transcript is loaded',
  keyboardShortcuts: 'Keyboard shortcuts',
  close: 'Close',
  shortcutsNote: 'These keys work while focus is in the player, except in the search box and other text fields.',
  key: 'Key',
  action: 'Action',
  keySpace: 'Space',
  keyUp: 'Up arrow',
  keyDown: 'Down arrow',
  keyEnter: 'Enter',
  keyShift: 'Shift',
  keyHome: 'Home',
  keyEnd: 'End',
  keyEscape: 'Escape',
  doPlayPause: 'Play or pause',
  doPlayPauseSpace: 'Play or pause, when focus is not on a button, link or field',
  doBack: 'Back 10 seconds',
  doForward: 'Forward 10 seconds',
  doNextQuestion: 'Next question',
  doPreviousQuestion: 'Previous question',
  doNextTurn: 'Next turn',
  doPreviousTurn: 'Previous turn',
  doSameSpeaker: 'Next turn by the same speaker',
  doSearch: 'Search the transcript',
  doWhereAmI: 'Where am I: say the time, the speaker and the question',
  doHelp: 'Show these shortcuts',
  doSearchNext: 'In the search box: next match',
  doSearchPrevious: 'In the search box: previous match',
  doTurnPreviousNext: 'In the transcript: previous, next turn',
  doTurnFirstLast: 'In the transcript: first, last turn',
  doCloseDialog: 'Close this dialog',
  noNextQuestion: 'No next question',
  noPreviousQuestion: 'No previous question',
  noNextTurn: 'No next turn',
  noPreviousTurn: 'No previous turn',
  noTurnPlaying: 'No turn is playing',
  noLaterTurnBy: 'No later turn by {name}',
  panels: 'Panels',
  controls: 'Controls',
  panelSearch: 'Search',
  more: 'More',
  readingSettings: 'Reading settings',
  textSize: 'Text size',
  lineSpacing: 'Line spacing',
  lineSpacingTight: 'Tight',
  lineSpacingNormal: 'Normal',
  lineSpacingRelaxed: 'Relaxed',
  lineSpacingWide: 'Wide',
  showTimestamps: 'Show timestamps',
  highlightWord: 'Highlight the spoken word',
  followAlong: 'Follow along while playing',
  resetSettings: 'Reset',
  settingsNotKept: 'This browser does not keep settings between visits.',
  downloadTranscript: 'Download transcript',
  formatTxt: 'Plain text (.txt)',
  formatVtt: 'WebVTT captions (.vtt)',
  formatSrt: 'SRT subtitles (.srt)',
  formatJson: 'Parley JSON (.json)',
  formatHtml: 'Web page (.html)',
  writeFailed: 'The transcript could not be written: {reason}',
  copyPassageLink: 'Copy link to this passage',
  passageCopied: 'Link to the passage copied',
  passageSelected: 'Link selected: press Control+C or Command+C to copy it',
  nothingToQuote: 'No timed sentence to quote here',
  passageLinkField: 'Link to the passage',
  questionNumber: 'Question {n}',
};

export const ru: ParleyStrings = {
  recordingError: 'Не удалось загрузить запись: {where}',
  recordingDamaged: 'Не удалось воспроизвести запись: {where} повреждена или неполна. Стенограмму по-прежнему можно читать.',
  recordingStopped: 'Запись перестала загружаться: {where} (ошибка сети). Стенограмму по-прежнему можно читать.',
  recordingMissing: 'Не удалось загрузить запись: {where} (файла нет, или это не звук и не видео, которые воспроизводит этот браузер).',
  noAddress: 'адрес не указан',
  transcriptLoadError: 'Не удалось загрузить стенограмму: {url} ({reason})',
  transcriptReadError: 'Не удалось прочитать стенограмму: {reason}',
  captionsLabel: 'Субтитры из стенограммы',
  playback: 'Воспроизведение',
  play: 'Воспроизвести',
  pause: 'Пауза',
  back10: 'Назад на 10 секунд',
  back10Short: '−10 с',
  forward10: 'Вперёд на 10 секунд',
  forward10Short: '+10 с',
  speed: 'Скорость',
  volume: 'Громкость',
  offset: 'Сдвиг стенограммы',
  offsetHelp: 'в секундах; больше нуля, если голос звучит позже текста',
  position: '{current} из {duration}',
  seek: 'Перемотка',
  transcript: 'Стенограмма',
  turns: 'Реплики',
  turnsOf: 'Реплики: {title}',
  untimed: 'Стенограмма ещё не выровнена по записи: в ней нет времени, поэтому она не следует за воспроизведением.',
  backToCurrent: 'К текущему месту',
  followingResumed: 'Слежение возобновлено',
  questions: 'Вопросы',
  noQuestions: 'В этой стенограмме нет вопросов.',
  question: 'Вопрос {n}',
  questionTo: 'Кому: {names}.',
  answeredBy: 'Отвечает: {names}.',
  notAnswered: 'Без ответа.',
  copyLinkToQuestion: 'Копировать ссылку на вопрос {n}',
  link: 'Ссылка',
  linkCopied: 'Ссылка скопирована',
  linkSelected: 'Ссылка выделена: нажмите Ctrl+C или Cmd+C, чтобы скопировать',
  now: 'сейчас',
  and: 'и',
  searchLandmark: 'Стенограмма',
  searchLabel: 'Поиск по стенограмме',
  previousMatch: 'Предыдущее совпадение',
  nextMatch: 'Следующее совпадение',
  playFromMatch: 'Воспроизвести с совпадения',
  noMatches: 'Совпадений нет',
  speakerNameMatch: 'имя выступающего',
  matchPosition: '{n} из {total}',
  speakers: 'Выступающие',
  allSpeakers: 'Все',
  turnCount: 'реплик: {n}',
  turnCountOne: 'реплик: {n}',
  showingTurns: 'Показано реплик: {shown} из {total}',
  position_group: 'Положение',
  whereAmI: 'Где я',
  jumpToNow: 'К текущему месту',
  copyLink: 'Копировать ссылку',
  linkToCurrentTurn: 'Ссылка на текущую реплику',
  notStarted: 'Воспроизведение не начато',
  noTranscript: 'Стенограмма не загружена',
  playingAt: 'Воспроизводится {time}',
  pausedAt: 'Пауза на {time}',
  beforeFirstTurn: 'до первой реплики',
  askingQuestion: 'задаёт вопрос {n}',
  answeringQuestion: 'отвечает на вопрос {n}',
  duringQuestion: 'во время вопроса {n}',
  keyboardShortcuts: 'Клавиши',
  close: 'Закрыть',
  shortcutsNote: 'Клавиши действуют, когда фокус в проигрывателе, кроме поля поиска и других текстовых полей.',
  key: 'Клавиша',
  action: 'Действие',
  keySpace: 'Пробел',
  keyUp: 'Стрелка вверх',
  keyDown: 'Стрелка вниз',
  keyEnter: 'Ввод',
  keyShift: 'Шифт',
  keyHome: 'Начало',
  keyEnd: 'Конец',
  keyEscape: 'Выход',
  doPlayPause: 'Воспроизвести или приостановить',
  doPlayPauseSpace: 'Воспроизвести или приостановить, если фокус не на кнопке, ссылке или поле',
  doBack: 'Назад на 10 секунд',
  doForward: 'Вперёд на 10 секунд',
  doNextQuestion: 'Следующий вопрос',
  doPreviousQuestion: 'Предыдущий вопрос',
  doNextTurn: 'Следующая реплика',
  doPreviousTurn: 'Предыдущая реплика',
  doSameSpeaker: 'Следующая реплика того же выступающего',
  doSearch: 'Поиск по стенограмме',
  doWhereAmI: 'Где я: назвать время, выступающего и вопрос',
  doHelp: 'Показать эти клавиши',
  doSearchNext: 'В поле поиска: следующее совпадение',
  doSearchPrevious: 'В поле поиска: предыдущее совпадение',
  doTurnPreviousNext: 'В стенограмме: предыдущая, следующая реплика',
  doTurnFirstLast: 'В стенограмме: первая, последняя реплика',
  doCloseDialog: 'Закрыть это окно',
  noNextQuestion: 'Следующего вопроса нет',
  noPreviousQuestion: 'Предыдущего вопроса нет',
  noNextTurn: 'Следующей реплики нет',
  noPreviousTurn: 'Предыдущей реплики нет',
  noTurnPlaying: 'Сейчас никто не говорит',
  noLaterTurnBy: 'Больше реплик нет: {name}',
  panels: 'Панели',
  controls: 'Управление',
  panelSearch: 'Поиск',
  more: 'Ещё',
  readingSettings: 'Настройки чтения',
  textSize: 'Размер текста',
  lineSpacing: 'Межстрочный интервал',
  lineSpacingTight: 'Плотный',
  lineSpacingNormal: 'Обычный',
  lineSpacingRelaxed: 'Свободный',
  lineSpacingWide: 'Широкий',
  showTimestamps: 'Показывать время',
  highlightWord: 'Выделять произносимое слово',
  followAlong: 'Следить за воспроизведением',
  resetSettings: 'Сбросить',
  settingsNotKept: 'Этот браузер не сохраняет настройки между посещениями.',
  downloadTranscript: 'Скачать стенограмму',
  formatTxt: 'Простой текст (.txt)',
  formatVtt: 'Субтитры WebVTT (.vtt)',
  formatSrt: 'Субтитры SRT (.srt)',
  formatJson: 'Файл JSON Parley (.json)',
  formatHtml: 'Веб-страница (.html)',
  writeFailed: 'Не удалось записать стенограмму: {reason}',
  copyPassageLink: 'Копировать ссылку на этот отрывок',
  passageCopied: 'Ссылка на отрывок скопирована',
  passageSelected: 'Ссылка выделена: нажмите Ctrl+C или Cmd+C, чтобы скопировать её',
  nothingToQuote: 'Здесь нет предложения со временем, чтобы его процитировать',
  passageLinkField: 'Ссылка на отрывок',
  questionNumber: 'Вопрос {n}',
};

const languages = new Map<string, Partial<ParleyStrings>>([
  ['en', en],
  ['ru', ru],
]);

/** Adds a language, or replaces some strings of one, for every element on the page. */
export function registerStrings(lang: string, strings: Partial<ParleyStrings>): void {
  const key = lang.toLowerCase();
  languages.set(key, { ...languages.get(key), ...strings });
}

/** The language of `element`: the `lang` of its nearest ancestor that has one, across shadow roots. */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'en';
}

/** The strings for `lang` ("ru-RU" falls back to "ru", anything unknown to English). */
export function stringsFor(lang: string): ParleyStrings {
  const key = lang.toLowerCase();
  return { ...en, ...languages.get(key.split('-')[0]!), ...languages.get(key) };
}

interface HasStrings {
  strings?: Partial<ParleyStrings> | null;
}

/**
 * The strings an element uses: its language's, with the `strings` overrides of its ancestors
 * (the outermost first, across shadow roots) and its own on top.
 */
export function localStrings(element: Element): ParleyStrings {
  const overrides: Partial<ParleyStrings>[] = [];
  let node: Node | null = element;
  while (node) {
    const own = (node as HasStrings).strings;
    if (node instanceof Element && own) overrides.unshift(own);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return Object.assign(stringsFor(languageOf(element)), ...overrides);
}

/** "2 minutes 5 seconds of 20 minutes 57 seconds", in the element's language and words. */
export function spokenPosition(element: Element, strings: ParleyStrings, current: number, duration: number): string {
  const lang = languageOf(element);
  return fill(strings.position, { current: formatSpoken(current, lang), duration: formatSpoken(duration, lang) });
}
