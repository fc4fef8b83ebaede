/**
 * The Indic scripts as Devanagari, for the Devanagari sound key (phonetic-devanagari.ts). Unicode lays the
 * Bengali (U+0980), Gurmukhi (U+0A00), Gujarati (U+0A80), Oriya (U+0B00), Tamil (U+0B80), Telugu (U+0C00),
 * Kannada (U+0C80) and Malayalam (U+0D00) blocks out as Devanagari's (U+0900): a letter sits at the offset of
 * the Devanagari letter of the same sound, so a name in any of them reads as Devanagari once moved. The
 * differences are data (SCRIPTS): letters with no Devanagari twin at their offset (Malayalam chillus, Gurmukhi
 * tippi, Bengali khanda ta), letters the script reads otherwise (Bengali ং is ng, ভ writes Vietnamese v),
 * the vowel a consonant carries (Bengali o), and Tamil's missing aspirates and voiced stops (its key is the
 * coarse one).
 */

/** First code unit of Devanagari and of the last Indic block read here (Malayalam). */
const DEVANAGARI_BASE = 0x0900;
const LAST_BLOCK = 0x0d00;
const BLOCK = 0x80;

export interface IndicScript {
  readonly name: string;
  /** Letters to write otherwise than at their offset (the value is Devanagari, any length). */
  readonly letters: Readonly<Record<string, string>>;
  /** The vowels a bare consonant may carry, most likely first. */
  readonly inherent: readonly string[];
  /** No aspirates and no voiced stops: k/g, t/d, p/b/ph, ch/j/s are one letter each in the key. */
  readonly coarse: boolean;
  /** A bare consonant ending a word still carries its vowel (the Dravidian scripts: "ജിയ" Gia). */
  readonly keepsFinal: boolean;
}

const SCRIPTS: Readonly<Record<number, IndicScript>> = {
  0x0900: { name: 'devanagari', letters: {}, inherent: ['a'], coarse: false, keepsFinal: false },
  0x0980: {
    name: 'bengali',
    letters: {
      // Anusvara ends a syllable in ng ("নাং" Nẵng); ভ writes a foreign v ("ভিয়েতনাম").
      '\u0982': 'ङ्',
      ভ: 'व',
      // Khanda ta, ya with nukta, rra, rha.
      '\u09ce': 'त्',
      '\u09df': 'य',
      '\u09dc': 'ड़',
      '\u09dd': 'ढ़',
    },
    // Bengali's bare consonant is spoken o ("ডং" Đồng, "লং" Long); a is written with া.
    inherent: ['o', 'a'],
    coarse: false,
    keepsFinal: false,
  },
  0x0a00: {
    name: 'gurmukhi',
    letters: {
      // Tippi (a nasal), addak (doubles the next consonant), the vowel bearers ੲ and ੳ.
      '\u0a70': 'ं',
      '\u0a71': '',
      '\u0a72': 'इ',
      '\u0a73': 'उ',
    },
    // Gurmukhi writes few conjuncts: "ਕਵਾਂਗ" is kwang, its bare consonant silent.
    inherent: ['a', ''],
    coarse: false,
    keepsFinal: false,
  },
  0x0a80: { name: 'gujarati', letters: {}, inherent: ['a'], coarse: false, keepsFinal: false },
  0x0b00: { name: 'oriya', letters: {}, inherent: ['a', 'o'], coarse: false, keepsFinal: false },
  0x0b80: {
    name: 'tamil',
    // Aytham before ப writes f: the coarse key does not tell f from p.
    letters: { '\u0b83': '' },
    inherent: ['a'],
    coarse: true,
    keepsFinal: true,
  },
  0x0c00: { name: 'telugu', letters: {}, inherent: ['a'], coarse: false, keepsFinal: true },
  0x0c80: { name: 'kannada', letters: {}, inherent: ['a'], coarse: false, keepsFinal: true },
  0x0d00: {
    name: 'malayalam',
    letters: {
      // Final anusvara is m; the chillus are consonants without a vowel; the au length mark.
      '\u0d02': 'म्',
      '\u0d7a': 'ण्',
      '\u0d7b': 'न्',
      '\u0d7c': 'र्',
      '\u0d7d': 'ल्',
      '\u0d7e': 'ळ्',
      '\u0d7f': 'क्',
      '\u0d57': '',
    },
    inherent: ['a'],
    coarse: false,
    keepsFinal: true,
  },
};

/** The Indic block a code unit is in (its first unit), or -1. */
export function indicBlock(c: number): number {
  if (c < DEVANAGARI_BASE || c >= LAST_BLOCK + BLOCK) return -1;
  return c - (c % BLOCK);
}

/** Offsets in every Indic block: the virama, and the dependent vowel signs (ா…ௌ, ा…ौ). */
const VIRAMA = 0x4d;
const FIRST_VOWEL_SIGN = 0x3e;
const LAST_VOWEL_SIGN = 0x4c;

/**
 * A name ending in a dead consonant, its virama written ("ஹனோய்"), takes a case ending that opens with a vowel
 * ("-இல்", in) by writing that vowel's sign in the virama's place: "ஹனோயில்", in Hanoi. The end of the name's
 * stem when `body` has it so at `at`, else -1.
 */
export function stemBeforeVowelSign(body: string, at: number, name: string): number {
  const last = name.charCodeAt(name.length - 1);
  const block = indicBlock(last);
  if (block < 0 || last - block !== VIRAMA) return -1;
  const end = at + name.length - 1;
  if (!body.startsWith(name.slice(0, -1), at)) return -1;
  const sign = body.charCodeAt(end) - block;
  return sign >= FIRST_VOWEL_SIGN && sign <= LAST_VOWEL_SIGN ? end : -1;
}

/** The script of a word: the block of its first Indic letter. */
export function indicScriptOf(text: string): IndicScript | undefined {
  for (let k = 0; k < text.length; k++) {
    const block = indicBlock(text.charCodeAt(k));
    if (block >= 0) return SCRIPTS[block];
  }
  return undefined;
}

/** A letter or sign of an Indic word (not a digit, danda or abbreviation sign), in any block. */
export function isIndicWordUnit(c: number): boolean {
  if (c === 0x200c || c === 0x200d) return true;
  const block = indicBlock(c);
  if (block < 0) return false;
  const offset = c - block;
  // Offsets 0x64–0x70 are the dandas, the digits and the abbreviation sign in every block.
  return offset < 0x64 || offset > 0x70 || (block === 0x0a00 && (offset === 0x70 || offset === 0x71));
}

/** The text with every Indic letter written as its Devanagari twin; other units as they are. */
export function asDevanagari(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const block = indicBlock(c);
    // Zero-width (non-)joiners only choose a glyph ("ప్రావిన్స్‌లో").
    if (c === 0x200c || c === 0x200d) continue;
    if (block < 0) {
      out += ch;
      continue;
    }
    const own = SCRIPTS[block]?.letters[ch];
    out += own ?? String.fromCharCode(DEVANAGARI_BASE + (c - block));
  }
  return out;
}

/** The blocks a Devanagari name is written into by offset alone (no letter of theirs read otherwise): Telugu, Kannada. */
const PLAIN_TWINS = [0x0c00, 0x0c80] as const;

/** Offsets of the consonants (क…ह) and of the nukta consonants (क़…य़) in every block. */
function isConsonantOffset(o: number): boolean {
  return (o >= 0x15 && o <= 0x39) || (o >= 0x58 && o <= 0x5f);
}

/**
 * A Devanagari name written in the scripts whose blocks are its twins letter for letter (PLAIN_TWINS), each as
 * those scripts spell a foreign name: their bare consonant keeps its vowel, so a consonant that ends a word
 * without one in Hindi takes the virama there ("क्वांग नाम" → "క్వాంగ్ నామ్"). A name with a letter the other
 * block does not have (ॉ, candra o) has no twin there.
 */
export function devanagariTwins(name: string): string[] {
  const out: string[] = [];
  for (const base of PLAIN_TWINS) {
    let twin = '';
    for (let k = 0; k < name.length; k++) {
      const c = name.charCodeAt(k);
      if (c < DEVANAGARI_BASE || c >= DEVANAGARI_BASE + BLOCK) {
        twin += name[k];
        continue;
      }
      const offset = c - DEVANAGARI_BASE;
      twin += String.fromCharCode(base + offset);
      const next = k + 1 < name.length ? name.charCodeAt(k + 1) - DEVANAGARI_BASE : -1;
      const wordEnds = next < 0 || next >= BLOCK;
      if (isConsonantOffset(offset) && wordEnds) twin += String.fromCharCode(base + VIRAMA);
    }
    if (TWIN_SCRIPT[base]!.test(twin)) out.push(twin);
  }
  return out;
}

/** Every unit a letter, a sign or a space of the script (an offset the block leaves unassigned is none). */
const TWIN_SCRIPT: Readonly<Record<number, RegExp>> = {
  0x0c00: /^[\p{Script=Telugu}\s-]+$/u,
  0x0c80: /^[\p{Script=Kannada}\s-]+$/u,
};
