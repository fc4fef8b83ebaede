/**
 * One person named by a bare singular noun right after a fate: Arabic has no indefinite article, and "مقتل
 * شخص" (the killing of a person) or "وتوفي شخص" (and a person died) counts one as "مقتل شخصين" counts two
 * (dual.ts) and "مقتل 3 أشخاص" three. The singular nouns are the lexicon's bareSingulars (only the singular:
 * a plural with no number, "مقتل أشخاص", is no count), the fates its singleFates (deaths and injuries).
 */
import type { Document } from '../types.js';
import type { Candidate } from './count.js';
import type { CompiledLexicon } from './lexicon.js';
import { sentenceAt } from './listed.js';
import { phraseEndingAt } from './phrases.js';
import type { Token } from './tokens.js';

/** The counted figures with the bare singles after a fate added, in text order. */
export function withBareSingles(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
  counted: Candidate[],
): Candidate[] {
  const singulars = lex.bareSingulars;
  const fates = lex.singleFates;
  if (singulars === null || fates === null) return counted;
  const taken = new Set(counted.map((c) => c.index));
  const found: Candidate[] = [];
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !singulars.has(t.text) || taken.has(j) || taken.has(j + 1)) continue;
    if (phraseEndingAt(tokens, j - 1, fates) === 0) continue;
    // "مقتل شخص واحد", "مقتل شخص 3": a numeral after the noun is the count, read by the number stages.
    const next = tokens[j + 1];
    if (next?.kind === 'num') continue;
    // "سائق الشاحنة" (the truck's driver): a noun before a definite one is itself definite, a person told of.
    // A weekday is no such noun but the day it befell ("وتوفي طفل الأحد", a child died on Sunday).
    if (
      next?.kind === 'word' &&
      next.text.startsWith('ال') &&
      next.start === t.end + 1 &&
      !lex.weekdays.has(next.text)
    )
      continue;
    found.push({
      index: j,
      start: t.start,
      end: t.end,
      value: 1,
      unit: 'person',
      sentence: sentenceAt(doc, t.start),
    });
  }
  if (found.length === 0) return counted;
  return [...counted, ...found].sort((a, b) => a.start - b.start);
}
