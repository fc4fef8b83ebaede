/**
 * The one-letter words Arabic-script languages write glued to the next word, a number or a name included:
 * و (and), ف (so), ب (with, in), ل (for, to), ك (as, like). One set for every stage that looks past them.
 */
export const ARABIC_PROCLITICS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * The Arabic definite article on a word: "ال" opening it, alone or after one glued proclitic (و and, ف so, ب
 * with, ك like: "والمصابين", "بالسجن"), or "لل" (ل for + ال, whose alef the spelling drops: "للمنطقة"). Arabic
 * writes the article on common nouns and adjectives, never on a syllable of a transcribed Vietnamese name, so a
 * word that carries it is the clause's next word, not the name's.
 */
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=\p{L})/u;

export function hasArabicArticle(word: string): boolean {
  return ARTICLE.test(word);
}

/** The word without its article and the proclitic before it ("بالمقاطعة" → "مقاطعة"), or undefined without one. */
export function afterArabicArticle(word: string): string | undefined {
  const article = ARTICLE.exec(word);
  return article === null ? undefined : word.slice(article[0].length);
}

/**
 * A phrase with the article as written after the preposition ل (for, to: "وفقا للرائد", according to the major):
 * the article's alef drops and the lam joins it ("الرائد" → "للرائد"), and before a word that opens with a lam
 * the article's own lam goes too ("اللواء" → "للواء"). None for a phrase without the article.
 */
export function afterPrepositionLam(phrase: string): string[] {
  if (!phrase.startsWith('ال')) return [];
  const rest = phrase.slice(2);
  return [rest.startsWith('ل') ? `ل${rest}` : `لل${rest}`];
}
