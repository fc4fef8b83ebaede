/** Building patterns from lexicon words. */

/** The word as a literal inside a pattern. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a literal whose spaces match any run of whitespace ("chef de" across a line break). */
export function escapePhrase(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /g, '\\s+');
}
