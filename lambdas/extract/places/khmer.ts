/**
 * Khmer as Thai letters, for the Thai sound key (phonetic-thai.ts), which keeps only a name's consonants by
 * the class of Vietnamese sounds they write. Khmer writes a Vietnamese name as Thai does, consonant by
 * consonant ("ក្វាងនិញ", "กว๋างนิญ" Quảng Ninh), so each Khmer consonant is moved to a Thai consonant of the
 * same class, one unit for one (offsets are kept): both registers of a sound to one letter (ក គ → ก, ដ ឌ → ด),
 * ព to ป (p, b), ញ to ญ (nh), យ to ย (y, and the d and gi Khmer writes with it: "យ៉ាង" Giang). Khmer stores
 * every vowel sign after its consonant: all become า, a vowel written after. The coeng (្) that hangs the next
 * consonant under the last is the Thai phinthu of a cluster (ក្វ kw, ត្រ tr); register and tone signs are
 * skipped as Thai tone marks; the toandakhiat (៍) silences a letter as Thai's ์ does.
 */

const CONSONANTS: Readonly<Record<string, string>> = {
  ក: 'ก',
  ខ: 'ข',
  គ: 'ก',
  ឃ: 'ค',
  ង: 'ง',
  ច: 'จ',
  ឆ: 'ฉ',
  ជ: 'จ',
  ឈ: 'ช',
  ញ: 'ญ',
  ដ: 'ด',
  ឋ: 'ฐ',
  ឌ: 'ด',
  ឍ: 'ฒ',
  ណ: 'ณ',
  ត: 'ต',
  ថ: 'ถ',
  ទ: 'ท',
  ធ: 'ธ',
  ន: 'น',
  ប: 'บ',
  ផ: 'ผ',
  ព: 'ป',
  ភ: 'ภ',
  ម: 'ม',
  យ: 'ย',
  រ: 'ร',
  ល: 'ล',
  វ: 'ว',
  ឝ: 'ส',
  ឞ: 'ส',
  ស: 'ส',
  ហ: 'ห',
  ឡ: 'ล',
  អ: 'อ',
};

const COENG = '\u17d2';
const TOANDAKHIAT = '\u17cd';
const NIKAHIT = '\u17c6';

/**
 * Khmer writes a cluster with the coeng, so a យ a vowel sign follows (register marks skipped) starts a
 * syllable ("ប៊ិញយឿង" Bình Dương): Thai ซ, which the key never reads as a glide. Closing one, it is ย.
 */
function onset(text: string, at: number): boolean {
  let k = at + 1;
  while (text[k] === '\u17c9' || text[k] === '\u17ca') k++;
  const c = text.charCodeAt(k);
  return c >= 0x17b6 && c <= 0x17c5;
}

/** Does the text hold a Khmer letter? */
export function hasKhmer(text: string): boolean {
  return /[\u1780-\u17dd]/.test(text);
}

/** The text with every Khmer unit as a Thai one (module comment), one for one; other units as they are. */
export function khmerAsThai(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x1780 || c > 0x17dd) out += ch;
    else if (ch === 'យ') out += onset(text, out.length) ? 'ซ' : 'ย';
    // Nikahit closes a syllable in m ("ភ្នំ", "លំ") but for ាំង, ang.
    else if (ch === NIKAHIT) out += text[out.length + 1] === 'ង' ? '\u0e32' : 'ม';
    else if (CONSONANTS[ch] !== undefined) out += CONSONANTS[ch];
    else if (ch === COENG) out += '\u0e3a';
    else if (ch === TOANDAKHIAT) out += '\u0e4c';
    // Independent vowels (ឥ, ឧ...): a vowel with no consonant, as Thai อ carries one.
    else if (c <= 0x17b5) out += 'อ';
    // Dependent vowels, nikahit, reahmuk, yuukaleapintu: sounds the key does not keep.
    else if (c <= 0x17c8) out += '\u0e32';
    else out += '\u0e48';
  }
  return out;
}

/**
 * Khmer vowel signs as the Thai ones of the same coarse class, for the vowel key (phonetic-thai-vowels.ts):
 * ា ៃ a; ិ ី ៀ េ ែ i, e; ឹ ឺ ួ ឿ u, ư, uô, ươ; ុ ូ ើ ោ o, ô, ơ (Khmer writes Đồng "ដុង") as Thai อ after its
 * consonant; ៅ au as ๅ, which no Thai name writes. Nikahit before ង is the ang of "ណាំង" (a tone mark here).
 */
const VOWELS: Readonly<Record<string, string>> = {
  '\u17b6': '\u0e32',
  '\u17c3': '\u0e33',
  '\u17b7': '\u0e34',
  '\u17b8': '\u0e35',
  '\u17c0': '\u0e35',
  '\u17c1': '\u0e47',
  '\u17c2': '\u0e47',
  '\u17b9': '\u0e36',
  '\u17ba': '\u0e37',
  '\u17bd': '\u0e38',
  '\u17bf': '\u0e37',
  '\u17bb': 'อ',
  '\u17bc': 'อ',
  '\u17be': 'อ',
  '\u17c4': 'อ',
  '\u17c5': '\u0e45',
};

/** The text with Khmer letters as Thai ones (as `khmerAsThai`) and its vowel signs by class, one for one. */
export function khmerVowelsAsThai(text: string): string {
  const base = khmerAsThai(text);
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === NIKAHIT && text[k + 1] === 'ង') out += '\u0e48';
    else out += VOWELS[ch] ?? base[k]!;
  }
  return out;
}
