/**
 * A classifier or a bare number joined by a particle (lexicon counterLinks: ja "の", ko "의") to the noun it
 * counts, written after it: "2台のバイク", "2대의 차량", "127 の作業グループ".
 */
import type { CompiledLexicon, UnitEntry } from './lexicon.js';

/** Past the spaces at `at`: Korean spaces the particle's phrase ("7개 이상의 총") and the noun after it. */
function pastSpaces(text: string, at: number): number {
  let k = at;
  while (text[k] === ' ') k++;
  return k;
}

/**
 * The unit noun a particle links after a classifier ending at `at` ("2台のバイク", "2대의 차량", "7개의 총"), if
 * any.
 */
export function unitLinkedAfter(folded: string, at: number, lex: CompiledLexicon): UnitEntry | undefined {
  const from = pastSpaces(folded, at);
  const link = lex.counterLinks.getPrefix(folded, from);
  if (!link) return undefined;
  const first = pastSpaces(folded, from + link.length);
  const noun = lex.units.getPrefix(folded, first) ?? modifiedNoun(folded, first, lex);
  return noun && !noun.value.counter ? noun.value : undefined;
}

/** Longest modifier skipped before a linked noun, in code units. */
const MAX_MODIFIER = 8;

/**
 * "두 대의 수상한 차량" (two suspicious vehicles): in a spaced text one modifying word may stand between the
 * particle and the noun.
 */
function modifiedNoun(folded: string, word: number, lex: CompiledLexicon) {
  if (folded[word - 1] !== ' ') return undefined;
  const space = folded.indexOf(' ', word);
  if (space < 0 || space - word > MAX_MODIFIER || /[\n.,]/.test(folded.slice(word, space))) return undefined;
  return lex.units.getPrefix(folded, space + 1);
}
