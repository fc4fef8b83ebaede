/**
 * Script classes more than one stage reads. Module-level: bundlers targeting Node rewrite a `\p{…}` literal as
 * `new RegExp(…)`, run on every call.
 */

/** Han and kana: Chinese and Japanese, written without spaces between words. */
export const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
