/**
 * Questions in a press conference: who asked (when the reporter or the moderator names them),
 * whom the question is addressed to, and which turns answer it.
 */
import type { Question, Speaker, Transcript, Turn } from '../../model/transcript.js';
import { turnText } from '../../model/transcript.js';
import { ROLE_WORDS } from './names.js';

/** Labels of turns that ask rather than answer. */
export const QUESTION_LABELS = /^(?:QUESTION|Q|REPORTER|JOURNALIST|QUESTIONER|AUDIENCE MEMBER|PARTICIPANT)$/i;
/** Labels of the person who chairs the event. */
export const MODERATOR_LABELS = /^(?:MODERATOR|MODERATOR \(IN ENGLISH\)|CHAIR|CHAIRMAN|HOST|MC|MASTER OF CEREMONIES)$/i;

/** A run of capitalised words: a person's or an outlet's name ("Thom Shanker", "Al Arabiya", "ITAR-TASS"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|de|al|el|du)?\s*\p{Lu}[\p{L}'’.&-]*){0,4}`;

function isParticipantWord(text: string, speakers: readonly Speaker[]): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (words.some((w) => ROLE_WORDS.has(w))) return true;
  return speakers.some((s) => s.name.split(' ').some((part) => words.includes(part.toLowerCase()) && !ROLE_WORDS.has(part.toLowerCase()) && part.length > 2));
}

/**
 * "Thom Shanker, New York Times." / "Yes, Arshad Mohammed with Reuters." at the start of a text:
 * the asker and outlet, unless the "name" is one of the participants being addressed
 * ("Secretary Rice, turning to …").
 */
export function askerFromIntroduction(text: string, speakers: readonly Speaker[]): { asker?: string; outlet?: string } {
  const intro = new RegExp(
    String.raw`^(?:(?:Yes|Hi|Hello|Thank you|Thanks)[,.!]?\s+)?(?:(?:I'm|I am|This is|My name is)\s+)?(${NAME})(?:,\s*|\s+(?:from|with|of)\s+)(?:the\s+)?(${NAME})\s*[.,;:?!]`,
    'u',
  );
  const m = intro.exec(text.trim());
  if (!m) return {};
  const [, asker, outlet] = m;
  if (isParticipantWord(asker!, speakers) || /\s(?:and|or)\s/.test(outlet!)) return {};
  // The outlet must be a name, not the start of a sentence ("Thom Shanker, Thank you").
  if (/^(?:Thank|Thanks|Yes|My|I|And|To|So|But)\b/.test(outlet!)) return { asker: asker! };
  return { asker: asker!, outlet: outlet!.replace(/\.$/, '') };
}

/**
 * What the moderator says before handing over: "Arshad Mohammed, Reuters." names a person and
 * outlet; "The last question from Al Arabiya." names only the outlet (a bare name after "from"
 * is taken as the outlet, the usual way moderators call on media).
 */
export function askerFromModerator(text: string, speakers: readonly Speaker[]): { asker?: string; outlet?: string } {
  const whole = new RegExp(String.raw`^(${NAME}),\s*(?:the\s+)?(${NAME})\.?$`, 'u').exec(text.trim());
  if (whole && !isParticipantWord(whole[1]!, speakers)) return { asker: whole[1]!, outlet: whole[2]!.replace(/\.$/, '') };
  const from = new RegExp(String.raw`\b(?:question|questions|floor|turn|go|goes|next)\b[^.?!]*?\b(?:from|to)\s+(?:the\s+)?(${NAME})(?:,\s*(?:the\s+)?(${NAME}))?\s*[.?!]?`, 'u').exec(text);
  if (from && !isParticipantWord(from[1]!, speakers)) {
    return from[2] ? { asker: from[1]!, outlet: from[2]!.replace(/\.$/, '') } : { outlet: from[1]!.replace(/\.$/, '') };
  }
  return {};
}

const NATIONS: [RegExp, string][] = [
  [/\b(?:russia|russian|russian federation)\b/i, 'russia'],
  [/\b(?:united states|u\.s\.|us|american|america)\b/i, 'us'],
];

function nationOf(text: string): string | undefined {
  return NATIONS.find(([re]) => re.test(text))?.[1];
}

/** Words of office in a phrase, singular, lower case: "the Minister of Defense" → {minister, defense}. */
function officeWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}.]+/u)
      .map((w) => w.replace(/\.$/, '').replace(/ies$/, 'y').replace(/ers$/, 'er').replace(/defence/, 'defense'))
      .filter((w) => ['secretary', 'minister', 'foreign', 'defense', 'president', 'ambassador', 'spokesman', 'prime', 'deputy', 'under', 'assistant', 'general', 'state'].includes(w)),
  );
}

/** Speakers a phrase such as "Secretaries Rice and Gates" or "the Minister of Defense of the Russian Federation" refers to. */
export function resolveAddressees(phrase: string, speakers: readonly Speaker[]): string[] {
  const people = speakers.filter((s) => !QUESTION_LABELS.test(s.label ?? s.name) && !MODERATOR_LABELS.test(s.label ?? s.name));
  // A person is named by surname ("Rice") or, among colleagues, first name ("Sean").
  const positions = new Map<string, number>();
  for (const s of people) {
    const names = [s.name.split(' ').at(-1)!, ...(s.fullName?.split(' ') ?? [])];
    for (const n of names) {
      if (n.length < 3 || ROLE_WORDS.has(n.toLowerCase())) continue;
      const at = phrase.search(new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
      if (at >= 0 && at < (positions.get(s.id) ?? Infinity)) positions.set(s.id, at);
    }
  }
  if (positions.size) return [...positions].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  // No name: match the office described ("Secretary of Defense of the United States").
  const wanted = officeWords(phrase);
  if (!wanted.size) return [];
  const nation = nationOf(phrase);
  let best: { id: string; score: number }[] = [];
  for (const s of people) {
    const office = officeWords(`${s.role ?? ''} ${s.name}`);
    if (!office.size || ![...office].every((w) => wanted.has(w))) continue;
    const sNation = nationOf(`${s.role ?? ''}`);
    const score = office.size * 2 + (nation && sNation === nation ? 1 : 0) - (nation && sNation && sNation !== nation ? 3 : 0);
    if (!best.length || score > best[0]!.score) best = [{ id: s.id, score }];
    else if (score === best[0]!.score) best.push({ id: s.id, score });
  }
  return best.length === 1 ? [best[0]!.id] : [];
}

/** The phrases of a question that say whom it is for: "To Secretaries Rice and Gates", "goes to both X and Y", "Secretary Rice, …". */
export function addressingPhrases(text: string): string[] {
  const phrases: string[] = [];
  const sentences = text.split(/(?<=[.?!])\s+/);
  for (const sentence of sentences) {
    const to = /^(?:And\s+|Also\s+|Now\s+)?(?:(?:my|a|the|this|one|another|next)\s+)?(?:(?:last|second|first|final|quick|follow-up|follow-on)\s+)?(?:questions?\s+)?(?:(?:is|goes|go)\s+)?(?:to|for)\s+(?:both\s+)?([^,.;:?]+)/i.exec(sentence);
    if (to) {
      phrases.push(to[1]!);
      continue;
    }
    // A vocative: "Secretary Rice, turning to your meeting …" (the first words before a comma).
    const vocative = /^((?:\p{Lu}[\p{L}.'’-]*\s*){1,4}),/u.exec(sentence);
    if (vocative) phrases.push(vocative[1]!);
  }
  return phrases;
}

/** Builds the questions of a transcript whose speakers and turns are known. */
export function findQuestions(transcript: Transcript): Question[] {
  const { turns, speakers } = transcript;
  const labelOf = (turn: Turn) => speakers.find((s) => s.id === turn.speaker)?.label ?? '';
  const isQuestion = (turn: Turn) => QUESTION_LABELS.test(labelOf(turn));
  const isModerator = (turn: Turn) => MODERATOR_LABELS.test(labelOf(turn));
  const questions: Question[] = [];
  turns.forEach((turn, i) => {
    if (!isQuestion(turn)) return;
    const text = turnText(turn);
    let who = askerFromIntroduction(text, speakers);
    const before = turns[i - 1];
    if (!who.asker && !who.outlet && before && isModerator(before)) who = askerFromModerator(turnText(before), speakers);
    const addressees: string[] = [];
    for (const phrase of addressingPhrases(text)) {
      for (const id of resolveAddressees(phrase, speakers)) if (!addressees.includes(id)) addressees.push(id);
    }
    const answers: number[] = [];
    for (let j = i + 1; j < turns.length && !isQuestion(turns[j]!) && !isModerator(turns[j]!); j++) answers.push(j);
    questions.push({
      turn: i,
      ...(who.asker ? { asker: who.asker } : {}),
      ...(who.outlet ? { outlet: who.outlet } : {}),
      addressees,
      answers,
    });
  });
  return questions;
}
