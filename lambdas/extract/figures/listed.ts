/**
 * Items of a list of counted things written with an indefinite article, which also means "one": "saisi une
 * voiture, une moto et quatre portables", "18,000 pills, a motorbike, and other evidence", "tre taiwaneser och
 * en kines". Outside such a list an article counts nothing ("a man named Toan", "une enquête").
 */
import { lowerBound } from '../text/search.js';
import type { Document } from '../types.js';
import type { Unit } from '../../shared/vocabulary.js';
import type { Candidate } from './count.js';
import type { CompiledLexicon } from './lexicon.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import { demonymLast, matchUnit } from './read.js';
import type { Token } from './tokens.js';

/** Things counted one by one; money, masses, shares and places are never "a" of a list of seized goods. */
const ITEMS: ReadonlySet<Unit> = new Set<Unit>([
  'person',
  'vehicle',
  'weapon',
  'camera',
  'document',
  'parcel',
  'account',
  'other',
]);

/** No indefinite article is longer ("einem", "eines"; FiguresLexiconSchema.indefinite enforces it). */
const ARTICLE_LENGTH = 5;

/** Token t is one of the lexicon's indefinite articles ("a", "une", "einem"). */
export function isIndefiniteArticle(doc: Document, t: Token, lex: CompiledLexicon): boolean {
  const articles = lex.indefinite;
  // Articles are short words: the length test spares slicing every word of the text.
  return (
    t.kind === 'word' &&
    articles !== null &&
    t.end - t.start <= ARTICLE_LENGTH &&
    articles.mayHoldSlice(doc.folded, t.start, t.end) &&
    articles.has(t.text)
  );
}

/**
 * The answers of indefiniteArticles, by token array, with the lexicon and text each was computed for: held
 * weakly, so that an article's tokens (millions in the largest file) are not kept alive after it.
 */
const kept = new WeakMap<
  readonly Token[],
  { readonly lex: CompiledLexicon; readonly folded: string; readonly articles: Uint8Array }
>();

/**
 * Per token of `tokens`, 1 where it is one of the lexicon's indefinite articles (isIndefiniteArticle), else 0.
 * Four passes over the same tokens ask it of every token (listed singles, fated singles, lone ones, measures
 * of one: about 2 % of the engine when each asked on its own), so it is answered once per token array and
 * given again while the lexicon and the text are the same.
 */
export function indefiniteArticles(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
): Uint8Array {
  const hit = kept.get(tokens);
  if (hit !== undefined && hit.lex === lex && hit.folded === doc.folded) return hit.articles;
  const articles = new Uint8Array(tokens.length);
  if (lex.indefinite !== null)
    for (let j = 0; j < tokens.length; j++) if (isIndefiniteArticle(doc, tokens[j]!, lex)) articles[j] = 1;
  kept.set(tokens, { lex, folded: doc.folded, articles });
  return articles;
}

/** Punctuation that closes a clause: a list never runs across it. */
const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '(', ')', '«', '»', '"', '“', '”']);

interface Item {
  /** Token index of the article, and of the last word of its noun. */
  readonly first: number;
  readonly last: number;
  readonly unit: Unit;
  /** The noun is no unit word of the lexicon ("un téléphone portable"): counted as `other`, on more evidence. */
  readonly unknown?: true;
}

function isComma(t: Token | undefined): boolean {
  return t?.kind === 'punct' && t.text === ',';
}

function isConjunction(t: Token | undefined, lex: CompiledLexicon): boolean {
  return t?.kind === 'word' && lex.conjunctions.has(t.text);
}

/** Tokens of the list separator starting at k (",", "and", ", and"), 0 if none; whether it has a conjunction. */
function separatorAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): [number, boolean] {
  if (isConjunction(tokens[k], lex)) return [1, true];
  if (isComma(tokens[k])) return isConjunction(tokens[k + 1], lex) ? [2, true] : [1, false];
  return [0, false];
}

/** Tokens of the list separator ending at k, 0 if none; whether it has a conjunction. */
function separatorEndingAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): [number, boolean] {
  if (isConjunction(tokens[k], lex)) return [isComma(tokens[k - 1]) ? 2 : 1, true];
  if (isComma(tokens[k])) return [1, false];
  return [0, false];
}

/** Whether the item before the separator ending at k (back to the previous separator) holds a counted figure. */
function countedBefore(
  tokens: readonly Token[],
  k: number,
  lex: CompiledLexicon,
  counted: ReadonlySet<number>,
  /** Look this far back, across commas and conjunctions (a whole before a partitive), else one item back. */
  clause = 0,
) {
  for (let j = k; j >= 0 && j > k - Math.max(10, clause); j--) {
    const t = tokens[j]!;
    if (counted.has(j)) return true;
    if (t.kind === 'punct' && CLAUSE_END.has(t.text)) return false;
    if (clause === 0 && ((t.kind === 'punct' && t.text === ',') || isConjunction(t, lex))) return false;
  }
  return false;
}

/** Index of the sentence holding offset `at`. */
export function sentenceAt(doc: Document, at: number): number {
  return Math.max(0, lowerBound(doc.sentences.length, (k) => doc.sentences[k]!.start <= at) - 1);
}

/** The counted figures with the listed singles added, in text order. */
export function withListedSingles(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
  counted: Candidate[],
): Candidate[] {
  if (counted.length === 0) return counted;
  const countedAt = new Set(counted.map((c) => c.index));
  const items: Item[] = [];
  const articles = indefiniteArticles(doc, tokens, lex);
  for (let j = 0; j < tokens.length - 1; j++) {
    const t = tokens[j]!;
    // An article, or "one" spelled and left uncounted ("…, one motorcycle, and one mobile phone").
    const single =
      t.kind === 'word'
        ? articles[j] === 1
        : t.kind === 'num' && t.spelled && t.value === 1 && !countedAt.has(j);
    if (!single) continue;
    // "a military gun", "une moto neuve": the unit noun right after the article or after one adjective.
    const u = matchUnit(tokens, j + 1, lex) ?? afterAdjective(doc.body, tokens, j + 1, lex);
    if (u) {
      if (u.end !== undefined || u.entry.counter || u.entry.currency || !ITEMS.has(u.entry.unit)) continue;
      items.push({ first: j, last: u.last, unit: u.entry.unit });
      continue;
    }
    // "deux Laotiens et un Vietnamien": a nationality noun is a person, as after a number (read.ts).
    const demonym = demonymLast(tokens, j + 1, lex);
    if (demonym !== undefined) {
      items.push({ first: j, last: demonym, unit: 'person' });
      continue;
    }
    const noun = tokens[j + 1]!;
    // "une somme de 17 millions", "a total of": the noun introduces an amount counted on its own.
    const of = tokens[j + 2];
    if (of?.kind === 'word' && lex.connectors.has(of.text)) continue;
    // "a huge amount of drugs", "una cantidad enorme de": a noun of amount, before or after one adjective. An
    // adjective alone is no amount: "un téléphone portable de marque Samsung" is one listed phone.
    if (isAmountNoun(noun, lex) || isAmountNoun(of, lex)) continue;
    // An article holding a person classifier (bn "একজন") counts a person whatever follows it.
    const unit = t.kind === 'word' && lex.personArticles.has(t.text) ? 'person' : 'other';
    if (noun.kind === 'word' && isCommonNoun(doc.body, noun, lex))
      items.push({ first: j, last: j + 1, unit, unknown: true });
  }
  if (items.length === 0) return counted;
  // Token indexes that stand for a counted thing: the figures' numbers, and the items found to be listed.
  const listed = new Set(counted.map((c) => c.index));
  const byFirst = new Map(items.map((it) => [it.first, it]));
  const found = new Set<Item>();
  function isListed(it: Item): boolean {
    if (it.unknown) {
      // A noun the lexicon does not know counts only as the last of a longer list: "6,000 pills, one
      // motorcycle, and one mobile phone", never "5 kg of heroin and a spokesman said", "In a raid, 12…".
      const [before, beforeConj] = separatorEndingAt(tokens, it.first - 1, lex);
      return beforeConj && listLength(tokens, it.first - 1 - before, lex, listed) >= 2;
    }
    // "5 people, including a foreigner", "duas pessoas, incluindo um estrangeiro": one of the whole just counted.
    if (phraseEndingAt(tokens, it.first - 1, lex.ellipticBefore) > 0)
      return countedBefore(tokens, it.first - 1, lex, listed, 20);
    const tail = modifiersEnd(tokens, it.last, lex, listed);
    const [after, afterConj] = separatorAt(tokens, tail + 1, lex);
    // "a car and about 10 motorbikes", "và hơn 10 xe máy": the next item may be approximate.
    const next = tail + 1 + after + (after > 0 ? phraseAt(tokens, tail + 1 + after, lex.approximate) : 0);
    if (after > 0 && listed.has(next)) {
      // A comma alone joins a list only when the list goes on after the next item ("a car, 3 phones and"):
      // "In a raid, 5 people were arrested" is a clause, not a list.
      const nextItem = byFirst.get(next);
      if (afterConj || nextItem !== undefined || continues(tokens, next, lex)) return true;
    }
    const [before, beforeConj] = separatorEndingAt(tokens, it.first - 1, lex);
    if (before === 0) return false;

    // "3 kg of heroin and a car"; after a comma only when the item closes too ("…, a police officer said").
    if (!beforeConj && !closes(tokens, it.last + 1, lex)) return false;
    return countedBefore(tokens, it.first - 1 - before, lex, listed);
  }
  // Until nothing changes: an item is listed through its neighbour ("une voiture, une moto, quatre
  // portables"; "12 kg d'opium, un camion et une moto").
  for (let changed = true; changed;) {
    changed = false;
    for (const it of items) {
      if (found.has(it) || !isListed(it)) continue;
      found.add(it);
      listed.add(it.first);
      changed = true;
    }
  }
  if (found.size === 0) return counted;
  const singles: Candidate[] = [...found].map((it) => {
    const start = tokens[it.first]!.start;
    return {
      index: it.first,
      start,
      end: tokens[it.last]!.end,
      value: 1,
      unit: it.unit,
      sentence: sentenceAt(doc, start),
    };
  });
  return [...counted, ...singles].sort((a, b) => a.start - b.start);
}

function isAmountNoun(t: Token | undefined, lex: CompiledLexicon): boolean {
  return t?.kind === 'word' && lex.amountNouns.has(t.text);
}

/** Words that may follow an item's noun before its separator: "xe ôtô bảy chỗ", "moto neuve". */
const MODIFIERS = 2;

/**
 * The last token of an item whose noun ends at `last`, with the modifiers written after the noun ("một xe
 * ôtô bảy chỗ và…", a seven-seat car): words or uncounted numbers, up to the separator that follows them.
 */
function modifiersEnd(
  tokens: readonly Token[],
  last: number,
  lex: CompiledLexicon,
  counted: ReadonlySet<number>,
): number {
  for (let k = last + 1; k <= last + MODIFIERS + 1; k++) {
    if (separatorAt(tokens, k, lex)[0] > 0) return k - 1;
    const t = tokens[k];
    if (t === undefined || t.kind === 'punct' || counted.has(k)) return last;
  }
  return last;
}

/** The unit noun after the adjective at token k ("military gun", "stolen motorbike"), in a list item. */
function afterAdjective(body: string, tokens: readonly Token[], k: number, lex: CompiledLexicon) {
  const adjective = tokens[k];
  if (
    adjective?.kind !== 'word' ||
    !isCommonNoun(body, adjective, lex) ||
    lex.conjunctions.has(adjective.text) ||
    // "a dozen firefighters", "a million tablets": a number, read by measured.ts.
    lex.collectives.get(adjective.text) !== undefined ||
    lex.scales.get(adjective.text) !== undefined
  )
    return null;
  return matchUnit(tokens, k + 1, lex);
}

/** Items before the separator ending at k that hold a counted thing, each set off by a comma. */
function listLength(
  tokens: readonly Token[],
  k: number,
  lex: CompiledLexicon,
  counted: ReadonlySet<number>,
): number {
  let n = 0;
  let holds = false;
  for (let j = k; j >= 0 && j > k - 30; j--) {
    const t = tokens[j]!;
    if (counted.has(j)) holds = true;
    const comma = isComma(t);
    if (comma || isConjunction(t, lex) || (t.kind === 'punct' && CLAUSE_END.has(t.text)) || j === 0) {
      if (!holds) return n;
      n++;
      holds = false;
      if (!comma) return n;
    }
  }
  return n;
}

/** A word that is no name (nor a lower-case word in German), function word, connector or date word: a noun. */
function isCommonNoun(body: string, t: { start: number; text: string }, lex: CompiledLexicon): boolean {
  return (
    UPPER.test(body[t.start] ?? '') === lex.nounsCapitalized &&
    !lex.functionWords.has(t.text) &&
    !lex.connectors.has(t.text) &&
    !lex.months.has(t.text) &&
    !lex.durations.has(t.text)
  );
}

const UPPER = /\p{Lu}/u;

/** The item whose last token is k is followed by another list separator. */
function continues(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const t = tokens[j]!;
    if (isComma(t) || isConjunction(t, lex)) return true;
    if (t.kind === 'punct' && CLAUSE_END.has(t.text)) return false;
  }
  return false;
}

/** The token at k ends the item: a separator, the end of a clause or of the text. */
function closes(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k];
  return (
    t === undefined || isComma(t) || isConjunction(t, lex) || (t.kind === 'punct' && CLAUSE_END.has(t.text))
  );
}
