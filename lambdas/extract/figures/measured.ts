/**
 * An indefinite article before a measure or a scale word is the number one: "une tonne de haschisch" (1,000
 * kg), "a kilogram of heroin", "un millón de dólares", "eine Tonne Heroin". Elsewhere an article counts
 * only as an item of a list (listed.ts). A collective noun after an article or a cue of approximation is
 * about that many ("une centaine de policiers", "hơn chục người").
 */
import { opensSentence } from '../text/sentences.js';
import type { Document } from '../types.js';
import type { Candidate } from './count.js';
import type { CompiledLexicon, UnitEntry } from './lexicon.js';
import { indefiniteArticles, sentenceAt } from './listed.js';
import { phraseEndingAt } from './phrases.js';
import { matchUnit } from './read.js';
import type { Token } from './tokens.js';

/** "500,000 dong a kilogram", "2 euros le kilo… un kilo": after an amount, the article means "per". */
function isPrice(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 2; k--) {
    const t = tokens[k]!;
    if (t.kind === 'num') return true;
    if (t.kind !== 'word') return false;
    const u = matchUnit(tokens, k, lex);
    if (u && (u.entry.currency !== undefined || u.entry.unit === 'vnd')) return true;
  }
  return false;
}

/** The value of the collective noun at k ("centaine", "dozen", vi "chục"), as written where number words keep their marks. */
function collectiveAt(
  doc: Document,
  tokens: readonly Token[],
  k: number,
  lex: CompiledLexicon,
): number | undefined {
  const t = tokens[k];
  if (t?.kind !== 'word') return undefined;
  if (lex.collectivesExact)
    return lex.collectivesExact.get(doc.body.slice(t.start, t.end).normalize('NFC').toLowerCase());
  return lex.collectives.get(t.text, false);
}

/** The measure or the scale (and what it counts) after the article at j, as a figure of value one. */
function measureAfter(
  doc: Document,
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
): Candidate | null {
  const next = tokens[j + 1];
  if (next?.kind !== 'word' || isPrice(tokens, j, lex)) return null;
  const start = tokens[j]!.start;
  const sentence = sentenceAt(doc, start);
  const measure = matchUnit(tokens, j + 1, lex);
  if (measure && measure.entry.unit === 'kg' && measure.end === undefined)
    return {
      index: j,
      start,
      end: tokens[measure.last]!.end,
      value: measure.entry.factor,
      unit: 'kg',
      sentence,
    };
  // "une centaine de policiers", "a dozen suspects": about that many of what the noun names.
  const collective = collectiveAt(doc, tokens, j + 1, lex);
  const scale = collective ?? lex.scales.get(next.text);
  if (scale === undefined || (collective === undefined && scale < 1000)) return null;
  return countedAfter(doc, tokens, j, j + 2, scale, lex);
}

/** Whether the word at k is a collective or a scale ("dozen", "decena", "centaine", "million"): an article before it is the number's. */
export function isMeasureWordAt(
  doc: Document,
  tokens: readonly Token[],
  k: number,
  lex: CompiledLexicon,
): boolean {
  return collectiveAt(doc, tokens, k, lex) !== undefined || scaleAt(tokens, k, lex) !== undefined;
}

/** The value of the scale word at k ("millones", "million"), if it is one. */
function scaleAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): number | undefined {
  const t = tokens[k];
  return t?.kind === 'word' ? lex.scales.get(t.text) : undefined;
}

/** What the scale or collective ending at `from` - 1 counts, as a figure starting at token j. */
function countedAfter(
  doc: Document,
  tokens: readonly Token[],
  j: number,
  from: number,
  scale: number,
  lex: CompiledLexicon,
): Candidate | null {
  // "mil millones de VND", "a thousand million": a scale word after the collective multiplies it.
  let k = from;
  for (let s = scaleAt(tokens, k, lex); s !== undefined; s = scaleAt(tokens, k, lex)) {
    scale *= s;
    k++;
  }
  // "un million de dollars", "a million people": the scale's noun, after a connector, says what it counts.
  const of = tokens[k];
  if (of?.kind === 'word' && lex.connectors.has(of.text)) k++;
  const unit = matchUnit(tokens, k, lex) ?? unknownNoun(tokens, k, lex);
  // "십만 갑을": where words glue, a particle may follow the unit inside its word.
  if (!unit || unit.entry.counter || (unit.end !== undefined && !lex.glued)) return null;
  const start = tokens[j]!.start;
  return {
    index: j,
    start,
    end: unit.end ?? tokens[unit.last]!.end,
    value: scale * unit.entry.factor,
    unit: unit.entry.unit,
    currency: unit.entry.currency,
    sentence: sentenceAt(doc, start),
  };
}

/**
 * "hơn chục người", "more than a dozen" without its article ("over dozen" is rare, vi has none): a collective
 * right after a cue of approximation, with no article of its own, counts about that many.
 */
function approximateCollective(
  doc: Document,
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
): Candidate | null {
  const before = tokens[j - 1];
  // "dos mil millones": the collective is a scale of the number before it (read.ts), no number of its own.
  if (before?.kind === 'num' || (before?.kind === 'word' && lex.indefinite?.has(before.text))) return null;
  // vi "hàng chục triệu đồng" (tens of millions of dong): a word of plural vagueness makes it no count, scale or none.
  if (before?.kind === 'word' && lex.vagueBeforeMultiplier.has(before.text)) return null;
  // "mil millones de VND": a collective before a scale word is a number of its own, cue or none.
  const scaled = scaleAt(tokens, j + 1, lex) !== undefined;
  if (
    !scaled &&
    !headlineCollective(doc, tokens, j, lex) &&
    (before?.kind !== 'word' || phraseEndingAt(tokens, j - 1, lex.approximate) === 0)
  )
    return null;
  const value = collectiveAt(doc, tokens, j, lex);
  return value === undefined ? null : countedAfter(doc, tokens, j, j + 1, value, lex);
}

/**
 * "Twintigtal doden bij overstromingen" (some twenty dead in floods): a headline drops the article a collective
 * needs, so one that opens its line or sentence counts about that many. Only where the language has an
 * indefinite article: without one (sk, ru) the plural forms "stovky", "сотни" (hundreds) open sentences too.
 */
function headlineCollective(
  doc: Document,
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
): boolean {
  return lex.indefinite !== null && opensSentence(doc.body, tokens[j]!.start);
}

/** A word that may be a noun no unit word names ("une dizaine de sacs", "a million tablets"): `other`. */
function unknownNoun(
  tokens: readonly Token[],
  k: number,
  lex: CompiledLexicon,
): { entry: UnitEntry; last: number; end?: number } | null {
  const t = tokens[k];
  if (
    t?.kind !== 'word' ||
    lex.functionWords.has(t.text) ||
    lex.connectors.has(t.text) ||
    // "a dozen others": more of what was counted before, not a thing of its own.
    lex.ellipticAfter.has(t.text) ||
    lex.ellipticBefore.has(t.text) ||
    // "une dizaine d'années", "a thousand kilometres": a span or a length, no count.
    lex.durations.has(t.text) ||
    lex.distances.has(t.text) ||
    lex.months.has(t.text)
  )
    return null;
  return { entry: { unit: 'other', factor: 1 }, last: k };
}

/**
 * bn "এক লাখ হেক্টর" (one lakh hectares): a word of one the lexicon gives only to a scale word after it
 * (oneBeforeMultiplier, in a lexicon whose numbers are not multiplied: multiplied.ts reads those).
 */
function oneBeforeScale(doc: Document, tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j]!;
  return (
    !lex.multipliedNumbers &&
    t.kind === 'word' &&
    // Asked of every word of the article: the shape test slices none of them (most lexicons list no such word).
    lex.oneBeforeMultiplier.mayHoldSlice(doc.folded, t.start, t.end) &&
    lex.oneBeforeMultiplier.has(t.text) &&
    (scaleAt(tokens, j + 1, lex) ?? 0) >= 1000
  );
}

/** The counted figures with the measures of one added, in text order. */
export function withArticleMeasures(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
  counted: Candidate[],
): Candidate[] {
  const found: Candidate[] = [];
  const articles = indefiniteArticles(doc, tokens, lex);
  for (let j = 0; j < tokens.length - 1; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') continue;
    if (lex.collectives.mayHoldSlice(doc.folded, t.start, t.end)) {
      const c = approximateCollective(doc, tokens, j, lex);
      if (c) {
        found.push(c);
        continue;
      }
    }
    if (articles[j] !== 1 && !oneBeforeScale(doc, tokens, j, lex)) continue;
    const c = measureAfter(doc, tokens, j, lex);
    if (c) found.push(c);
  }
  if (found.length === 0) return counted;
  return [...counted, ...found].sort((a, b) => a.start - b.start);
}
