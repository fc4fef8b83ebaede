/**
 * People stage: Vietnamese personal names acting or quoted in the article, with their rank (normalized to
 * English) and role (as written). Names are found by shape (a family name from the data, then one to three
 * capitalised Vietnamese syllables, with or without diacritics); the words around them decide whether
 * the name is a person (rank, honorific, role) or a place ("province de Cao Bang", "Hoang Tan ward").
 */
import type { Person } from '../../shared/article.js';
import { stripCredit } from '../structure/index.js';
import { fold } from '../text/fold.js';
import { splitSentences, type Span } from '../text/sentences.js';
import type { Document } from '../types.js';
import { compilePeople, loadPeopleLexicons, lower, mergeLexicons, type CompiledPeople } from './lexicon.js';
import { findNameCandidates, wordOffsets, type NameCandidate } from './names.js';
import { isVietnameseSyllable } from './syllable.js';
import { compileTitleCues, findTitledCandidates, type TitleCues } from './titled.js';

export interface PeopleOptions {
  isPlaceName: (name: string) => boolean;
  /**
   * Photo caption lines as structure found them (Structure.captions). Optional: people who appear only in a
   * caption ("Colonel X hands over awards – Photo: Y") are still people of the article; the credit ("Y")
   * is removed before reading, so photographers are not.
   */
  captions?: readonly string[];
}

const LEXICONS = loadPeopleLexicons();
interface LanguageData {
  readonly lex: CompiledPeople;
  readonly families: FamilyNames;
  readonly titles: TitleCues;
}
const compiled = new Map<string, LanguageData>();

export interface FamilyNames {
  /** Exact (NFC, lower case) forms with diacritics: "đặng" but not "đảng". */
  readonly exact: ReadonlySet<string>;
  /** Folded forms, for names written without diacritics. */
  readonly folded: ReadonlySet<string>;
}

function forLanguage(language: string): LanguageData {
  const hit = compiled.get(language);
  if (hit) return hit;
  const own = LEXICONS.get(language);
  const vi = LEXICONS.get('vi');
  // Rank words of the article's language, plus Vietnamese (ranks left untranslated, family names).
  // A language without data falls back to every lexicon at once.
  const parts = own ? [own, ...(vi && vi !== own ? [vi] : [])] : [...LEXICONS.values()];
  const merged = mergeLexicons(parts);
  // Words that rule a titled run out are those of every lexicon read: a Vietnamese title left untranslated
  // ("Phó Giám đốc") is as much a non-name as the article's own words.
  const titles = compileTitleCues(parts, language === 'vi');
  if (own && vi && vi !== own) {
    // Honorifics, roles and place words stay those of the article's language: Vietnamese "anh", "cô" or
    // "bản" are ordinary words elsewhere.
    merged.honorifics = own.honorifics;
    merged.roleWords = own.roleWords;
    merged.placeWords = own.placeWords;
    merged.placePrepositions = own.placePrepositions;
    merged.articles = own.articles;
  }
  const families: FamilyNames = {
    exact: new Set(merged.familyNames.map((n) => lower(n.normalize('NFC')))),
    folded: new Set(merged.familyNames.map((n) => fold(n))),
  };
  const entry = { lex: compilePeople(merged), families, titles };
  compiled.set(language, entry);
  return entry;
}

interface Mention {
  readonly name: string;
  readonly rank: string | null;
  readonly role: string | null;
}

export function findPeople(doc: Document, opts: PeopleOptions): Person[] {
  const { lex, families, titles } = forLanguage(doc.language);
  const mentions: Mention[] = [];
  const texts: Array<{ text: string; sentences: readonly Span[] }> = [
    { text: doc.body, sentences: doc.sentences },
    ...(opts.captions ?? []).map((caption) => {
      const text = stripCredit(caption);
      return { text, sentences: splitSentences(text) };
    }),
  ];
  for (const { text, sentences } of texts) {
    const lowered = lower(text);
    const offsets = wordOffsets(text);
    let covered = 0;
    for (const candidate of candidates(text, offsets, families, lex, titles)) {
      if (candidate.start < covered) continue;
      const sentence = sentenceAt(sentences, candidate.start);
      const m = judge(text, lowered, sentence ?? { start: 0, end: text.length, text }, candidate, lex, opts);
      if (!m) continue;
      mentions.push(m);
      if (candidate.titled) covered = candidate.end;
    }
  }
  return merge(mentions);
}

/**
 * Candidates by shape and by title, in text order; an accepted titled run hides the shape candidates inside
 * it (findPeople). Where both start at the same word the shape reading stands, unless the titled run goes
 * on with words that are no Vietnamese syllables: the Ede family name after a given name ("Y Phôn Niê
 * Kdăm", of which the shape reading keeps "Y Phôn Niê"). The titled run then comes first, the shape
 * reading staying behind it in case the title is not confirmed.
 */
function candidates(
  text: string,
  offsets: readonly number[],
  families: FamilyNames,
  lex: CompiledPeople,
  titles: TitleCues,
): NameCandidate[] {
  const byShape = findNameCandidates(text, families, lex.inflectionSuffixes, offsets);
  const titled = findTitledCandidates(text, offsets, titles);
  if (titled.length === 0) return byShape;
  const shapeAt = new Map(byShape.map((c) => [c.start, c]));
  const kept = titled.filter((t) => {
    const shape = shapeAt.get(t.start);
    return shape === undefined || extendsShape(t, shape);
  });
  // Stable sort: a titled run is listed before the shape candidate at its start.
  return [...kept, ...byShape].sort((a, b) => a.start - b.start);
}

function extendsShape(titled: NameCandidate, shape: NameCandidate): boolean {
  return (
    titled.end > shape.end &&
    titled.tokens.slice(shape.tokens.length).every((t) => !isVietnameseSyllable(fold(t)))
  );
}

/** The sentence holding offset `at` (sentences are in order and do not overlap). */
function sentenceAt(sentences: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** One person per folded name, in order of first mention; later mentions fill a missing rank or role. */
function merge(mentions: readonly Mention[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const m of mentions) {
    const key = fold(m.name);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { name: m.name, rank: m.rank, role: m.role });
    else {
      seen.rank ??= m.rank;
      seen.role ??= m.role;
    }
  }
  return [...byKey.values()];
}

/** `/[,;:()«»"“”]/u` on one code unit: punctuation that ends both a clause and a role. */
function isPause(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x28: // (
    case 0x29: // )
    case 0xab: // «
    case 0xbb: // »
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
      return true;
    default:
      return false;
  }
}

/** `/[,;:()«»"“”–—]/u` on one code unit, without a regex call per character. */
function isClauseBreak(c: number): boolean {
  return isPause(c) || c === 0x2013 || c === 0x2014; // – —
}

/** `/[,;:()«»"“”.!?]/u` on one code unit: where a role after a name stops. */
function isRoleStop(c: number): boolean {
  return isPause(c) || c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?
}

function judge(
  text: string,
  lowered: string,
  sentence: Span,
  c: NameCandidate,
  lex: CompiledPeople,
  opts: PeopleOptions,
): Mention | null {
  const before = lowered.slice(Math.max(sentence.start, c.start - 160), c.start);
  const base = c.start - before.length;
  let cut = before.length;
  let honorific = false;
  const h = lex.honorificAtEnd.exec(before);
  if (h) {
    honorific = true;
    cut = h.index;
  }
  let rank: string | null = null;
  const head = before.slice(0, cut);
  const tail = head.trimEnd();
  for (const r of lex.ranks) {
    if (r.last !== null && !tail.endsWith(r.last)) continue;
    const m = r.atEnd.exec(head);
    if (m) {
      rank = r.rank;
      cut = m.index;
      break;
    }
  }
  if (!honorific && rank !== null) {
    const h2 = lex.honorificAtEnd.exec(before.slice(0, cut));
    if (h2) cut = h2.index;
  }

  const sameClause = roleBefore(text, lowered, base, base + cut, sentence.start, lex);
  const after = roleAfter(text, lowered, c.end, sentence.end, lex);
  const previousClause =
    sameClause === null && rank !== null && clauseIsEmpty(lowered, base, base + cut, lex)
      ? roleInPreviousClause(text, lowered, base, base + cut, sentence.start, lex)
      : null;
  const role = sameClause ?? after ?? previousClause;

  if (c.titled) {
    // The title is the only evidence such a name has; the words of a place stay a place after one too.
    if (rank === null && !honorific) return null;
    if (titledIsPlace(text, lowered, sentence, c, lex, opts)) return null;
  } else if (rank === null && !honorific) {
    const lowBefore = before.slice(0, cut);
    const lowAfter = lowered.slice(c.end, Math.min(sentence.end, c.end + 40));
    if (lex.placeBefore.test(lowBefore) || lex.placeAfter.test(lowAfter)) return null;
    const afterPreposition = lex.prepositionAtEnd.test(lowBefore);
    const place =
      opts.isPlaceName(c.name) || (c.tokens.length >= 3 && opts.isPlaceName(c.tokens.slice(0, 2).join(' ')));
    if (place && (afterPreposition || (sameClause === null && after === null))) return null;
    // The end of a longer place name: "Ma Thuột" of "Buôn Ma Thuột".
    if (continuesPlace(text, sentence, c, 2, opts)) return null;
    if (afterPreposition && role === null) return null;
  }
  return { name: c.name, rank, role };
}

/**
 * A titled run that is (or starts) a place, alone or with the capitalised title word before it ("Bà Rịa
 * Vũng Tàu" after the honorific "bà"), or that a place word follows ("Major Road").
 */
function titledIsPlace(
  text: string,
  lowered: string,
  sentence: Span,
  c: NameCandidate,
  lex: CompiledPeople,
  opts: PeopleOptions,
): boolean {
  if (lex.placeAfter.test(lowered.slice(c.end, Math.min(sentence.end, c.end + 40)))) return true;
  for (let n = c.tokens.length; n >= 1; n--)
    if (opts.isPlaceName(c.tokens.slice(0, n).join(' '))) return true;
  return continuesPlace(text, sentence, c, 1, opts);
}

const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*) $/u;

/**
 * Whether the capitalised word right before the candidate (one space between) and the candidate's first
 * `minTokens` or more words form a place name.
 */
function continuesPlace(
  text: string,
  sentence: Span,
  c: NameCandidate,
  minTokens: number,
  opts: PeopleOptions,
): boolean {
  const word = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(sentence.start, c.start - 30), c.start))?.[1];
  if (word === undefined) return false;
  for (let n = c.tokens.length; n >= minTokens; n--) {
    if (opts.isPlaceName(`${word} ${c.tokens.slice(0, n).join(' ')}`)) return true;
  }
  return false;
}

function trimRole(text: string): string {
  return text.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '');
}

function stripArticles(
  text: string,
  lowered: string,
  lex: CompiledPeople,
): { text: string; lowered: string } {
  const lead = text.length - text.trimStart().length;
  let t = text.slice(lead).trimEnd();
  let l = lowered.slice(lead, lead + t.length);
  const start = lex.articleAtStart.exec(l);
  if (start) {
    t = t.slice(start[0].length);
    l = l.slice(start[0].length);
  }
  for (let end = lex.articleAtEnd.exec(l); end; end = lex.articleAtEnd.exec(l)) {
    const keep = end.index;
    if (keep === l.length) break;
    t = t.slice(0, keep);
    l = l.slice(0, keep);
  }
  return { text: trimRole(t), lowered: trimRole(l) };
}

/** A role is a short stretch that starts with a role word (after articles). */
function asRole(text: string, lowered: string, lex: CompiledPeople, maxWords: number): string | null {
  const s = stripArticles(text, lowered, lex);
  if (s.text === '') return null;
  const words = s.lowered.split(/\s+/u);
  if (words.length > maxWords) return null;
  const head = words.slice(0, 2).join(' ');
  if (!lex.role.test(head)) return null;
  return s.text;
}

function clauseStart(lowered: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isClauseBreak(lowered.charCodeAt(i))) return i + 1;
  return from;
}

function roleBefore(
  text: string,
  lowered: string,
  base: number,
  cut: number,
  sentenceStart: number,
  lex: CompiledPeople,
): string | null {
  const start = clauseStart(lowered, Math.max(sentenceStart, base), cut);
  return asRole(text.slice(start, cut), lowered.slice(start, cut), lex, 12);
}

function clauseIsEmpty(lowered: string, base: number, cut: number, lex: CompiledPeople): boolean {
  const start = clauseStart(lowered, base, cut);
  const rest = lowered.slice(start, cut).trim();
  return rest === '' || lex.articleAtStart.exec(rest + ' ')?.[0].trim() === rest;
}

function roleInPreviousClause(
  text: string,
  lowered: string,
  base: number,
  cut: number,
  sentenceStart: number,
  lex: CompiledPeople,
): string | null {
  const end = clauseStart(lowered, base, cut) - 1;
  if (end <= sentenceStart || lowered[end] !== ',') return null;
  const start = clauseStart(lowered, sentenceStart, end);
  return asRole(text.slice(start, end), lowered.slice(start, end), lex, 12);
}

function roleAfter(
  text: string,
  lowered: string,
  end: number,
  sentenceEnd: number,
  lex: CompiledPeople,
): string | null {
  const m = /^\s*[,–—]\s*/u.exec(lowered.slice(end, sentenceEnd));
  if (!m) return null;
  const start = end + m[0].length;
  let stop = start;
  while (stop < sentenceEnd && !isRoleStop(lowered.charCodeAt(stop))) stop++;
  return asRole(text.slice(start, stop), lowered.slice(start, stop), lex, 20);
}
