/**
 * Japanese copies sometimes write a Vietnamese official's name in Han characters, as Chinese does, with the
 * Japanese rank after it: "省警察局長の阮文海大佐によると", "公安省副大臣の黎国雄中将が". Kanji are the ordinary
 * words of Japanese, so only the strictest shape is read: a rank right after two to four name characters
 * that open with a Vietnamese family name in Han script, with no Han character before them (a particle,
 * punctuation or the start), as "の" joins the office to the name. An office of the lexicon's role words may
 * follow the name as well, its body's words between ("阮文雄省公安局長", "陳国平副局長", "范文山委員長"): the
 * name is then the longest run of name characters after which the office's words begin with a character no
 * name is written with, or with a place word ("省", "市"), so the office is not read into the name.
 */
import type { Mention } from './judge.js';
import { isPrivateKatakanaName } from './katakana-private.js';
import { isHanNameCharacter } from './romanize.js';
import type { ScriptNameCues } from './scripts.js';

const HAN = /^\p{Script=Han}$/u;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/**
 * Officials named in Han characters before a rank, in a Japanese text. `hanFamilies`: the Vietnamese family
 * names in Han script (the Chinese lexicon's); `cues`: the Japanese ranks, middle-name and private cues.
 */
export function japaneseHanNames(
  text: string,
  cues: ScriptNameCues,
  hanFamilies: ReadonlySet<string>,
): Mention[] {
  const out: Mention[] = [];
  for (const title of cues.titles) {
    if (title.courtesy) {
      out.push(...namesAfterOfficeOf(text, title.form, cues));
      continue;
    }
    if (title.role !== null) {
      out.push(...hanNamesBeforeOffice(text, title.form, cues, hanFamilies));
      continue;
    }
    if (title.rank === null) continue;
    for (let p = text.indexOf(title.form); p >= 0; p = text.indexOf(title.form, p + 1)) {
      for (const length of [4, 3, 2]) {
        const start = p - length;
        if (start < 0 || isHan(text[start - 1]) || !hanFamilies.has(text[start]!)) continue;
        let name = true;
        for (let k = start + 1; k < p; k++)
          if (!isHan(text[k]) || !isHanNameCharacter(text[k]!)) name = false;
        if (!name) continue;
        const found = text.slice(start, p);
        if (isPrivateKatakanaName(text, start, p + title.form.length, cues.hanPrivate))
          out.push({ name: found, rank: null, role: null, private: true });
        else out.push({ name: found, rank: title.rank, role: null });
        break;
      }
    }
  }
  out.push(...namesBeforePostedOffice(text, cues));
  return out;
}

/** "Posted to" ("駐ベトナム日本国大使", ambassador to Việt Nam): it opens an envoy's office, never a name. */
const POSTED = '駐';
/** Most characters from 駐 to the end of the envoy's office ("駐ベトナム日本国特命全権大使"). */
const MOST_POSTED_OFFICE = 20;

/**
 * Envoys named in Han characters, Japanese ones too, right before their posted office: "伊藤直樹駐ベトナム
 * 日本国特命全権大使" (the ambassador to Việt Nam). No family list says where a Japanese name starts: a
 * character other than Han before it does (a particle, punctuation) or the text's start, and 駐 where it ends; the office must
 * end in a role word of the lexicon (大使, 総領事) before any punctuation.
 */
function namesBeforePostedOffice(text: string, cues: ScriptNameCues): Mention[] {
  const out: Mention[] = [];
  for (let p = text.indexOf(POSTED); p >= 0; p = text.indexOf(POSTED, p + 1)) {
    let start = p;
    while (start > 0 && isHan(text[start - 1]) && p - start <= NAME_AFTER_OFFICE.most) start--;
    const length = p - start;
    if (length < NAME_AFTER_OFFICE.fewest || length > NAME_AFTER_OFFICE.most) continue;
    const office = OFFICE_RUN.exec(text.slice(p, p + MOST_POSTED_OFFICE))?.[0] ?? '';
    const end = cues.roles
      .map((r) => office.lastIndexOf(r) + (office.includes(r) ? r.length : 0))
      .reduce((a, b) => Math.max(a, b), 0);
    if (end === 0) continue;
    if (cues.hanPrivate.formerWords.some((w) => text.endsWith(w, start))) continue;
    out.push({ name: text.slice(start, p), rank: null, role: office.slice(0, end) });
  }
  return out;
}

/** The office's run: Han and katakana, up to a particle, punctuation or a space. */
const OFFICE_RUN = /^[\p{Script=Han}\p{Script=Katakana}ー・]+/u;

/**
 * Officials named in Han characters before an office (`form`, a role word of the lexicon) in one run of Han
 * characters: a Vietnamese family name opens the run, the office's words close it.
 */
function hanNamesBeforeOffice(
  text: string,
  form: string,
  cues: ScriptNameCues,
  hanFamilies: ReadonlySet<string>,
): Mention[] {
  const out: Mention[] = [];
  for (let p = text.indexOf(form); p >= 0; p = text.indexOf(form, p + 1)) {
    let start = p;
    while (start > 0 && isHan(text[start - 1]) && p - start < MOST_BEFORE_OFFICE) start--;
    if (isHan(text[start - 1]) || !hanFamilies.has(text[start]!)) continue;
    for (const length of [4, 3, 2]) {
      const end = start + length;
      if (end > p) continue;
      let name = true;
      for (let k = start + 1; k < end; k++) if (!isHanNameCharacter(text[k]!)) name = false;
      if (!name || !opensOffice(text, end, p, cues)) continue;
      if (isPrivateKatakanaName(text, start, p + form.length, cues.hanPrivate))
        out.push({ name: text.slice(start, end), rank: null, role: null, private: true });
      else out.push({ name: text.slice(start, end), rank: null, role: text.slice(end, p + form.length) });
      break;
    }
  }
  return out;
}

/** Fewest and most Han characters of a name a courtesy closes after its office ("山本尚毅", "阮文海"). */
const NAME_AFTER_OFFICE = { fewest: 2, most: 4 };
/** The particle that joins an office to its holder's name ("書記官の山本尚毅氏"). */
const OF = 'の';

/**
 * Officials named in Han characters, Japanese ones too, between an office of the lexicon joined by の and a
 * courtesy (`form`, 氏): "大使館の一等書記官の山本尚毅氏" (Mr Yamamoto, first secretary of the embassy). No
 * family list says where a Japanese name starts: the particle before it does, and the courtesy where it ends,
 * the run between being Han characters only.
 */
function namesAfterOfficeOf(text: string, form: string, cues: ScriptNameCues): Mention[] {
  const out: Mention[] = [];
  for (let p = text.indexOf(form); p >= 0; p = text.indexOf(form, p + 1)) {
    let start = p;
    while (start > 0 && isHan(text[start - 1]) && p - start <= NAME_AFTER_OFFICE.most) start--;
    const length = p - start;
    if (length < NAME_AFTER_OFFICE.fewest || length > NAME_AFTER_OFFICE.most || text[start - 1] !== OF)
      continue;
    const before = text.slice(Math.max(0, start - 1 - MOST_BEFORE_OFFICE), start - 1);
    const role = cues.roles.find((r) => before.endsWith(r));
    if (role === undefined) continue;
    // A former office ("元大使の…氏") vouches for nobody.
    if (cues.hanPrivate.formerWords.some((w) => before.endsWith(w + role))) continue;
    if (isPrivateKatakanaName(text, start, p + form.length, cues.hanPrivate))
      out.push({ name: text.slice(start, p), rank: null, role: null, private: true });
    else out.push({ name: text.slice(start, p), rank: null, role });
  }
  return out;
}

/** Most Han characters of a name and its body's words before an office ("阮文雄省人民委員会"). */
const MOST_BEFORE_OFFICE = 12;

/** Whether the office's words start at `at`: the office itself, a place word, or no name character. */
function opensOffice(text: string, at: number, office: number, cues: ScriptNameCues): boolean {
  if (at === office) return true;
  if (!isHanNameCharacter(text[at]!)) return true;
  for (const w of cues.placeWords) if (text.startsWith(w, at)) return true;
  return false;
}
