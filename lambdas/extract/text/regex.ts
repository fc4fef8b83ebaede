/** Building patterns from lexicon words. */

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
  const groups = new Map<string, string[]>();
  for (const { first, source } of alternatives) {
    const head = escapeRegExp(first);
    const unit = first.charCodeAt(0);
    if (first.length !== 1 || (unit >= 0xd800 && unit <= 0xdfff) || !source.startsWith(head))
      return alternatives.map((a) => a.source).join('|');
    let group = groups.get(head);
    if (!group) {
      group = [];
      groups.set(head, group);
    }
    group.push(source.slice(head.length));
  }
  return [...groups].map(([head, rests]) => `${head}(?:${rests.join('|')})`).join('|');
}
