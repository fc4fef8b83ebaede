/**
 * Devanagari sound keys: Hindi outlets transcribe a Vietnamese name from its spelling without diacritics, read
 * roughly as English (Đà Nẵng: "दा नांग", "डा नांग"; Điện Biên: "दीएन बिएन", "डिएन बिएन"; Tiền Giang: "तियेन
 * जियांग"), and no source reachable here lists those forms for every province (data/SOURCES.md). The key is
 * one spelling both sides reduce to: the Devanagari is romanized letter by letter (inherent a, virama,
 * anusvara), then the romanization and the Vietnamese name (folded) go through the same reduction:
 * - digraphs by the sound they write: ph/फ f; th/थ and t/ट/त t; kh/ख k; ch, tr/च, ट्र C; gi before a vowel/ज j;
 *   qu/क्व kv; ng, ngh/ंग, न्ग N; nh/न्ह n; d, đ/द, ड d; x, s/स, श s; y/य i;
 * - vowels by run: a run with a, o or u keeps those only (ai, ay: a; iêu, इयू: u; oa: oa); a run of i and e
 *   only keeps its last (iê, ye, इए: e). Tones and vowel qualities are gone already.
 * Coarse on purpose: used only right before a type word (प्रांत, जिले), where the type word says a name is
 * there and the key, which.
 */

import { fold } from '../text/fold.js';
import { boundedMemo } from '../text/memo.js';
import { asDevanagari, indicScriptOf } from './indic.js';
import { spelledLetters } from './letter-names.js';

const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'ng',
  च: 'ch',
  छ: 'ch',
  ज: 'j',
  झ: 'j',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'd',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'd',
  न: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'b',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  ळ: 'l',
  व: 'v',
  श: 's',
  ष: 's',
  स: 's',
  ह: 'h',
  // Letters with a nukta, precomposed, and the Devanagari twins of Tamil ன, ற, ழ (indic.ts).
  क़: 'k',
  ख़: 'kh',
  ग़: 'g',
  ज़: 'z',
  ड़: 'r',
  ढ़: 'r',
  फ़: 'f',
  य़: 'y',
  ऩ: 'n',
  ऱ: 'r',
  ऴ: 'l',
};

/** Independent vowels and vowel signs (matras). */
const VOWEL_LETTERS: ReadonlyMap<string, string> = new Map([
  ['अ', 'a'],
  ['आ', 'a'],
  ['इ', 'i'],
  ['ई', 'i'],
  ['उ', 'u'],
  ['ऊ', 'u'],
  ['ऋ', 'ri'],
  ['ए', 'e'],
  ['ऐ', 'ai'],
  ['ओ', 'o'],
  ['औ', 'au'],
  ['ऑ', 'o'],
  // Candra e writes the a of English "can" (Marathi "कॅन"): a run with a.
  ['ऍ', 'ae'],
  ['ा', 'a'],
  ['ि', 'i'],
  ['ी', 'i'],
  ['ु', 'u'],
  ['ू', 'u'],
  ['ृ', 'ri'],
  ['े', 'e'],
  ['ै', 'ai'],
  ['ो', 'o'],
  ['ौ', 'au'],
  ['ॉ', 'o'],
  ['ॅ', 'ae'],
  // Short e and o: Devanagari twins of the Dravidian scripts' own letters and signs.
  ['ऎ', 'e'],
  ['ऒ', 'o'],
  ['ॆ', 'e'],
  ['ॊ', 'o'],
]);

const VIRAMA = '\u094d';
const NUKTA = '\u093c';
/** Anusvara and candrabindu: a nasal, written n ("नांग" nang). */
const NASALS = new Set(['\u0902', '\u0901']);

/**
 * One Devanagari word in Latin letters: a consonant carries the inherent a unless a vowel sign or a virama
 * follows it, or it ends the word (Hindi drops the final a: "लाक" lak). Null when a unit is not Devanagari.
 */
export function romanizeDevanagari(written: string, inherent = 'a', keepsFinal = false): string | null {
  // A word opening with "en" before g writes the Vietnamese ng as English spells its sound ("এনগুয়েন" Nguyên,
  // "এনঘে" Nghệ), and so does one opening with a dead n before k in Tamil, whose k is also g ("இன்கே" Nghệ): no
  // Vietnamese syllable opens with e or i, n and then a velar.
  const word = written.replace(/^(?:एन|इ[नऩ]्)[गघक]/, 'ङ');
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const c = word[k]!;
    const consonant = CONSONANTS[c];
    if (consonant !== undefined) {
      out += consonant;
      let next = k + 1;
      if (word[next] === NUKTA) next++;
      const after = word[next];
      // A final ह right after a consonant writes the h of nh, th ("নিনহ" Ninh, with a virama "বিনহ্" Bình): no
      // vowel between them.
      const finalH =
        after === 'ह' &&
        (next === word.length - 1 || (next === word.length - 2 && word[next + 1] === VIRAMA));
      // A word of one bare consonant is a syllable of its own ("থ" Thơ).
      const alone = after === undefined && (k === 0 || keepsFinal);
      if (alone || (after !== undefined && after !== VIRAMA && !VOWEL_LETTERS.has(after) && !finalH)) {
        // Another consonant, a nasal or a sign: the inherent vowel is spoken.
        out += inherent;
      }
      k = next - 1;
      continue;
    }
    const vowel = VOWEL_LETTERS.get(c);
    if (vowel !== undefined) out += vowel;
    else if (NASALS.has(c)) out += 'n';
    else if (c === VIRAMA || c === NUKTA || c === '\u0903') continue;
    else return null;
  }
  return out;
}

const DIGRAPHS: readonly [RegExp, string][] = [
  [/ngh|ng/g, 'N'],
  [/nh/g, 'n'],
  [/gh/g, 'g'],
  [/gi(?=[aeiouy])/g, 'j'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/kh/g, 'k'],
  [/ch|tr/g, 'C'],
  [/qu/g, 'kv'],
  [/x/g, 's'],
  [/z/g, 'j'],
  [/[cq]/g, 'k'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/h(?=$)/g, ''],
];

function reduceVowels(run: string): string {
  if (/[aou]/.test(run)) return run.replace(/[ie]/g, '').replace(/(.)\1+/g, '$1');
  return run[run.length - 1]!;
}

/**
 * A glide between a consonant and a or e, however written: "hoa", "होआ", "ह्वा", "হোয়া" (o, y), "குவா" (u, v),
 * "क्वा" (qu) → "hva", "kva".
 */
const GLIDE = /(?<=[^aeiou])(?:[ou]i?|[ou]?v)(?=[ae])/g;

/**
 * Coarse key letters for a script with no aspirates and no voiced stops (Tamil writes Bình and Phú with ப,
 * Đà and Tây with ட or த, Giang and Sơn with ஜ or ச): one letter per place of articulation.
 */
const COARSE: readonly [RegExp, string][] = [
  [/[pfv]/g, 'p'],
  [/g/g, 'k'],
  [/d/g, 't'],
  [/[Cjsz]/g, 's'],
];

/**
 * Key of one word in Latin letters, lower case, without marks. b and v are one letter: Bengali writes both
 * with ব, and Bengali and Nepali write a foreign v with ভ/भ (bh) as often as with v.
 */
function computeWordKey(word: string, coarse: boolean): string {
  // iê before a consonant, written "iya" by the Dravidian scripts ("டியன்" Điện), not after j ("ஜியாங்" Giang)
  // nor after a word's first g: "गियांग" writes the Vietnamese gi of Giang and then its a, as "giyang" spells it
  // (Vietnamese writes no syllable gi, glide and ê).
  let w = word.replace(/(?<=[^aeiouj])iya(?=[^aeiouy])/g, (m, at: number) =>
    at === 1 && word[0] === 'g' ? m : 'ie',
  );
  for (const [from, to] of DIGRAPHS) w = w.replace(from, to);
  // A doubled consonant is one ("ச்சி" chi); a v between vowels is the glide Dravidian scripts write between
  // them ("லாவோ" Lào, "துவோங்" Dương), which Vietnamese has not.
  w = w
    .replace(/([^aeiou])\1+/g, '$1')
    .replace(/(?<=[aeiou])v(?=[aeiou])/g, '')
    .replace(GLIDE, 'v')
    .replace(/b/g, 'v');
  if (coarse) for (const [from, to] of COARSE) w = w.replace(from, to);
  return w.replace(/[aeiou]+/g, reduceVowels);
}

/**
 * wordKey remembered, plain and coarse apart: the sound index keys every gazetteer name in several spellings, and
 * their words are a few thousand syllables ("binh", "phuoc") met tens of thousands of times.
 */
const plainKeys = boundedMemo((word) => computeWordKey(word, false));
const coarseKeys = boundedMemo((word) => computeWordKey(word, true));
const wordKey = (word: string, coarse: boolean): string => (coarse ? coarseKeys(word) : plainKeys(word));

/** The key of a name's words, each reduced alone (a vowel run never spans two words), joined. */
function keyOfWords(words: readonly string[], coarse: boolean): string {
  return words.map((w) => wordKey(w, coarse)).join('');
}

/**
 * Key of a Vietnamese name folded (no marks, đ as d): "ben tre" → "venCe", "bac lieu" → "vaklu"; `coarse`:
 * as a script without aspirates and voiced stops reads it (Tamil).
 */
export function vietnameseDevanagariKey(folded: string, coarse = false): string {
  return keyOfWords(
    folded.split(/[\s\-–]+/).filter((w) => w.length > 0),
    coarse,
  );
}

/**
 * Keys of a Vietnamese name with its marks, as Indic outlets may write it: from its letters (folded), with ơ
 * as the bare consonant's vowel (Sơn: "सन", "சன்"), and with a final nh as ng ("நிங்", "ನಿಂಗ್").
 */
export function vietnameseIndicKeys(name: string, coarse = false): string[] {
  const folded = fold(name);
  const schwa = fold(name.normalize('NFC').replace(/[ơỜờỚớỞởỠỡỢợ]/g, 'a'));
  const keys = new Set<string>();
  const spellings = [folded, schwa];
  // Tamil has one letter for k and g, and an outlet that reads the spelling "Giang" as English does writes its
  // g and i as letters where others write the Vietnamese sound ("ஜியாங்"): with a full i and the glide y Tamil
  // puts before the next vowel ("கியாங்", read as the "iya" of iê, as the text's key reads it), or g and y as one
  // cluster ("க்யாங்"). Two more keys read gi before a vowel so, with k for the one letter (DIGRAPHS leaves
  // "ky" alone: only gi is the Vietnamese z).
  if (coarse)
    spellings.push(
      ...spellings.flatMap((w) => [
        w.replace(/\bgi(?=[aeiouy])/g, 'kiy'),
        w.replace(/\bgi(?=[aeiouy])/g, 'ky'),
      ]),
    );
  // An outlet that reads the spelling "Nghệ" as English does hears the gh and not the n ("গে এন", Nghệ An). Only
  // before e: "Nghĩa" so read would be "Gia", the gi that keys as j, and name a Quảng Nghĩa for every Quảng Trị.
  spellings.push(...spellings.filter((w) => /\bnghe/.test(w)).map((w) => w.replace(/\bngh(?=e)/g, 'g')));
  // The ây and ay of a syllable sound as the English "ay" of "day", which Indic outlets write e ("তে নিন", Tây
  // Ninh), as they write that English word.
  spellings.push(...spellings.filter((w) => /ay\b/.test(w)).map((w) => w.replace(/ay\b/g, 'e')));
  for (const written of spellings) {
    keys.add(vietnameseDevanagariKey(written, coarse));
    keys.add(vietnameseDevanagariKey(written.replace(/nh\b/g, 'ng'), coarse));
  }
  return [...keys];
}

/**
 * A word-final i after a consonant and r, as an outlet reads a Vietnamese spelling in English ("Tri" as
 * "try"): "ट्राई", "ட்ரை" (Quảng Trị). Vietnamese writes no such syllable in a province's name, so the
 * reading is a second key, tried after the letter's own.
 */
const ENGLISH_FINAL_I = /(?<=[^aeiou]r)a+i$/;

/**
 * A word "en" alone, as an outlet reads the Vietnamese An in English (the letter's name, "एन गियांग" An Giang):
 * a second key with a, tried after the letter's own (Yên, written "एन" too, keys as "en").
 */
const ENGLISH_AN = /^en$/;

/**
 * A vowel the Dravidian scripts put inside a cluster a word cannot begin with: Tamil writes the tr of Trị
 * "டிரை" (ṭirai), t and r parted by an i, as it parts the k and w of Quảng ("குவாங்"), or by an a ("தாராங்", the
 * Trang of Nha Trang). Read without it as a second key; Vietnamese begins no syllable with a consonant, a
 * vowel and r.
 */
const EPENTHETIC_VOWEL = /^([^aeiou])(?:[iu]|a+)(?=r[aeiou])/;

/**
 * Key of a name in Devanagari ("बाक लियू" → "vaklu"); null when a unit is not a Devanagari letter or sign.
 * `englishI`: with a final "rai" read as "ri" (ENGLISH_FINAL_I) and a lone "en" as "an" (ENGLISH_AN);
 * `cluster`: with a word's first consonant and r read as one cluster (EPENTHETIC_VOWEL); `spelled`: with a word
 * of English letter names read as the letters it spells (letter-names.ts: "सीए" ca).
 */
export function devanagariSoundKey(
  text: string,
  inherent = 'a',
  coarse = false,
  keepsFinal = false,
  englishI = false,
  cluster = false,
  spelled = false,
): string | null {
  const words: string[] = [];
  for (const part of text.split(/[\s\-–]+/)) {
    if (part.length === 0) continue;
    const letters = spelled ? spelledLetters(part) : null;
    if (letters !== null) {
      words.push(letters);
      continue;
    }
    const romanized = romanizeDevanagari(part, inherent, keepsFinal);
    if (romanized === null) return null;
    const latin = cluster ? romanized.replace(EPENTHETIC_VOWEL, '$1') : romanized;
    words.push(englishI ? latin.replace(ENGLISH_FINAL_I, 'i').replace(ENGLISH_AN, 'an') : latin);
  }
  return words.length === 0 ? null : keyOfWords(words, coarse);
}

/**
 * The keys of a name written in any Indic script (indic.ts moves it to Devanagari), one per vowel a bare
 * consonant of the script may carry, most likely first; empty when a unit is not an Indic letter or sign.
 */
export function indicSoundKeys(text: string): { keys: string[]; coarse: boolean } {
  const script = indicScriptOf(text);
  if (script === undefined) return { keys: [], coarse: false };
  const devanagari = asDevanagari(text);
  const keys: string[] = [];
  // The Dravidian scripts (keepsFinal) part a first cluster with a vowel: their keys without it come last.
  for (const cluster of script.keepsFinal ? [false, true] : [false]) {
    for (const englishI of [false, true]) {
      for (const vowel of script.inherent) {
        const key = devanagariSoundKey(
          devanagari,
          vowel,
          script.coarse,
          script.keepsFinal,
          englishI,
          cluster,
        );
        if (key !== null && !keys.includes(key)) keys.push(key);
      }
    }
  }
  // A word spelled by its letters' English names ("সিএ মাউ", Cà Mau) is read so last: its own sound first.
  const spelled = devanagariSoundKey(
    devanagari,
    script.inherent[0],
    script.coarse,
    script.keepsFinal,
    false,
    false,
    true,
  );
  if (spelled !== null && !keys.includes(spelled)) keys.push(spelled);
  return { keys, coarse: script.coarse };
}
