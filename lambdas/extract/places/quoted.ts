/**
 * A name read from inside short quotation marks that hold more than it is a word of a quoted name, not a place:
 * an account's, a company's, a ship's ("an account named 'Huyen Trang'" read as Huế from its first word;
 * "the 'Hai Phong Star' trawler"). Quotes that hold the name alone ("tỉnh «Hòa Bình»", "استان «هوا بین»")
 * or a type word with it keep it, and so does a long quotation, which is someone's speech and names real places.
 */
import { QUOTATION_MARKS, closingMarks, openingMarks } from '../text/quotation-marks.js';
import type { Candidate } from './match.js';

/** Most code units between the quotation marks of a quoted name: longer is a quotation of speech. */
const MAX_QUOTED = 40;

/** Most words a quoted name holds beside the place name, and most code units of one of them. */
const MAX_OTHER_WORDS = 3;
const MAX_WORD = 12;

/** Any quotation mark may hold a name, single marks and title brackets too. */
const OPENING = openingMarks(QUOTATION_MARKS);
const CLOSING = closingMarks(QUOTATION_MARKS);
/** What ends a quoted name's span: a line, a sentence, another quotation mark. */
const BREAK = /[\n.!?।。]/;
const LETTER = /\p{L}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Whether an ASCII quote at `at` opens (after a space, a bracket or the start) or closes (before no letter). */
function asciiFits(body: string, at: number, opening: boolean): boolean {
  if (body[at] !== "'" && body[at] !== '"') return true;
  const side = opening ? body[at - 1] : body[at + 1];
  return side === undefined || !LETTER.test(side);
}

/** The quotation marks around [start, end) on its line, if both lie within MAX_QUOTED of each other. */
function quotesAround(body: string, start: number, end: number): { open: number; close: number } | undefined {
  let open = start - 1;
  while (open >= 0 && start - open <= MAX_QUOTED && !OPENING.has(body[open]!) && !BREAK.test(body[open]!))
    open--;
  if (open < 0 || !OPENING.has(body[open]!) || !asciiFits(body, open, true)) return undefined;
  let close = end;
  while (
    close < body.length &&
    close - open <= MAX_QUOTED &&
    !CLOSING.has(body[close]!) &&
    !BREAK.test(body[close]!)
  )
    close++;
  if (close >= body.length || !CLOSING.has(body[close]!) || !asciiFits(body, close, false)) return undefined;
  return close - open <= MAX_QUOTED ? { open, close } : undefined;
}

/** The candidates without those that are words of a longer quoted name (module comment). */
export function withoutQuotedNames(candidates: readonly Candidate[], body: string): readonly Candidate[] {
  const kept = candidates.filter((c) => {
    if (c.category !== null || c.subject) return true;
    const quotes = quotesAround(body, c.start, c.end);
    if (quotes === undefined) return true;
    const rest = body.slice(quotes.open + 1, c.start) + body.slice(c.end, quotes.close);
    // A number beside the name is a boat's or an event's ("Hải Phòng 09"), as a word is; more than a few words
    // or, in a script without spaces, more than a few characters, is a short quotation of speech
    // ("「ハイフォンの知人から頼まれた」と供述").
    const words = rest.trim().split(/\s+/);
    const short = words.length <= MAX_OTHER_WORDS && words.every((w) => w.length <= MAX_WORD);
    return !(short && WORDLIKE.test(rest));
  });
  return kept.length === candidates.length ? candidates : kept;
}
