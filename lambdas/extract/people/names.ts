/**
 * Name candidates by shape: a capitalised Vietnamese family name followed by one to three capitalised
 * Vietnamese syllables, separated by single spaces. A declined last syllable ("Hunga" in Polish) is
 * accepted without its ending when the bare form is a syllable.
 */
import { codePointWidthAt, isCapitalisedSpan, isLetterOrMarkAt, letterRunEnd } from '../text/chars.js';
import { fold } from '../text/fold.js';
import type { FamilyNames } from './index.js';
import { lower } from './lexicon.js';
import { isVietnameseSyllable } from './syllable.js';

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

const ASCII_WORD = /^[a-zA-Z]+$/;

function isFamily(text: string, start: number, end: number, families: FamilyNames): boolean {
  if (!isCapitalisedSpan(text, start, end)) return false;
  const token = text.slice(start, end);
  // With diacritics the spelling must match exactly ("Đặng" is a name, "Đảng" the Party); without any, a
  // machine translation dropped them and only the folded form can match.
  return ASCII_WORD.test(token) ? families.folded.has(fold(token)) : families.exact.has(lower(token));
}

function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019;
}

/**
 * Words as `[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*` would find them, as flat [start, end, start, end...]
 * offsets.
 */
export function wordOffsets(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrMarkAt(text, i)) {
      i += codePointWidthAt(text, i);
      continue;
    }
    const start = i;
    for (;;) {
      i = letterRunEnd(text, i);
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetterOrMarkAt(text, i + 1)) i++;
      else break;
    }
    out.push(start, i);
  }
  return out;
}

export function isSingleSpace(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 0x20 || c === 0xa0;
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
