import { isAsciiWord } from '../text/words.js';

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
 * "к", "п", "й"): "Нгуен", "Ван", "Тхань", "Хыонг". The soft sign may close the onset, as Russian writes the
 * "iê" rhymes ("Вьет", Việt; "Тьен", Tiến; "Зьем", Diệm). Longer Russian words ("Полиция", "Провинции")
 * fail it. Ukrainian copies also spell the -nh coda letter for letter, "нх" ("Ханх", Hạnh; "Тханх",
 * Thành), and the -ch coda as "ч" ("Біч", Bích, which Russian writes "Бить"). Serbian and Macedonian
 * Cyrillic write the glide and the -nh coda with their own letters ј and њ ("Нгујен", "Мај", "Хуињ", "Ањ").
 */
const CYRILLIC_SYLLABLE =
  /^(?:[бвгджзклмнпрстфхцчшщ]{1,3}ь?)?[аеиоуыэюя]{1,3}(?:ј[аеиоуэ]{1,2})?(?:нь|ть|нг|нх|[нмткпишчњј])?$/;

export function isCyrillicNameSyllable(folded: string): boolean {
  return CYRILLIC_SYLLABLE.test(folded);
}

/**
 * One syllable as the Latin spellings of the minority languages write it, folded: an optional vowel
 * prefix ("A-drơng", "Ê-ban"), up to two onset consonants ("Ksor", "Kpă", "Mlô"), one to three vowels and
 * a Vietnamese coda or h, k, l, r, s ("Mah", "Hmok", "Phol"). Loose on purpose; it keeps out the longer
 * words of the article's language ("Department", "Polizei", "Street") that capitalisation lets through.
 */
const NAME_SYLLABLE =
  /^(?:[a-z]')?(?:[aeiouy](?=[^aeiouy']))?(?:ngh|[bcdfghjklmnpqrstvwxz]{0,2})[aeiouy]{1,3}(?:ng|nh|ch|[cmnptkhlrs])?$/;

export function isNameSyllable(folded: string): boolean {
  return NAME_SYLLABLE.test(folded) || isCyrillicNameSyllable(folded) || isGreekNameSyllable(folded);
}

/**
 * One syllable of a Vietnamese name as Greek transcribes it, folded (no tonos): an onset of up to three
 * letters, Greek's digraphs among them ("Νγκ" for ng, "Τσ" for ch/tr, "Ντ" for đ, "Μπ" for b), one to three
 * vowels (ου for u; γι glides before a vowel, "Νγκουγιέν", Nguyễn) and a coda ("νγκ" or "γκ" for -ng, "νχ"
 * for -nh, ν, μ, τ, κ, π): "Παμ", "Μινχ", "Τσινχ", "Λουόνγκ". Greek words of two syllables and more
 * ("Δημόσιας", "Ασφάλειας") fail it: vowels and consonants alternate more than once.
 */
const GREEK_SYLLABLE =
  /^(?:[βγδζθκλμνξπρστφχψ]{1,3})?(?:ου|αι|οι|ει|[αεηιυοω]){1,3}(?:γι?(?:ου|[αεο]){1,2})?(?:νγκ|γκ|νχ|[νμτκπχ])?$/;

export function isGreekNameSyllable(folded: string): boolean {
  return GREEK_SYLLABLE.test(folded);
}

/**
 * What a word of a minority name shows that the short words of the article's language ("Team", "Main",
 * "Unit") lack: it is a Vietnamese syllable, it is spelt with Vietnamese letters or an apostrophe ("Kpă",
 * "H'Hen"), or it has the onset cluster ("Ksor", "Hmok", "Mlô", "Blui"), the final h ("Mah", "Puih") or
 * the vowel prefix ("Adrong", "Eban") of the highland languages. Tested on the folded word.
 */
const HIGHLAND_MARK = /^(?:[bhkmr][bcdghklmnpqrstvwxz]|[ae](?=[^aeiouy']))|[aeiouy]h$/;

export function looksLikeName(token: string, folded: string): boolean {
  return isVietnameseSyllable(folded) || !isAsciiWord(token) || HIGHLAND_MARK.test(folded);
}
