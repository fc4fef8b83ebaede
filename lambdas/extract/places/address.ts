/**
 * An address names its units one after another, each with its type word: "อาศัยอยู่ในตำบล X อำเภอ Y จังหวัด Z",
 * "X गाँव, Y जिला, Z प्रांत". The residence phrase stands before the first name only; the names after it in the
 * same address are the same person's home, not where the story happens. The Latin-script matcher follows an
 * address word by word (match.ts); this does it for the names the script readers found, whose candidates each
 * see only the words before them.
 */
import type { Affixes } from './lexicon.js';
import type { Candidate } from './match.js';

/** Spaces and commas between the units of an address. */
const SEPARATORS = /[\s,\u00a0\u3001]+/g;

/** True if `gap` is nothing but separators and at most one type word of the lexicon. */
function addressGap(gap: string, affixes: Affixes): boolean {
  const words = gap.split(SEPARATORS).filter((w) => w.length > 0);
  if (words.length === 0) return gap.length <= 3;
  if (words.length > 2) return false;
  return words.every((w) => affixes.before.has(w) || affixes.after.has(w));
}

/** Most code units between two units of an address (a type word and a space or two). */
const MAX_GAP = 24;

/** The candidates (in text order) with each name that continues a home's address marked a home too. */
export function followAddresses(candidates: Candidate[], text: string, affixes: Affixes): Candidate[] {
  for (let k = 1; k < candidates.length; k++) {
    const prev = candidates[k - 1]!;
    const c = candidates[k]!;
    if (prev.residence !== true || c.residence === true || c.subject || c.start < prev.end) continue;
    if (c.start - prev.end > MAX_GAP || !addressGap(text.slice(prev.end, c.start), affixes)) continue;
    candidates[k] = { ...c, residence: true, movement: false };
  }
  return candidates;
}
