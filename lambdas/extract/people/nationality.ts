/**
 * Nationality adjectives as Romance languages write them after an office and before its holder ("le président
 * laotien X", "il presidente laotiano X"), known by the country names the runtime has for the language
 * (Intl.DisplayNames, type region): such an adjective opens as its country's name does, the name's last two
 * letters at most changed ("Laos" → "laotien", "Cambodge" → "cambodgien", "Chine" → "chinois").
 */
import { lower } from '../text/case.js';
import { fold } from '../text/fold.js';

/** Letters of a country's name its adjective may replace at its end. */
const CHANGED_END = 2;
/** Fewest letters an adjective shares with its country's name. */
const MIN_SHARED = 3;

const cache = new Map<string, ReadonlySet<string>>();

/** The openings an adjective of each country the runtime names in `language` starts with. */
function countryOpenings(language: string): ReadonlySet<string> {
  const hit = cache.get(language);
  if (hit) return hit;
  const out = new Set<string>();
  if (Intl.DisplayNames.supportedLocalesOf([language]).length > 0) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    // ISO 3166 region codes: every pair of capitals the runtime names (it returns the code itself for the rest).
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = names.of(code);
        if (name === undefined || name === code) continue;
        const key = fold(lower(name)).replace(/[\s\-‐'’]+/gu, '');
        if (key.length >= MIN_SHARED) out.add(key.slice(0, Math.max(MIN_SHARED, key.length - CHANGED_END)));
      }
  }
  cache.set(language, out);
  return out;
}

/** Fewest letters shared with a country's name that make the adjective by themselves ("mala" of Malawi opens "malade"). */
const SAFE_SHARED = 5;
/** Most letters after a short stem (under SAFE_SHARED): "tien" of "laotien", "onesa" of "japonesa". */
const SHORT_STEM_REST = 5;
/**
 * The endings of Romance nationality adjectives (folded; gender and number forms): what a word must end with
 * when it shares fewer than SAFE_SHARED letters with a country's name ("Laos" → "laotien", "Cuba" →
 * "cubano", "Pérou" → "péruvien"), so that "indique" (Inde), "personnel" or "pero" (Perú), "malade" (Mali) stay
 * words.
 */
const ADJECTIVE_ENDING =
  /(?:ien|ienne|iens|iennes|een|eenne|eens|eennes|ois|oise|oises|ais|aise|aises|ain|aine|ains|aines|ano|ana|anos|anas|ani|ane|ino|ina|inos|inas|ini|ine|ines|ones|ese|esi|esa|eses|esas|ita|ite|iti|itas|eno|ena|enos|enas|ense|enses)$/u;

/** Whether a lower-case word of `language` reads as the adjective of a country the runtime names. */
export function isNationalityAdjective(word: string, language: string): boolean {
  const openings = countryOpenings(language);
  const key = fold(lower(word));
  for (let n = MIN_SHARED; n < key.length; n++)
    if (
      openings.has(key.slice(0, n)) &&
      (n >= SAFE_SHARED || (key.length - n <= SHORT_STEM_REST && ADJECTIVE_ENDING.test(key)))
    )
      return true;
  return false;
}
