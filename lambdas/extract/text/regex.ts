/** Building patterns from lexicon words. */
import { isSpaceCode } from './chars.js';

/** The word as a literal inside a pattern. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a literal whose spaces match any run of whitespace ("chef de" across a line break). */
export function escapePhrase(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /g, '\\s+');
}

/**
 * Alternatives grouped by their first character, in their order within each group: "t(?:rafic…|oxico…)|
 * d(?:rogue…)". At a given position only one group can match, and its alternatives are tried in the flat
 * list's order, so every match (and every backtrack into the alternation) is the same; but the engine tests
 * one character per group where it tested every alternative in turn, at every position it tries. `first` is
 * the alternative's literal first character, which its source starts with (escaped). Kept flat when one has
 * none (a source starting with a class) or starts with half a surrogate pair.
 */
export function alternationByFirstChar(
  alternatives: ReadonlyArray<{ readonly first: string; readonly source: string }>,
): string {
  const byFirst = alternativesByFirstChar(alternatives);
  return byFirst ? [...byFirst.values()].join('|') : alternatives.map((a) => a.source).join('|');
}

/**
 * The groups of alternationByFirstChar, each as `head(?:rest|…)` by its escaped first character, in the order
 * of their first alternative; null where it keeps the alternatives flat.
 */
export function alternativesByFirstChar(
  alternatives: ReadonlyArray<{ readonly first: string; readonly source: string }>,
): Map<string, string> | null {
  const groups = new Map<string, string[]>();
  for (const { first, source } of alternatives) {
    const head = escapeRegExp(first);
    const unit = first.charCodeAt(0);
    if (first.length !== 1 || (unit >= 0xd800 && unit <= 0xdfff) || !source.startsWith(head)) return null;
    let group = groups.get(head);
    if (!group) {
      group = [];
      groups.set(head, group);
    }
    group.push(source.slice(head.length));
  }
  return new Map([...groups].map(([head, rests]) => [head, `${head}(?:${rests.join('|')})`]));
}

/**
 * Literal words as one alternation grouped by first character (alternationByFirstChar), in their order; each
 * written by `escape` (escapeRegExp, or escapePhrase for phrases whose spaces match any white space).
 */
export function literalAlternation(
  words: readonly string[],
  escape: (word: string) => string = escapeRegExp,
): string {
  return alternationByFirstChar(words.map((word) => ({ first: word.charAt(0), source: escape(word) })));
}

/** What the stages ask of a pattern that is not global: a RegExp, or one of the wrappers below. */
export interface Pattern {
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** A pattern anchored at the end of the text, as the people stage reads the words before a name. */
export type EndPattern = Pattern;

/**
 * A pattern (not global) built at its first use. V8 parses a pattern when it is built, and `\p{L}` classes
 * make that slow: a lexicon compiles two patterns for each of its hundreds of rank forms (French 608), of which
 * a document runs a few, and building them all was a fifth of the first French article's time (cold start).
 */
export function lazyPattern(source: string, flags: string): Pattern {
  let re: RegExp | undefined;
  return {
    exec: (text) => (re ??= new RegExp(source, flags)).exec(text),
    test: (text) => (re ??= new RegExp(source, flags)).test(text),
  };
}

/**
 * Where a match of an end-anchored pattern (`(?<!…)(?:words)\s*$`) can start: a match holds at most `maxUnits`
 * units that are not white space and runs to the end, and its lookbehind reads one code point (two units at
 * most) before it, so only the shortest tail holding `maxUnits` + 2 such units needs to be searched.
 */
function endWindowStart(text: string, maxUnits: number): number {
  let need = maxUnits + 2;
  let i = text.length;
  while (i > 0 && need > 0) if (!isSpaceCode(text.charCodeAt(--i))) need--;
  return i;
}

/**
 * `re` (end-anchored, not global) searched in the tail of the text where a match can start, not from every
 * position of the text: the same match, at the same index. `maxUnits` bounds the units of a match that are
 * not white space (its longest literal: the pattern's spaces match white space only).
 */
export function endPattern(re: Pattern, maxUnits: number): EndPattern {
  return {
    exec(text: string): RegExpExecArray | null {
      const from = endWindowStart(text, maxUnits);
      if (from === 0) return re.exec(text);
      const m = re.exec(text.slice(from));
      if (m) m.index += from;
      return m;
    },
    test(text: string): boolean {
      const from = endWindowStart(text, maxUnits);
      return re.test(from === 0 ? text : text.slice(from));
    },
  };
}
