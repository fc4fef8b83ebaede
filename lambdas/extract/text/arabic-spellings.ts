/**
 * The spellings an Arabic-script outlet may give a name listed once in Arabic (data/names-in-scripts.json),
 * derived by the rules by which Arabic, Persian and Urdu transcriptions of one Vietnamese name differ, so a list
 * keeps one form and the text is still found in its others:
 * - a long vowel's alef inside a word is often left out (Hà Nội: Arabic "هانوي", Urdu "ہنوئی");
 * - two vowel letters side by side take a hamza seat between them in Persian and Urdu ("هانوي" → "هانوئی",
 *   Lai: "لاي" → "لائی");
 * - ch is written تش or ش ("لاي تشاو" / "لاي شاو", Lai Châu), as the sound key of places/phonetic-arabic.ts
 *   reads both;
 * - a final ي is also written ى (Egyptian usage), a final ة also ه, and an alef with hamza or madda also bare;
 * - the n of a final -ng is written twice by some Urdu and Persian outlets (Hải Phòng: "ہائی فوننگ" beside
 *   "هاي فونغ").
 * Forms are compared after text/arabic-letters.ts's asArabicLetters, so Persian and Urdu letters need no rule.
 */

/** Vowel letters a transcription writes a Vietnamese vowel with. */
const VOWEL_LETTERS = new Set(['ا', 'و', 'ي']);

/** Fewest letters (spaces aside) of a derived spelling: shorter ones are too often an ordinary word. */
const MIN_LETTERS = 4;

/** Fewest letters of a word that may lose its long alef. */
const MIN_SHORTENED_WORD = 4;

/** Most spellings one form yields: a name has few long vowels and vowel pairs. */
const MAX_SPELLINGS = 32;

type Rule = (word: string) => string[];

/**
 * Each word of four letters or more with one medial alef after a consonant left out ("هانوي" → "هنوي"); a word
 * of three ("كاو", Cầu) would leave two letters, an Urdu particle's ("کو").
 */
const shortVowel: Rule = (word) => {
  const out: string[] = [];
  if (word.length < MIN_SHORTENED_WORD) return out;
  for (let k = 1; k < word.length - 1; k++) {
    if (word[k] === 'ا' && !VOWEL_LETTERS.has(word[k - 1]!)) out.push(word.slice(0, k) + word.slice(k + 1));
  }
  return out;
};

/** A hamza seat between two vowel letters before ي ("نوي" → "نوئي"). */
const hamzaSeat: Rule = (word) => {
  const out: string[] = [];
  for (let k = 1; k < word.length; k++) {
    if (word[k] === 'ي' && VOWEL_LETTERS.has(word[k - 1]!) && k > 1)
      out.push(word.slice(0, k) + 'ئ' + word.slice(k));
  }
  return out;
};

/** ch as ش where the form writes تش. */
const chAsSheen: Rule = (word) => (word.includes('تش') ? [word.replaceAll('تش', 'ش')] : []);

/** The final and initial letters each written the other common way. */
const endings: Rule = (word) => {
  const out: string[] = [];
  if (word.endsWith('ي')) out.push(word.slice(0, -1) + 'ى');
  if (word.endsWith('ة')) out.push(word.slice(0, -1) + 'ه');
  if (/^[أإآ]/.test(word)) out.push('ا' + word.slice(1));
  if (/^ا/.test(word)) out.push('آ' + word.slice(1), 'أ' + word.slice(1));
  return out;
};

/** The ن of a word-final نغ (-ng) written twice ("فونغ" → "فوننغ"); a word opening with نغ (Nguyễn) keeps it. */
const doubledNoon: Rule = (word) =>
  word.length > 2 && word.endsWith('نغ') && word[word.length - 3] !== 'ن' ? [`${word.slice(0, -1)}نغ`] : [];

const RULES: readonly Rule[] = [chAsSheen, shortVowel, hamzaSeat, endings, doubledNoon];

/** Every spelling of one word: the rules applied in turn, each to what the earlier ones gave. */
function wordSpellings(word: string): string[] {
  let found = [word];
  for (const rule of RULES) found = [...new Set([...found, ...found.flatMap(rule)])];
  return found;
}

/** The form and its derived spellings (module comment), the form first; spellings too short are left out. */
export function arabicSpellings(form: string): string[] {
  const words = form.split(' ');
  let out = [''];
  for (const word of words) {
    const options = wordSpellings(word);
    out = out
      .flatMap((head) => options.map((o) => (head === '' ? o : `${head} ${o}`)))
      .slice(0, MAX_SPELLINGS * 4);
  }
  const letters = (s: string): number => s.replace(/ /g, '').length;
  const derived = out.filter((s) => s !== form && letters(s) >= MIN_LETTERS);
  return [form, ...derived.slice(0, MAX_SPELLINGS)];
}

/**
 * A word with its glide and front vowel spelt apart: after و, the ي of uyê/uy is often written twice (Nguyễn:
 * "نغوين" and "نغويين", Tuyên: "توين" and "تويين"). The form itself, then its spelling with ي doubled, if any.
 */
export function withDoubledYeh(word: string): string[] {
  return word.includes('وي') && !word.includes('ويي') ? [word, word.replace('وي', 'ويي')] : [word];
}

/** A family name ending in -ng with its ن also written twice ("هوانغ", "هواننغ"; Hoàng): the form first. */
export function withDoubledNoon(word: string): string[] {
  return [word, ...doubledNoon(word)];
}
