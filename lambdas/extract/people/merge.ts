/** The people of an article from its mentions: one person per name however often and however spelt. */
import type { Person } from '../../shared/article.js';
import { fold } from '../text/fold.js';
import { hangulJamo, hangulSyllable } from '../text/hangul.js';
import { KATAKANA_NAME_JOINERS } from '../text/scripts.js';
import type { Mention } from './judge.js';

/**
 * Katakana transcribes one Vietnamese name several ways in one article ("ブイ・ヴァン・ドゥク", "ブイ・ヴァン・ドク",
 * "ブイ ヴァン ドゥク", "ブイ＝ヴァン＝ドゥク"): small kana, the long-vowel mark and the word separators are left out of the key.
 */
const KANA_VARIANTS = new RegExp(
  `[\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30fc${KATAKANA_NAME_JOINERS} ]`,
  'gu',
);

const HANGUL = /\p{Script=Hangul}/u;
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Vietnamese writes a syllable's last "i" after a consonant either way ("Quý" and "Quí", "Lý" and "Lí", "Kỳ"
 * and "Kì"): one article may use both for one official.
 */
const FINAL_Y = /\b((?:qu|[bcdghklmnprstvx]+))y\b/g;

/** Arabic writes the Vietnamese "ng" with either letter after nun ("نجوين", "نغوين"; "تونج", "تونغ"). */
const ARABIC_NG = /\u0646\u062c/g;

const CYRILLIC_NH = /нх(?=\s|$)/gu;

/**
 * Korean transcribes the Vietnamese rhyme "-anh" as two syllables or as one ("타인" and "탄" for Thanh, "아인" and
 * "안" for Anh; "타잉" too): one article may use both for one official. The key writes the open syllable in "ㅏ"
 * followed by "인" or "잉" as that syllable closed by "ㄴ".
 */
const HANGUL_ANH = /([\uac00-\ud7a3])[\uc778\uc789]/gu;
/** The jamo indexes of the medial ㅏ and of the final ㄴ. */
const MEDIAL_A = 0;
const FINAL_N = 4;

function foldHangulAnh(key: string): string {
  return key.replace(HANGUL_ANH, (pair, syllable: string) => {
    const jamo = hangulJamo(syllable);
    // Only an open syllable (no final consonant) in ㅏ takes the ㄴ.
    if (jamo === null || jamo.medial !== MEDIAL_A || jamo.final !== 0) return pair;
    return hangulSyllable({ ...jamo, final: FINAL_N });
  });
}

function keyOf(name: string): string {
  const key = fold(name);
  if (ASCII.test(key)) return key.replace(FINAL_Y, '$1i');
  if (/[\u0600-\u06ff]/.test(key)) return key.replace(ARABIC_NG, '\u0646\u063a');
  if (/[\u30a0-\u30ff]/.test(key)) return key.replace(KANA_VARIANTS, '');
  // Korean writes one name spaced or as one word ("쩐 테 끄엉", "쩐테끄엉"), and "-anh" in one syllable or two.
  if (HANGUL.test(key)) return foldHangulAnh(key.replace(/ /g, ''));
  // Ukrainian copies spell the -nh coda "нх" ("Ханх") where Russian writes "нь", and a declined "Ханя" reads
  // back as "Хань": one name.
  return key.replace(CYRILLIC_NH, 'нь');
}

/**
 * One person per folded name, in order of first mention; later mentions fill a missing rank or role. The
 * record lists officials: a name marked as a private person's in any mention stays one unless a rank says
 * otherwise ("Ông X, ngụ ấp ..." then "Ông X khai nhận ..."), and a name titled after it with a courtesy
 * honorific only (氏, 女士, 씨) and no role anywhere in the article is a citizen it quotes or reports on.
 */
export function mergeMentions(mentions: readonly Mention[]): Person[] {
  const byKey = new Map<string, Person>();
  const privateKeys = new Set<string>();
  const vouched = new Set<string>();
  // Names read so far only from declined forms: an undeclined mention gives the name as written.
  const declinedOnly = new Set<string>();
  for (const m of mentions) {
    const key = keyOf(m.name);
    if (m.private) privateKeys.add(key);
    else if (!m.courtesyOnly) vouched.add(key);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { name: m.name, rank: m.rank, role: m.role });
      if (m.declined) declinedOnly.add(key);
    } else {
      if (declinedOnly.has(key) && !m.declined) {
        seen.name = m.name;
        declinedOnly.delete(key);
      }
      seen.rank ??= m.rank;
      seen.role ??= m.role;
      // One official written once without diacritics and once with them keeps the spelling that has them.
      if (ASCII.test(seen.name) && !ASCII.test(m.name)) seen.name = m.name;
    }
  }
  return [...byKey.entries()]
    .filter(([key, p]) => p.rank !== null || (vouched.has(key) && !privateKeys.has(key)))
    .map(([, p]) => p);
}
