/**
 * "45 Nguyễn Trãi", "23 نگوین بن", "৩৩৫ নগুয়েন খোই": Vietnam's streets are mostly named after persons, so a
 * number written in digits right before a family name that opens a street's name (lexicon streetsAfter, in the
 * language's script) is a house number, no count. Counted persons are never written "3 Nguyễn". In a script
 * with case the name must be written capitalised: "27 Lê Lợi" is an address, "2 lễ hội" (two festivals) is not.
 */
import { isCaselessWordBefore } from '../text/chars.js';
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** Upper case in a script with case ("Lê"); true for a letter of a script without case (Bengali, Arabic). */
function writtenAsName(ch: string | undefined): boolean {
  return ch !== undefined && (ch.toLowerCase() === ch.toUpperCase() || ch === ch.toUpperCase());
}

/** The number at i is a house number before a street named after a person. */
export function isHouseNumber(
  body: string,
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
): boolean {
  const streets = lex.streetsAfter;
  const n = tokens[i];
  const next = tokens[i + 1];
  if (streets === null || n?.kind !== 'num' || n.spelled) return false;
  if (next?.kind !== 'word' || next.start - n.end > 1 || !writtenAsName(body[next.start])) return false;
  // A glued script writes the name's case ending on it ("নগুয়েনের", of Nguyen): the entry starts the word.
  return lex.glued ? streets.startOf(next.text) > 0 : streets.has(next.text);
}

/** Two or more capitalised Latin words after one space: a street's name kept as Vietnam writes it ("Le Loi Street"). */
const LATIN_NAME_AFTER = /^ (?:\p{Lu}[\p{Script=Latin}\p{M}]*(?: |(?=[^\p{L}\p{M}\d])|$)){2,}/u;

/**
 * "والی، 58 Le Loi Street, Hai Ha 2 Ward میں": in a text of a caseless script a translation keeps an address in
 * Latin letters, and the number in digits before a street's name of two or more capitalised Latin words is its
 * house number, no count. The text's own script (or its punctuation) stands before the number, and no counted
 * noun of the text's language follows the name ("5 Honda Wave موٹر سائیکلیں" still counts motorbikes).
 */
export function isLatinHouseNumber(
  body: string,
  tokens: readonly Token[],
  i: number,
  unitAfter: (at: number) => boolean,
): boolean {
  const n = tokens[i];
  if (n?.kind !== 'num' || n.spelled) return false;
  if (!isCaselessWordBefore(body, n.start)) return false;
  const name = LATIN_NAME_AFTER.exec(body.slice(n.end, n.end + 80));
  if (name === null) return false;
  let after = n.end + name[0].length;
  while (body[after] === ' ') after++;
  return !unitAfter(after);
}
