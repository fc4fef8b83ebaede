/**
 * Thai sound keys: Thai press spellings of one Vietnamese name vary widely ("กว๋างจิ", "กวางตรี" for Quảng Trị;
 * "ห่าติ๋ญ", "ฮาติญ" for Hà Tĩnh; "เกิ่นเทอ", "กานโถ" for Cần Thơ) in their vowels, tone marks and in which of
 * several letters writes one sound. The key keeps only the consonants, each by the class of Vietnamese sounds
 * Thai writes with it, in both spellings:
 * - ซ writes s and x but also d, gi and r ("ซาง" Giang, "เซือง" Dương): one class S, with ส ศ ษ ร and initial ย;
 * - ท ถ ธ and ด write t, th or đ: one class T; ต, Thai's unaspirated t, writes t, never the aspirated th:
 *   a class t of its own, which only a Vietnamese t gives ("บิ่ญเติน" is Bình Tân, never Bình Thuận, whose
 *   th Thai writes ท or ถ: "บิ่ญถ่วน"); ค ข ฆ ฮ ห write kh and h: H;
 * - น ญ ณ write n and nh, as onset or coda ("นิญ", "นินห์" for Ninh): N; ง writes ng: G;
 * - จ ช ฉ and ตร write ch and tr: C; ก writes c, k, q, g and final c, ch: K;
 * - vowels, tones, glides (ว and ย after a consonant or closing a syllable) and silent letters (์) are dropped.
 * Coarse on purpose: used only right after a province or city type word (จังหวัด, นคร), where the type word says
 * a name follows and the key, which of the provinces it is.
 */

const THAI_CLASS: Readonly<Record<string, string>> = {
  ก: 'K',
  ข: 'H',
  ฃ: 'H',
  ค: 'H',
  ฅ: 'H',
  ฆ: 'H',
  ง: 'G',
  จ: 'C',
  ฉ: 'C',
  ช: 'C',
  ฌ: 'C',
  ซ: 'S',
  ญ: 'N',
  ฎ: 'T',
  ฏ: 'T',
  ฐ: 'T',
  ฑ: 'T',
  ฒ: 'T',
  ณ: 'N',
  ด: 'T',
  ต: 't',
  ถ: 'T',
  ท: 'T',
  ธ: 'T',
  น: 'N',
  บ: 'B',
  ป: 'B',
  ผ: 'F',
  ฝ: 'F',
  พ: 'F',
  ฟ: 'F',
  ภ: 'F',
  ม: 'M',
  ร: 'S',
  ล: 'L',
  ฬ: 'L',
  ศ: 'S',
  ษ: 'S',
  ส: 'S',
  ห: 'H',
  ฮ: 'H',
};

/** Vowel signs written after, above or below the consonant they follow (ะ ั า ำ ิ ี ึ ื ุ ู ็). */
function isFollowingVowel(c: string | undefined): boolean {
  if (c === undefined) return false;
  const u = c.charCodeAt(0);
  return (u >= 0x0e30 && u <= 0x0e39) || u === 0x0e47;
}

/** Vowels written before their consonant: เ แ โ ใ ไ. */
function isLeadingVowel(c: string | undefined): boolean {
  if (c === undefined) return false;
  const u = c.charCodeAt(0);
  return u >= 0x0e40 && u <= 0x0e44;
}

/** Thai consonant letter (ก–ฮ). */
function isConsonant(c: string | undefined): boolean {
  return c !== undefined && c >= 'ก' && c <= 'ฮ';
}

const SONORANTS = 'งญณนมยรลวฬ';
const PHINTHU = '\u0e3a';
const TONE_MARK = /[\u0e48-\u0e4b]/;

/** A ห written before a sonorant with nothing between only raises its tone ("หวิญ"): silent. */
function isSilentHo(s: string, k: number): boolean {
  return s[k] === 'ห' && SONORANTS.includes(s[k + 1] ?? ' ');
}

/** Sound key of a Thai spelling: "กว๋างจิ" and "กวางตรี" → "KGC", "ห่าติ๋ญ" and "ฮาติญ" → "HTN". */
export function thaiSoundKey(text: string): string {
  let out = '';
  const s = text.normalize('NFC');
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (!isConsonant(c) || c === 'อ' || isSilentHo(s, k)) continue;
    let next = k + 1;
    while (next < s.length && TONE_MARK.test(s[next]!)) next++;
    // A letter under the thanthakhat is silent ("นิงห์").
    if (s[next] === '\u0e4c') continue;
    const after = s[next];
    // ย after ี or ื is part of the vowel (เ-ีย, เ-ือย: "เทียน", "เสียะ").
    if (c === 'ย' && (s[k - 1] === '\u0e35' || s[k - 1] === '\u0e37')) continue;
    if (c === 'ว' || c === 'ย') {
      // The consonant before, past a silent ห or the phinthu that joins a cluster ("ฮหว่า", "หฺว่า").
      let b = k - 1;
      if (b >= 0 && isSilentHo(s, b)) b--;
      if (b >= 0 && s[b] === PHINTHU) b--;
      const cluster =
        b >= 0 &&
        isConsonant(s[b]) &&
        b === k - 1 - (isSilentHo(s, k - 1) ? 1 : 0) - (s[k - 1] === PHINTHU ? 1 : 0);
      const onset = isFollowingVowel(after) || isLeadingVowel(s[k - 1]) || isLeadingVowel(s[b]);
      // An onset of its own (วิญ, ยาลาย): v, or d/gi; in a cluster or closing a syllable, a glide.
      if (!onset || (cluster && !isLeadingVowel(s[b]))) continue;
      out += c === 'ว' ? 'V' : 'S';
      continue;
    }
    // ตร writes tr, and so does a cluster of ต or ท over ร (Khmer ត្រ, ទ្រ read as Thai: khmer.ts).
    const overRo = (c === 'ต' || c === 'ท') && after === PHINTHU && s[next + 1] === 'ร';
    if ((c === 'ต' && after === 'ร') || overRo) {
      out += 'C';
      k = overRo ? next + 1 : next;
      continue;
    }
    out += THAI_CLASS[c] ?? '';
  }
  return out;
}

/**
 * Vietnamese onsets and codas, longest first, by the Thai class of the letters that write them. A t is
 * written ต as well as ท (English-led spellings write t with ท: "ไตนินห์", "ทูเยนกวาง"): both, by WITH_T.
 */
const VIETNAMESE_CLASSES: readonly [string, string][] = [
  ['ngh', 'G'],
  ['ng', 'G'],
  ['nh', 'N'],
  ['gh', 'K'],
  ['gi', 'S'],
  ['ph', 'F'],
  ['th', 'T'],
  ['tr', 'C'],
  ['ch', 'C'],
  ['kh', 'H'],
  ['qu', 'K'],
  ['b', 'B'],
  ['c', 'K'],
  ['d', 'S'],
  ['đ', 'T'],
  ['g', 'K'],
  ['h', 'H'],
  ['k', 'K'],
  ['l', 'L'],
  ['m', 'M'],
  ['n', 'N'],
  ['p', 'B'],
  ['q', 'K'],
  ['r', 'S'],
  ['s', 'S'],
  ['t', 'T'],
  ['v', 'V'],
  ['x', 'S'],
];

/** Vietnamese letters Thai writes with ต as well as with a letter of class T: t, onset or coda (đ is ด). */
const WITH_T = new Set(['t']);

/**
 * Thai keys of a Vietnamese name with its diacritics: "Quảng Trị" → ["KGC"], "Hà Tĩnh" → ["HTN", "HtN", "HTG", "HtG"]: a
 * final nh is written ญ or น, or ง as in "แทงฮว้า" (Thanh Hóa), so it gives both keys. With `khForK`, an
 * onset c, k or q gives both K and H: Thai press writes it with ค as well as with ก ("คอนตูม", "กอนตุม" for
 * Kon Tum), and an onset d both S and T: some write it ด, as its Latin letter ("บินห์ดวง" for Bình Dương).
 */
export function vietnameseThaiKeys(name: string, khForK = false): string[] {
  let keys = [''];
  for (const syllable of name
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\-–]+/)) {
    let rest = syllable;
    const onset = VIETNAMESE_CLASSES.find(([from]) => rest.startsWith(from));
    if (onset) {
      // "gi" before no other vowel ("Gì") is the onset and its vowel.
      const cut = onset[0] === 'gi' && rest.length === 2 ? 1 : onset[0].length;
      const classes =
        khForK && onset[1] === 'K' && onset[0] !== 'g' && onset[0] !== 'gh'
          ? ['K', 'H']
          : khForK && onset[0] === 'd'
            ? ['S', 'T']
            : WITH_T.has(onset[0])
              ? ['T', 't']
              : [onset[1]];
      keys = keys.flatMap((k) => classes.map((w) => k + w));
      rest = rest.slice(cut);
    }
    const coda = CODA.exec(rest)?.[0];
    if (coda === undefined) continue;
    const written =
      coda === 'nh'
        ? ['N', 'G']
        : coda === 'ch' || coda === 'c'
          ? ['K']
          : coda === 'ng'
            ? ['G']
            : coda === 'n'
              ? ['N']
              : WITH_T.has(coda)
                ? ['T', 't']
                : [VIETNAMESE_CLASSES.find(([f]) => f === coda)?.[1] ?? ''];
    keys = keys.flatMap((k) => written.map((w) => k + w));
  }
  return keys;
}

const CODA = /[bcdđghklmnpqrstvx]+$/;
