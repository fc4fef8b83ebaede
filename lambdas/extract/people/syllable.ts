/**
 * Is a folded word (lower case, no diacritics) a possible Vietnamese syllable? Onset + vowel nucleus +
 * optional final consonant, as in the Vietnamese orthography. Loose on purpose (tones and some rare rhymes
 * are not checked): its job is to tell "Phuong", "Nguyen", "Huyen" from "Police", "Comité", "Street".
 */
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:uye|uya|uyu|ieu|yeu|uoi|uou|oai|oay|oeo|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(?:ng|nh|ch|[cmnpt])?$/;

export function isVietnameseSyllable(folded: string): boolean {
  return SYLLABLE.test(folded);
}
