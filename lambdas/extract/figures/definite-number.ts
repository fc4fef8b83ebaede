/**
 * A number word that follows its noun as an adjective, both with the definite article (ar "الأشخاص الأربعة",
 * the four persons; "السيارات الثلاث", the three cars): the number counts the noun, as "أربعة أشخاص" does. The
 * article is the lexicon's (`numberArticles`); one is left out ("الشخص الواحد" is "the same person" as often).
 */
import type { Document } from '../types.js';
import type { Candidate } from './count.js';
import type { CompiledLexicon } from './lexicon.js';
import { sentenceAt } from './listed.js';
import { matchUnit } from './read.js';
import type { Token } from './tokens.js';

/** The value of the number word with the article, 2 or more, or undefined. */
function definiteNumber(t: Token | undefined, lex: CompiledLexicon): number | undefined {
  if (t?.kind !== 'word') return undefined;
  for (const article of lex.numberArticles) {
    if (t.text.length <= article.length || !t.text.startsWith(article)) continue;
    const value = lex.numberWords.get(t.text.slice(article.length), false);
    if (value !== undefined && value >= 2 && Number.isInteger(value)) return value;
  }
  return undefined;
}

/** The figures with the definite numbers after their nouns added, in text order. */
export function withDefiniteNumbers(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
  counted: Candidate[],
): Candidate[] {
  if (lex.numberArticles.length === 0) return counted;
  const found: Candidate[] = [];
  for (let j = 0; j < tokens.length - 1; j++) {
    const noun = tokens[j]!;
    if (noun.kind !== 'word') continue;
    const article = lex.numberArticles.find((a) => noun.text.length > a.length && noun.text.startsWith(a));
    const value = article === undefined ? undefined : definiteNumber(tokens[j + 1], lex);
    if (article === undefined || value === undefined) continue;
    // The noun with its article, or, as the units are listed, without it ("السيارات": "سيارات").
    const entry = matchUnit(tokens, j, lex)?.entry ?? lex.units.get(noun.text.slice(article.length));
    if (!entry || entry.counter || entry.currency) continue;
    found.push({
      index: j + 1,
      start: noun.start,
      end: tokens[j + 1]!.end,
      value,
      unit: entry.unit,
      sentence: sentenceAt(doc, noun.start),
    });
  }
  if (found.length === 0) return counted;
  return [...counted, ...found].sort((a, b) => a.start - b.start);
}
