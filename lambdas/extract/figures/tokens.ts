/**
 * One pass over the folded body: words, punctuation and numbers (digits read with the language's number
 * format, spelled numbers with its number words). Offsets index the body.
 */
import type { CompiledLexicon } from './lexicon.js';

export interface WordToken {
  readonly kind: 'word';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface PunctToken {
  readonly kind: 'punct';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface NumToken {
  readonly kind: 'num';
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Written in words ("quatre", "dwa"). */
  readonly spelled: boolean;
  /** Digits only, no separator: the shape of a year or an identifier. */
  readonly plain: boolean;
  /** Read as part of a phone number ("0912 345 678") or an identifier with a leading zero ("06"). */
  readonly phone: boolean;
}

export type Token = WordToken | PunctToken | NumToken;

// Digit runs may contain separators (space, '.', ','); words keep a trailing elision apostrophe ("d'").
const TOKEN = /\d+(?:[ .,]\d+)*|[\p{L}\p{M}]+'?|\S/gu;
const DIGITS = /\d+/y;

/** Splits a run such as "3 156", "94,72", "1.163.000" or "2023 5" into numbers. */
export function readDigitRun(run: string, offset: number, lex: CompiledLexicon): NumToken[] {
  const out: NumToken[] = [];
  let i = 0;
  let phone = false;
  while (i < run.length) {
    DIGITS.lastIndex = i;
    const head = DIGITS.exec(run)?.[0];
    if (!head) break;
    let j = i + head.length;
    let intPart = head;
    let frac = '';
    let grouped = false;
    while (j < run.length) {
      const sep = run[j]!;
      DIGITS.lastIndex = j + 1;
      const d = DIGITS.exec(run)?.[0] ?? '';
      const canGroup = frac === '' && d.length === 3 && head.length <= 3;
      if (sep === ' ') {
        if (!canGroup) break;
        intPart += d;
        grouped = true;
      } else if (canGroup && lex.thousands.has(sep)) {
        intPart += d;
        grouped = true;
      } else if (frac === '' && (sep === lex.decimal || d.length !== 3)) {
        frac = d;
      } else break;
      j += 1 + d.length;
    }
    if (head.length > 1 && head.startsWith('0')) phone = true;
    const value = Number(frac ? `${intPart}.${frac}` : intPart);
    out.push({
      kind: 'num',
      start: offset + i,
      end: offset + j,
      value,
      spelled: false,
      plain: !grouped && frac === '',
      phone,
    });
    i = j + 1;
  }
  return out;
}

export function tokenize(body: string, folded: string, lex: CompiledLexicon): Token[] {
  const raw: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    const c = text.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      raw.push(...readDigitRun(text, start, lex));
    } else if (text.length > 1 || /\p{L}/u.test(text)) {
      const value = lex.numberWordsExact
        ? lex.numberWordsExact.get(body.slice(start, start + text.length).toLowerCase())
        : lex.numberWords.get(text);
      if (value !== undefined) {
        raw.push({
          kind: 'num',
          start,
          end: start + text.length,
          value,
          spelled: true,
          plain: false,
          phone: false,
        });
      } else raw.push({ kind: 'word', start, end: start + text.length, text });
    } else raw.push({ kind: 'punct', start, end: start + 1, text });
  }
  return joinSpelled(raw, lex);
}

/** "vingt-cinq", "twenty five", "veinte y cinco", "dwadziescia piec": tens + unit into one number. */
function joinSpelled(tokens: Token[], lex: CompiledLexicon): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'num' && t.spelled && t.value >= 20 && t.value < 100 && t.value % 10 === 0) {
      const glue = tokens[i + 1];
      const glued =
        glue &&
        ((glue.kind === 'punct' && glue.text === '-') ||
          (glue.kind === 'word' && lex.numberJoiners.has(glue.text)));
      const next = tokens[glued ? i + 2 : i + 1];
      if (next && next.kind === 'num' && next.spelled && next.value > 0 && next.value < 10) {
        out.push({ ...t, end: next.end, value: t.value + next.value });
        i += glued ? 2 : 1;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
