/**
 * The object of an arrest in the languages that write the object before its verb, marked by a particle
 * (lexicon arrestObject): "경찰은 X 중령을 체포했다", "警察はX中佐を逮捕した" (the police arrested lieutenant-colonel
 * X). The passive ("X 중령이 체포됐다") is a charge word (victims.ts); the active verb comes after its object, so
 * it is read after the name only: before a name it tells what the holder did ("조직을 검거한 X 중령은", the
 * officer who broke up the ring, "容疑者を逮捕したX中佐は").
 *
 * The pattern runs on the lowered text right after a name: its title (one word in Hangul; Han or katakana,
 * no hiragana, in Japanese, where the particles are hiragana), the object particle, then the verb within a few
 * words (characters, unspaced) that close no other argument of the clause ("X 중령을 뇌물 혐의로 체포했다").
 */
import { escapeRegExp } from '../text/regex.js';
import { HAN_OR_KANA } from '../text/scripts.js';

export interface ArrestObjectWords {
  readonly particles: readonly string[];
  readonly verbs: readonly string[];
  readonly otherArguments: readonly string[];
}

/** Words between the object and its verb, at most: more is another clause. */
const GAP_WORDS = 3;
/** The same for a language written without spaces, in characters ("殺人の疑いで" is six), and its title's. */
const GAP_UNITS = 12;
const TITLE_UNITS = 8;
/** Clause breaks: punctuation of the Latin and East Asian scripts, quotation brackets. */
const BREAK = '[,.;:!?、。，「」『』()（）]';

function alternation(words: readonly string[], lowered: (w: string) => string): string {
  return [...new Set(words.map(lowered))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** The pattern read on the lowered text right after a name (anchored at its start). */
export function arrestObjectPattern(words: ArrestObjectWords, lowered: (w: string) => string): RegExp {
  const object = alternation(words.particles, lowered);
  const verb = alternation(words.verbs, lowered);
  // Another object particle between is another object's: it ends an argument too.
  const argument = alternation([...words.otherArguments, ...words.particles], lowered);
  if (words.particles.some((p) => HAN_OR_KANA.test(p))) {
    // Unspaced: the title holds no hiragana (the particles, "の" of "X中佐の弟を", X's brother, included).
    const gap = `(?:(?!${argument}|${BREAK})[^\\n]){0,${GAP_UNITS}}?`;
    return new RegExp(`^[^\\s\\p{Script=Hiragana}]{0,${TITLE_UNITS}}?(?:${object})${gap}(?:${verb})`, 'u');
  }
  // Spaced: the particle ends the name's last word or the one word after it ("중령을"); a word between the
  // object and the verb may not end in another argument's particle.
  const word = `(?!${BREAK})[^\\s]`;
  const between = `(?:(?!${word}*(?:${argument})\\s)${word}+\\s+){0,${GAP_WORDS}}?`;
  return new RegExp(`^\\s*${word}*?(?:${object})\\s+${between}(?:${verb})`, 'u');
}
