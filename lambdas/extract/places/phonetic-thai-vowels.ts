/**
 * Thai vowel keys: the second key of a Thai spelling, used only where two or three provinces share its
 * consonant key (phonetic-thai.ts: Đà Nẵng and Tây Ninh are both TNG, Hà Giang, Hải Dương and Hậu Giang all
 * HSG). One coarse class per syllable, as Thai press writes the Vietnamese vowel:
 * - A: a, ă, ai, ay, oa (า ั ำ ะ ไ ใ); I: i, y, e, ê, iê, uyê (ิ ี เ- แ- เ-ีย);
 * - U: u, ư, ươ, uô (ุ ู ึ ื เ-ือ, ว between consonants: "ทวน"); O: o, ô, ơ (โ- เ-ิ เ-อ, อ after a
 *   consonant, or no vowel sign at all: "ดง"); W: ao, au (เ-า).
 * Vietnamese vowels Thai writes several ways (â as "กาน" or "เกิ่น") give each class they are written with.
 */

const FOLLOWING: Readonly<Record<string, string>> = {
  '\u0e30': 'A', // ะ
  '\u0e31': 'A', // ั
  '\u0e32': 'A', // า
  '\u0e33': 'A', // ำ
  '\u0e34': 'I', // ิ
  '\u0e35': 'I', // ี
  '\u0e36': 'U', // ึ
  '\u0e37': 'U', // ื
  '\u0e38': 'U', // ุ
  '\u0e39': 'U', // ู
  '\u0e47': 'I', // ็ (short e of "เต็ย")
  '\u0e45': 'W', // ๅ: Thai names never write it; Khmer ៅ (au) is moved to it (khmer.ts)
};

const CONSONANT = /[\u0e01-\u0e2e]/;
/** A letter the thanthakhat silences ("นินห์"), past a tone mark. */
const SILENT = /[\u0e01-\u0e2e][\u0e48-\u0e4b]?\u0e4c/g;
/** Tone marks and the phinthu: neither says which vowel is written. */
const MARKS = /[\u0e3a\u0e48-\u0e4b]/g;
const SONORANTS = 'งญณนมยรลวฬ';
const GLIDES = 'วรล';

/**
 * A leading vowel (เ แ โ ไ ใ), its onset (a silent ห, a consonant and a glide a vowel sign follows) and the
 * signs after that make one vowel with it: its class and the code units it spans.
 */
function leadingVowel(s: string, k: number): { cls: string; end: number } {
  const lead = s[k]!;
  let j = k + 1;
  if (s[j] === 'ห' && SONORANTS.includes(s[j + 1] ?? ' ')) j++;
  if (CONSONANT.test(s[j] ?? '')) j++;
  if (GLIDES.includes(s[j] ?? ' ') && FOLLOWING[s[j + 1] ?? ''] !== undefined) j++;
  if (lead === 'ไ' || lead === 'ใ') return { cls: 'A', end: j };
  if (lead === 'โ') return { cls: 'O', end: j };
  if (lead === 'แ') return { cls: 'I', end: j };
  const after = s[j];
  if (after === '\u0e37') return { cls: 'U', end: s[j + 1] === 'อ' ? j + 2 : j + 1 }; // เ-ือ
  // เ-ีย is iê; Lao writes ơ as ເ-ີ with no ຍ ("ເທີ").
  if (after === '\u0e35') return s[j + 1] === 'ย' ? { cls: 'I', end: j + 2 } : { cls: 'O', end: j + 1 };
  if (after === '\u0e34' || after === 'อ') return { cls: 'O', end: j + 1 }; // เ-ิ, เ-อ
  if (after === '\u0e32') return { cls: 'W', end: s[j + 1] === '\u0e30' ? j + 2 : j + 1 }; // เ-า
  if (after === '\u0e47') return { cls: 'I', end: j + 1 };
  return { cls: 'I', end: j };
}

/** Vowel key of a Thai spelling: "ดานัง" → "AA", "เต็ยนิญ" → "II", "ด่งหน่าย" → "OA", "ไฮเซือง" → "AU". */
export function thaiVowelKey(text: string): string {
  const s = text.normalize('NFC').replace(SILENT, '').replace(MARKS, '');
  let out = '';
  // A vowel is written and its syllable may still take a closing consonant.
  let open = false;
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    if (c >= '\u0e40' && c <= '\u0e44') {
      const { cls, end } = leadingVowel(s, k);
      out += cls;
      open = true;
      k = end - 1;
      continue;
    }
    if (!CONSONANT.test(c)) continue;
    const next = s[k + 1] ?? '';
    const sign = FOLLOWING[next];
    if (sign !== undefined) {
      // ัว is uô, ua ("ถัวน").
      const ua = next === '\u0e31' && s[k + 2] === 'ว';
      out += ua ? 'U' : sign;
      open = true;
      k += ua ? 2 : 1;
      continue;
    }
    // A silent ห, or a consonant whose glide carries the vowel sign ("กวาง", "ตรี"): the next letter says.
    if (
      CONSONANT.test(next) &&
      ((c === 'ห' && SONORANTS.includes(next)) ||
        (GLIDES.includes(next) && FOLLOWING[s[k + 2] ?? ''] !== undefined))
    )
      continue;
    if (open) {
      // A closing consonant ("นาย", "ซาง").
      open = false;
      continue;
    }
    if (next === 'ว' && CONSONANT.test(s[k + 2] ?? '')) {
      // ว between consonants is the vowel ua, uô ("ทวน").
      out += 'U';
      open = true;
      k++;
      continue;
    }
    if (next === 'อ' && !FOLLOWING[s[k + 2] ?? '']) {
      out += 'O';
      open = true;
      k++;
      continue;
    }
    // No vowel sign: the inherent o of a closed syllable ("ดง"); a lone letter at the end says nothing.
    if (CONSONANT.test(next)) {
      out += 'O';
      open = true;
    }
  }
  return out;
}

/** Tone marks of Vietnamese (grave, acute, tilde, hook, dot below); the vowel quality marks stay. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = /^(ngh|ng|nh|gh|gi|ph|th|tr|ch|kh|qu|[bcdđghklmnprstvx])/;
const CODA = /(ng|nh|ch|[cmnpt])$/;

/** Class of a Vietnamese vowel (its tones dropped): the classes Thai press writes it with. */
function vowelClasses(v: string): string[] {
  if (/^(ươ|ưa|ư|uô|ua|u)/.test(v) && !/^uy/.test(v)) return v.startsWith('uâ') ? ['U', 'A', 'O'] : ['U'];
  if (/^(uy|i|y|ê|e)/.test(v)) return ['I'];
  if (v === 'ây') return ['A', 'I', 'O'];
  if (v === 'âu') return ['W', 'O'];
  if (v === 'au' || v === 'ao') return ['W', 'A'];
  if (v.startsWith('â')) return ['A', 'O'];
  if (/^(oa|oă|a|ă)/.test(v)) return ['A'];
  return ['O'];
}

/** Vowel keys of a Vietnamese name: "Hậu Giang" → ["WA", "OA"], "Đà Nẵng" → ["AA"]. */
export function vietnameseVowelKeys(name: string): string[] {
  let keys = [''];
  for (const syllable of name
    .normalize('NFD')
    .replace(TONES, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\-–]+/)) {
    if (syllable === '') continue;
    const onset = ONSET.exec(syllable)?.[0] ?? '';
    // "gi" before a vowel is an onset; alone ("Gì") it is g and i.
    const rest = syllable.slice(onset === 'gi' && syllable.length === 2 ? 1 : onset.length);
    keys = keys.flatMap((k) => vowelClasses(rest.replace(CODA, '')).map((c) => k + c));
  }
  return keys;
}
