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

/** The word without the lexicon's article it opens with ("السيارات": "سيارات"), or undefined. */
function withoutArticle(t: Token, lex: CompiledLexicon): string | undefined {
  if (t.kind !== 'word') return undefined;
  const article = lex.numberArticles.find((a) => t.text.length > a.length && t.text.startsWith(a));
  return article === undefined ? undefined : t.text.slice(article.length);
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
  // Each word is stripped of its article once: as the number after the noun before it, then as the next's noun.
  let noun = tokens.length === 0 ? undefined : withoutArticle(tokens[0]!, lex);
  for (let j = 0; j < tokens.length - 1; j++) {
    const number = withoutArticle(tokens[j + 1]!, lex);
    const bare = noun;
    noun = number;
    if (bare === undefined || number === undefined) continue;
    const value = lex.numberWords.get(number, false);
    if (value === undefined || value < 2 || !Number.isInteger(value)) continue;
    // The noun with its article, or, as the units are listed, without it ("السيارات": "سيارات").
    const entry = matchUnit(tokens, j, lex)?.entry ?? lex.units.get(bare);
    if (!entry || entry.counter || entry.currency) continue;
    const start = tokens[j]!.start;
    found.push({
      index: j + 1,
      start,
      end: tokens[j + 1]!.end,
      value,
      unit: entry.unit,
      sentence: sentenceAt(doc, start),
    });
  }
  if (found.length === 0) return counted;
  return [...counted, ...found].sort((a, b) => a.start - b.start);
}
