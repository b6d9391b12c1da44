/**
 * Speaker labels as written ("FOREIGN MINISTER LAVROV", "MR. McCORMACK") turned into what a
 * person would say ("Foreign Minister Lavrov", "Mr. McCormack"), and full names found in the
 * header ("Sergey Lavrov").
 */

/** Words that are never capitalised inside a name or title, unless first. */
const SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'to', 'in', 'at', 'de', 'des', 'du', 'et', 'von', 'van', 'der', 'la', 'le', 'les', 'y', 'da', 'di', 'al']);

/** Initialisms kept in capitals. */
const INITIALISMS = new Set(['U.S.', 'US', 'UN', 'U.N.', 'EU', 'E.U.', 'NATO', 'IAEA', 'UK', 'U.K.', 'USA', 'OSCE', 'CIA', 'FBI', 'II', 'III', 'IV']);

/** Words of office: they make up roles, never personal names. */
export const ROLE_WORDS = new Set([
  'secretary', 'secretaries', 'minister', 'ministers', 'foreign', 'defense', 'defence', 'deputy', 'under', 'assistant',
  'ambassador', 'president', 'vice', 'prime', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'state', 'acting',
  'chairman', 'chair', 'senator', 'governor', 'director', 'admiral', 'minister-counselor', 'counselor', 'special',
  'envoy', 'representative', 'permanent', 'chief', 'staff', 'commander', 'mr.', 'mrs.', 'ms.', 'dr.', 'madam', 'mr',
  'ms', 'mrs', 'dr', 'russian', 'american', 'u.s.', 'british', 'french', 'german', 'chinese', 'israeli', 'iraqi',
  'afghan', 'iranian', 'japanese', 'korean', 'indian', 'palestinian', 'egyptian', 'turkish', 'polish', 'czech',
  'and', 'with', 'of', 'the', 'for', 'affairs', 'political', 'national', 'security', 'advisor', 'adviser', 'press',
  'remarks', 'joint', 'conference', 'after', 'meetings', 'meeting', 'by', 'his', 'her', 'excellency', 'her', 'king',
  'queen', 'prince', 'sheikh', 'dear',
]);

/** Words that join phrases in a title; an office never runs across them. */
const CONNECTORS = new Set(['and', 'with', 'of', 'the', 'for', 'after', 'remarks', 'joint', 'conference', 'meetings', 'meeting', 'by', 'press', 'dear']);

function capitalise(word: string): string {
  if (!word) return word;
  if (INITIALISMS.has(word.toUpperCase()) && word === word.toUpperCase()) return word.toUpperCase();
  // "McCORMACK" → "McCormack", "MacARTHUR" → "MacArthur": the prefix is written in mixed case already.
  const mc = /^(Mc|Mac)(\p{Lu}.*)$/u.exec(word);
  if (mc) return mc[1] + capitalise(mc[2]!);
  // "MCCORMACK" → "McCormack": a Scottish or Irish surname written wholly in capitals.
  if (/^MC\p{Lu}{3,}$/u.test(word)) return `Mc${capitalise(word.slice(2))}`;
  // "O'BRIEN" → "O'Brien", "AL-SABAH" → "Al-Sabah".
  return word
    .toLowerCase()
    .replace(/(^|['’\-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** True when a label is written in capitals (the letters that have case are upper case). */
export function isUpperCaseLabel(label: string): boolean {
  const cased = label.replace(/^(?:Mc|Mac)/u, '').replace(/\b(?:Mc|Mac)(?=\p{Lu})/gu, '');
  return /\p{Lu}/u.test(cased) && !/\p{Ll}/u.test(cased);
}

/** "FOREIGN MINISTER LAVROV" → "Foreign Minister Lavrov"; mixed-case labels are kept as written. */
export function displayName(label: string): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (!isUpperCaseLabel(clean)) return clean;
  return clean
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : capitalise(word)))
    .join(' ');
}

/** The surname a label ends with ("MINISTER LAVROV" → "Lavrov"), or undefined for "QUESTION". */
export function surnameOf(name: string, isRoleOnly: boolean): string | undefined {
  if (isRoleOnly) return undefined;
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const last = words.at(-1)!;
  return ROLE_WORDS.has(last.toLowerCase()) ? undefined : last;
}

/** The words of a label that are not the surname: its title or office ("Foreign Minister"). */
export function roleOf(name: string, surname: string | undefined): string | undefined {
  if (!surname) return undefined;
  const role = name.slice(0, name.length - surname.length).trim();
  return role || undefined;
}

/**
 * Finds the person a surname belongs to in header text such as "Russian Foreign Minister Sergey
 * Lavrov and …": the capitalised words just before the surname that are not words of office.
 * Returns the full name and the office words before it.
 */
export function findFullName(header: string, surname: string): { fullName: string; role?: string } | undefined {
  const words = header.replace(/[,;:()]/g, ' , ').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.toLowerCase() !== surname.toLowerCase()) continue;
    let j = i - 1;
    const given: string[] = [];
    while (j >= 0 && given.length < 3 && /^\p{Lu}[\p{L}.'’-]*$/u.test(words[j]!) && !ROLE_WORDS.has(words[j]!.toLowerCase())) {
      given.unshift(words[j]!);
      j--;
    }
    if (!given.length) continue;
    const role: string[] = [];
    while (j >= 0 && /^\p{Lu}[\p{L}.'’-]*$/u.test(words[j]!) && ROLE_WORDS.has(words[j]!.toLowerCase()) && !CONNECTORS.has(words[j]!.toLowerCase())) {
      role.unshift(words[j]!);
      j--;
    }
    const fullName = [...given, words[i]!].join(' ');
    return role.length ? { fullName, role: role.join(' ') } : { fullName };
  }
  return undefined;
}

/** Honorifics: part of how a person is addressed, never an office. */
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|madam|sir|m|mme|mlle|herr|frau|shri|sri|smt|shrimati)\.?$/i;

/** Abbreviated and further words of office that begin labels ("REAR ADM. KIRBY", "Sec. Denis McDonough"). */
const OFFICE_ABBREVIATIONS = new Set([
  'adm.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'sgt.', 'sec.', 'amb.', 'sen.', 'rep.', 'gov.', 'pres.', 'hon.',
  'rear', 'vice', 'senior', 'administration', 'official', 'principal', 'department', 'council', 'coordinator',
  'lieutenant', 'colonel', 'major', 'captain', 'sergeant', 'judge', 'justice', 'mayor', 'commissioner', 'chancellor',
  'spokesperson', 'press', 'secretary-general', 'under-secretary-general', 'high', 'commissioner', 'emir', 'sultan',
  'official', 'officer', 'external', 'minister-of-state',
]);

/** True when every word of a phrase is a word of office: "Official Spokesperson", "Foreign Minister". */
export function isOfficeLabel(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length > 0 && words.every((w) => isOfficeWord(w) || ROLE_WORDS.has(w.toLowerCase()));
}

function isOfficeWord(word: string): boolean {
  const w = word.toLowerCase();
  return (ROLE_WORDS.has(w) || OFFICE_ABBREVIATIONS.has(w)) && !HONORIFICS.test(w) && !['and', 'with', 'of', 'the', 'for', 'by', 'his', 'her', 'dear', 'after', 'remarks', 'joint', 'conference', 'meetings', 'meeting'].includes(w);
}

/** What a label says about its speaker. */
export interface LabelParts {
  /** What a person would say: "Foreign Minister Lavrov", "Maya Okafor", "Speaker 1". */
  name: string;
  /** Text the speaker's id is made from (the surname when there is one). */
  id: string;
  /** The personal name when the label gives given name and surname: "Maya Okafor", "John F. Kirby". */
  fullName?: string;
  surname?: string;
  /** The office the label names before the person: "Foreign Minister", "Rear Adm.". Never a personal name. */
  role?: string;
}

/**
 * Splits a label into office and person. Leading words of office ("SECRETARY", "Rear Adm.")
 * make the role; honorifics ("Mr.") belong to neither; what remains is the person, whose last
 * word is the surname. A label in ordinary case that is not an office ("Maya Okafor") is a
 * personal name, never a role.
 */
export function splitLabel(label: string, roleOnly: boolean): LabelParts {
  // "Shri Arindam Bagchi, Official Spokesperson" / "Official Spokesperson, Shri Raveesh Kumar".
  const comma = label.split(/,\s*/);
  if (!roleOnly && comma.length === 2) {
    const office = comma.findIndex((part) => isOfficeLabel(part));
    if (office >= 0) {
      const person = splitLabel(comma[1 - office]!, false);
      return { ...person, role: displayName(comma[office]!) };
    }
  }
  const name = displayName(label);
  if (roleOnly || /^(?:speaker|unknown speaker|participant|guest|host|interviewer|interviewee)(?:\s+\d{1,3})?$/i.test(name)) {
    return { name, id: name };
  }
  const words = name.split(' ');
  let k = 0;
  const office: string[] = [];
  while (k < words.length - 1 && (isOfficeWord(words[k]!) || HONORIFICS.test(words[k]!))) {
    if (!HONORIFICS.test(words[k]!)) office.push(words[k]!);
    k++;
  }
  const person = words.slice(k);
  // A label made only of words of office ("SENIOR ADMINISTRATION OFFICIAL", "MODERATOR").
  if (person.length === 1 && (isOfficeWord(person[0]!) || ROLE_WORDS.has(person[0]!.toLowerCase()))) return { name, id: name, ...(office.length ? { role: name } : {}) };
  const surname = person.at(-1)!;
  const parts: LabelParts = { name, id: surname, surname };
  if (person.length >= 2) parts.fullName = person.join(' ');
  if (office.length) parts.role = office.join(' ');
  return parts;
}
