/**
 * "One" written with the word that is both the numeral and the indefinite article (vi "một", hi "एक", ur
 * "ایک", bn "একটি/একজন") counts where a digit would be a figure: in a tally, the object or subject of an
 * arrest, a seizure, a rescue, a prosecution or a destruction ("bắt giữ một đối tượng", one subject arrested;
 * "thu giữ một xe ô tô", one car seized; "ایک ٹرک … ضبط", one truck seized). Elsewhere it is an article
 * introducing an actor or a thing ("một người đàn ông đi xe máy", a man on a motorbike; "ایک ٹرک نے ٹکر
 * ماری", a truck hit), no count: the convention of tuning.gold.json's `about`. The verbs are the lexicon's
 * (`tallies`); a death or an injury after a person is fated.ts's (fatesAfter).
 */
import type { Document } from '../types.js';
import type { Unit } from '../../shared/vocabulary.js';
import type { Candidate } from './count.js';
import type { CompiledLexicon } from './lexicon.js';
import { indefiniteArticles, sentenceAt } from './listed.js';
import { phraseAt, phraseEndingAt } from './phrases.js';
import { isMeasureWordAt } from './measured.js';
import { matchUnit, matchUnitAsWritten } from './read.js';
import { lowerBound } from '../text/search.js';
import type { Token } from './tokens.js';

/** What a tally counts one by one: persons, goods, cases, places raided; never money, groups or localities. */
const TALLIED: ReadonlySet<Unit> = new Set<Unit>([
  'person',
  'case',
  'kg',
  'camera',
  'weapon',
  'vehicle',
  'document',
  'parcel',
  'account',
  'point',
  'other',
]);

/** Words read between "one" and its noun: a classifier ("một chiếc xe") or modifiers ("ایک مشتبہ شخص"). */
const MAX_BETWEEN = 2;

/** Tokens read between "one" and its noun when a verb of the tally is right before it (hyphens included). */
const MAX_BETWEEN_OBJECT = 5;

/**
 * Tokens read after the noun for the verb of the tally: verbs close the clause in hi, ur and bn, after the
 * objects and adverbials ("ایک مشتبہ شخص کو تفتیش کے لیے … گرفتار"); a number, a mark or another "one" ends it.
 */
const REACH = 10;

/** The longest case ending read after a noun glued to it (bn "-কে", "-দের"). */
const MAX_ENDING = 3;

type UnitMatch = ReturnType<typeof matchUnit>;

/**
 * A unit noun a tally counts one by one: no counter, no money, no scaled measure ("seized a ton of", 1,000 kg, is
 * measured.ts's), a glued noun only with a short case ending.
 */
function tallied(tokens: readonly Token[], u: UnitMatch): u is NonNullable<UnitMatch> {
  if (u === null || u.entry.counter || u.entry.currency || !TALLIED.has(u.entry.unit)) return false;
  if (u.entry.factor !== 1) return false;
  // bn "ব্যক্তিকে" (the person, object): a noun of a glued script keeps its short case ending.
  return u.end === undefined || tokens[u.last]!.end - u.end <= MAX_ENDING;
}

/** The counted noun after "one": its unit, its last token and the case ending glued to that token ("" if none). */
interface Noun {
  readonly unit: Unit;
  readonly last: number;
  readonly ending: string;
}

/**
 * The counted noun after "one" at j, or null: "một số" (some) is an amount. A group counts only as the object of a
 * verb of the tally right before it (`asObject`): "triệt phá một đường dây", "bắt quả tang một nhóm đối tượng" (one
 * ring busted, one group caught), where a group named elsewhere is an actor ("một nhóm thanh niên", a group of
 * youths): the convention of tuning.gold.json's `about` (sessions 54 and 55).
 */
function nounAfterOne(
  body: string,
  tokens: readonly Token[],
  j: number,
  lex: CompiledLexicon,
  articles: Uint8Array,
  asObject: boolean,
): Noun | null {
  // The object of the verb may carry more modifiers, joined by hyphens ("busted a cross-border drug trafficking
  // ring"); a function word still ends the search ("arrested a man in a car").
  const reach = j + 1 + (asObject ? MAX_BETWEEN_OBJECT : MAX_BETWEEN);
  for (let k = j + 1; k <= reach; k++) {
    const t = tokens[k];
    if (asObject && isHyphen(t) && k > j + 1) continue;
    if (t?.kind !== 'word' || articles[k] === 1 || lex.amountNouns.has(t.text)) return null;
    const u = matchUnitAsWritten(body, tokens, k, lex);
    if (u) {
      // "một nhóm đối tượng" (a group of subjects) is one group, not one person; "a group of five", "un groupe de
      // cinq" is counted by its size, the group no count of its own.
      if (asObject && bustedGroup(tokens, u))
        return sizedAfter(tokens, u.last, lex) ? null : { unit: 'group', last: u.last, ending: '' };
      if (!tallied(tokens, u)) return null;
      // bn "একটি গাড়ি চালককে" (a car driver): a thing naming the trade of the person after it is no count of
      // its own, and ur "ایک مشتبہ شخص" (a suspect person) is one person ending at the second noun; a place or a
      // vehicle after a person is where he was ("একজন ব্যক্তিকে গাড়িতে", a person in a car).
      const next = tokens[u.last + 1]?.kind === 'word' ? matchUnit(tokens, u.last + 1, lex) : null;
      const head = tallied(tokens, next) && next.entry.unit === 'person' ? next : u;
      const t = tokens[head.last] as Token & { text: string };
      const ending = head.end === undefined ? '' : t.text.slice(t.text.length - (t.end - head.end));
      return { unit: head.entry.unit, last: head.last, ending };
    }
    if (lex.functionWords.has(t.text)) return null;
  }
  return null;
}

/** A number right after a group noun, or after one function word, is its size ("of five", "de cinq", "of 59"). */
function sizedAfter(tokens: readonly Token[], last: number, lex: CompiledLexicon): boolean {
  const next = tokens[last + 1];
  if (next?.kind === 'num') return true;
  return next?.kind === 'word' && lex.connectors.has(next.text) && tokens[last + 2]?.kind === 'num';
}

function isHyphen(t: Token | undefined): boolean {
  return t?.kind === 'punct' && t.text === '-';
}

/** A group noun written as a word of its own (no counter, no glued ending). */
function bustedGroup(tokens: readonly Token[], u: NonNullable<UnitMatch>): boolean {
  return u.entry.unit === 'group' && !u.entry.counter && u.end === undefined;
}

/** Particles read between the verb of a tally and "one" (vi "bắt giữ được thêm một", "truy bắt thành công một"). */
const MAX_PARTICLES = 2;

/**
 * A verb of the tally ends right before "one" at j, or before its particles (`tallies.between`: "bắt giữ được
 * một", "khởi tố thêm một", "triệt phá thành công một"), on its line ("bắt giữ một", "thu giữ một").
 */
function tallyBefore(body: string, tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  if (lex.tallyBefore === null) return false;
  let end = j - 1;
  for (let p = 0; p < MAX_PARTICLES; p++) {
    const n = tokens[end]?.kind === 'word' ? phraseEndingAt(tokens, end, lex.tallyBetween) : 0;
    if (n === 0) break;
    end -= n;
  }
  const n = phraseEndingAt(tokens, end, lex.tallyBefore);
  return n > 0 && !body.slice(tokens[end - n + 1]!.end, tokens[j]!.start).includes('\n');
}

/**
 * Whether the noun is whose or where from (a genitive or an ablative: "एक व्यक्ति के पास से", "একজন ব্যক্তির
 * কাছ থেকে"), unless the verbal noun of the tally follows right after ("एक व्यक्ति की गिरफ्तारी", the arrest
 * of one person).
 */
function oblique(tokens: readonly Token[], noun: Noun, lex: CompiledLexicon): boolean {
  if (lex.tallyAfter === null) return false;
  if (noun.ending !== '' && lex.tallyObliques.has(noun.ending))
    return phraseAt(tokens, noun.last + 1, lex.tallyAfter) === 0;
  const mark = tokens[noun.last + 1];
  if (mark?.kind !== 'word' || !lex.tallyObliques.has(mark.text)) return false;
  return phraseAt(tokens, noun.last + 2, lex.tallyAfter) === 0;
}

/**
 * A verb of the tally follows the noun in its clause, the noun not being its doer, nor whose or where from,
 * nor cut from the verb by another noun marked as its object.
 */
function tallyAfter(
  doc: Document,
  tokens: readonly Token[],
  noun: Noun,
  lex: CompiledLexicon,
  articles: Uint8Array,
): boolean {
  if (lex.tallyAfter === null) return false;
  const { last } = noun;
  const mark = tokens[last + 1];
  if (mark?.kind === 'word' && lex.tallyDoers.has(mark.text)) return false;
  if (oblique(tokens, noun, lex)) return false;
  for (let k = last + 1; k <= last + REACH; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word' || articles[k] === 1) return false;
    if (phraseAt(tokens, k, lex.tallyAfter) > 0)
      return !(
        noun.unit === 'vehicle' &&
        phraseAt(tokens, k, lex.tallyHarms) > 0 &&
        inCrash(doc, tokens, k, lex)
      );
    if (k > last + 1 && lex.tallyObjects.has(t.text)) return false;
  }
  return false;
}

/** The sentence of token j names a road crash: a vehicle harmed there is its actor, not a tally. */
function inCrash(doc: Document, tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const s = doc.sentences[sentenceAt(doc, tokens[j]!.start)];
  if (s === undefined) return false;
  // One pass over the sentence's tokens, from its first (found by halving) to its end; token j is read even
  // when the sentence ends before it, as it opens the scan.
  const first = lowerBound(j + 1, (k) => tokens[k]!.start < s.start);
  for (let k = first; k < tokens.length && (k <= j || tokens[k]!.start < s.end); k++)
    if (tokens[k]!.kind === 'word' && phraseAt(tokens, k, lex.tallyCrashes) > 0) return true;
  return false;
}

/** The figures with the tallied ones added, in text order. */
export function withTallySingles(
  doc: Document,
  tokens: readonly Token[],
  lex: CompiledLexicon,
  counted: Candidate[],
): Candidate[] {
  if (lex.indefinite === null || (lex.tallyBefore === null && lex.tallyAfter === null)) return counted;
  const taken = new Set(counted.map((c) => c.index));
  const articles = indefiniteArticles(doc, tokens, lex);
  const found: Candidate[] = [];
  for (let j = 0; j < tokens.length - 1; j++) {
    // "seized a dozen motorbikes", "detuvo a una decena de implicados": the article is the collective's (measured.ts).
    if (articles[j] !== 1 || taken.has(j) || isMeasureWordAt(doc, tokens, j + 1, lex)) continue;
    const before = tallyBefore(doc.body, tokens, j, lex);
    const noun = nounAfterOne(doc.body, tokens, j, lex, articles, before);
    if (!noun || !(before || tallyAfter(doc, tokens, noun, lex, articles))) continue;
    const t = tokens[j]!;
    found.push({
      index: j,
      start: t.start,
      end: tokens[noun.last]!.end,
      value: 1,
      unit: noun.unit,
      sentence: sentenceAt(doc, t.start),
    });
  }
  if (found.length === 0) return counted;
  return [...counted, ...found].sort((a, b) => a.start - b.start);
}
