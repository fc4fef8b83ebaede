/**
 * Candidates by shape (names.ts) and by title (titled.ts), in text order; an accepted titled run hides the
 * shape candidates inside it (index.ts). `folded`, when given, is fold(text) (names.ts findNameCandidates).
 */
import { lower } from '../text/case.js';
import { isCapitalisedSpan } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { lowerBound } from '../text/search.js';
import { isSingleSpace, type WordOffsets } from '../text/words.js';
import type { LanguageData } from './language.js';
import {
  endsWithMiddleName,
  findNameCandidates,
  isFamilyName,
  isLunarYear,
  type FamilyNames,
  type NameCandidate,
} from './names.js';
import { isVietnameseSyllable } from './syllable.js';
import { findOfficeNamedCandidates } from './office-named.js';
import { findTitledCandidates } from './titled.js';

/**
 * Where both start at the same word the shape reading stands, unless the titled run goes on with words
 * that are no Vietnamese syllables: the Ede family name after a given name ("Y Phôn Niê Kdăm", of which
 * the shape reading keeps "Y Phôn Niê"). The titled run then comes first, the shape reading staying behind
 * it in case the title is not confirmed.
 */
export function findCandidates(
  text: string,
  offsets: WordOffsets,
  { lex, families, titles }: LanguageData,
  folded?: string,
): NameCandidate[] {
  const byShape = findNameCandidates(text, families, lex.inflectionSuffixes, offsets, folded).flatMap((c) => {
    // Most names start with no rank's last word: only those are looked at further.
    const unglued = lex.rankLastWords.has(fold(c.tokens[0]!))
      ? withoutRankSyllable(text, offsets, c, lex.rankForms)
      : withFamilyBefore(text, offsets, c, lex);
    return unglued === null ? [] : [unglued];
  });
  const titled = findTitledCandidates(text, offsets, titles);
  const shapeAt = new Map(byShape.map((c) => [c.start, c]));
  const kept = titled.filter((t) => {
    // A name cut short after a title ("подполковник Нгуен Ван" at the end of an excerpt) is no name.
    if (endsWithMiddleName(t.tokens, families)) return false;
    const shape = shapeAt.get(t.start);
    // A Vietnamese name by shape is the shape reading's to judge, even when it ruled it out ("Nguyen Thi").
    if (shape === undefined) return !isShapeName(t, families);
    return extendsShape(t, shape);
  });
  // A run vouched for by an office alone stands only where no other reading touches its words.
  const read = [...kept, ...byShape];
  const byOffice = findOfficeNamedCandidates(text, offsets, titles).filter(
    (o) =>
      !isShapeName(o, families) &&
      !endsWithMiddleName(o.tokens, families) &&
      !holdsLunarYear(o.tokens, families) &&
      read.every((c) => c.end <= o.start || c.start >= o.end),
  );
  if (kept.length === 0 && byOffice.length === 0) return byShape;
  // Stable sort: a titled run is listed before the shape candidate at its start.
  return [...read, ...byOffice].sort((a, b) => a.start - b.start);
}

/**
 * A name by shape whose first word ends a rank with the word before it: without diacritics "Thuong Ta
 * Nguyen Van Hung" starts with "Ta" (the family name Tạ) but is Nguyen Van Hung, a senior lieutenant-colonel.
 */
function withoutRankSyllable(
  text: string,
  offsets: WordOffsets,
  c: NameCandidate,
  rankForms: ReadonlySet<string>,
): NameCandidate | null {
  const k = lowerBound(offsets.length / 2, (i) => offsets[2 * i]! < c.start);
  if (k === 0) return c;
  const previous = text.slice(offsets[2 * k - 2]!, offsets[2 * k - 1]!);
  if (!rankForms.has(fold(`${previous} ${c.tokens[0]!}`))) return c;
  if (c.tokens.length < 3) return null;
  const tokens = c.tokens.slice(1);
  return { ...c, start: offsets[2 * k + 2]!, name: tokens.join(' '), tokens };
}

/**
 * A family name the list lacks (Hòa, Giáp, Thân...) between an honorific and the rest of a name by shape: "ông
 * Hòa Quang Khiêm" is one name, not "Quang Khiêm". Taken only right after an honorific, as a capitalised
 * syllable that ends no rank, and for a name of at most four words.
 */
function withFamilyBefore(
  text: string,
  offsets: WordOffsets,
  c: NameCandidate,
  lex: LanguageData['lex'],
): NameCandidate {
  if (c.tokens.length >= 4) return c;
  const k = lowerBound(offsets.length / 2, (i) => offsets[2 * i]! < c.start);
  if (k === 0) return c;
  const start = offsets[2 * k - 2]!;
  const end = offsets[2 * k - 1]!;
  if (!isSingleSpace(text, end, c.start) || !isCapitalisedSpan(text, start, end)) return c;
  const word = text.slice(start, end);
  const folded = fold(word);
  if (!isVietnameseSyllable(folded) || lex.rankLastWords.has(folded)) return c;
  if (lex.honorificAtEnd.exec(lower(text.slice(Math.max(0, start - 40), start))) === null) return c;
  return { ...c, start, name: `${word} ${c.name}`, tokens: [word, ...c.tokens] };
}

function isShapeName(t: NameCandidate, families: FamilyNames): boolean {
  return isFamilyName(t.tokens[0]!, families) && t.tokens.every((w) => isVietnameseSyllable(fold(w)));
}

function extendsShape(titled: NameCandidate, shape: NameCandidate): boolean {
  return (
    titled.end > shape.end &&
    titled.tokens.slice(shape.tokens.length).every((t) => !isVietnameseSyllable(fold(t)))
  );
}

/** A heavenly stem and an earthly branch in a row ("Tet Dinh Dau"): a lunar year, no name. */
function holdsLunarYear(tokens: readonly string[], families: FamilyNames): boolean {
  return tokens.some((t, k) => k + 1 < tokens.length && isLunarYear(t, tokens[k + 1]!, families));
}
