/**
 * The text fingerprint of an article (lambdas/shared/fingerprint.ts): the numbers its text writes, read from
 * the text itself rather than from the engine's figures, so that what one copy's engine kept can be looked
 * for in the other copy's text.
 */
import { EMPTY_FINGERPRINT, type TextFingerprint } from '../shared/fingerprint.js';
import { fold } from '../extract/text/fold.js';

/**
 * At most this many numbers, the first the text writes (title and lead first): an index item stays small
 * (≤ ~0.4 KB more; the real tuning texts write 5.3 on average, 32 bytes) whatever the length of the text.
 */
export const MAX_TEXT_NUMBERS = 64;

export function textFingerprint(texts: readonly string[]): TextFingerprint {
  const numbers = new Set<number>();
  for (const text of texts)
    for (const n of textNumbers(text)) if (numbers.size < MAX_TEXT_NUMBERS) numbers.add(n);
  return numbers.size === 0 ? EMPTY_FINGERPRINT : { numbers: [...numbers].sort((a, b) => a - b) };
}

/** Digits (any script: fold makes them ASCII) in groups joined by a separator a language may write in a number. */
const NUMBER = /\d+(?:[.,\u00a0\u202f\u2009 ']\d+)*/g;
const GROUP_SEPARATOR = /[.,\u00a0\u202f\u2009 ']/g;
/** What joins a number to another into a date, a time or a range: "12/7/2024", "10:30", "2024-06-12", "10–15". */
const JOINER = /[/:\-–]/;

/**
 * The numbers a text writes in digits, 10 or more or with decimals (a smaller integer is in every text). A
 * number with one separator before three digits ("1.250", "1,250") is read both ways: languages write the
 * decimal sign and the thousands separator the other way round.
 */
export function textNumbers(text: string): number[] {
  const folded = fold(text);
  // In the order of the text (a Set keeps insertion order): textFingerprint keeps the first ones.
  const out = new Set<number>();
  for (const m of folded.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (joined(folded, start - 1, start - 2) || joined(folded, end, end + 1)) continue;
    for (const v of readings(m[0])) if (v >= 10 || !Number.isInteger(v)) out.add(v);
  }
  return [...out];
}

function joined(text: string, at: number, beyond: number): boolean {
  return JOINER.test(text[at] ?? '') && /\d/.test(text[beyond] ?? '');
}

/** The values a run of digit groups may stand for; none for a bare year. */
function readings(written: string): number[] {
  const groups = written.split(GROUP_SEPARATOR);
  const seps = [...written.matchAll(GROUP_SEPARATOR)].map((s) => s[0]);
  if (groups.length === 1) {
    const v = Number(written);
    return written.length === 4 && v >= 1900 && v <= 2099 ? [] : [v];
  }
  const out: number[] = [];
  // "1.250.000", "1 250", "1,250": thousands.
  if (groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3))
    out.push(Number(groups.join('')));
  // "1.250,5", "22,32", "1.5": a decimal sign last, other separators (if any) thousands of another sign.
  const last = seps[seps.length - 1]!;
  if (
    (last === '.' || last === ',') &&
    groups.slice(1, -1).every((g) => g.length === 3) &&
    seps.slice(0, -1).every((s) => s !== last)
  )
    out.push(Number(`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]}`));
  // Numbers side by side ("12 15", "3, 45"): each on its own.
  if (out.length === 0) for (const g of groups) out.push(Number(g));
  return out;
}
