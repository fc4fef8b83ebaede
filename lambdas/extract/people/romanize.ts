/**
 * Vietnamese personal names written in another script, read back to their folded Latin form: "Нгуен Ван
 * Лонг", "グエン・ヴァン・フン", "응우옌 반 티엔" and "阮文台" become "nguyen van long", "nguyen van hung",
 * "nguyen van tien", "nguyen van dai". Copies of one story in Russian, Japanese, Korean, Chinese or Thai name the
 * same officials as the Latin ones (Hindi too, since session 11: "गुयेन वान हंग"); without this their names never meet.
 *
 * Each script writes one Vietnamese syllable as a unit (a Cyrillic word, a katakana part between middle dots,
 * a Hangul word, a Han character). A unit is read by longest match through its script's table
 * (data/names-romanized.json: every written piece with its possible Latin spellings, from the script's
 * transcription convention), which gives a few candidate spellings where the script merges sounds Vietnamese
 * keeps apart (katakana writes Tân and Thắng タン; Hangul writes Văn and Bá with ㅂ). The candidate that is a
 * syllable of Vietnamese names wins, the more frequent the better; otherwise the first, the convention's
 * usual value. Thai spellings of Vietnamese names follow no single convention: a Thai syllable is read only
 * when the table lists it whole (tone marks aside). Devanagari (Hindi copies, since session 11) is read letter by
 * letter, a consonant's inherent vowel standing for a, u or nothing (devanagariPieces).
 */
import { z } from 'zod';
import data from '../data/names-romanized.json' with { type: 'json' };
import { hangulJamo } from '../text/hangul.js';

const Alternatives = z.array(z.string().min(1)).min(1);
const DataSchema = z.object({
  family: z.array(z.string().regex(/^[a-z]+$/)),
  given: z.array(z.string().regex(/^[a-z]+$/)),
  cyrillic: z.record(z.string(), Alternatives),
  katakana: z.record(z.string(), Alternatives),
  hangul: z.object({
    initial: z.array(Alternatives).length(19),
    medial: z.array(Alternatives).length(21),
    final: z.array(Alternatives).length(28),
  }),
  han: z.record(z.string(), Alternatives),
  thai: z.record(z.string(), Alternatives),
  devanagari: z.object({
    consonant: z.record(z.string(), Alternatives),
    sign: z.record(z.string(), Alternatives),
    independent: z.record(z.string(), Alternatives),
    inherent: Alternatives,
  }),
});

const DATA = DataSchema.parse(data);
/** "_" in the data is the empty spelling (a sign that writes no sound of its own: ь, ー, ッ). */
const spell = (alts: readonly string[]): string[] => alts.map((a) => (a === '_' ? '' : a));
/** Preference among name syllables: for a name's first unit family names first, for the others given names. */
function ranking(first: readonly string[], then: readonly string[]): ReadonlyMap<string, number> {
  const rank = new Map<string, number>();
  for (const s of [...first, ...then]) if (!rank.has(s)) rank.set(s, rank.size);
  return rank;
}
const FIRST_RANK = ranking(DATA.family, DATA.given);
const LATER_RANK = ranking(DATA.given, DATA.family);

/**
 * Whether a folded Latin syllable is one the data lists for Vietnamese family or given names ("minh", "cuong"),
 * not merely a possible Vietnamese syllable: what tells a name from another word spelling such syllables.
 */
export function isListedNameSyllable(folded: string): boolean {
  return FIRST_RANK.has(folded);
}

const FAMILY: ReadonlySet<string> = new Set(DATA.family);

/** Whether a folded Latin syllable is one the data lists for Vietnamese family names ("nguyen", "tran"). */
export function isListedFamilyName(folded: string): boolean {
  return FAMILY.has(folded);
}

interface Table {
  readonly entries: ReadonlyMap<string, string[]>;
  readonly longest: number;
}

function table(record: Record<string, string[]>): Table {
  const entries = new Map(Object.entries(record).map(([k, v]) => [k, spell(v)]));
  return { entries, longest: Math.max(...[...entries.keys()].map((k) => k.length)) };
}

const CYRILLIC = table(DATA.cyrillic);
const KATAKANA = table(DATA.katakana);
const HAN = table(DATA.han);

/** Whether a Han character is one Vietnamese names are written with (the table's characters). */
export function isHanNameCharacter(ch: string): boolean {
  return HAN.entries.has(ch);
}

/** Thai tone marks, the short-vowel mark and the silencer: spellings of one name differ most in these. */
const thaiBase = (s: string): string => s.replace(/[\u0e47-\u0e4c]/gu, '');
/** Thai is read by whole syllable: its vowels are written around the consonants, not in reading order. */
const THAI = new Map<string, string[]>();
for (const [form, alts] of Object.entries(DATA.thai)) {
  const key = thaiBase(form);
  THAI.set(key, [...new Set([...(THAI.get(key) ?? []), ...spell(alts)])]);
}

/** More candidates than this from one unit means it is not a name syllable: stop expanding. */
const MAX_CANDIDATES = 512;

/** Longest-match reading of one unit: the alternatives of each piece, or null when a piece is unknown. */
function pieces(unit: string, t: Table): string[][] | null {
  const out: string[][] = [];
  for (let at = 0; at < unit.length;) {
    let found = false;
    for (let n = Math.min(t.longest, unit.length - at); n > 0; n--) {
      const alts = t.entries.get(unit.slice(at, at + n));
      if (!alts) continue;
      out.push(alts);
      at += n;
      found = true;
      break;
    }
    if (!found) return null;
  }
  return out;
}

/** Hangul vowel indices (of the 21 medials): ㅔ, ㅜ, ㅠ. */
const MEDIAL_E = 5;
const MEDIAL_U = 13;
const MEDIAL_YU = 17;

function hangulPieces(unit: string): string[][] | null {
  const out: string[][] = [];
  const { initial, medial, final } = DATA.hangul;
  // Whether the block before was such a 누 or 뉴 (below): its vowel ㅔ may then write -ye- (누엔, Nguyễn).
  let afterNu = false;
  for (let k = 0; k < unit.length; k++) {
    const jamo = hangulJamo(unit.charAt(k));
    if (jamo === null) return null;
    // 응 before a vowel-initial block writes the initial ng- (응우옌 Nguyễn, 응오 Ngô, 응옥 Ngọc).
    const next = k + 1 < unit.length ? hangulJamo(unit.charAt(k + 1)) : null;
    if (jamo.initial === 11 && jamo.medial === 18 && jamo.final === 21 && next?.initial === 11) {
      out.push(['ng']);
      continue;
    }
    // 누 before a vowel-initial block may write ng-u too: the press's shorter spelling of Nguyễn (누옌 beside 응우옌),
    // and so may 뉴 (뉴옌), and 누 before 엔, whose ㅔ then stands for the -yê- of Nguyễn (누엔).
    const nu =
      jamo.initial === 2 &&
      (jamo.medial === MEDIAL_U || jamo.medial === MEDIAL_YU) &&
      jamo.final === 0 &&
      next?.initial === 11;
    const ye = afterNu && jamo.medial === MEDIAL_E;
    out.push(
      nu ? ['n', 'ng'] : spell(initial[jamo.initial]!),
      nu ? ['u'] : ye ? ['ye', ...spell(medial[jamo.medial]!)] : spell(medial[jamo.medial]!),
      spell(final[jamo.final]!),
    );
    afterNu = nu;
  }
  return out;
}

const VIRAMA = '\u094d';
const NUKTA = '\u093c';
/** "एक्स", the English letter name of X: Hindi copies spell Xô, Xuân from the English letter ("एक्सो"). */
const LETTER_X = [...'एक्स'];

/**
 * Devanagari read letter by letter: a consonant, then its vowel sign, or no vowel after a virama, or else its
 * inherent vowel (the schwa, English short u: Vietnamese a or u, or nothing at the syllable's end: हंग Hùng, वान Văn).
 * A nukta (फ़, ज़) only marks a foreign sound the consonant's own reading already covers.
 */
function devanagariPieces(unit: string): string[][] | null {
  const { consonant, sign, independent, inherent } = DATA.devanagari;
  const chars = [...unit.normalize('NFD')].filter((c) => c !== NUKTA);
  const out: string[][] = [];
  const letterX = chars.length > LETTER_X.length && LETTER_X.every((c, i) => chars[i] === c);
  for (let k = 0; k < chars.length; k++) {
    // The letter name stands for the consonant x, its vowel sign (or inherent vowel) after it as after any.
    const x = letterX && k === 0;
    const c = chars[k]!;
    const own = x ? ['x'] : (consonant[c] ?? independent[c]);
    if (!own) return null;
    out.push(spell(own));
    if (x) k += LETTER_X.length - 1;
    else if (!consonant[c]) continue;
    const next = chars[k + 1];
    if (next === VIRAMA) k++;
    else if (next !== undefined && sign[next]) {
      out.push(spell(sign[next]));
      k++;
    } else out.push(spell(inherent));
  }
  return out;
}

/**
 * Spellings a transcription reaches only through its own habits, made Vietnamese: Japanese and Korean write
 * -anh as -ain (タイン, 타인 Thanh); c before i, e, y is written k, ng before them ngh; qu before o-a is qu-a;
 * Korean writes the u of qu again before the vowel (꾸옥 Quốc, 꾸이 Quý: qu-uoc, qu-uy).
 */
function orthographic(s: string): string[] {
  const out = [
    s
      .replace(/^quoa/, 'qua')
      .replace(/^quu(?=[aeioy])/, 'qu')
      .replace(/^ng(?=[iey])/, 'ngh')
      .replace(/^c(?=[iey])/, 'k'),
  ];
  const anh = out[0]!.replace(/ai(?:n|nh|ng)$/, 'anh');
  if (anh !== out[0]) out.push(anh);
  return out;
}

function candidates(parts: readonly string[][]): string[] {
  let acc = [''];
  for (const alts of parts) {
    const next: string[] = [];
    for (const prefix of acc) for (const a of alts) next.push(prefix + a);
    acc = next.slice(0, MAX_CANDIDATES);
  }
  return acc.flatMap(orthographic);
}

/**
 * Whether a Latin name ("Nguyen Van Chung") may be the one a name in another script transcribes ("응우옌 반 충"):
 * each of its syllables, folded, is one of the spellings the unit in its place may stand for (충 is Chung or
 * Trung), not only the one romanizeVietnameseName chooses. Diacritics are compared away; the caller folds.
 */
export function mayTranscribe(folded: string, name: string): boolean {
  const script = scriptOf(name);
  if (script === null || script === 'thai' || script === 'devanagari') return false;
  const latin = folded.split(' ');
  const written = units(name.normalize('NFC'), script);
  if (latin.length !== written.length) return false;
  return written.every((unit, k) => {
    const parts =
      script === 'hangul'
        ? hangulPieces(unit)
        : pieces(unit, script === 'cyrillic' ? CYRILLIC : script === 'katakana' ? KATAKANA : HAN);
    return parts !== null && candidates(parts).includes(latin[k]!);
  });
}

/** The candidate that is a name syllable, the most frequent first; else the convention's usual value. */
function choose(cands: readonly string[], ranks: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestRank = Infinity;
  for (const c of cands) {
    const rank = ranks.get(c);
    if (rank !== undefined && rank < bestRank) [best, bestRank] = [c, rank];
  }
  return best ?? cands.find((c) => c.length > 0) ?? null;
}

type Script = 'cyrillic' | 'katakana' | 'hangul' | 'han' | 'thai' | 'devanagari';

// Module-level: bundlers targeting Node rewrite a `\p{…}` literal as `new RegExp(…)`, run on every call (here
// once per name read in another script).
const SCRIPT_TESTS: ReadonlyArray<readonly [RegExp, Script]> = [
  [/\p{Script=Cyrillic}/u, 'cyrillic'],
  [/\p{Script=Katakana}/u, 'katakana'],
  [/\p{Script=Hangul}/u, 'hangul'],
  [/\p{Script=Han}/u, 'han'],
  [/\p{Script=Thai}/u, 'thai'],
  [/\p{Script=Devanagari}/u, 'devanagari'],
];
const NOT_HAN = /[^\p{Script=Han}]/gu;

function scriptOf(name: string): Script | null {
  for (const [test, script] of SCRIPT_TESTS) if (test.test(name)) return script;
  return null;
}

function units(name: string, script: Script): string[] {
  if (script === 'han') return [...name.replace(NOT_HAN, '')];
  if (script === 'katakana') return name.split(/[・･\s=＝゠]+/u).filter(Boolean);
  return name
    .toLowerCase()
    .split(/[\s\-‐]+/u)
    .filter(Boolean);
}

/**
 * The folded Latin form of a Vietnamese name written in Cyrillic, katakana, Hangul, Han characters or Thai, or
 * null when the name is in none of these scripts or one of its units cannot be read.
 */
export function romanizeVietnameseName(name: string): string | null {
  const script = scriptOf(name);
  if (script === null) return null;
  const out: string[] = [];
  for (const unit of units(name.normalize('NFC'), script)) {
    const thai = script === 'thai' ? THAI.get(thaiBase(unit)) : undefined;
    const parts =
      script === 'thai'
        ? thai
          ? [thai]
          : null
        : script === 'hangul'
          ? hangulPieces(unit)
          : script === 'devanagari'
            ? devanagariPieces(unit)
            : pieces(unit, script === 'cyrillic' ? CYRILLIC : script === 'katakana' ? KATAKANA : HAN);
    if (parts === null) return null;
    const syllable = choose(candidates(parts), out.length === 0 ? FIRST_RANK : LATER_RANK);
    if (syllable === null) return null;
    out.push(syllable);
  }
  return out.length > 0 ? out.join(' ') : null;
}
