/**
 * Number words that multiply, as Vietnamese spells numbers (and Thai, Lao, Khmer and Burmese, read in
 * segmented.ts): a digit word times the multiplier after it, the rest added: "hai mươi lăm" (2 × 10 + 5),
 * "ba trăm" (300), "mười hai" (12), "một trăm hai mươi" (120, "một" being the article that also means one).
 * The European grammar of tokens.ts (tens, then units) reads none of these.
 */
import type { CompiledLexicon } from './lexicon.js';
import type { Token } from './token-types.js';

/** Values of the multiplier words (mười/mươi 10, trăm 100); larger ones (nghìn, triệu) are scale words. */
const MULTIPLIERS: ReadonlySet<number> = new Set([10, 100]);

interface Composed {
  /** Tokens read, from the first. */
  readonly count: number;
  readonly value: number;
  /** The first multiplier had no digit word before it ("trăm", "mười"). */
  readonly bare: boolean;
}

/**
 * The value of token k as a part of a spelled number, or null: a spelled number word, or a digit word that is
 * one only before a multiplier (multiplierDigits: vi "năm", five, but also year: "năm trăm" 500).
 */
function partAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): number | null {
  const t = tokens[k];
  if (t?.kind === 'num') return t.spelled ? t.value : null;
  if (t?.kind !== 'word') return null;
  const digit = lex.multiplierDigits.get(t.text);
  const next = tokens[k + 1];
  return digit !== undefined && next?.kind === 'num' && next.spelled && MULTIPLIERS.has(next.value)
    ? digit
    : null;
}

function isTeen(t: Token | undefined, lex: CompiledLexicon): boolean {
  return t?.kind === 'word' && lex.teensAfter?.has(t.text) === true;
}

/** "seratus": a multiplier spelled with its own one, no bare hundred. */
function isWholeMultiplier(t: Token, folded: string, lex: CompiledLexicon): boolean {
  return lex.wholeMultipliers.has(folded.slice(t.start, t.end));
}

/**
 * The multipliers a digit word before them scales within a group below a million (10, 100, 1000, 10⁴, 10⁵;
 * Thai สิบ ร้อย พัน หมื่น แสน).
 */
export const GROUP_MULTIPLIERS: ReadonlySet<number> = new Set([10, 100, 1000, 10000, 100000]);

/**
 * Value of number words in a row, as the languages that multiply compose them: digits times the multipliers
 * after them (10, 100, 1000, 10⁴, 10⁵), tens words added, and a million or more scaling all before it: vi
 * "hai mươi lăm" 25, Thai สามสิบห้า 35, ยี่สิบเอ็ด 21, หนึ่งพันห้าร้อย 1500, สองล้านห้าแสน 2 500 000,
 * ห้าพันล้าน 5 × 10⁹. A single value is itself (a half, "nửa").
 */
export function multipliedValue(values: readonly number[]): number {
  let millions = 0;
  let group = 0;
  let digit = 0;
  for (const v of values) {
    if (v < 10) {
      group += digit;
      digit = v;
    } else if (GROUP_MULTIPLIERS.has(v)) {
      group += (digit || 1) * v;
      digit = 0;
    } else if (v >= 1000000) {
      millions = (millions + group + digit || 1) * v;
      group = 0;
      digit = 0;
    } else {
      group += digit + v;
      digit = 0;
    }
  }
  return millions + group + digit;
}

/**
 * The longest number the spelled tokens from i compose: a digit never follows a digit ("hai ba người", two or
 * three people, stays two numbers) and a multiplier only follows a larger one ("trăm mười", 110).
 */
function compose(tokens: readonly Token[], i: number, lex: CompiledLexicon, folded: string): Composed {
  const parts: number[] = [];
  let digit = false;
  let lastMultiplier = Infinity;
  let bare = false;
  let k = i;
  for (; k < tokens.length; k++) {
    const v = partAt(tokens, k, lex);
    if (v === null) {
      // "dua belas" (12): a word of the teens adds ten to the digit before it, and closes the tens.
      if (!digit || !isTeen(tokens[k], lex)) break;
      parts[parts.length - 1]! += 10;
      lastMultiplier = 10;
      continue;
    }
    if (v >= 1 && v < 10) {
      if (digit) break;
      digit = true;
    } else if (MULTIPLIERS.has(v) && v < lastMultiplier) {
      if (k === i) bare = !isWholeMultiplier(tokens[k]!, folded, lex);
      digit = false;
      lastMultiplier = v;
    } else break;
    parts.push(v);
  }
  // A token that composes nothing (a half, "nửa") is read as it is.
  if (k === i) return { count: 1, value: partAt(tokens, i, lex) ?? 0, bare: false };
  return { count: k - i, value: multipliedValue(parts), bare };
}

/**
 * The tokens with each run of spelled number words made one number. A hundred with no digit word before it
 * is a number after the article that also means one ("một trăm", 100) or a word that gives it its one ("cả
 * trăm", a whole hundred: lexicon oneBeforeMultiplier), and a word elsewhere ("hàng trăm", hundreds of: the
 * lexicon's collectives read it).
 */
export function joinMultiplied(
  tokens: readonly Token[],
  folded: string,
  lex: CompiledLexicon,
  wordToken: (from: number, to: number) => Token,
): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (partAt(tokens, i, lex) === null) {
      out.push(t);
      continue;
    }
    // "kedua-dua" (Malay: both): a number repeated across a hyphen is one, as tokens.ts joinSpelled reads it.
    const hyphen = tokens[i + 1];
    const again = tokens[i + 2];
    if (
      t.kind === 'num' &&
      hyphen?.kind === 'punct' &&
      hyphen.text === '-' &&
      again?.kind === 'num' &&
      again.spelled &&
      again.value === t.value
    ) {
      out.push({ ...t, end: again.end });
      i += 2;
      continue;
    }
    const { count, value, bare } = compose(tokens, i, lex, folded);
    const last = tokens[i + count - 1]!;
    const before = out[out.length - 1];
    const article =
      bare &&
      before?.kind === 'word' &&
      (lex.indefinite?.has(before.text) === true || lex.oneBeforeMultiplier.has(before.text));
    if (bare && value >= 100 && !article) {
      out.push(wordToken(t.start, t.end));
      continue;
    }
    const start = article ? before.start : t.start;
    if (article) out.pop();
    out.push(
      count === 1 && !article && t.kind === 'num'
        ? t
        : { kind: 'num', start, end: last.end, value, spelled: true, plain: false, phone: false },
    );
    i += count - 1;
  }
  return out;
}
