/**
 * A name's sound key: what stays the same when one Vietnamese name is written by Vietnamese spelling ("Phạm
 * Minh Chính", "Pham Minh Chinh"), by a Slavic transcription in Latin letters (Serbian "Fam Min Čin",
 * "Ngujen"), or in Cyrillic ("Фам Мин Чин"). Copies in Serbian, Croatian, Bosnian and Macedonian mix these in
 * one article, and one official must be listed once (one-official.ts). Lossy by design: sounds Vietnamese keeps
 * apart and the transcriptions merge (tr and ch, d and gi, a final nh and n) are merged, which is safe only
 * where two names of one article are compared, their ranks agreeing.
 */
import { fold } from '../text/fold.js';
import { cyrillicToLatin, RUSSIAN_LETTERS, SIGNS } from '../text/cyrillic-latin.js';
import { letterTable, transliterate } from '../text/transliterate.js';
import { cyrillicKey } from './names.js';

/** Cyrillic letters (after cyrillicKey: Serbian ј, њ, љ as Russian й, нь, ль) as the Latin letters below read them. */
const CYRILLIC_TO_LATIN = letterTable(
  cyrillicToLatin(RUSSIAN_LETTERS + SIGNS + 'ћђџ', {
    // The Serbian and Croatian Latin spelling the transcriptions compared here write: j for the glide and the
    // soft sign, č, đ and dž for the sounds wordKey reads from them.
    й: 'j',
    ь: 'j',
    ю: 'ju',
    я: 'ja',
    ы: 'i',
    ч: 'č',
    ћ: 'č',
    ђ: 'đ',
    џ: 'dž',
  }),
);

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** One word's key. */
function wordKey(word: string): string {
  let w = word.normalize('NFC').toLowerCase();
  if (CYRILLIC.test(w)) w = transliterate(cyrillicKey(w), CYRILLIC_TO_LATIN);
  // The consonants the transcriptions write with a háček or acute (č, ć: Vietnamese ch and tr) before fold()
  // drops those marks; § stands for that sound until c is read as k.
  w = w.replace(/[čć]|dž/gu, '§').replace(/đ/gu, 'd');
  w = fold(w)
    .replace(/ch|tr/gu, '§')
    .replace(/qu/gu, 'kv')
    .replace(/[cq]/gu, 'k')
    .replace(/§/gu, 'c')
    .replace(/ph/gu, 'f')
    .replace(/kh/gu, 'h')
    .replace(/th/gu, 't')
    .replace(/gi|d/gu, 'z')
    .replace(/n[hj]/gu, 'n')
    .replace(/[jy]/gu, 'i')
    .replace(/h$/u, '')
    // The i of gi before a vowel writes no sound: Russian spells Giang "Зянг" and also "Жанг".
    .replace(/^zi(?=[aeou])/u, 'z');
  return w;
}

export function soundKey(name: string): string {
  return name
    .split(/[\s・･]+/u)
    .filter((w) => w !== '')
    .map(wordKey)
    .join(' ');
}
