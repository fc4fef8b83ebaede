/**
 * Slavic adjectives stand before the noun they qualify and agree with it: "dva hasičské vozy" (two fire
 * engines), "5 полицейских машин" (five police cars), "dva vatrogasna vozila". An adjective made from a noun of
 * persons ("hasič", firefighter → "hasičské") shares that noun's stem, so a lexicon stem reads it as the noun:
 * its ending tells the two apart. Only the relational suffixes of such adjectives (-sk-, -ck-, -n-, and the
 * West Slavic -ow-/-ov- with a plural ending: "wojskowych ciężarówek") with a case ending are taken (Ukrainian
 * writes -ськ-); a noun's plural or genitive ("funkcjonariuszy", "пассажиров", "жителей", "policjantów") is not
 * one, nor a Polish plural in -owie ("pasażerowie"), nor the singular "6-osobowa grupa" (a group of six).
 */

/** The Slavic languages of the lexicons, in either script. */
export const SLAVIC_LANGUAGES: ReadonlySet<string> = new Set([
  'be',
  'bg',
  'bs',
  'cs',
  'hr',
  'mk',
  'pl',
  'ru',
  'sk',
  'sl',
  'sr',
  'uk',
]);

// Folded text: no diacritics ("hasicske", "paserackych"); Ukrainian і and ї fold to и ("полицеиських").
const LATIN =
  /(?:(?:sk|ck|n)(?:a|e|i|o|y|ie|ych|ich|ymi|imi|ego|iego|emu|ej|oj|og|om|im|ih)|(?:ow|ov)(?:e|i|y|ych|ymi))$/;
const CYRILLIC = /(?:сь?к|ць?к|н)(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|их|ых|ими|ыми|ого|его|ому|ему|а|о|и|е)$/;

/** The folded word has the ending of a relational adjective (see above). */
export function isSlavicAdjective(folded: string): boolean {
  return LATIN.test(folded) || CYRILLIC.test(folded);
}
