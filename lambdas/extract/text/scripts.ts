/**
 * Script classes more than one stage reads. Module-level: bundlers targeting Node rewrite a `\p{…}` literal as
 * `new RegExp(…)`, run on every call.
 */

/** Han and kana: Chinese and Japanese, written without spaces between words. */
export const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The marks Japanese writes between the parts of a foreign name: the middle dot, full or half width
 * ("グエン・ヴァン・ラム"), and the double hyphen some outlets use instead, as the equals sign or the katakana
 * double hyphen ("グエン＝ヴァン＝ラム", "グエン=ヴァン=ラム", "グエン゠ヴァン゠ラム"). Characters for a class.
 */
export const KATAKANA_NAME_JOINERS = '・･=＝゠';
/** One such mark. */
export const KATAKANA_NAME_JOINER = new RegExp(`[${KATAKANA_NAME_JOINERS}]`, 'u');
