/**
 * The quotation marks the engine knows, once. Each reader chooses from them: a quotation of speech is read
 * between speech marks only (text/quotes.ts: an apostrophe is no quotation mark in French or Italian, which elide
 * with it), while a short quoted name may stand between any of them (places/quoted.ts: "the 'Hai Phong Star'
 * trawler", 《河内》).
 */

export interface QuotationMark {
  readonly open: string;
  /** The marks that may close it ("„Ja“" in German, "„Da”" in Polish and Romanian). */
  readonly close: string;
  /** Speech marks quote speech and names; the others (single marks, which double as apostrophes, and Chinese
   * title brackets) quote only a name. */
  readonly speech: boolean;
}

export const QUOTATION_MARKS: readonly QuotationMark[] = [
  { open: '«', close: '»', speech: true },
  { open: '“', close: '”', speech: true },
  { open: '„', close: '“”', speech: true },
  { open: '「', close: '」', speech: true },
  { open: '『', close: '』', speech: true },
  { open: '"', close: '"', speech: true },
  { open: '＂', close: '＂', speech: true },
  { open: "'", close: "'", speech: false },
  { open: '‘', close: '’', speech: false },
  { open: '‹', close: '›', speech: false },
  { open: '《', close: '》', speech: false },
];

/** The opening marks of `marks`. */
export function openingMarks(marks: readonly QuotationMark[]): ReadonlySet<string> {
  return new Set(marks.map((m) => m.open));
}

/** Every mark that closes one of `marks`. */
export function closingMarks(marks: readonly QuotationMark[]): ReadonlySet<string> {
  return new Set(marks.flatMap((m) => [...m.close]));
}
