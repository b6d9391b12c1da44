/**
 * Labels of turns that ask rather than answer. Apart from questions.ts so that the page's loader
 * can tell whether a caption file has questions to find without loading the press-release reader.
 */
export const QUESTION_LABELS = /^(?:QUESTION|Q|REPORTERS?|JOURNALISTS?|QUESTIONER|AUDIENCE|AUDIENCE MEMBER|PARTICIPANT|THE PRESS|PRESS|CORRESPONDENT)(?:\s+FROM\s+.+)?$/i;
