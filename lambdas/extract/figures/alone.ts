/**
 * "One" standing for one of the things just counted, its noun left out: "seized two cars, one in Hue and one
 * in Da Nang", "dos sospechosos, uno en Hue", "deux suspects, dont une à Hue", "2 xe ô tô, một chiếc ở Huế".
 * The word is the spelled one or the indefinite article (which means "one" in most of these languages); with
 * no noun after it (a function word follows, or in Vietnamese a classifier and then one) and a count of
 * things of two or more just before it, it counts one of them, in their unit.
 * Elsewhere "one" with no noun is a pronoun or an idiom ("no one", "the one who", "one another"): only a
 * word opening its clause (after punctuation, a conjunction or a partitive such as "dont", "of them") is read.
 */
import type { Document } from '../types.js';
import type { Unit } from '../../shared/vocabulary.js';
import type { Candidate } from './count.js';
import type { CompiledLexicon } from './lexicon.js';
import { indefiniteArticles, sentenceAt } from './listed.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import type { Token } from './tokens.js';

/** Amounts and shares are not counted one by one: "one" never stands for a kilogram or a percent. */
const AMOUNTS: ReadonlySet<Unit> = new Set<Unit>(['percent', 'vnd', 'kg']);

/** How many sentences back the counted things may have been named (the sentence itself, or the one before). */
const REACH = 1;

/** Token t (at j) is "one": spelled, or an indefinite article (`articles`, indefiniteArticles). */
function isOne(t: Token, j: number, articles: Uint8Array): boolean {
  return t.kind === 'num' ? t.spelled && t.value === 1 : articles[j] === 1;
}

/** The clause opens right before token j: punctuation, a conjunction, or a partitive ("dont", "of them"). */
function opensClause(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j - 1];
  if (t === undefined || t.kind === 'punct') return true;
  if (t.kind !== 'word') return false;
  return lex.conjunctions.has(t.text) || phraseEndingAt(tokens, j - 1, lex.ellipticBefore) > 0;
}

/**
 * No noun after the word at j: a function word that is no connector ("one of the" introduces the noun), or a
 * classifier followed by one ("một chiếc ở"). The index of the figure's last token (the word or its
 * classifier), else -1.
 */
function nounLeftOut(tokens: readonly Token[], j: number, lex: CompiledLexicon): number {
  let k = j + 1;
  const classifier = tokens[k];
  // A classifier is a connector that is no function word ("chiếc", against "of"), and that introduces no
  // partitive ("una de las ciudades", "uno de ellos": one singled out of a group, no count).
  if (
    classifier?.kind === 'word' &&
    lex.connectors.has(classifier.text) &&
    !lex.functionWords.has(classifier.text)
  ) {
    const next = tokens[k + 1];
    if (next?.kind === 'word' && (lex.definite.has(next.text) || lex.demonstratives.has(next.text)))
      return -1;
    if (phraseAt(tokens, k, lex.ellipticAfter) > 0) return -1;
    k++;
  }
  const t = tokens[k];
  // Punctuation after it is no sign: a German separable verb ends its clause with "ein" ("ging … ein.").
  if (t?.kind !== 'word') return -1;
  const none =
    lex.functionWords.has(t.text) &&
    !lex.connectors.has(t.text) &&
    phraseAt(tokens, k, lex.ellipticAfter) === 0;
  return none ? k - 1 : -1;
}

/** The counted figures with the lone ones added, in text order. */
export function withLoneOnes(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
  counted: Candidate[],
): Candidate[] {
  if (counted.length === 0) return counted;
  const taken = new Set(counted.map((c) => c.index));
  const found: Candidate[] = [];
  let c = 0;
  const articles = indefiniteArticles(doc, tokens, lex);
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    // The word test first: it rejects nearly every token without the set's hashing.
    if (!isOne(t, j, articles) || taken.has(j) || !opensClause(tokens, j, lex)) continue;
    const last = nounLeftOut(tokens, j, lex);
    if (last < 0) continue;
    const sentence = sentenceAt(doc, t.start);
    while (c < counted.length && counted[c]!.start < t.start) c++;
    // Back from the word, no further than the sentence before: linear in the figures it passes.
    let whole: Candidate | undefined;
    for (let k = c - 1; k >= 0 && counted[k]!.sentence >= sentence - REACH; k--) {
      const x = counted[k]!;
      if (!AMOUNTS.has(x.unit) && x.currency === undefined) {
        whole = x;
        break;
      }
    }
    if (!whole || whole.value < 2) continue;
    found.push({ index: j, start: t.start, end: tokens[last]!.end, value: 1, unit: whole.unit, sentence });
  }
  if (found.length === 0) return counted;
  return [...counted, ...found].sort((a, b) => a.start - b.start);
}
