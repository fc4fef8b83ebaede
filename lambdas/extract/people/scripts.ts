/**
 * Names in scripts written without capitals (Han, katakana, Hangul), where a rank or an honorific follows
 * the name instead of preceding it: "厅长丁进军大校" (director Đinh Tiến Quân, colonel), "局長のグエン・ホン・フォン氏",
 * "청장 응우옌 반 훙 대령". The title after the name is the evidence; the name is read back from it by the
 * script's own shape of a Vietnamese name:
 * - Han: a Vietnamese family name (阮, 陈, 黄...) and one or two given-name characters, or whatever stands
 *   between a role word and the title;
 * - katakana: syllables joined by the middle dot (グエン・ホン・フォン), as Japanese writes foreign names;
 * - Hangul: two to four words, the first a Vietnamese family name (응우옌, 쩐...).
 * A suspect is never named with a rank or an honorific in these languages (容疑者, 被告 follow instead), so the
 * title alone tells an official.
 */
import type { Mention } from './judge.js';
import type { PeopleLexicon } from './lexicon.js';

type NamesInScript = NonNullable<PeopleLexicon['namesInScript']>;

interface Title {
  readonly form: string;
  /** The English rank, or null for an honorific. */
  readonly rank: string | null;
}

export interface ScriptNameCues {
  readonly script: NamesInScript['script'];
  /** Ranks and honorifics, longest first. */
  readonly titles: readonly Title[];
  readonly families: ReadonlySet<string>;
  /** Role words, longest first. */
  readonly roles: readonly string[];
  readonly roleJoiners: readonly string[];
}

export function compileScriptNameCues(lex: PeopleLexicon): ScriptNameCues | null {
  const spec = lex.namesInScript;
  if (!spec) return null;
  const titles: Title[] = [
    ...Object.entries(lex.ranks).flatMap(([rank, forms]) => forms.map((form) => ({ form, rank }))),
    ...lex.honorifics.map((form) => ({ form, rank: null })),
  ].sort((a, b) => b.form.length - a.form.length);
  return {
    script: spec.script,
    titles,
    families: new Set(spec.familyNames),
    roles: [...lex.roleWords].sort((a, b) => b.length - a.length),
    roleJoiners: spec.roleJoiners,
  };
}

const HAN = /^\p{Script=Han}$/u;
const KATAKANA_NAME_UNIT = /^[\u30a1-\u30fa\u30fc\u30fb\uff65]$/u;
const HANGUL = /^\p{Script=Hangul}$/u;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** The role word ending at `end` (after a joiner such as の), with where it starts. */
function roleEndingAt(
  text: string,
  end: number,
  cues: ScriptNameCues,
): { role: string; start: number } | null {
  let at = end;
  while (at > 0 && text[at - 1] === ' ') at--;
  for (const joiner of cues.roleJoiners) {
    if (at >= joiner.length && text.startsWith(joiner, at - joiner.length)) {
      at -= joiner.length;
      break;
    }
  }
  for (const role of cues.roles) {
    if (at >= role.length && text.startsWith(role, at - role.length))
      return { role, start: at - role.length };
  }
  return null;
}

/** Start of the Han name ending at `end`: after a role word, else at a family name 3 or 2 characters back. */
function hanNameStart(text: string, end: number, cues: ScriptNameCues): number | null {
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0) continue;
    let han = true;
    for (let k = start; k < end; k++) if (!isHan(text[k])) han = false;
    if (!han) continue;
    if (roleEndingAt(text, start, cues) !== null && text[start - 1] !== ' ') return start;
  }
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0 || !cues.families.has(text[start]!)) continue;
    let han = true;
    for (let k = start + 1; k < end; k++) if (!isHan(text[k])) han = false;
    if (han) return start;
  }
  return null;
}

function katakanaNameStart(text: string, end: number): number | null {
  let start = end;
  while (start > 0 && KATAKANA_NAME_UNIT.test(text[start - 1]!)) start--;
  const name = text.slice(start, end);
  // Two parts or more, joined by the middle dot: a foreign person's name, not a katakana word.
  const parts = name.split(/[・･]/u);
  return parts.length >= 2 && parts.every((p) => p.length > 0) ? start : null;
}

function hangulNameStart(text: string, end: number, cues: ScriptNameCues): number | null {
  let at = end;
  while (at > 0 && text[at - 1] === ' ') at--;
  // Up to four Hangul words separated by single spaces, the first a family name; the longest such run.
  const starts: number[] = [];
  let k = at;
  while (starts.length < 4) {
    let s = k;
    while (s > 0 && HANGUL.test(text[s - 1]!)) s--;
    if (s === k) break;
    starts.push(s);
    if (s < 1 || text[s - 1] !== ' ') break;
    k = s - 1;
  }
  for (let n = starts.length; n >= 2; n--) {
    const s = starts[n - 1]!;
    const first = text.slice(s, text.indexOf(' ', s));
    if (cues.families.has(first)) return s;
  }
  return null;
}

/**
 * Scripts without capitals in which a rank stands before the name, as in Latin text: Thai ("พ.ต.อ. เหงียน วัน
 * ถั่น"), Arabic ("العقيد نجوين فان هونغ") and the Indic scripts of Hindi, Bengali and Tamil ("कर्नल गुयेन वान हंग"),
 * each with the code units of its block and the most units a Vietnamese syllable takes in it (Indic
 * syllables spell vowels and clusters with several units: "हुइन्ह", Huỳnh).
 */
const RANK_BEFORE: Readonly<Partial<Record<NamesInScript['script'], { unit: RegExp; longest: number }>>> = {
  Thai: { unit: /[\u0e00-\u0e7f]/u, longest: 8 },
  Devanagari: { unit: /[\u0900-\u097f]/u, longest: 10 },
  Bengali: { unit: /[\u0980-\u09ff]/u, longest: 10 },
  Tamil: { unit: /[\u0b80-\u0bff]/u, longest: 10 },
  // Letters and vowel marks only: the Arabic comma (U+060C) ends a name ("المقدم نجوين ثانه هوانغ، المفوض").
  Arabic: { unit: /[\u0620-\u065f\u066e-\u06d3]/u, longest: 8 },
};
/** Most words a Vietnamese name has in these scripts (family, middle and given names, spaced). */
const NAME_WORDS = 3;

/**
 * The name after a rank: a Vietnamese family name in the script and up to two more short spaced words.
 * Thai writes "นาย" (Mr) and Hindi "श्री" for suspects too: only ranks vouch for an official here.
 */
function nameAfterRank(
  text: string,
  from: number,
  cues: ScriptNameCues,
  script: { unit: RegExp; longest: number },
): { start: number; end: number } | null {
  let at = from;
  while (text[at] === ' ') at++;
  const start = at;
  const words: string[] = [];
  while (words.length < NAME_WORDS) {
    let e = at;
    while (e < text.length && text[e] !== ' ' && script.unit.test(text[e]!)) e++;
    const word = text.slice(at, e);
    if (word.length === 0 || word.length > script.longest || cues.roles.some((r) => word.startsWith(r)))
      break;
    words.push(word);
    at = e;
    if (text[at] !== ' ') break;
    at++;
  }
  if (words.length < 2 || !cues.families.has(words[0]!)) return null;
  return { start, end: start + words.join(' ').length };
}

/** Officials named in the script with a title after the name (a rank before it in Thai and Indic scripts), in text order. */
export function findScriptNames(text: string, cues: ScriptNameCues): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  const taken = new Set<number>();
  for (const title of cues.titles) {
    for (let p = text.indexOf(title.form); p >= 0; p = text.indexOf(title.form, p + 1)) {
      if (taken.has(p)) continue;
      const rankBefore = RANK_BEFORE[cues.script];
      if (rankBefore) {
        const found =
          title.rank === null ? null : nameAfterRank(text, p + title.form.length, cues, rankBefore);
        if (found === null) continue;
        for (let k = p; k < p + title.form.length; k++) taken.add(k);
        const role = roleEndingAt(text, p, cues)?.role ?? null;
        out.push({
          start: found.start,
          mention: { name: text.slice(found.start, found.end), rank: title.rank, role },
        });
        continue;
      }
      const start =
        cues.script === 'Han'
          ? hanNameStart(text, p, cues)
          : cues.script === 'Katakana'
            ? katakanaNameStart(text, p)
            : hangulNameStart(text, p, cues);
      if (start === null) continue;
      // A longer title found first covers this one ("副厅长" holds "厅长").
      for (let k = p; k < p + title.form.length; k++) taken.add(k);
      let nameEnd = p;
      while (nameEnd > start && text[nameEnd - 1] === ' ') nameEnd--;
      const name = text.slice(start, nameEnd);
      const role = roleEndingAt(text, start, cues)?.role ?? null;
      out.push({ start, mention: { name, rank: title.rank, role } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
