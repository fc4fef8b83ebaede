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

/**
 * One syllable of a Vietnamese name as Russian (Cyrillic) transcribes it, folded (й as и, ё as е): up to
 * three onset consonants ("Нг", "Тх", "Чинь"), one to three vowels and a coda ("нь", "нг", "н", "м", "т",
 * "к", "п", "й"): "Нгуен", "Ван", "Тхань", "Хыонг". Longer Russian words ("Полиция", "Провинции") fail it.
 * Ukrainian copies also spell the -nh coda letter for letter, "нх" ("Ханх", Hạnh; "Тханх", Thành).
 */
const CYRILLIC_SYLLABLE = /^[бвгджзклмнпрстфхцчшщ]{0,3}[аеиоуыэюя]{1,3}(?:нь|ть|нг|нх|[нмткпиш])?$/;

export function isCyrillicNameSyllable(folded: string): boolean {
  return CYRILLIC_SYLLABLE.test(folded);
}
