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
  // The low single mark of German, Czech and Polish ("‚Ja‘", "‚Da’").
  { open: '‚', close: '‘’', speech: false },
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

/**
 * A reader's own choice among the marks, each member one of the inventory's (an opening or a closing mark): a
 * mark joins or leaves a reader's set only where the reader names it, never by a change of the inventory.
 */
export function chosenMarks(members: readonly string[]): ReadonlySet<string> {
  const known = new Set(QUOTATION_MARKS.flatMap((m) => [m.open, ...m.close]));
  const unknown = members.filter((c) => !known.has(c));
  if (unknown.length > 0) throw new Error(`not a quotation mark of the inventory: ${unknown.join(' ')}`);
  return new Set(members);
}
