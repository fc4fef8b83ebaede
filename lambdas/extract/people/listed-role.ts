/**
 * An office written in the plural after a list of names ("Nguyen Van A and Tran Van B, deputy directors of
 * the provincial police", "X et Y, directeurs adjoints de ...", "X и Y, заместители начальника ..."): it is
 * every listed name's, as a plural rank before the list is (index.ts). The apposition is read for the last
 * name only (judge.ts); the plural form of its role word (lexicon pluralRoleWords) says it reaches back. A
 * singular one ("X and Y, director of ...") is the last name's alone.
 */
import { lower } from '../text/case.js';
import { asRussianLetters } from '../text/fold.js';
import type { CompiledPeople } from './lexicon.js';

/** Words of the role read for a plural role word: an adjective may precede it ("stellvertretende Direktoren"). */
const HEAD_WORDS = 3;

/**
 * Whether `role`, read for the name ending at `end`, is written right after it (a comma, a dash or a
 * parenthesis, then articles only) with a plural role word among its first words.
 */
export function isPluralRoleAfter(text: string, end: number, role: string, lex: CompiledPeople): boolean {
  if (lex.pluralRoleWords.size === 0) return false;
  const at = text.indexOf(role, end);
  if (at < 0) return false;
  // Lowered as the lexicon's words are (lexicon.ts asLowered): Ukrainian letters as the Russian ones.
  const between = asRussianLetters(lower(text.slice(end, at)));
  const opener = /^\s*[,(–—]\s*/u.exec(between);
  if (opener === null) return false;
  const rest = between.slice(opener[0].length).split(/\s+/u);
  if (!rest.every((w) => w === '' || lex.articleWords.has(w))) return false;
  return asRussianLetters(lower(role))
    .split(/\s+/u)
    .slice(0, HEAD_WORDS)
    .some((w) => lex.pluralRoleWords.has(w));
}
