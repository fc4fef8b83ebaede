/**
 * Lao as Thai letters, for the Thai sound key (phonetic-thai.ts). Unicode lays the Lao block (U+0E80) out as
 * Thai's (U+0E00): a Lao letter sits 0x80 above the Thai letter of the same sound and role (ກ ก, ດ ด, ນ น,
 * the vowel signs, the tone marks), so a name in Lao reads as Thai once moved. The differences are data:
 * letters whose twin at that offset writes another sound, and the Lao letters Thai has no twin for.
 */

const OFFSET = 0x80;
const FIRST = 0x0e80;
const LAST = 0x0eff;

const OWN: Readonly<Record<string, string>> = {
  // ຊ is s (Thai ซ, not ช); ຢ is an onset y, never a glide (Thai ซ, read as ย onset); ຍ and the subscript
  // ຽ are y (Thai ญ writes n); ຼ is a subscript l (ຫຼ).
  ຊ: 'ซ',
  ຢ: 'ซ',
  ຍ: 'ย',
  '\u0ebd': 'ย',
  '\u0ebc': 'ล',
  // The vowel sign ົ (o) has no Thai twin: any vowel sign written after its consonant reads alike.
  '\u0ebb': '\u0e31',
  // ໜ and ໝ are ຫນ and ຫມ: the ຫ only sets the tone.
  ໜ: 'น',
  ໝ: 'ม',
};

/** Does the text hold a Lao letter? */
export function hasLao(text: string): boolean {
  return /[\u0e81-\u0edf]/.test(text);
}

/** The text with every Lao unit as its Thai twin, one unit for one (offsets are kept); others as they are. */
export function laoAsThai(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < FIRST || c > LAST) out += ch;
    else out += OWN[ch] ?? String.fromCharCode(c - OFFSET);
  }
  return out;
}

/**
 * Lao as Thai letters for the vowel key (phonetic-thai-vowels.ts), one unit for one: as `laoAsThai`, but the
 * vowel sign ົ is o (Thai อ after its consonant: "ດົງ" as "ดอง") except in ເ-ົາ, ao ("ເລົ່າ"), and ຽ is the
 * vowel ia (Thai ี: "ດຽນ" as "ดีน").
 */
export function laoVowelsAsThai(text: string): string {
  const base = laoAsThai(text);
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\u0ebb') out += /^[\u0ec8-\u0ecb]?\u0eb2/.test(text.slice(k + 1, k + 3)) ? '\u0e48' : 'อ';
    else if (ch === '\u0ebd') out += '\u0e35';
    else out += base[k]!;
  }
  return out;
}
