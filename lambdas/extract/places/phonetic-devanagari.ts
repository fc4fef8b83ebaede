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
  ['ऍ', 'e'],
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
  ['ॅ', 'e'],
]);

const VIRAMA = '\u094d';
const NUKTA = '\u093c';
/** Anusvara and candrabindu: a nasal, written n ("नांग" nang). */
const NASALS = new Set(['\u0902', '\u0901']);

/**
 * One Devanagari word in Latin letters: a consonant carries the inherent a unless a vowel sign or a virama
 * follows it, or it ends the word (Hindi drops the final a: "लाक" lak). Null when a unit is not Devanagari.
 */
export function romanizeDevanagari(word: string): string | null {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const c = word[k]!;
    const consonant = CONSONANTS[c];
    if (consonant !== undefined) {
      out += consonant;
      let next = k + 1;
      if (word[next] === NUKTA) next++;
      const after = word[next];
      if (after !== undefined && after !== VIRAMA && !VOWEL_LETTERS.has(after)) {
        // Another consonant, a nasal or a sign: the inherent vowel is spoken.
        out += 'a';
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

/** Key of one word in Latin letters, lower case, without marks. */
function wordKey(word: string): string {
  let w = word;
  for (const [from, to] of DIGRAPHS) w = w.replace(from, to);
  return w.replace(/[aeiou]+/g, reduceVowels);
}

/** The key of a name's words, each reduced alone (a vowel run never spans two words), joined. */
function keyOfWords(words: readonly string[]): string {
  return words.map(wordKey).join('');
}

/** Key of a Vietnamese name folded (no marks, đ as d): "ben tre" → "benCe", "bac lieu" → "baklu". */
export function vietnameseDevanagariKey(folded: string): string {
  return keyOfWords(folded.split(/[\s\-–]+/).filter((w) => w.length > 0));
}

/** Key of a name in Devanagari ("बाक लियू" → "baklu"); null when a unit is not a Devanagari letter or sign. */
export function devanagariSoundKey(text: string): string | null {
  const words: string[] = [];
  for (const part of text.split(/[\s\-–]+/)) {
    if (part.length === 0) continue;
    const latin = romanizeDevanagari(part);
    if (latin === null) return null;
    words.push(latin);
  }
  return words.length === 0 ? null : keyOfWords(words);
}
