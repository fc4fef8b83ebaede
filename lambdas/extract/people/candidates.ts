/**
 * Candidates by shape (names.ts) and by title (titled.ts), in text order; an accepted titled run hides the
 * shape candidates inside it (index.ts).
 */
import { fold } from '../text/fold.js';
import type { LanguageData } from './language.js';
import { findNameCandidates, type NameCandidate } from './names.js';
import { isVietnameseSyllable } from './syllable.js';
import { findTitledCandidates } from './titled.js';

/**
 * Where both start at the same word the shape reading stands, unless the titled run goes on with words
 * that are no Vietnamese syllables: the Ede family name after a given name ("Y Phôn Niê Kdăm", of which
 * the shape reading keeps "Y Phôn Niê"). The titled run then comes first, the shape reading staying behind
 * it in case the title is not confirmed.
 */
export function findCandidates(
  text: string,
  offsets: readonly number[],
  { lex, families, titles }: LanguageData,
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
