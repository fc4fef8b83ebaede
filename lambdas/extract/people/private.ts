/**
 * Private persons: the record lists officials only, and the names of suspects, defendants, victims,
 * witnesses and ordinary citizens are personal data the product has no use for. Articles mark them in
 * ways that do not depend on one language's phrasing:
 * - a birth year or an age in apposition ("X (SN 1984)", "X, 34 tuổi", "X, 35 ans", "X, né en 1997",
 *   "X, 26, from ..."): officials are introduced by their function, not their age;
 * - a private-person word of the lexicon in the name's clause before it ("đối tượng X", "le suspect X",
 *   "police arrested X"), opening its apposition ("X, trú tại ...", "X, résidant à ..."), or inside its
 *   role ("Giám đốc Công ty X": a function in a business).
 */
import { lower } from '../text/case.js';
import type { CompiledPeople } from './lexicon.js';
import type { NameCandidate } from './names.js';
import { clauseStart } from './roles.js';

/**
 * An age or a birth year opening the apposition: a number of one or two digits right after the comma or
 * parenthesis, or after a preposition of one to three lower-case letters and before a word ("de 45 años",
 * "di 40 anni", "de 52 anos"), or a year of birth (19xx, 20xx) after at most two words ("SN", "né en",
 * "born in"). A parenthesis without digits may come first ("X (alias Y), 26").
 */
const AGE_OR_BIRTH =
  /^\s*(?:\([^()\d]{0,60}\)\s*)?[,(–—]\s*(?:\d{1,2}(?![\d.,:/]\d)(?!\d)|\p{Ll}{1,3}\s+\d{1,2}\s+\p{L}|(?:[\p{L}.]+\s+){0,2}(?:19|20)\d\d(?!\d))/u;

export function isPrivatePerson(
  lowered: string,
  sentenceStart: number,
  sentenceEnd: number,
  c: NameCandidate,
  role: string | null,
  lex: CompiledPeople,
  /** Where the words before the name may hold its title: before `sentenceStart` after an abbreviation ("Mr."). */
  windowStart = sentenceStart,
): boolean {
  // A function in a business is no office: "Giám đốc Công ty X", "président de la société Y".
  if (role !== null && lex.privateInRole.test(lower(role))) return true;
  const after = lowered.slice(c.end, Math.min(sentenceEnd, c.end + 120));
  if (AGE_OR_BIRTH.test(after) || lex.privateAfter.test(after)) return true;
  // The body named after the name in a phrase of its own ("Captain X of the fishing vessel", "voorzitter X van
  // de voetbalclub"): a private one's.
  if (lex.privateCue.test(lex.ofPhraseAfter.exec(after)?.[1] ?? '')) return true;
  const from = clauseStart(lowered, sentenceStart, c.start);
  if (lex.privateCue.test(lowered.slice(from, c.start))) return true;
  // A name with no office set off after a short noun phrase that says who it is: "The victim's father, Mr.
  // X", "Le propriétaire du bateau, M. X". Only where no role came with the name: an official may follow
  // any opening clause ("After the arrest, Mr. X, chairman of ...").
  const own = clauseStart(lowered, windowStart, c.start);
  if (role !== null || own <= windowStart || !SHORT_CLAUSE.test(lowered.slice(own, c.start))) return false;
  const previous = clauseStart(lowered, windowStart, own - 1);
  const apposition = lowered.slice(previous, own - 1);
  return WORDS_OF_APPOSITION.test(apposition) && lex.privateCue.test(apposition);
}

/** The name's clause holds at most its honorific and an article: "Mr. ", "el señor ". */
const SHORT_CLAUSE = /^\s*(?:[\p{L}.]+\s+){0,2}$/u;
/** A noun phrase of one to six words, no more. */
const WORDS_OF_APPOSITION = /^\s*(?:[\p{L}\p{N}'’.-]+\s+){0,5}[\p{L}\p{N}'’.-]+\s*$/u;
