/**
 * Two neighbouring small numbers offered as alternatives ("two or three people", "deux ou trois blessés",
 * "شخصين أو ثلاثة"): a witness's guess, no count of either (the annotators count neither). The word "or" is
 * the runtime's (Intl.ListFormat, type disjunction), so every language ICU knows is read without a list.
 */
import type { Candidate } from './count.js';
import { fold } from '../text/fold.js';
import type { Token } from './token-types.js';

/** Guesses are of a few: "two or three", "four or five"; "10 or 11" is as vague, "50 or 60" rarer. */
const MAX_GUESS = 10;

const disjunctions = new Map<string, string | null>();

/** The folded word for "or" in the language, null when the runtime has none (or writes none between items). */
function orWord(language: string): string | null {
  let word = disjunctions.get(language);
  if (word !== undefined) return word;
  word = null;
  try {
    const s = new Intl.ListFormat(language, { type: 'disjunction' }).format(['\u0001', '\u0002']);
    const between = s.slice(s.indexOf('\u0001') + 1, s.indexOf('\u0002')).trim();
    if (/^\p{L}+$/u.test(between)) word = fold(between);
  } catch {
    word = null;
  }
  disjunctions.set(language, word);
  return word;
}

/** The figures without the numbers offered as alternatives of one another ("two or three"). */
export function withoutAlternatives(
  language: string,
  tokens: readonly Token[],
  found: Candidate[],
): Candidate[] {
  const or = orWord(language);
  if (or === null) return found;
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    if (a.kind !== 'num' || a.value < 1 || a.value > MAX_GUESS || !Number.isInteger(a.value)) continue;
    // The dual's number is followed by its noun ("شخصين": 2, then شخص) before the "or".
    for (const k of [i + 1, i + 2]) {
      const link = tokens[k];
      const b = tokens[k + 1];
      // A glued script writes the first number's classifier and "or" as one word ("2台または3台", two or three
      // vehicles; "2辆或3辆"): the word ends with "or" right before the second number.
      const orEnds = link?.kind === 'word' && link.text.endsWith(or) && link.end === b?.start;
      if (link?.kind !== 'word' || (link.text !== or && !orEnds)) continue;
      if (b?.kind === 'num' && b.value === a.value + 1) {
        drop.add(i);
        drop.add(k + 1);
      }
      break;
    }
  }
  return drop.size === 0 ? found : found.filter((c) => !drop.has(c.index));
}
