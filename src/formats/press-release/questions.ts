/**
 * Questions in a press conference: who asked (when the reporter or the moderator names them),
 * whom the question is addressed to, and which turns answer it.
 */
import type { Question, Speaker, Transcript, Turn } from '../../model/transcript.js';
import { turnText } from '../../model/transcript.js';
import { splitSentences } from '../../model/segment.js';
import { ROLE_WORDS } from './names.js';
import { QUESTION_LABELS } from './question-labels.js';

export { QUESTION_LABELS };

/** Labels of the person who chairs the event. */
export const MODERATOR_LABELS = /^(?:MODERATOR|MODERATOR \(IN ENGLISH\)|CHAIR|CHAIRMAN|HOST|MC|MASTER OF CEREMONIES)$/i;

/** A run of capitalised words: a person's or an outlet's name ("Thom Shanker", "Al Arabiya", "ITAR-TASS"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|de|al|el|du)?\s*\p{Lu}[\p{L}'’.&-]*){0,4}`;

function isParticipantWord(text: string, speakers: readonly Speaker[]): boolean {
  const words = text.toLowerCase().split(/\s+/);
  return words.some((w) => ROLE_WORDS.has(w)) || namesParticipant(text, speakers);
}

/** True when a phrase contains a participant's name ("John" of "John F. Kirby", "Rice"). */
function namesParticipant(text: string, speakers: readonly Speaker[]): boolean {
  const words = text.toLowerCase().split(/[\s,.]+/);
  return speakers.some((s) => `${s.name} ${s.fullName ?? ''}`.split(' ').some((part) => words.includes(part.toLowerCase()) && !ROLE_WORDS.has(part.toLowerCase()) && part.length > 2));
}

/** A person's name: capitalised words and the particles of names, but no "of" (that starts an outlet). */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|al|el|du|van|von|bin|ibn|da|di)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;

/** Words that open a sentence without being anyone's name. */
const NOT_NAMES = /^(?:Yes|Yeah|Hi|Hello|Hey|Thank|Thanks|Okay|OK|Ok|Sure|Sorry|Right|So|And|But|Well|Now|Good|Great|Please|Again|Look|First|Second|Third|Finally|Alright|All|With|Let|Go|Just|Also|Because|The|This|That|What|Why|How|When|Where|Who|Is|Are|Do|Does|Can|Could|Will|Would|Did|Happy|Welcome|Oh|No|Not|Mr|Ms|Mrs|Dr|Madam|Sir|Ladies|Everybody|Everyone|Guys|Folks)$/;

function plausibleName(name: string, speakers: readonly Speaker[]): boolean {
  return !NOT_NAMES.test(name.split(/\s+/)[0]!.replace(/[.,]$/, '')) && !isParticipantWord(name, speakers);
}

const cleanOutlet = (outlet: string) => outlet.replace(/[.,]$/, '').replace(/^the\s+/i, '');

/** The first sentences of a text (a reporter often thanks the speaker before saying who they are). */
function leadingSentences(text: string, n: number): string[] {
  return splitSentences(text.trim(), false).slice(0, n).map((s) => s.text);
}

/**
 * The asker and outlet a reporter gives at the start of a question: "Thom Shanker, New York
 * Times." / "Yes, Arshad Mohammed with Reuters." / "Thank you so much. Jahanzaib Ali from ARY
 * News." / "Hi, this is Maya Okafor of Radio Free Europe." — unless the "name" is one of the
 * participants being addressed ("Secretary Rice, turning to …", "Hi, John.").
 */
export function askerFromIntroduction(text: string, speakers: readonly Speaker[]): { asker?: string; outlet?: string } {
  const intro = new RegExp(
    String.raw`^(?:(?:Yes|Hi|Hello|Hey|Thank you|Thanks|Sure|Okay|OK|Sir|Madam|Ma'am|Ma’am)[,.!]?\s+(?:\p{Lu}[\p{L}'’.-]*[,.!]\s+)?)?(?:(?:I'm|I’m|I am|[Tt]his is|[Ii]t's|[Ii]t’s|[Mm]y name is)\s+)?(${PERSON})(?:,\s*|\s+(?:from|with|of|at)\s+)(?:the\s+)?(${NAME})\s*[.,;:?!]`,
    'u',
  );
  for (const sentence of leadingSentences(text, 2)) {
    const m = intro.exec(sentence);
    if (!m) continue;
    const [, asker, outlet] = m;
    if (!plausibleName(asker!, speakers) || /\s(?:and|or)\s/.test(outlet!)) continue;
    // The outlet must be a name, not the start of a sentence ("Thom Shanker, Thank you") nor a participant ("Hi, John").
    if (/^(?:Thank|Thanks|Yes|My|I|And|To|So|But)\b/.test(outlet!) || namesParticipant(outlet!, speakers)) return { asker: asker! };
    return { asker: asker!, outlet: cleanOutlet(outlet!) };
  }
  // "My name is Said Arikat." / "I'm Maya Okafor." — a name with no outlet.
  for (const sentence of leadingSentences(text, 2)) {
    const m = new RegExp(String.raw`^(?:(?:Yes|Hi|Hello|Sir|Madam|Thank you|Thanks)[,.!]?\s+)?(?:I'm|I’m|I am|[Mm]y name is|[Tt]his is)\s+(${PERSON})\s*[.,;!]`, 'u').exec(sentence);
    if (m && m[1]!.includes(' ') && plausibleName(m[1]!, speakers)) return { asker: m[1]! };
  }
  return {};
}

/** The outlet a label such as "Question from Reuters" names. */
function outletOfLabel(label: string): string | undefined {
  return /\s+from\s+(?:the\s+)?(.+)$/i.exec(label)?.[1];
}

/**
 * A reporter the chair names while speaking to them, anywhere in the turn before a question:
 * "Excuse me, Said." / "Matt, you don't need to raise your voice." / "… so hopefully, Josh, you
 * can help me …". Only when exactly one such name is found, and never in a sentence that is itself
 * a question ("Joe, no? Go ahead." gives the floor to someone else).
 */
export function askerAddressed(text: string, speakers: readonly Speaker[]): string | undefined {
  const names = new Set<string>();
  for (const { text: sentence } of splitSentences(text.trim(), false)) {
    if (/\?["”’]?$/.test(sentence)) continue;
    const re = new RegExp(String.raw`(?:^|,\s+)((?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+)(?=,\s|\.$|!$)`, 'gu');
    for (const m of sentence.matchAll(re)) {
      const name = m[1]!;
      if (plausibleName(name.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/, ''), speakers)) names.add(name);
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * Who the chair or the spokesperson gives the floor to, from the last sentence before the
 * question: "Arshad Mohammed, Reuters." / "The last question from Al Arabiya." (a bare name after
 * "from" is the outlet, the usual way moderators call on media) / "Go ahead, Lita." / "With that,
 * Matt." / "Reuters' Arshad Mohammed." / "Arshad Mohammed of Reuters." / "Mr. Lee, I'm sure you
 * have something for me." / "… at the top, Josh, so we can go straight to questions …".
 * Only the last sentence counts: "Joe, no? Go ahead." gives the floor to someone unnamed.
 */
export function askerFromModerator(text: string, speakers: readonly Speaker[]): { asker?: string; outlet?: string } {
  const last = splitSentences(text.trim(), false).at(-1)?.text.trim() ?? '';
  const whole = new RegExp(String.raw`^(${NAME}),\s*(?:the\s+)?(${NAME})\.?$`, 'u').exec(last);
  if (whole && plausibleName(whole[1]!, speakers)) return { asker: whole[1]!, outlet: cleanOutlet(whole[2]!) };
  const from = handOver(last);
  if (from && plausibleName(from[1]!, speakers)) {
    return from[2] ? { asker: from[1]!, outlet: cleanOutlet(from[2]!) } : { outlet: cleanOutlet(from[1]!) };
  }
  const FILLER = String.raw`(?:(?:Okay|OK|All right|Alright|Yes|Yeah|Sure|So|And|Now|Well|Please|Right|With that|Let's go to|Let’s go to|Over to|Back to|Go ahead|Next)[,.]?\s+)*`;
  // "Reuters' Arshad Mohammed." / "CNN's Kaitlan Collins, go ahead."
  const possessive = new RegExp(String.raw`^${FILLER}(${NAME})['’]s?\s+(${PERSON})(?:,\s*(?:go ahead|please))?\s*[.?!]$`, 'u').exec(last);
  if (possessive && plausibleName(possessive[2]!, speakers) && !isParticipantWord(possessive[1]!, speakers)) {
    return { asker: possessive[2]!, outlet: cleanOutlet(possessive[1]!) };
  }
  // "Go ahead, Lita." / "With that, Matt." / "Lita?" / "Arshad Mohammed of Reuters, go ahead."
  const called = new RegExp(String.raw`^${FILLER}(${PERSON})(?:\s+(?:of|with|from|at)\s+(?:the\s+)?(${NAME}))?(?:,\s*(?:go ahead|please|yes|you're up|you’re up))?\s*[.?!]$`, 'u').exec(last);
  if (called && plausibleName(called[1]!, speakers)) return called[2] ? { asker: called[1]!, outlet: cleanOutlet(called[2]) } : { asker: called[1]! };
  // "Mr. Lee, I'm sure you have something for me." / "Courtney, I delayed for you."
  const vocative = new RegExp(String.raw`^((?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?${PERSON}),\s+(?:I|I'm|I’m|you|your|go|over|what|do|did|please|yes)\b`, 'u').exec(last);
  if (vocative && last.split(/\s+/).length <= 10 && plausibleName(vocative[1]!.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/, ''), speakers)) return { asker: vocative[1]! };
  // "I do not have any statements at the top, Josh, so we can go straight to questions."
  const inner = new RegExp(String.raw`,\s+(\p{Lu}[\p{L}'’-]+),\s+(?:so|and|if)\b[^.?!]*\b(?:questions?|kick us off|start us off|first)\b`, 'u').exec(last);
  if (inner && plausibleName(inner[1]!, speakers)) return { asker: inner[1]! };
  return {};
}

const HAND_OVER_WORD = /\b(?:question|questions|floor|turn|go|goes|next)\b/gu;
const HAND_OVER = new RegExp(String.raw`(?:question|questions|floor|turn|go|goes|next)\b[^.?!]*?\b(?:from|to)\s+(?:the\s+)?(${NAME})(?:,\s*(?:the\s+)?(${NAME}))?\s*[.?!]?`, 'uy');

/**
 * "… the next question from Al Arabiya": the first hand-over word of a sentence followed, in the
 * same sentence, by "from" or "to" and a name. Only the first such word of each sentence is
 * tried (a later one could only find the same "from"), which keeps this linear in the text:
 * tried at every word, the search ran to the sentence's end each time.
 */
function handOver(text: string): RegExpExecArray | null {
  HAND_OVER_WORD.lastIndex = 0;
  let triedUpTo = -1;
  let word: RegExpExecArray | null;
  while ((word = HAND_OVER_WORD.exec(text))) {
    if (word.index < triedUpTo) continue;
    HAND_OVER.lastIndex = word.index;
    const m = HAND_OVER.exec(text);
    if (m) return m;
    // The search stopped at the end of this sentence; the next word worth trying is after it.
    const end = text.slice(word.index).search(/[.?!]/);
    triedUpTo = end < 0 ? text.length : word.index + end;
  }
  return null;
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
  const labelOf = (turn: Turn) => { const s = speakers.find((x) => x.id === turn.speaker); return s?.label ?? s?.name ?? ''; };
  // Reporters labelled by their own names ("Meghna Dev: Sir, Meghna Dev from DD News. …"): a speaker
  // who introduces themself with an outlet asks questions in every turn.
  const reporters = new Set<string>();
  for (const turn of turns) {
    const who = askerFromIntroduction(turnText(turn), speakers.filter((s) => s.id !== turn.speaker));
    const name = speakers.find((s) => s.id === turn.speaker)?.name ?? '';
    if (who.asker && who.outlet && name && (who.asker.includes(name) || name.includes(who.asker))) reporters.add(turn.speaker);
  }
  const isQuestion = (turn: Turn) => QUESTION_LABELS.test(labelOf(turn)) || reporters.has(turn.speaker);
  const isModerator = (turn: Turn) => MODERATOR_LABELS.test(labelOf(turn));
  const questions: Question[] = [];
  turns.forEach((turn, i) => {
    if (!isQuestion(turn)) return;
    const text = turnText(turn);
    const reporter = reporters.has(turn.speaker);
    let who = askerFromIntroduction(text, reporter ? speakers.filter((s) => s.id !== turn.speaker) : speakers);
    if (reporter) who = { asker: speakers.find((s) => s.id === turn.speaker)!.name, ...(who.outlet ? { outlet: who.outlet } : {}) };
    const labelled = outletOfLabel(labelOf(turn));
    if (!who.outlet && labelled) who = { ...who, outlet: labelled };
    const before = turns[i - 1];
    // Whoever spoke before gives the floor: the moderator, or the spokesperson who answers too.
    if (!who.asker && !who.outlet && before && !isQuestion(before)) {
      who = askerFromModerator(turnText(before), speakers);
      const addressed = !who.asker && !who.outlet ? askerAddressed(turnText(before), speakers) : undefined;
      if (addressed) who = { asker: addressed };
    }
    const addressees: string[] = [];
    for (const phrase of addressingPhrases(text)) {
      // A reporter labelled by name does not address themself ("Runjhun Sharma, RT.").
      for (const id of resolveAddressees(phrase, speakers)) if (!addressees.includes(id) && id !== turn.speaker) addressees.push(id);
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
