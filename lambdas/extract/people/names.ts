/**
 * Name candidates by shape: a capitalised Vietnamese family name followed by one to three capitalised
 * Vietnamese syllables, separated by single spaces. A declined last syllable ("Hunga" in Polish) is
 * accepted without its ending when the bare form is a syllable.
 */
import { lower } from '../text/case.js';
import { isCapitalisedSpan } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { isAsciiWord, isSingleSpace, wordOffsets } from '../text/words.js';
import { isVietnameseSyllable } from './syllable.js';

/** The family names a name by shape starts with. */
export interface FamilyNames {
  /** Exact (NFC, lower case) forms with diacritics: "đặng" but not "đảng". */
  readonly exact: ReadonlySet<string>;
  /** Folded forms, for names written without diacritics. */
  readonly folded: ReadonlySet<string>;
}

export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly tokens: readonly string[];
  /**
   * Found by a rank or honorific before it rather than by its Vietnamese shape (titled.ts): a person only
   * if that title is really there.
   */
  readonly titled: boolean;
}

function isFamily(text: string, start: number, end: number, families: FamilyNames): boolean {
  if (!isCapitalisedSpan(text, start, end)) return false;
  const token = text.slice(start, end);
  // With diacritics the spelling must match exactly ("Đặng" is a name, "Đảng" the Party); without any, a
  // machine translation dropped them and only the folded form can match.
  return isAsciiWord(token) ? families.folded.has(fold(token)) : families.exact.has(lower(token));
}

export function findNameCandidates(
  text: string,
  families: FamilyNames,
  inflectionSuffixes: readonly string[],
  offsets: readonly number[] = wordOffsets(text),
): NameCandidate[] {
  const count = offsets.length / 2;
  const out: NameCandidate[] = [];
  for (let i = 0; i < count; i++) {
    const firstStart = offsets[2 * i]!;
    const firstEnd = offsets[2 * i + 1]!;
    if (!isFamily(text, firstStart, firstEnd, families)) continue;
    const parts = [text.slice(firstStart, firstEnd)];
    let end = firstEnd;
    let j = i + 1;
    for (; j < count && j <= i + 3; j++) {
      const tStart = offsets[2 * j]!;
      const tEnd = offsets[2 * j + 1]!;
      if (!isSingleSpace(text, offsets[2 * j - 1]!, tStart)) break;
      if (!isCapitalisedSpan(text, tStart, tEnd)) break;
      const token = text.slice(tStart, tEnd);
      const folded = fold(token);
      if (isVietnameseSyllable(folded)) {
        parts.push(token);
        end = tEnd;
        continue;
      }
      const suffix = inflectionSuffixes.find(
        (s) => folded.endsWith(fold(s)) && isVietnameseSyllable(folded.slice(0, -s.length)),
      );
      if (suffix !== undefined && parts.length >= 1) {
        parts.push(token.slice(0, -suffix.length));
        end = tEnd;
        j++;
      }
      break;
    }
    if (parts.length < 2) continue;
    out.push({ start: firstStart, end, name: parts.join(' '), tokens: parts, titled: false });
    i = j - 1;
  }
  return out;
}
