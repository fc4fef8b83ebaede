/**
 * A Vietnamese name kept in its own Latin letters inside a text in a script without capitals, titled after
 * the name as that language titles its own: Korean "Nguyễn Văn Hùng 부총리는" (deputy prime minister), "…
 * 해양경찰청장은" (coast guard commander), "… 대령이" (colonel); Japanese "Nguyễn Văn Hùng副首相は", "…氏";
 * Chinese "Nguyễn Văn Hùng中校". The Vietnam-community press of Korea and Japan often leaves names
 * untranscribed. The name is found by its Vietnamese shape (names.ts); the title after it is read with the
 * script's own title words (scripts.ts), as for a name written in the script. Thai, which spaces words
 * only between phrases, titles a Latin name with an office after it too ("นาย Dang Tran Duc ประธาน…").
 */
import { gluedSuffix, type WordOffsets } from '../text/words.js';
import { holdsPrivateCue } from './han-private.js';
import { officeApposedToLatinName } from './script-apposition.js';
import type { ScriptNameCues } from './scripts.js';

export interface TitleAfter {
  readonly rank: string | null;
  readonly role: string | null;
  /** An honorific anybody is addressed with (씨, 氏): alone it makes no official. */
  readonly courtesy: boolean;
}

const HANGUL = /^\p{Script=Hangul}$/u;
const HAN = /^\p{Script=Han}$/u;
/** Words of an organisation a Korean office may close after the name ("박닌성 공안청장"), as scripts.ts reads. */
const HANGUL_ORGANISATION_WORDS = 2;

/**
 * The scripts whose own names take their office in the apposition after them (script-apposition.ts): a name in
 * Latin letters there takes it so too.
 */
const APPOSITION_SCRIPTS: ReadonlySet<ScriptNameCues['script']> = new Set([
  'Arabic',
  'Devanagari',
  'Bengali',
  'Tamil',
  'Telugu',
  'Hebrew',
]);

/** The title written right after a Latin name at [start, end), or null. */
export function titleAfterLatinName(
  text: string,
  start: number,
  end: number,
  cues: ScriptNameCues,
): TitleAfter | null {
  const at = text[end] === ' ' ? end + 1 : end;
  if (cues.script === 'Hangul') return hangulTitleAfter(text, at, cues);
  if (cues.script === 'Thai') return thaiOfficeAfter(text, at, cues);
  if (APPOSITION_SCRIPTS.has(cues.script)) {
    const role = officeApposedToLatinName(text, start, end, cues);
    return role === null ? null : { rank: null, role, courtesy: false };
  }
  if (cues.script !== 'Katakana' && cues.script !== 'Han') return null;
  // Ranks and honorifics in Han script, offices too in Japanese (compileScriptNameCues): a title is glued
  // to the name. An office in Japanese ends before a particle or a pause, not inside a longer word
  // ("首相府", the prime minister's office).
  const title = cues.titles.find(
    (t) => text.startsWith(t.form, at) && (t.role === null || !HAN.test(text[at + t.form.length] ?? '')),
  );
  return title ? { rank: title.rank, role: title.role, courtesy: title.courtesy } : null;
}

/**
 * A Korean title after the name: a rank or an honorific as a word of its own, or an office ending a word
 * (a compound "해양경찰청장", a particle after it: "부총리는"), up to two words of its organisation before it.
 */
function hangulTitleAfter(text: string, start: number, cues: ScriptNameCues): TitleAfter | null {
  let at = start;
  for (let words = 0; words <= HANGUL_ORGANISATION_WORDS; words++) {
    let e = at;
    while (e < text.length && HANGUL.test(text[e]!)) e++;
    if (e === at) return null;
    const word = text.slice(at, e);
    const core = withoutParticle(word, cues);
    for (const t of cues.titles) {
      const whole = core === t.form || word === t.form;
      // A rank glued after other syllables ends an office ("부대장" holds 대장): only an office may close a word.
      if (whole || (t.role !== null && core.endsWith(t.form))) {
        const role = t.role === null ? null : text.slice(start, at + (word === t.form ? word : core).length);
        return { rank: t.rank, role, courtesy: t.courtesy && role === null };
      }
    }
    // An organisation's word takes no particle: one that does ends the phrase ("…에서", "…을").
    if (core !== word || text[e] !== ' ') return null;
    at = e + 1;
  }
  return null;
}

/**
 * A Thai office after the name, as Thai titles its own names ("นายเหงียน วัน เซิน ประธานคณะกรรมการประชาชน…"): a
 * role word starts the run of Thai after the name, and the run is the office ("นาย Dang Tran Duc
 * ประธานคณะกรรมการประชาชนแขวง…", chairman of the ward people's committee). A run that names a private
 * person's part ("หัวหน้าแก๊ง", a gang's leader) is no office.
 */
function thaiOfficeAfter(text: string, start: number, cues: ScriptNameCues): TitleAfter | null {
  const role = cues.roles.find((r) => text.startsWith(r, start));
  if (role === undefined) return null;
  let end = start + role.length;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  const office = text.slice(start, end);
  if (holdsPrivateCue(office, cues.hanPrivate)) return null;
  return { rank: null, role: office, courtesy: false };
}

/** The word without the longest particle that ends it (lexicon namesInScript.particles). */
function withoutParticle(word: string, cues: ScriptNameCues): string {
  return word.slice(0, word.length - (gluedSuffix(word, cues.particles)?.length ?? 0));
}

/**
 * The office written right before a Latin name in Chinese, which puts an office before its holder as it does
 * before a name in Han characters ("人民委员会主席Hoàng Văn Nam表示", chairman of the people's committee): a role
 * word of the lexicon ends where the name starts, glued or one space before it, and is not a former office's.
 */
export function roleBeforeLatinName(text: string, start: number, cues: ScriptNameCues): TitleAfter | null {
  if (cues.script === 'Katakana') {
    // Japanese links the body before the name instead ("委員会のNguyễn Văn Nam氏"): authority-linked.ts.
    const body = cues.bodyLinkedBefore(text, start);
    return body === null ? null : { rank: null, role: body, courtesy: false };
  }
  if (cues.script !== 'Han') return null;
  const end = text[start - 1] === ' ' ? start - 1 : start;
  const role = cues.roles.find((r) => text.endsWith(r, end));
  if (role === undefined) return null;
  const before = end - role.length;
  if (cues.hanPrivate.formerWords.some((w) => text.endsWith(w, before))) return null;
  // Each cue's own window (its length back from the role): a cue that reaches the role, not the clause's cues.
  if (cues.hanPrivate.privateCues.some((c) => text.slice(Math.max(0, before - c.length), end).includes(c)))
    return null;
  return { rank: null, role, courtesy: false };
}

const LATIN_LETTER = /[\p{Script=Latin}\p{M}]/u;

/**
 * The words with each one cut where Latin letters meet letters of another script: a Japanese or Chinese
 * typesetter often glues a Latin name to the words around it ("議長であるTrần Văn Bình副首相は",
 * "主席Lê Văn Hải表示"), which the word scan reads as one word. Cut, the name is a word sequence of its own,
 * found by its Vietnamese shape like a spaced one.
 */
export function latinRunsApart(text: string, offsets: WordOffsets): WordOffsets {
  let out: number[] | null = null;
  for (let k = 0; k < offsets.length; k += 2) {
    const start = offsets[k]!;
    const end = offsets[k + 1]!;
    let from = start;
    let latin = LATIN_LETTER.test(text[start]!);
    for (let i = start + 1; i < end; i++) {
      const here = LATIN_LETTER.test(text[i]!);
      if (here === latin || /\p{M}/u.test(text[i]!)) continue;
      out ??= Array.from(offsets.subarray(0, k));
      out.push(from, i);
      from = i;
      latin = here;
    }
    if (out !== null) out.push(from, end);
  }
  return out === null ? offsets : Int32Array.from(out);
}
