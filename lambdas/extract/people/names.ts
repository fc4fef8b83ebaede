/**
 * Name candidates by shape: a capitalised Vietnamese family name followed by one to three capitalised
 * Vietnamese syllables, separated by single spaces. A declined last syllable ("Hunga" in Polish) is
 * accepted without its ending when the bare form is a syllable.
 */
import { fold } from '../text/fold.js';
import type { FamilyNames } from './index.js';
import { lower } from './lexicon.js';
import { isVietnameseSyllable } from './syllable.js';

export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly tokens: readonly string[];
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

function isFamily(token: string, families: FamilyNames): boolean {
  if (!CAPITALISED.test(token)) return false;
  // With diacritics the spelling must match exactly ("Đặng" is a name, "Đảng" the Party); without any, a
  // machine translation dropped them and only the folded form can match.
  return /^[a-zA-Z]+$/.test(token) ? families.folded.has(fold(token)) : families.exact.has(lower(token));
}

export function findNameCandidates(
  text: string,
  families: FamilyNames,
  inflectionSuffixes: readonly string[],
): NameCandidate[] {
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!isFamily(first.text, families)) continue;
    const parts = [first.text];
    let end = first.end;
    let j = i + 1;
    for (; j < tokens.length && j <= i + 3; j++) {
      const t = tokens[j]!;
      if (!/^[ \u00a0]$/u.test(text.slice(tokens[j - 1]!.end, t.start))) break;
      if (!CAPITALISED.test(t.text)) break;
      const folded = fold(t.text);
      if (isVietnameseSyllable(folded)) {
        parts.push(t.text);
        end = t.end;
        continue;
      }
      const suffix = inflectionSuffixes.find(
        (s) => folded.endsWith(fold(s)) && isVietnameseSyllable(folded.slice(0, -s.length)),
      );
      if (suffix !== undefined && parts.length >= 1) {
        parts.push(t.text.slice(0, -suffix.length));
        end = t.end;
        j++;
      }
      break;
    }
    if (parts.length < 2) continue;
    out.push({ start: first.start, end, name: parts.join(' '), tokens: parts });
    i = j - 1;
  }
  return out;
}
