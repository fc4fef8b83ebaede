/**
 * Names in scripts written without capitals (Han, katakana, Hangul), where a rank or an honorific follows
 * the name instead of preceding it: "厅长丁进军大校" (director Đinh Tiến Quân, colonel), "局長のグエン・ホン・フォン氏",
 * "청장 응우옌 반 훙 대령". The title after the name is the evidence; the name is read back from it by the
 * script's own shape of a Vietnamese name:
 * - Han: a Vietnamese family name (阮, 陈, 黄...) and one or two given-name characters, or whatever stands
 *   between a role word and the title;
 * - katakana: syllables joined by the middle dot (グエン・ホン・フォン), as Japanese writes foreign names;
 * - Hangul: two to four words, the first a Vietnamese family name (응우옌, 쩐...).
 * A suspect is rarely named with a rank or an honorific in these languages (容疑者, 被告 follow instead), so the
 * title mostly tells an official; an officer the story happens to (arrested, charged, at the wheel) is read out
 * by the clause around the name (han-private.ts, katakana-private.ts).
 */
import { hangulFinal } from '../text/hangul.js';
import { thaiKey } from '../text/thai.js';
import { beforeSpaces, gluedSuffix, pastSpaces, unitsStartBefore } from '../text/words.js';
import { QUOTATION_MARKS, closingMarks } from '../text/quotation-marks.js';
import { KATAKANA_NAME_JOINER, KATAKANA_NAME_JOINERS } from '../text/scripts.js';
import { authorityLinkedBefore } from './authority-linked.js';
import { hanNamesWithAppositiveRole } from './han-apposition.js';
import { hanNameEndByWordAfter, type HanExtentCues } from './han-extent.js';
import { holdsPrivateCue, isPrivateHanName, type HanPrivateCues } from './han-private.js';
import { isPrivateKatakanaName } from './katakana-private.js';
import { namesBeforeAppositiveOffices } from './script-apposition.js';
import { MASTERS_TOO, type Mention } from './judge.js';
import type { PeopleLexicon } from './lexicon.js';
import { isHanNameCharacter, isListedNameSyllable, romanizeVietnameseName } from './romanize.js';
import { isVietnameseSyllable } from './syllable.js';
import { ARABIC_LETTER_OR_MARK } from '../text/arabic-letters.js';
import { afterArabicArticle, afterPrepositionLam, hasArabicArticle } from '../text/arabic-article.js';
import { withDoubledNoon, withDoubledYeh } from '../text/arabic-spellings.js';

type NamesInScript = NonNullable<PeopleLexicon['namesInScript']>;

interface Title {
  readonly form: string;
  /** The English rank, or null for an honorific or a role. */
  readonly rank: string | null;
  /** A role written after the name ("ダオ・グエン・リン委員長", "응우옌 반 훙 국장"): the role itself. */
  readonly role: string | null;
  /** An honorific anybody is addressed with (氏, 女士, 씨): alone it makes no official. */
  readonly courtesy: boolean;
}

export interface ScriptNameCues {
  readonly script: NamesInScript['script'];
  /** Ranks and honorifics, longest first. */
  readonly titles: readonly Title[];
  readonly families: ReadonlySet<string>;
  /** Role words, longest first. */
  readonly roles: readonly string[];
  readonly roleJoiners: readonly string[];
  /**
   * The body an official speaks for, linked before the name starting at `start` ("委員会の…氏"), or null: the
   * lexicon's authorityWords after a role joiner, no former-word before them (authority-linked.ts).
   */
  bodyLinkedBefore(text: string, start: number): string | null;
  /** Words of places (성, 시): never a syllable of a name. */
  readonly placeWords: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  /** Particles that end a phrase and never a name (lexicon namesInScript.phraseEndings: "보고서에는"). */
  readonly phraseEndings: readonly string[];
  /** Endings of office words a one-word name never has (lexicon namesInScript.officeEndings: "보안관"). */
  readonly officeEndings: readonly string[];
  /** Ranks before which a name is read only syllable by syllable (lexicon namesInScript.spacedNameRanks). */
  readonly spacedNameRanks: ReadonlySet<string>;
  /** Last syllables of bodies' names (lexicon namesInScript.bodyEndings: "보건부"), before an office. */
  readonly bodyEndings: readonly string[];
  /** Conjunctions glued to the word after them (lexicon namesInScript.gluedConjunctions: Arabic "و"). */
  readonly gluedConjunctions: readonly string[];
  /** Where a Han name read after its office ends. */
  readonly han: HanExtentCues;
  /** What makes a Han name an office introduces, or a katakana name whatever its title, a private person's. */
  readonly hanPrivate: HanPrivateCues;
  /**
   * The private cues that are no title's form: the word after a name that designates a private person (designatedPrivate).
   * A cue that is also a rank ("상사", a trading company and a senior sergeant) is the rank there.
   */
  readonly designations: readonly string[];
}

export function compileScriptNameCues(lex: PeopleLexicon): ScriptNameCues | null {
  const spec = lex.namesInScript;
  if (!spec) return null;
  const courtesy = new Set(lex.courtesyHonorifics);
  // Japanese and Korean also write the office after the name; Chinese puts it before ("厅长丁进军"), and a
  // role after Han characters cannot be told from the end of an organisation's name ("林业局长").
  const rolesAfter = spec.script === 'Katakana' || spec.script === 'Hangul' ? lex.roleWords : [];
  // A service before a rank leaves the rank as it is: "警察中佐", "경찰 중령" (lieutenant-colonel of police).
  const serviceGap = spec.script === 'Hangul' ? ' ' : '';
  // Arabic ranks carry the article, which the preposition ل rewrites ("وفقا للرائد X", according to major X).
  const withLam = (forms: readonly string[]): string[] =>
    spec.script === 'Arabic' ? [...forms, ...forms.flatMap(afterPrepositionLam)] : [...forms];
  const titles: Title[] = [
    ...Object.entries(lex.ranks).flatMap(([rank, written]) => {
      const forms = withLam(written);
      return [
        ...forms,
        ...spec.servicesBeforeRank.flatMap((s) => forms.map((f) => `${s}${serviceGap}${f}`)),
      ].map((form) => ({ form, rank, role: null, courtesy: false }));
    }),
    ...lex.honorifics.map((form) => ({ form, rank: null, role: null, courtesy: courtesy.has(form) })),
    ...rolesAfter.map((form) => ({ form, rank: null, role: form, courtesy: false })),
  ].sort((a, b) => b.form.length - a.form.length);
  const authorities = [...lex.authorityWords].sort((a, b) => b.length - a.length);
  const titleForms = new Set(titles.map((t) => t.form));
  return {
    script: spec.script,
    titles,
    // Arabic writes the glide of Nguyễn's uyê with one ي or two ("نغوين", "نغويين"), and the n of a final -ng
    // once or twice ("هوانغ", "هواننغ"): every form is read.
    families: new Set(
      spec.script === 'Arabic'
        ? spec.familyNames.flatMap(withDoubledYeh).flatMap(withDoubledNoon)
        : spec.script === 'Thai'
          ? spec.familyNames.map(thaiKey)
          : spec.familyNames,
    ),
    roles: [...lex.roleWords].sort((a, b) => b.length - a.length),
    roleJoiners: spec.roleJoiners,
    bodyLinkedBefore: (text, start) =>
      authorityLinkedBefore(text, start, spec.roleJoiners, authorities, lex.formerWords),
    placeWords: new Set(lex.placeWords),
    particles: new Set(spec.particles),
    phraseEndings: spec.phraseEndings,
    officeEndings: spec.officeEndings,
    spacedNameRanks: new Set(spec.spacedNameRanks),
    bodyEndings: spec.bodyEndings,
    gluedConjunctions: spec.gluedConjunctions,
    han: {
      wordsAfterName: [...spec.wordsAfterName].sort((a, b) => b.length - a.length),
      middleNames: new Set(spec.middleNames),
    },
    hanPrivate: {
      privateCues: lex.privateCues,
      formerWords: lex.formerWords,
      // The two-character words after a name are verbs of its own ("表示", "介绍"): a private person's word
      // after one is part of what was said.
      speechWords: spec.wordsAfterName.filter((w) => w.length >= 2),
    },
    designations: lex.privateCues.filter((c) => !titleForms.has(c)),
  };
}

const HAN = /^\p{Script=Han}$/u;
/** A unit of a katakana name: a kana, the long-vowel mark, or a mark between the name's parts. */
const KATAKANA_NAME_UNIT = new RegExp(`^[\u30a1-\u30fa\u30fc${KATAKANA_NAME_JOINERS}]$`, 'u');
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
  let at = beforeSpaces(text, end);
  for (const joiner of cues.roleJoiners) {
    if (text.endsWith(joiner, at)) {
      at -= joiner.length;
      break;
    }
  }
  for (const role of cues.roles) {
    if (text.endsWith(role, at)) return { role, start: at - role.length };
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
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < 0 || !cues.families.has(text[start]!)) continue;
    if (length === 4 && !cues.han.middleNames.has(text[start + 1]!)) continue;
    let han = true;
    for (let k = start + 1; k < end; k++) if (!isHan(text[k])) han = false;
    if (han) return start;
  }
  return null;
}

function katakanaNameStart(text: string, end: number, cues: ScriptNameCues): number | null {
  const start = unitsStartBefore(text, end, KATAKANA_NAME_UNIT);
  const name = text.slice(start, end);
  // Two parts or more, joined by the middle dot: a foreign person's name, not a katakana word.
  const parts = name.split(KATAKANA_NAME_JOINER);
  if (parts.length >= 2 && parts.every((p) => p.length > 0)) return start;
  if (parts.length !== 1) return null;
  return spacedKatakanaNameStart(text, end, cues) ?? gluedKatakanaNameStart(name, cues, start);
}

/**
 * The middle names Văn and Thị in katakana ("バン", "ヴァン", "ティ"), then a given name of two units or more: what
 * follows the family name in a name written as one word.
 */
const GLUED_MIDDLE_AND_GIVEN = /^(?:バン|ヴァン|ヴアン|ティ)[\u30a1-\u30fa\u30fc]{2,}$/u;

/**
 * A Vietnamese name written as one katakana word, neither dot nor space between its parts ("グエンバンハイ署長"):
 * a family name of two units or more, then Văn or Thị and a given name. The middle name vouches for the name
 * (katakana words that merely start like a family name, "チャンス", "ファンクラブ", have none).
 */
function gluedKatakanaNameStart(name: string, cues: ScriptNameCues, start: number): number | null {
  for (const family of cues.families)
    if (
      family.length >= 2 &&
      name.startsWith(family) &&
      GLUED_MIDDLE_AND_GIVEN.test(name.slice(family.length))
    )
      return start;
  return null;
}

/** A katakana word of a spaced name (no middle dot), and the spaces written between its words. */
const KATAKANA_WORD_UNIT = /^[\u30a1-\u30fa\u30fc]$/u;
const NAME_SPACES = [' ', '\u3000'];
/** What parts a katakana name's words: a joining mark or a space. */
const KATAKANA_PART_BREAK = new RegExp(`[${KATAKANA_NAME_JOINERS} \u3000]`, 'u');
/** Most words of a Vietnamese name (family, middle and given names; 阮氏金銀 has four). */
const KATAKANA_NAME_WORDS = 4;

/**
 * Start of a katakana name spaced instead of dotted ("グエン バン ハイ副局長", "グエン\u3000バン\u3000ハイ氏"), ending at
 * `end`: two to four katakana words, a single space (half or full width) between, the first a Vietnamese family
 * name; the longest such run. Words spaced apart are otherwise rare in Japanese, and the family name vouches
 * that they are one name.
 */
function spacedKatakanaNameStart(text: string, end: number, cues: ScriptNameCues): number | null {
  const starts: number[] = [];
  let k = end;
  while (starts.length < KATAKANA_NAME_WORDS) {
    const s = unitsStartBefore(text, k, KATAKANA_WORD_UNIT);
    if (s === k) break;
    starts.push(s);
    if (s < 2 || !NAME_SPACES.includes(text[s - 1]!)) break;
    k = s - 1;
  }
  for (let n = starts.length; n >= 2; n--) {
    const s = starts[n - 1]!;
    if (cues.families.has(text.slice(s, starts[n - 2]! - 1))) return s;
  }
  return null;
}

/**
 * End of a spaced katakana name starting at `start` right after its office ("副局長グエン バン ハイは"): two
 * to four words, the first a Vietnamese family name, or null.
 */
function spacedKatakanaNameEnd(text: string, start: number, cues: ScriptNameCues): number | null {
  let end = start;
  let words = 0;
  let at = start;
  while (words < KATAKANA_NAME_WORDS) {
    let e = at;
    while (e < text.length && KATAKANA_WORD_UNIT.test(text[e]!)) e++;
    if (e === at || (words === 0 && !cues.families.has(text.slice(at, e)))) break;
    end = e;
    words++;
    if (!NAME_SPACES.includes(text[e]!)) break;
    at = e + 1;
  }
  return words >= 2 ? end : null;
}

/** Most Han characters of an organisation between a katakana name and its office ("省人民委員会"). */
const KATAKANA_ORGANISATION_MAX = 12;

/**
 * A katakana name written right before its organisation and office, no particle between
 * ("ファム・ティ・トゥー・ハー省人民委員会副委員長", "ト・ラム公安相"): only a name that starts with a Vietnamese family
 * name, as place names in katakana are dotted too ("バリア・ブンタウ省人民委員会副委員長"). The organisation may open
 * with a known place joined to the name by the middle dot ("…・ロック・ハノイ市警察副局長"), and the name may
 * carry its Latin gloss before it ("…・ロック（Nguyen Van Loc）ハノイ市警察副局長").
 */
function katakanaNameBeforeOrganisation(
  text: string,
  office: number,
  cues: ScriptNameCues,
  isPlace: (name: string) => boolean,
): { start: number; end: number; office: number } | null {
  let end = office;
  while (end > 0 && office - end < KATAKANA_ORGANISATION_MAX && isHan(text[end - 1])) end--;
  if (end === office) return null;
  // The place the organisation opens with, written in katakana before its type character ("ハノイ市").
  const place = unitsStartBefore(text, end, KATAKANA_WORD_UNIT);
  const placed = place < end && isPlace(text.slice(place, end));
  const organisation = placed ? place : end;
  if (placed) {
    // The place joined to the name by the middle dot, or set off by one space ("…・ナム ハノイ市警察大佐").
    if (KATAKANA_NAME_JOINER.test(text[place - 1] ?? '') || NAME_SPACES.includes(text[place - 1] ?? ''))
      end = place - 1;
    else if (glossBefore(text, place) !== null) end = glossBefore(text, place)!;
    else return null;
  } else {
    // A city named after a person ("ホー・チ・ミン市人民委員会"): a name right before 市 is the city's.
    if (text[end] === '市') return null;
    end = glossBefore(text, end) ?? (NAME_SPACES.includes(text[end - 1] ?? '') ? end - 1 : end);
  }
  const start = katakanaNameStart(text, end, cues);
  if (start === null) return null;
  const family = text.slice(start, end).split(KATAKANA_PART_BREAK)[0]!;
  return cues.families.has(family) ? { start, end, office: organisation } : null;
}

function isHangulSyllableOfName(word: string): boolean {
  const latin = romanizeVietnameseName(word);
  return latin !== null && isVietnameseSyllable(latin);
}

/** The most words of an organisation between a Hangul name and its office ("박닌성 인민위원회 부위원장"). */
const HANGUL_OFFICE_WORDS = 2;

/**
 * The Hangul name before an office word starting at `wordStart` ("응우옌 반 하이 성 공안청장은"): a spaced name
 * (a family name and name syllables) right before it, or before up to two words of its organisation, which are
 * none of a name's. A name written as one word ("팜티투하 박닌성 인민위원회 부위원장은", "회의를 주재한 팜민찐
 * 부국장은") is no known place and ends in no place word; before the office of a place's own head it is read only
 * where it opens its clause as the subject of the office ("하노이 시장은", the mayor of Hà Nội, has its shape).
 */
function hangulNameBeforeOffice(
  text: string,
  wordStart: number,
  office: string,
  cues: ScriptNameCues,
  isPlace: (name: string) => boolean,
): { start: number; end: number } | null {
  // Before the office of a place's own head the one-word shape is as often the place ("하노이 시장"): there a
  // name written as one word is read only where it opens its clause.
  const anywhere = !PLACE_HEADS.some((h) => office.endsWith(h));
  let at = wordStart;
  for (let skipped = 0; skipped <= HANGUL_OFFICE_WORDS; skipped++) {
    if (at < 2) return null;
    // The name may carry its Latin gloss before the office, as before a rank: "응우옌 반 하(Nguyen Van Ha) 국장",
    // the bracket closing against the office's first word or not ("…(Nguyen Van Ha)하노이 공안 부국장").
    const spaced = text[at - 1] === ' ';
    const gloss = glossBefore(text, spaced ? at - 1 : at);
    if (!spaced && gloss === null) return null;
    const nameEnd = gloss ?? at - 1;
    const found =
      hangulName(text, nameEnd, cues, false) ?? oneWordSubject(text, nameEnd, cues, isPlace, anywhere);
    if (found !== null && found.end === nameEnd) return found;
    if (gloss !== null) return null;
    const s = unitsStartBefore(text, at - 1, HANGUL);
    if (s === at - 1 || cues.families.has(text.slice(s, at - 1))) return null;
    at = s;
  }
  return null;
}

/** Offices of a place's own head (mayor, governor): a one-word place name stands before them bare. */
const PLACE_HEADS = ['시장', '도지사', '성장'];

/** The last character before a clause's first word: punctuation or a quote (or none, at the text's start). */
const CLAUSE_END = /^$|[.!?,;:"'“”‘’()[\]…·—–-]$/u;

/**
 * The one-word Hangul name ending at `end` ("…밝혔다. 팜티투하 …"), of a family name and Vietnamese syllables,
 * neither a known place nor ending in a place word ("박닌성", Bắc Ninh province); unless `anywhere`, only where
 * it opens its clause.
 */
function oneWordSubject(
  text: string,
  end: number,
  cues: ScriptNameCues,
  isPlace: (name: string) => boolean,
  anywhere: boolean,
): { start: number; end: number } | null {
  const found = hangulName(text, end, cues, true);
  if (found === null || found.end !== end) return null;
  const word = text.slice(found.start, found.end);
  if (isPlace(word) || cues.placeWords.has(word.slice(-1))) return null;
  // A word that ends in a topic, object, genitive or locative particle is a phrase of its own ("보고서에는", in
  // the report), not a bare name before its office; these endings are no syllable a Vietnamese name is written
  // with, unlike 이, 가 or 은 (하이 is Hải).
  if (cues.phraseEndings.some((p) => word.length > p.length && word.endsWith(p))) return null;
  // The word before an office is as often the body that holds it ("보건부 장관", the health minister), at a
  // clause's start as inside one: a word ending as a body's name does is the body.
  if (cues.bodyEndings.some((b) => word.endsWith(b))) return null;
  return anywhere || CLAUSE_END.test(text.slice(0, found.start).trimEnd().slice(-1)) ? found : null;
}

/** Party offices: "당 서기장" (the Party's general secretary), "당 서기" (party secretary). */
const PARTY_OFFICES = ['서기', '비서'];
/** The Party, written before its offices: "또 럼 당 서기장" is Tô Lâm, not "또 럼 당". */
const PARTY = ' 당';

/** A name read before a party office without the word for the party that ends it (three words or more). */
function withoutParty(name: string, office: string): string {
  if (!PARTY_OFFICES.some((o) => office.includes(o)) || !name.endsWith(PARTY)) return name;
  const rest = name.slice(0, -PARTY.length);
  return rest.includes(' ') ? rest : name;
}

/** Joiners between an office and the name after it: "위원장인 응우옌 반 하이" (who is chairman, Nguyễn Văn Hải). */
const HANGUL_OFFICE_JOINERS = ['', '인'];

/**
 * The Hangul name right after an office word ending at `end` ("성 경찰청장 레 민 뚜언은", provincial police
 * director Lê Minh Tuấn): a family name and name syllables, spaced, the last one possibly carrying a particle.
 */
function hangulNameAfterOffice(
  text: string,
  end: number,
  cues: ScriptNameCues,
): { start: number; end: number } | null {
  const joiner = HANGUL_OFFICE_JOINERS.find((j) => text.startsWith(`${j} `, end));
  if (joiner === undefined) return null;
  const start = end + joiner.length + 1;
  let at = start;
  let nameEnd = start;
  let words = 0;
  while (words < 4) {
    let e = at;
    while (e < text.length && HANGUL.test(text[e]!)) e++;
    const word = text.slice(at, e);
    if (word === '') break;
    if (words === 0) {
      if (!cues.families.has(word)) return oneWordAfterOffice(text, start, e, cues);
    } else if (isHangulTitle(word, cues)) {
      break;
    } else if (!isHangulSyllableOfName(word)) {
      const particle = gluedSuffix(word, cues.particles, isHangulSyllableOfName);
      if (particle === undefined) break;
      nameEnd = e - particle.length;
      words++;
      break;
    }
    nameEnd = e;
    words++;
    if (text[e] !== ' ') break;
    at = e + 1;
  }
  if (words < 2) return null;
  // A family name and a middle name only ("응우옌 반", Nguyễn Văn): a name the excerpt cut short.
  if (words === 2 && cues.han.middleNames.has(text.slice(start, nameEnd).split(' ')[1]!)) return null;
  return { start, end: nameEnd };
}

/**
 * The Hangul name written as one word right after an office ("공안국 부국장 팜민찐은"), a particle possibly
 * glued to it: a family name and Vietnamese syllables (hangulName's one-word shape), no place word at its end.
 */
function oneWordAfterOffice(
  text: string,
  start: number,
  end: number,
  cues: ScriptNameCues,
): { start: number; end: number } | null {
  const word = text.slice(start, end);
  // A particle that fits either ending ("인", "도") may be the name's last syllable ("타인", Thành): where the
  // whole word reads as a name, only a particle the last syllable calls for is cut off.
  const whole = hangulName(text, end, cues, true)?.start === start;
  const particle = gluedSuffix(word, cues.particles, (stem) => {
    const p = word.slice(stem.length);
    if (!fitsParticle(stem, p) || (whole && !AFTER_CONSONANT.has(p) && !AFTER_VOWEL.has(p))) return false;
    return hangulName(stem, stem.length, cues, true) !== null;
  });
  const nameEnd = end - (particle?.length ?? 0);
  const found = hangulName(text, nameEnd, cues, true);
  if (found === null || found.start !== start || cues.placeWords.has(text[nameEnd - 1]!)) return null;
  return { start, end: nameEnd };
}

/**
 * The office word right before a rank that precedes its name, the joiner 인 (who is) after it or not: "부국장
 * 대령 쩐 득 남" (deputy director, colonel Trần Đức Nam), "부청장인 중령 …"; null when the word is no office.
 */
function hangulOfficeBeforeRank(text: string, rank: number, cues: ScriptNameCues): string | null {
  const end = beforeSpaces(text, rank);
  if (end === rank) return null;
  const start = unitsStartBefore(text, end, HANGUL);
  const word = text.slice(start, end);
  for (const joiner of HANGUL_OFFICE_JOINERS) {
    if (!word.endsWith(joiner)) continue;
    const office = word.slice(0, word.length - joiner.length);
    if (cues.roles.some((r) => office.endsWith(r))) return office;
  }
  return null;
}

/** An age in brackets right after a name ("…훙(58)은"): how Korean writes a suspect or a victim. */
const AGE_AFTER = /^\s*[(（]\s*\d{1,3}\s*(?:세\s*)?[)）]/u;

/** An age in brackets closing right before `end` ("…칸(37세)"). */
const AGE_BEFORE = /[(（]\s*\d{1,3}\s*(?:세\s*)?[)）]$/u;

/** Where an age in brackets that closes right before `end` opens, or null. */
function ageBefore(text: string, end: number): number | null {
  const m = AGE_BEFORE.exec(text.slice(Math.max(0, end - 12), end));
  return m === null ? null : end - m[0].length;
}

/** Particles Korean writes after a final consonant only, and their forms after a vowel. */
const AFTER_CONSONANT: ReadonlySet<string> = new Set([
  '은',
  '이',
  '을',
  '과',
  '으로',
  '이며',
  '이자',
  '이다',
]);
const AFTER_VOWEL: ReadonlySet<string> = new Set(['는', '가', '를', '와', '로']);
/** The final jamo ㄹ, after which "로" is written as after a vowel. */
const FINAL_RIEUL = 8;

/**
 * Whether a particle can follow the word: "이" and "은" only after a final consonant ("찐이", "찐은"), "가" and
 * "는" only after a vowel. The last syllable of a name written as one word is then not read as a particle
 * ("하이", Hải, is no "하" with the subject's "이").
 */
function fitsParticle(stem: string, particle: string): boolean {
  // The stem is a Hangul word; a unit that is no syllable counts as ending in a consonant.
  const final = hangulFinal(stem.slice(-1)) ?? -1;
  if (AFTER_CONSONANT.has(particle)) return final !== 0;
  if (AFTER_VOWEL.has(particle)) return final === 0 || (particle === '로' && final === FINAL_RIEUL);
  return true;
}

/** A rank, honorific or office word, alone or with a particle ("씨는", "대령이"): no syllable of a name. */
function isHangulTitle(word: string, cues: ScriptNameCues): boolean {
  return cues.titles.some(
    (t) => word === t.form || (word.startsWith(t.form) && cues.particles.has(word.slice(t.form.length))),
  );
}

/** Whether the office at [p, end) ends its word, or only a particle follows it ("청장은", not "위원회"). */
function endsHangulWord(text: string, end: number, cues: ScriptNameCues): boolean {
  let e = end;
  while (e < text.length && HANGUL.test(text[e]!)) e++;
  return e === end || cues.particles.has(text.slice(end, e));
}

/** Fewest syllables of a Hangul name written as one word ("쩐테끄엉", "팜민찐"): a family name and two more. */
const ONE_WORD_HANGUL_MIN = 3;
// Three syllables of up to three Hangul letters each ("응우옌아인뚜언", Nguyễn Anh Tuấn).
const ONE_WORD_HANGUL_MAX = 9;

/**
 * The Hangul name ending before a title at `end`: up to four words separated by single spaces, the first a
 * family name, the longest such run ("응우옌 반 훙"); a role word between the name and its rank belongs to
 * neither ("쩐 반 끄엉 부국장 대령"). After a rank or honorific (`oneWord`) the name may also be written as one
 * word starting with a family name ("쩐테끄엉 상급 대령"); never before a role, where that shape is as often a
 * place ("하노이 시장", the mayor of Hà Nội).
 */
function hangulName(
  text: string,
  end: number,
  cues: ScriptNameCues,
  oneWord: boolean,
  /** The rank after the name is a general officer's, which no head of a team or a village holds. */
  general = false,
): { start: number; end: number } | null {
  const at = beforeSpaces(text, end);
  const starts: number[] = [];
  let k = at;
  let nameEnd = at;
  while (starts.length < 4) {
    const s = unitsStartBefore(text, k, HANGUL);
    if (s === k) break;
    if (
      starts.length === 0 &&
      k === nameEnd &&
      cues.roles.includes(text.slice(s, k)) &&
      text[s - 1] === ' '
    ) {
      nameEnd = s - 1;
      k = s - 1;
      continue;
    }
    starts.push(s);
    if (s < 1 || text[s - 1] !== ' ') break;
    k = s - 1;
  }
  for (let n = starts.length; n >= 2; n--) {
    const s = starts[n - 1]!;
    const first = text.slice(s, text.indexOf(' ', s));
    if (!cues.families.has(first)) continue;
    // Văn (반) is a family name and the commonest middle name: after a name's syllable it is the middle one
    // ("끼에우 반 훙", Kiều Văn Hùng, the family name unlisted), and the name no name of its own.
    if (cues.han.middleNames.has(first) && isHangulSyllableOfName(wordBefore(text, s))) continue;
    // Each word after the family name is one Vietnamese syllable: "도 공안" (province public security, 도
    // being also the family name Đỗ) is none.
    const rest = text
      .slice(s + first.length, nameEnd)
      .trim()
      .split(' ');
    // A family name and a middle name only ("응우옌 반", Nguyễn Văn): a name the excerpt cut short.
    if (rest.length === 1 && cues.han.middleNames.has(rest[0]!)) continue;
    // A place word is a name's syllable between two others ("쩐 시 타인", Trần Sĩ Thanh), not at its end.
    if (rest.every((w, k) => (k < rest.length - 1 || !cues.placeWords.has(w)) && isHangulSyllableOfName(w)))
      return { start: s, end: nameEnd };
  }
  const s = starts[0];
  if (!oneWord || s === undefined) return null;
  const word = text.slice(s, nameEnd);
  if (word.length < ONE_WORD_HANGUL_MIN || word.length > ONE_WORD_HANGUL_MAX) return null;
  // An office word ("보안관", sheriff; "부반장", deputy team leader) may start with a family name's syllable and
  // spell syllables after it; before a general's rank the word is a name that ends so ("판반장 대장", Phan Văn
  // Giang).
  if (!general && cues.officeEndings.some((o) => word.endsWith(o))) return null;
  for (let f = 1; f <= word.length - 2; f++) {
    if (cues.families.has(word.slice(0, f)) && inNameSyllables(word.slice(f)))
      return { start: s, end: nameEnd };
  }
  return null;
}

/** The Hangul word before `start`, a single space between, or "". */
function wordBefore(text: string, start: number): string {
  if (start < 2 || text[start - 1] !== ' ') return '';
  const s = unitsStartBefore(text, start - 1, HANGUL);
  return text.slice(s, start - 1);
}

/** Most Hangul characters one Vietnamese syllable takes ("응우옌", Nguyễn). */
const HANGUL_SYLLABLE_MAX = 3;

/**
 * Whether the Hangul text splits into syllables of Vietnamese names as transcribed, of one to three characters
 * each. Written as one word, a Korean word or a Korean person's name spells possible Vietnamese syllables too
 * ("보건소", a health centre; "황민수", a Korean name, 황 being also Hoàng): a name is read only when each syllable
 * is one of the family or given names' syllables ("팜민찐", "쩐테끄엉").
 */
function inNameSyllables(rest: string): boolean {
  if (rest === '') return true;
  for (let n = 1; n <= Math.min(HANGUL_SYLLABLE_MAX, rest.length); n++)
    if (isTranscribedNameSyllable(rest.slice(0, n)) && inNameSyllables(rest.slice(n))) return true;
  return false;
}

/** Whether the Hangul unit reads as a syllable the data lists for Vietnamese names ("민", "끄엉"; not "수"). */
function isTranscribedNameSyllable(unit: string): boolean {
  const latin = romanizeVietnameseName(unit);
  return latin !== null && isListedNameSyllable(latin);
}

/**
 * Scripts without capitals in which a rank stands before the name, as in Latin text: Thai ("พ.ต.อ. เหงียน วัน
 * ถั่น"), Arabic ("العقيد نجوين فان هونغ") and the Indic scripts of Hindi, Bengali, Tamil and Telugu ("कर्नल गुयेन वान हंग"),
 * each with the code units of its block and the most units a Vietnamese syllable takes in it (Indic
 * syllables spell vowels and clusters with several units: "हुइन्ह", Huỳnh).
 */
const RANK_BEFORE: Readonly<Partial<Record<NamesInScript['script'], { unit: RegExp; longest: number }>>> = {
  Thai: { unit: /[\u0e00-\u0e7f]/u, longest: 8 },
  Devanagari: { unit: /[\u0900-\u097f]/u, longest: 10 },
  Bengali: { unit: /[\u0980-\u09ff]/u, longest: 10 },
  Tamil: { unit: /[\u0b80-\u0bff]/u, longest: 10 },
  Telugu: { unit: /[\u0c00-\u0c7f]/u, longest: 10 },
  // Letters and vowel marks only: the Arabic comma (U+060C) ends a name ("المقدم نجوين ثانه هوانغ، المفوض").
  Arabic: { unit: ARABIC_LETTER_OR_MARK, longest: 8 },
  // Letters, points and the geresh Hebrew writes after a letter for a sound it lacks ("צ'ין", Chính).
  Hebrew: { unit: /[\u0591-\u05c7\u05d0-\u05ea\u05f3'’]/u, longest: 8 },
};
/** Most words a Vietnamese name has in these scripts (family, middle and given names, spaced). */
const NAME_WORDS = 3;
/**
 * Most words of a name a word of the lexicon's wordsAfterName closes ("وو نہ سون ٹرا نے"): four-word names
 * (two middle names) are read only so, the fourth word being otherwise as likely the clause's next word, a
 * comma after it too ("ফাম ভ্যান হুং বলেন,", said).
 */
const CLOSED_NAME_WORDS = 4;

/**
 * The name after a rank: a Vietnamese family name in the script and up to two more short spaced words.
 * Thai writes "นาย" (Mr) and Hindi "श्री" for suspects too: only ranks vouch for an official here.
 */
function nameAfterRank(
  text: string,
  from: number,
  cues: ScriptNameCues,
  script: { unit: RegExp; longest: number },
  byRank = false,
): { start: number; end: number } | null {
  let at = pastSpaces(text, from);
  const start = at;
  // Words right after a place word are the place's name ("مدينة هو تشي منه", Hồ Chí Minh city; Hồ is also a
  // family name), the word glued to a one-letter preposition too ("لمدينة", of the city).
  if (placeWordBefore(text, start, cues, script.unit)) return null;
  const words: string[] = [];
  let closed = false;
  while (words.length < CLOSED_NAME_WORDS) {
    let e = at;
    while (e < text.length && text[e] !== ' ' && script.unit.test(text[e]!)) e++;
    const word = text.slice(at, e);
    if (word.length === 0 || word.length > script.longest || cues.roles.some((r) => word.startsWith(r)))
      break;
    // A rank or an honorific ends the words before it: "دونغ ناي العقيد X" is a place, then colonel X.
    if (words.length > 0 && titleAt(text, at, cues, script.unit)) break;
    // A word with the definite article is the clause's next word ("العقيد X المصابين", "X بالسجن").
    if (words.length > 0 && cues.script === 'Arabic' && hasArabicArticle(word)) break;
    // A word the lexicon writes after a name ends it (Hindi "ने", "को", "का": postpositions written apart, never
    // a name's syllable after its first two).
    if (words.length >= 2 && cues.han.wordsAfterName.includes(word)) {
      closed = true;
      break;
    }
    // A place word after the words makes them a place's name (Urdu "ہو چی منہ شہر", Hồ Chí Minh city;
    // Hồ is also a family name).
    if (cues.placeWords.has(word)) return null;
    // A case particle glued to a name's word ends the name there (Nepali "त्रान होङ हाले", Trần Hồng Hà +
    // the agent's "ले"); the first word is the family name itself, never so cut ("ले" is Lê). Past a name's usual
    // length a glued ending proves nothing, since any word may end in one (Bengali "বৈঠকে", at the meeting, after
    // a three-word name): only a postposition written apart closes a longer name.
    const particle =
      words.length === 0 || words.length >= NAME_WORDS ? undefined : gluedSuffix(word, cues.particles);
    if (particle !== undefined) {
      words.push(word.slice(0, -particle.length));
      at = e;
      closed = true;
      break;
    }
    words.push(word);
    at = e;
    if (text[at] !== ' ') break;
    at++;
  }
  if (
    words.length > NAME_WORDS &&
    !closed &&
    !cues.han.wordsAfterName.includes(wordAt(text, at, script.unit)) &&
    !fourthWordEndsPhrase(text, at, words, cues, script.unit)
  ) {
    words.pop();
    at = start + words.join(' ').length + 1;
  }
  if (words.length < 2) return null;
  const end = start + words.join(' ').length;
  // A family name the list lacks: after a rank, three words with a middle name between ("Trịnh Văn Long"),
  // or led by Văn, a middle name that is also a family name ("พันเอก วัน ดึ๊ก นาม", Văn Đức Nam).
  const family =
    isFamily(words[0]!, cues) ||
    (byRank &&
      words.length === 3 &&
      (cues.han.middleNames.has(words[1]!) || cues.han.middleNames.has(words[0]!)));
  if (!family) return null;
  if (text[at - 1] === ' ' && cues.placeWords.has(wordAt(text, at, script.unit))) return null;
  // A family name and a middle name only ("เหงียน วัน", Nguyễn Văn): a name the excerpt cut short.
  if (words.length === 2 && cues.han.middleNames.has(words[1]!)) return null;
  return { start, end };
}

/**
 * Whether the name read as four words ends with its fourth: the second word is a middle name (Thị, Văn), which
 * marks a name of four words as it does in Han, and an office in apposition opens right after the fourth
 * ("พันเอก ฝ่าม ถิ แถ่ง ฮา รองผู้อำนวยการ...", colonel Phạm Thị Thanh Hà, deputy director), or, in Arabic script,
 * the phrase ends there, at a clause's punctuation glued to it ("ٹران تھی کم پھنگ،", Trần Thị Kim Phụng) or
 * before a word a glued conjunction opens ("نجوين ثي كيم نجان وقادة", and leaders). Arabic and Persian put the
 * verb before its subject or after its object, and Urdu joins a subject to its verb with a postposition
 * (wordsAfterName), so a word closing such a phrase is a name's; in the Indic scripts a verb ends the sentence,
 * and a comma after a fourth word leaves it cut ("ফাম ভ্যান হুং বলেন,", said). `at`: where the words read end,
 * past the space after them.
 */
function fourthWordEndsPhrase(
  text: string,
  at: number,
  words: readonly string[],
  cues: ScriptNameCues,
  unit: RegExp,
): boolean {
  if (words.length !== CLOSED_NAME_WORDS || !cues.han.middleNames.has(words[1]!)) return false;
  const arabic = cues.script === 'Arabic';
  if (arabic && PHRASE_END.test(text[at] ?? '')) return true;
  if (text[at - 1] !== ' ') return false;
  const next = wordAt(text, at, unit);
  if (next !== '' && cues.roles.some((r) => next.startsWith(r))) return true;
  return arabic && cues.gluedConjunctions.some((c) => next.startsWith(c) && next.length > c.length + 1);
}

/** Punctuation that ends an Arabic-script phrase: the Arabic comma and semicolon, the stops, a colon. */
const PHRASE_END = /^[\u060c\u061b.\u06d4:!?؟]$/u;

/**
 * Whether the word is a family name of the script's list. Thai spellings of one name differ in tone marks and a
 * silent ห ("หวู่", "หวู", Vũ): Thai family names are kept and compared without them (text/thai.ts).
 */
function isFamily(word: string, cues: ScriptNameCues): boolean {
  return cues.families.has(cues.script === 'Thai' ? thaiKey(word) : word);
}

/** Most letters a script glues before a word as a preposition or conjunction (Arabic "ل", "و", "ب"). */
const GLUED_PREFIX = 1;

/** Whether the word before `at` (a space between) is a place word, alone or after a glued one-letter prefix. */
function placeWordBefore(text: string, at: number, cues: ScriptNameCues, unit: RegExp): boolean {
  const end = beforeSpaces(text, at);
  if (end === at) return false;
  const start = unitsStartBefore(text, end, unit);
  const word = text.slice(start, end);
  for (let cut = 0; cut <= GLUED_PREFIX && cut < word.length; cut++)
    if (cues.placeWords.has(word.slice(cut))) return true;
  return false;
}

/** Whether the Arabic word before `at` (a space between) is a place word with the article: "the province". */
function definitePlaceWordBefore(text: string, at: number, cues: ScriptNameCues): boolean {
  if (cues.script !== 'Arabic') return false;
  const end = beforeSpaces(text, at);
  const word = afterArabicArticle(text.slice(unitsStartBefore(text, end, RANK_BEFORE.Arabic!.unit), end));
  return word !== undefined && cues.placeWords.has(word);
}

/** Whether a rank or an honorific of the lexicon starts a word at `at`. */
function titleAt(text: string, at: number, cues: ScriptNameCues, unit: RegExp): boolean {
  return cues.titles.some(
    (t) => t.role === null && text.startsWith(t.form, at) && !unit.test(text[at + t.form.length] ?? ' '),
  );
}

/** The word of the script's units starting at `at`. */
function wordAt(text: string, at: number, unit: RegExp): string {
  let e = at;
  while (e < text.length && unit.test(text[e]!)) e++;
  return text.slice(at, e);
}

/** Officials named in the script with a title after the name (a rank before it in Thai and Indic scripts), in text order. */
export function findScriptNames(
  text: string,
  cues: ScriptNameCues,
  isPlace: (name: string) => boolean = () => false,
): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  const taken = new Set<number>();
  for (const title of cues.titles) {
    for (let p = text.indexOf(title.form); p >= 0; p = text.indexOf(title.form, p + 1)) {
      if (taken.has(p)) continue;
      // A Korean office after a name ends its word ("…훙 국장은", "…훙 성 공안청장은"; never "인민위원회"),
      // the organisation's words may stand between ("…훙 박닌성 공안청장").
      if (title.role !== null && cues.script === 'Hangul') {
        if (!endsHangulWord(text, p + title.form.length, cues)) continue;
        const compound = unitsStartBefore(text, p, HANGUL);
        const found =
          hangulNameBeforeOffice(text, compound, title.form, cues, isPlace) ??
          hangulNameAfterOffice(text, p + title.form.length, cues);
        if (found === null) continue;
        for (let k = p; k < p + title.form.length; k++) taken.add(k);
        const name = withoutParty(text.slice(found.start, found.end), title.form);
        // "…훙 전 국장" (Hùng, the former director): an office no longer held, as a defendant's is written. "X
        // 피고인" (the defendant X): the word after the name says who the person is now, whatever office before it.
        if (
          formerBefore(text, compound, cues.hanPrivate.formerWords, 'hangulWord') ||
          designatedPrivate(text, found.end, cues)
        ) {
          out.push({ start: found.start, mention: { name, rank: null, role: null, private: true } });
          continue;
        }
        const role = text.slice(compound, p + title.form.length);
        // A company's office ("회사 대표", "건설회사 대표", the company's representative) is a private person's, and
        // so is a volunteer team's, its organisation's words before the office or before the name ("자원봉사팀
        // 팀장 X 씨", "자원봉사 구조팀 X 팀장"): bare words there, as an organisation's take no particle.
        if (companyOffice(text, compound, cues, true) || companyOffice(text, found.start, cues, false)) {
          out.push({ start: found.start, mention: { name, rank: null, role: null, private: true } });
          continue;
        }
        // The rank in brackets after the office, as Japanese writes it too: "…롱 차관(중장)은".
        const rank = bracketedRank(text, p + title.form.length, cues);
        out.push({ start: found.start, mention: { name, rank, role } });
        continue;
      }
      // A Korean rank is a word of its own: glued after a syllable it ends an office ("부대장", deputy
      // commander, holds 대장, general; "연구소장" holds 소장).
      // A rank no office word ends may still be glued to the last syllable of the name before it, as some
      // copies write it ("응우옌 반 하이대령은", "응우옌반하이대령은"): read only where a whole name ends there.
      if (
        title.rank !== null &&
        cues.script === 'Hangul' &&
        p > 0 &&
        HANGUL.test(text[p - 1]!) &&
        !gluedRankAfterName(text, p, title.form, title.rank, cues)
      )
        continue;
      const rankBefore = RANK_BEFORE[cues.script];
      if (rankBefore) {
        const found =
          title.rank === null ? null : nameAfterRank(text, p + title.form.length, cues, rankBefore, true);
        if (found === null) continue;
        for (let k = p; k < p + title.form.length; k++) taken.add(k);
        const name = text.slice(found.start, found.end);
        // "อดีตร้อยเอก X" (former captain X): a rank no longer held is a suspect's or a retiree's, no official's.
        // "ماہی گیری کشتی کے کپتان X" (the fishing boat's captain X): a ship's master, his vessel joined before.
        const mastered =
          MASTERS_TOO.has(title.rank!) && holdsPrivateCue(organisationBefore(text, p), cues.hanPrivate);
        if (mastered || formerBefore(text, p, cues.hanPrivate.formerWords, 'blanks')) {
          out.push({ start: found.start, mention: { name, rank: null, role: null, private: true } });
          continue;
        }
        const role = roleEndingAt(text, p, cues)?.role ?? null;
        out.push({ start: found.start, mention: { name, rank: title.rank, role } });
        continue;
      }
      let start: number | null;
      let nameEnd = p;
      let glossed = false;
      // Where the organisation and office glued after a katakana name start (katakanaNameBeforeOrganisation).
      let gluedOffice: number | null = null;
      if (cues.script === 'Hangul') {
        // A name glossed in Latin letters before its title, as Han script writes it too:
        // "부이 반 리엣(Bùi Văn Liệt) 소령" (the gloss, then a space, then the rank).
        const before = beforeSpaces(text, p);
        const gloss = glossBefore(text, before);
        glossed = gloss !== null;
        // An age in brackets between the name and its rank ("응우옌 쑤언 칸(37세) 소령"): the rank given still
        // vouches for the official, as in Latin text; a captain's may be a ship's master's (judge.ts).
        const aged = gloss === null && title.rank !== null ? ageBefore(text, before) : null;
        const enclosed = gloss === null && aged === null ? enclosedBeforeTitle(text, p, title, cues) : null;
        const read = hangulName(
          text,
          gloss ?? aged ?? enclosed?.end ?? p,
          cues,
          title.role === null && !cues.spacedNameRanks.has(title.form),
          title.rank !== null && GENERAL_RANKS.has(title.rank),
        );
        const found = read !== null && fillsQuotes(text, read, enclosed) ? read : null;
        // What stands between such a name and its title is the gloss, the age or a bracket or quote, no office.
        glossed ||= aged !== null || enclosed !== null;
        if (found !== null && aged !== null && MASTERS_TOO.has(title.rank!)) {
          for (let k = p; k < p + title.form.length; k++) taken.add(k);
          const name = text.slice(found.start, found.end);
          out.push({ start: found.start, mention: { name, rank: null, role: null, private: true } });
          continue;
        }
        // A rank may also stand before the name, as in Latin text ("대령 응우옌 반 훙은", "부국장 대령 쩐 득 남은").
        const after =
          found === null && title.rank !== null
            ? hangulNameAfterOffice(text, p + title.form.length, cues)
            : null;
        // A word both rank and office ("대장", general, and the head of a unit: "교통경찰대 대장 X 대령") before a
        // name that a rank follows is the office: the rank after the name is read with it there.
        if (after !== null && cues.roles.includes(title.form) && rankAfter(text, after.end, cues)) continue;
        // The word of a unit before it ("구조대 대장 X 씨", the rescue unit's head; 대 is a unit) makes it the
        // unit head's office, as after the name (below).
        if (after !== null && cues.roles.includes(title.form) && wordBefore(text, p).endsWith(UNIT)) {
          for (let k = p; k < p + title.form.length; k++) taken.add(k);
          const role = text.slice(p - wordBefore(text, p).length - 1, p + title.form.length);
          out.push({
            start: after.start,
            mention: { name: text.slice(after.start, after.end), rank: null, role },
          });
          continue;
        }
        if (after !== null) {
          for (let k = p; k < p + title.form.length; k++) taken.add(k);
          const name = text.slice(after.start, after.end);
          // "전 대령 X" (former colonel X) or "대령 X(58)" (an age, as suspects are written): no official.
          if (
            formerBefore(text, p, cues.hanPrivate.formerWords, 'hangulWord') ||
            AGE_AFTER.test(text.slice(after.end))
          ) {
            out.push({ start: after.start, mention: { name, rank: null, role: null, private: true } });
            continue;
          }
          const role = hangulOfficeBeforeRank(text, p, cues) ?? bracketedOffice(text, after.end, cues);
          out.push({ start: after.start, mention: { name, rank: title.rank, role } });
          continue;
        }
        start = found?.start ?? null;
        nameEnd = found?.end ?? p;
      } else {
        // A name glossed in Latin letters before its title: "阮长山(Nguyễn Trường Sơn)中校".
        const gloss = glossBefore(text, p);
        const enclosed = gloss === null ? enclosedBeforeTitle(text, p, title, cues) : null;
        glossed = gloss !== null || enclosed !== null;
        nameEnd = gloss ?? enclosed?.end ?? p;
        start =
          cues.script === 'Han' ? hanNameStart(text, nameEnd, cues) : katakanaNameStart(text, nameEnd, cues);
        if (start !== null && !fillsQuotes(text, { start, end: nameEnd }, enclosed)) start = null;
        // A rank closes its organisation as an office does ("…・ナム ハノイ市警察大佐", colonel of the Hanoi police).
        if (start === null && cues.script === 'Katakana' && (title.role !== null || title.rank !== null)) {
          const glued = katakanaNameBeforeOrganisation(text, p, cues, isPlace);
          if (glued !== null) ({ start, end: nameEnd, office: gluedOffice } = glued);
        }
      }
      if (start === null) continue;
      // A longer title found first covers this one ("副厅长" holds "厅长").
      for (let k = p; k < p + title.form.length; k++) taken.add(k);
      while (nameEnd > start && text[nameEnd - 1] === ' ') nameEnd--;
      const name = text.slice(start, nameEnd);
      const role =
        gluedOffice !== null
          ? text.slice(gluedOffice, title.role !== null ? p + title.form.length : p)
          : (roleEndingAt(text, start, cues)?.role ??
            ((glossed ? '' : text.slice(nameEnd, p).trim()) || null) ??
            title.role);
      // A courtesy closes the name of a body's member as it does anybody's: the body linked before it says which,
      // or the office in brackets after it ("…씨(성 공안국 부국장)", "…氏（省警察局副局長）").
      // A rank may carry its office in brackets too: "…남 중령(성 공안 부국장)은".
      const body =
        role === null && title.courtesy
          ? (cues.bodyLinkedBefore(text, start) ?? bracketedOffice(text, p + title.form.length, cues))
          : role === null && title.rank !== null
            ? bracketedOffice(text, p + title.form.length, cues)
            : null;
      // A word both rank and office after the name of a unit's member ("도로교통경찰대 X 대장", the head of the
      // traffic police unit; 대 is a unit) is the unit head's office, not a general's rank.
      if (
        cues.script === 'Hangul' &&
        title.rank !== null &&
        cues.roles.includes(title.form) &&
        wordBefore(text, start).endsWith(UNIT)
      ) {
        out.push({ start, mention: { name, rank: null, role: role ?? title.form } });
        continue;
      }
      const rank =
        title.rank ??
        (cues.script === 'Katakana' ? rankJoinedBefore(text, start, cues) : null) ??
        // After an office or a courtesy ("…氏（大佐）", "… 씨(대령)"): the rank in brackets.
        (title.role !== null || title.courtesy ? bracketedRank(text, p + title.form.length, cues) : null);
      const courtesyOnly = rank === null && role === null && body === null && title.courtesy;
      out.push({
        start,
        mention: { name, rank, role: role ?? body, ...(courtesyOnly ? { courtesyOnly: true as const } : {}) },
      });
    }
  }
  if (cues.script === 'Thai') out.push(...thaiNamesByRole(text, cues, out));
  else if (RANK_BEFORE[cues.script]) {
    out.push(...namesAfterSpacedOffices(text, cues, out, isPlace));
    const script = RANK_BEFORE[cues.script]!;
    const readName = (t: string, from: number) => nameAfterRank(t, from, cues, script);
    out.push(...namesBeforeAppositiveOffices(text, cues, script.unit, readName, out, isPlace));
  }
  if (cues.script === 'Han' || cues.script === 'Katakana') out.push(...namesAfterRoles(text, cues, out));
  if (cues.script === 'Han') {
    out.push(...hanNamesBeforeRoles(text, cues, out));
    out.push(...hanNamesWithAppositiveRole(text, cues, out));
    for (const found of out) {
      const m = found.mention;
      // A rank vouches for no official the story happens to: an officer arrested, charged or at the wheel
      // ("中校陈文龙因涉嫌受贿被逮捕", "少校黎明德酒后驾驶摩托车").
      if (isPrivateHanName(text, found.start, found.start + m.name.length, cues.hanPrivate))
        found.mention = { name: m.name, rank: null, role: null, private: true };
    }
  }
  if (cues.script === 'Katakana')
    for (const found of out) {
      const m = found.mention;
      const end = found.start + m.name.length;
      const title = cues.titles.find((t) => text.startsWith(t.form, end));
      if (isPrivateKatakanaName(text, found.start, end + (title?.form.length ?? 0), cues.hanPrivate))
        found.mention = { name: m.name, rank: null, role: null, private: true };
    }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether the Hangul word right after a name ending at `end` opens with one of the lexicon's privateCues, a
 * particle possibly glued after it ("X 피고인에게", to the defendant X; "X 피의자는", the suspect X): the
 * person's designation now, whatever office came before the name.
 */
function designatedPrivate(text: string, end: number, cues: ScriptNameCues): boolean {
  if (text[end] !== ' ') return false;
  let e = end + 1;
  while (e < text.length && HANGUL.test(text[e]!)) e++;
  const word = text.slice(end + 1, e);
  return word !== '' && cues.designations.some((c) => word.startsWith(c));
}

/** The most words of an organisation read before a Korean office for a company's word. */
const COMPANY_WORDS = 2;

/**
 * Whether the organisation of the Korean office whose word starts at `compound` is a company: a word of the
 * lexicon's privateCues ("회사", "기업") ends one of the two words before it, a particle possibly after
 * ("건설회사 대표", "회사의 대표"). Not a syllable glued to the office: "중소기업청장" heads a state agency (청).
 */
function companyOffice(text: string, compound: number, cues: ScriptNameCues, particles: boolean): boolean {
  const company = cues.hanPrivate.privateCues;
  if (company.length === 0) return false;
  const words: string[] = [];
  let at = compound;
  for (let n = 0; n < COMPANY_WORDS && at > 0 && text[at - 1] === ' '; n++) {
    const s = unitsStartBefore(text, at - 1, HANGUL);
    if (s === at - 1) break;
    words.push(text.slice(s, at - 1));
    at = s;
  }
  // The cue opens or ends the organisation's word ("건설회사", "자원봉사팀"): "중소기업청" (a state agency) holds
  // one inside only.
  const endsCompany = (w: string): boolean => company.some((c) => w.endsWith(c) || w.startsWith(c));
  return words.some(
    (w) => endsCompany(w) || (particles && gluedSuffix(w, cues.particles, endsCompany) !== undefined),
  );
}

/**
 * Whether the Korean rank at `p`, glued to the word before it, closes a Vietnamese name there: a rank no
 * general officer holds and no office word also is (대장, 소장 end "부대장", "연구소장"), its word ending with
 * it or a particle, and a name by hangulName ending right before it.
 */
function gluedRankAfterName(
  text: string,
  p: number,
  form: string,
  rank: string,
  cues: ScriptNameCues,
): boolean {
  if (GENERAL_RANKS.has(rank) || cues.roles.includes(form)) return false;
  if (!endsHangulWord(text, p + form.length, cues)) return false;
  return hangulName(text, p, cues, true)?.end === p;
}

/** The last syllable of a Korean unit's name ("경찰대", police unit; "수비대", guard): 대장 heads it. */
const UNIT = '대';

/** The general officers' ranks (canonical English). */
const GENERAL_RANKS: ReadonlySet<string> = new Set([
  'general',
  'colonel general',
  'lieutenant-general',
  'major-general',
  'brigadier-general',
]);

/** Whether a rank stands as its own word right after `end` ("… 대령은"). */
function rankAfter(text: string, end: number, cues: ScriptNameCues): boolean {
  if (text[end] !== ' ') return false;
  return cues.titles.some(
    (t) =>
      t.rank !== null &&
      text.startsWith(t.form, end + 1) &&
      endsHangulWord(text, end + 1 + t.form.length, cues),
  );
}

/**
 * The rank written before the name with a joiner, as Japanese writes a rank before a name ("大佐のグエン・
 * ヴァン・フン氏", colonel Nguyễn Văn Hùng; "副局長で大佐の…"), or glued to it after its service or unit
 * ("警察中佐グエン・ヴァン・フン氏"), or null. A former-word before the rank ("元大佐の…") makes it no rank held.
 */
function rankJoinedBefore(text: string, start: number, cues: ScriptNameCues): string | null {
  for (const joiner of [...cues.roleJoiners, '']) {
    const end = start - joiner.length;
    if (end <= 0 || !text.startsWith(joiner, end)) continue;
    const title = cues.titles.find((t) => t.rank !== null && text.endsWith(t.form, end));
    if (title === undefined) continue;
    const at = end - title.form.length;
    if (formerBefore(text, at, cues.hanPrivate.formerWords, 'glued')) return null;
    return title.rank;
  }
  return null;
}

/**
 * How a former-word meets the rank after it, by script: Thai writes it glued or spaced ("อดีต", "อดีต "), so
 * 'blanks' lets whitespace stand between; Japanese glues it ("元大佐の"): 'glued'; Korean spaces it inside the
 * word ("전 ", "퇴역 "), and a Hangul letter before it would make it the tail of a longer word: 'hangulWord'.
 */
type FormerSeparator = 'blanks' | 'glued' | 'hangulWord';

/** Whether a former-word (lexicon formerWords) stands before the rank at `at`, joined as `separator` says. */
function formerBefore(
  text: string,
  at: number,
  formerWords: readonly string[],
  separator: FormerSeparator,
): boolean {
  if (separator === 'blanks') {
    const before = text.slice(Math.max(0, at - 24), at).trimEnd();
    return formerWords.some((w) => before.endsWith(w));
  }
  return formerWords.some(
    (w) => text.endsWith(w, at) && (separator === 'glued' || !HANGUL.test(text[at - w.length - 1] ?? ' ')),
  );
}

const THAI = RANK_BEFORE.Thai!;
/** Words Thai glues before an office that opens a phrase ("และนายกรัฐมนตรี", and the prime minister). */
const THAI_JOINERS = ['และ', 'โดย'];
/** The deputy prefix Thai glues before an office ("รองผู้กำกับการ", deputy superintendent). */
const THAI_DEPUTY = 'รอง';
/** Honorifics Thai glues to the name after them ("นายเหงียน วัน ไห่"), longest first. */
const THAI_GLUED_HONORIFICS = ['นางสาว', 'นาย', 'นาง'];

/**
 * Officials Thai names by their office, with no rank: the office phrase opens a space-separated phrase, and
 * the name (a family name in the script and one to three more short words) stands right after it
 * ("ผู้อำนวยการตำรวจจังหวัด เล มิญ ตวน") or right before it ("นายเหงียน วัน ไห่ ประธานคณะกรรมการ..."). Only an
 * office vouches: "นาย" (Mr) is written for suspects and villagers too.
 */
function thaiNamesByRole(
  text: string,
  cues: ScriptNameCues,
  found: ReadonlyArray<{ start: number }>,
): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  const seen = new Set(found.map((f) => f.start));
  const taken = new Set<number>();
  for (const role of cues.roles) {
    for (let p = text.indexOf(role); p >= 0; p = text.indexOf(role, p + 1)) {
      if (taken.has(p)) continue;
      // "รองผู้ว่าราชการ" (deputy governor), "รองโฆษก": the deputy prefix glued before any office opens the phrase.
      // (startsWith reads a negative position as 0: an office opening the text has no prefix before it.)
      const deputy = text.endsWith(THAI_DEPUTY, p) ? p - THAI_DEPUTY.length : p;
      if (!opensThaiPhrase(text, deputy)) continue;
      let end = p;
      while (end < text.length && THAI.unit.test(text[end]!)) end++;
      for (let k = p; k < end; k++) taken.add(k);
      const phrase = text.slice(deputy, end);
      // "หัวหน้าแก๊ง" (the gang's head), "หัวหน้าผู้ต้องหา": the office of a private person.
      if (cues.hanPrivate.privateCues.some((c) => phrase.includes(c))) continue;
      const after = nameAfterRank(text, end, cues, THAI) ?? nameAfterThaiCourtesy(text, end, cues);
      // A gloss of the name in Latin letters may stand between it and its office ("นายเหงียน วัน หุ่ง (Nguyen Van
      // Hung) รองผู้อำนวยการ...").
      const glossed = text[deputy - 1] === ' ' ? glossBefore(text, deputy - 1) : null;
      const name =
        after ??
        thaiNameBefore(text, deputy, cues) ??
        (glossed === null ? null : thaiNameBefore(text, glossed, cues));
      if (name === null || seen.has(name.start)) continue;
      seen.add(name.start);
      out.push({
        start: name.start,
        mention: { name: text.slice(name.start, name.end), rank: null, role: phrase },
      });
    }
  }
  return out;
}

/**
 * The name after the courtesy title that closes an office's phrase, glued to the name or spaced
 * ("ผู้อำนวยการตำรวจจังหวัด นายเหงียน วัน ลอง", the provincial police director, Mr Nguyễn Văn Long). "นาย" alone
 * vouches for nobody; right after an office it introduces the office's holder.
 */
function nameAfterThaiCourtesy(
  text: string,
  from: number,
  cues: ScriptNameCues,
): { start: number; end: number } | null {
  const at = pastSpaces(text, from);
  if (at === from) return null;
  const courtesy = THAI_GLUED_HONORIFICS.find((h) => text.startsWith(h, at));
  return courtesy === undefined ? null : nameAfterRank(text, at + courtesy.length, cues, THAI);
}

/** Most words of an office's organisation between the office word and the name ("مدير شرطة المقاطعة X"). */
const ORGANISATION_WORDS = 3;
/** Most words of a place's name after its place word ("مدينة هو تشي منه"), at the end of an organisation. */
const PLACE_NAME_WORDS = 3;

/**
 * Officials named by their office, with no rank, in the spaced scripts that write the title before the name
 * (Devanagari, Bengali, Tamil, Arabic): the office word ends a word ("निदेशक", "उप-प्रधानमंत्री", "পরিচালক")
 * and the name follows it, a Vietnamese family name in the script and one or two more short words. Hindi,
 * Bengali and Tamil put the organisation before the office ("प्रांतीय पुलिस के निदेशक X"); Arabic puts it
 * after, between the office and the name ("مدير شرطة المقاطعة X"), so up to three words may stand between
 * there, none ending a clause. An office a private cue stands in (a gang's head) or a former-word precedes
 * vouches for nobody.
 */
function namesAfterSpacedOffices(
  text: string,
  cues: ScriptNameCues,
  found: ReadonlyArray<{ start: number }>,
  isPlace: (name: string) => boolean,
): { start: number; mention: Mention }[] {
  const script = RANK_BEFORE[cues.script]!;
  const out: { start: number; mention: Mention }[] = [];
  const seen = new Set(found.map((f) => f.start));
  const taken = new Set<number>();
  for (const role of cues.roles) {
    for (let p = text.indexOf(role); p >= 0; p = text.indexOf(role, p + 1)) {
      const end = p + role.length;
      // An Arabic comma may close the office right after its last word, the holder in apposition after it
      // ("کمیٹی کے چیئرمین، مسٹر X", the committee's chairman, Mr X): nameAfterOfficeAndHonorific reads it.
      const closedByComma = cues.script === 'Arabic' && text[end] === ARABIC_COMMA;
      if (taken.has(p) || (text[end] !== ' ' && !closedByComma)) continue;
      for (let k = p; k < end; k++) taken.add(k);
      let start = p;
      while (start > 0 && (script.unit.test(text[start - 1]!) || text[start - 1] === '-')) start--;
      // "سابق نائب ڈائریکٹر X", "প্রাক্তন উপ পরিচালক X" (former deputy director X): the deputy word may stand
      // spaced between the former-word and the office.
      if (
        formerBefore(text, deputyStart(text, start, cues, script.unit), cues.hanPrivate.formerWords, 'blanks')
      )
        continue;
      const word = text.slice(start, end);
      if (holdsPrivateCue(word, cues.hanPrivate)) continue;
      // The organisation joined before the office by a genitive ("رضاکار ٹیم کے سربراہ X", the volunteer team's
      // head; "স্বেচ্ছাসেবক দলের প্রধান X"): a private one's head vouches for nobody either.
      if (holdsPrivateCue(organisationBefore(text, start), cues.hanPrivate)) continue;
      // An honorific between the office and the name ("सचिव श्री X", secretary Mr X) is no organisation's word.
      let at = afterHonorific(text, end, cues);
      let name: { start: number; end: number } | null = null;
      let apposed = false;
      let most = ORGANISATION_WORDS;
      for (let skipped = 0; skipped <= most && name === null && !closedByComma; skipped++) {
        name = nameAfterRank(text, at, cues, script);
        // A place named after a person is one word of the organisation ("جمارك هو تشي منه X", the customs of
        // Hồ Chí Minh city, X): the name is looked for after it.
        if (name !== null && isPlace(text.slice(name.start, name.end))) {
          at = name.end;
          name = null;
          continue;
        }
        if (name !== null || cues.script !== 'Arabic' || apposed) break;
        let e = at + 1;
        while (e < text.length && script.unit.test(text[e]!)) e++;
        // The organisation may end in an Arabic comma, the name standing in apposition after it
        // ("رئيس الوزراء فيتنام، فام مينه تشين", the prime minister of Vietnam, X): the name is looked for
        // right after the comma, and no further.
        apposed = text[e] === ARABIC_COMMA && text[e + 1] === ' ';
        if ((text[e] !== ' ' && !apposed) || e === at + 1) break;
        at = apposed ? e + 1 : e;
        // The organisation may end with its place ("أمين لجنة الحزب في مدينة هوشي منه X", secretary of the Party
        // committee of Hồ Chí Minh city, X): a place word opens the place's name, whose words are read past too.
        // A place word with the article ("أمين لجنة الحزب في المقاطعة X", secretary of the Party committee in the
        // province, X) names no place after it: the holder's name comes right after it.
        if (most === ORGANISATION_WORDS && placeWordBefore(text, pastSpaces(text, at), cues, script.unit))
          most = skipped + 1 + PLACE_NAME_WORDS;
        else if (most === ORGANISATION_WORDS && definitePlaceWordBefore(text, pastSpaces(text, at), cues))
          most = skipped + 1;
      }
      if (name === null && cues.script === 'Arabic')
        name = nameAfterOfficeAndHonorific(text, end, cues, script);
      if (name === null || seen.has(name.start)) continue;
      // The organisation Arabic names between the office and the name ("مدير شركة ... X", a company's
      // director): a private one's head vouches for nobody.
      if (holdsPrivateCue(text.slice(end, name.start), cues.hanPrivate)) continue;
      // Arabic writes "former" after the office it qualifies ("نائب المدير السابق X", the former deputy director X).
      if (holdsFormerWord(text.slice(end, name.start), cues.hanPrivate.formerWords)) continue;
      seen.add(name.start);
      out.push({ start: name.start, mention: { name: text.slice(name.start, name.end), rank: null, role } });
    }
  }
  return out;
}

/**
 * Where an office at `start` begins once a spaced deputy word before it is counted in: a word the lexicon lists
 * as a role of its own ("نائب", deputy) or writes hyphened before one ("উপ" of "উপ-মন্ত্রী"); `start` when none.
 */
function deputyStart(text: string, start: number, cues: ScriptNameCues, unit: RegExp): number {
  if (start < 2 || text[start - 1] !== ' ') return start;
  const s = unitsStartBefore(text, start - 1, unit);
  const word = text.slice(s, start - 1);
  if (word === '') return start;
  return cues.roles.some((r) => r === word || r.startsWith(`${word}-`)) ? s : start;
}

/** Whether one of the words is a former-word (lexicon formerWords), whole. */
function holdsFormerWord(words: string, formerWords: readonly string[]): boolean {
  return words.split(/[\s،,]+/u).some((w) => formerWords.includes(w));
}

/** The words before an office that may name its organisation: at most ORGANISATION_LEAD words of its clause. */
function organisationBefore(text: string, start: number): string {
  const clause = text
    .slice(Math.max(0, start - 60), start)
    .split(/[.,;:!?،۔।\n]/u)
    .pop()!;
  return clause.trimEnd().split(/\s+/u).slice(-ORGANISATION_LEAD).join(' ');
}

/** The organisation's words and its genitive mark before an office ("رضاکار ٹیم کے"). */
const ORGANISATION_LEAD = 4;

/**
 * Where the name may start after an office ending at `at`: past an honorific that stands right after it
 * ("सचिव श्री X", "পরিচালক জনাব X"); the honorific vouches for nobody, the office before it does.
 */
function afterHonorific(text: string, at: number, cues: ScriptNameCues): number {
  if (text[at] !== ' ') return at;
  const honorific = cues.titles.find(
    (t) =>
      t.rank === null &&
      t.role === null &&
      text.startsWith(t.form, at + 1) &&
      text[at + 1 + t.form.length] === ' ',
  );
  return honorific === undefined ? at : at + 1 + honorific.form.length;
}

/** The Arabic comma (U+060C), which closes an office's phrase before the holder's name in apposition. */
const ARABIC_COMMA = '\u060c';

/** Most words of an office's organisation, its place name included, before an honorific and the name. */
const ORGANISATION_WORDS_BEFORE_HONORIFIC = 7;

/**
 * The name after an honorific that closes an office's phrase: "نائب مدير إدارة جمارك مدينة هو تشي منه السيد X"
 * (deputy director of the customs of Hồ Chí Minh city, Mr X). The honorific alone vouches for nobody; after an
 * office, words of one clause between (no comma or stop), it introduces the office's holder. An Arabic comma may
 * close the phrase right before the honorific, the holder in apposition ("رئيس اللجنة الشعبية للبلدية، السيد X،",
 * the commune chairman, Mr X): a name framed so needs no family name of the list (apposedName).
 */
function nameAfterOfficeAndHonorific(
  text: string,
  from: number,
  cues: ScriptNameCues,
  script: { unit: RegExp; longest: number },
): { start: number; end: number } | null {
  let at = from;
  for (let words = 0; words <= ORGANISATION_WORDS_BEFORE_HONORIFIC; words++) {
    const comma = text[at] === ARABIC_COMMA;
    if (comma) at++;
    if (text[at] !== ' ') return null;
    at++;
    const honorific = cues.titles.find(
      (t) =>
        t.rank === null && t.role === null && text.startsWith(t.form, at) && text[at + t.form.length] === ' ',
    );
    if (honorific !== undefined) {
      const after = at + honorific.form.length;
      return (
        nameAfterRank(text, after, cues, script) ?? (comma ? apposedName(text, after, cues, script) : null)
      );
    }
    if (comma) return null;
    const word = wordAt(text, at, script.unit);
    if (word === '') return null;
    at += word.length;
  }
  return null;
}

/**
 * A name in apposition between an honorific and an Arabic comma ("، السيد زو رام بون،"): two or three short
 * words and the comma right after them. Highland and Khmer names (Zơ Râm Bôn) carry family names no list
 * holds; the office before, the honorific and the closing comma together mark the words as its holder's name.
 */
function apposedName(
  text: string,
  from: number,
  cues: ScriptNameCues,
  script: { unit: RegExp; longest: number },
): { start: number; end: number } | null {
  let at = pastSpaces(text, from);
  const start = at;
  for (let words = 1; words <= NAME_WORDS; words++) {
    const word = wordAt(text, at, script.unit);
    if (word.length === 0 || word.length > script.longest || titleAt(text, at, cues, script.unit))
      return null;
    if (cues.roles.some((r) => word.startsWith(r)) || cues.placeWords.has(word)) return null;
    at += word.length;
    if (text[at] === ARABIC_COMMA) return words >= 2 ? { start, end: at } : null;
    if (text[at] !== ' ') return null;
    at++;
  }
  return null;
}

function opensThaiPhrase(text: string, at: number): boolean {
  if (at === 0 || !THAI.unit.test(text[at - 1]!)) return true;
  return THAI_JOINERS.some((j) => text.endsWith(j, at) && !THAI.unit.test(text[at - j.length - 1] ?? ' '));
}

/** The Thai name ending with the space before `at`: two to four short words, the first a family name. */
function thaiNameBefore(
  text: string,
  at: number,
  cues: ScriptNameCues,
): { start: number; end: number } | null {
  if (at < 2 || text[at - 1] !== ' ') return null;
  const end = at - 1;
  const starts: number[] = [];
  let k = end;
  while (starts.length < NAME_WORDS + 1) {
    const s = unitsStartBefore(text, k, THAI.unit);
    if (s === k) break;
    starts.push(s);
    if (s < 1 || text[s - 1] !== ' ') break;
    k = s - 1;
  }
  for (let n = starts.length; n >= 2; n--) {
    let s = starts[n - 1]!;
    const first = text.slice(s, text.indexOf(' ', s));
    const glued = THAI_GLUED_HONORIFICS.find(
      (h) => first.startsWith(h) && isFamily(first.slice(h.length), cues),
    );
    if (glued !== undefined) s += glued.length;
    else if (!isFamily(first, cues)) continue;
    const words = text.slice(s, end).split(' ');
    if (words.some((w) => w.length > THAI.longest || cues.roles.some((r) => w.startsWith(r)))) continue;
    if (words.length === 2 && cues.han.middleNames.has(words[1]!)) continue;
    return { start: s, end };
  }
  return null;
}

/**
 * Officials named before their office in Han script, as Chinese also writes it: "黎文海副厅长表示", "阮文强主席".
 * An office after Han characters may end an organisation's name ("林业局长"), so the name must stand alone
 * before it: a Vietnamese family name and name characters (three in all, or two), with no Han character
 * before them.
 */
function hanNamesBeforeRoles(
  text: string,
  cues: ScriptNameCues,
  found: ReadonlyArray<{ start: number }>,
): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  const seen = new Set(found.map((f) => f.start));
  const taken = new Set<number>();
  for (const role of cues.roles) {
    for (let p = text.indexOf(role); p >= 0; p = text.indexOf(role, p + 1)) {
      if (taken.has(p)) continue;
      for (const length of [4, 3, 2]) {
        const start = p - length;
        if (start < 0 || seen.has(start) || isHan(text[start - 1]) || !cues.families.has(text[start]!))
          continue;
        if (length === 4 && !cues.han.middleNames.has(text[start + 1]!)) continue;
        let name = true;
        for (let k = start + 1; k < p; k++)
          if (!isHan(text[k]) || !isHanNameCharacter(text[k]!)) name = false;
        if (!name) continue;
        for (let k = p; k < p + role.length; k++) taken.add(k);
        seen.add(start);
        out.push({ start, mention: { name: text.slice(start, p), rank: null, role } });
        break;
      }
    }
  }
  return out;
}

/**
 * A rank in brackets right after an office written after the name, as Japanese and Korean give it:
 * "フン次官（中将）", "훙 차관(중장)" (Vice Minister Hùng, lieutenant general).
 */
function bracketedRank(text: string, at: number, cues: ScriptNameCues): string | null {
  const open = text[at];
  if (open !== '（' && open !== '(') return null;
  const close = open === '（' ? '）' : ')';
  const title = cues.titles.find(
    (t) => t.rank !== null && text.startsWith(t.form, at + 1) && text[at + 1 + t.form.length] === close,
  );
  return title?.rank ?? null;
}

/** Most code units of an office in brackets after a courtesy, its body included ("省人民委員会副委員長"). */
const MAX_BRACKETED_OFFICE = 40;

/**
 * The office in brackets right after a courtesy or a rank that closes a name, as Japanese, Korean and Chinese give it:
 * "グエン・バン・フン氏（省警察局副局長）", "응우옌 반 훙 씨(성 공안국 부국장)" (Mr Hùng, deputy director of the
 * provincial police): the role word the brackets end with. An age or an occupation ("(45)", "（会社員）") is no
 * office; a former one ("元副局長") or a private person's ("組織のリーダー") vouches for nobody.
 */
function bracketedOffice(text: string, at: number, cues: ScriptNameCues): string | null {
  const open = text[at];
  if (open !== '（' && open !== '(') return null;
  const close = text.indexOf(open === '（' ? '）' : ')', at + 1);
  if (close < 0 || close - at > MAX_BRACKETED_OFFICE) return null;
  const inside = text.slice(at + 1, close);
  if (/[\n(（]/u.test(inside)) return null;
  const role = cues.roles.find((r) => inside.endsWith(r));
  if (role === undefined) return null;
  const { formerWords, privateCues } = cues.hanPrivate;
  if ([...formerWords, ...privateCues].some((w) => inside.includes(w))) return null;
  return role;
}

/** Brackets a rank may stand in right after the name it closes: "응우옌 반 훙(대령)은", "フン（大佐）は". */
const RANK_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '（': '）' };
const QUOTE_CLOSERS = closingMarks(QUOTATION_MARKS);

/**
 * Where a name closed by `title` at `p` ends when a bracket or a quotation mark stands between them: the rank
 * in brackets right after the name ("응우옌 반 훙(대령)은", "グエン・ヴァン・フン（大佐）は", the colonel), or the
 * name in quotation marks before its title ("「グエン・ヴァン・フン」大佐", "‘응우옌 반 훙’ 대령"; `quoted`, whose
 * name must then fill the marks, fillsQuotes). Ranks only: an office in brackets is the name's apposition.
 */
function enclosedBeforeTitle(
  text: string,
  p: number,
  title: { readonly form: string; readonly rank: string | null },
  cues: ScriptNameCues,
): { end: number; quoted: boolean } | null {
  if (title.rank === null) return null;
  const open = text[p - 1] ?? '';
  const close = RANK_BRACKETS[open];
  if (close !== undefined) {
    if (text[p + title.form.length] !== close) return null;
    const end = beforeSpaces(text, p - 1);
    // After a courtesy or an office ("…록 씨(소령)", "…次官（中将）") the rank is that title's (bracketedRank).
    return cues.titles.some((t) => text.endsWith(t.form, end)) ? null : { end, quoted: false };
  }
  const mark = beforeSpaces(text, p) - 1;
  return mark > 0 && QUOTE_CLOSERS.has(text[mark]!) ? { end: mark, quoted: true } : null;
}

/** Whether a name read before its title fills the quotation marks it stands in, where it stands in any. */
function fillsQuotes(
  text: string,
  name: { start: number; end: number },
  enclosed: { end: number; quoted: boolean } | null,
): boolean {
  if (enclosed === null || !enclosed.quoted) return true;
  const mark = QUOTATION_MARKS.find((m) => m.open === text[name.start - 1]);
  return name.end === enclosed.end && mark !== undefined && mark.close.includes(text[enclosed.end]!);
}

/** Most code units of a gloss in brackets between a name and its title. */
const MAX_GLOSS = 40;
// Module-level: a `\p{…}` literal would be compiled again on every call in the bundle.
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Where a gloss in brackets that closes right before `end` opens ("(Nguyễn Trường Sơn)"), or null. */
function glossBefore(text: string, end: number): number | null {
  const close = text[end - 1];
  if (close !== ')' && close !== '）') return null;
  const open = text.lastIndexOf(close === ')' ? '(' : '（', end - 2);
  if (open < 0 || end - open > MAX_GLOSS || /[\n(（]/.test(text.slice(open + 1, end - 1))) return null;
  // A gloss of a name is written in Latin letters.
  return LATIN_LETTER.test(text.slice(open + 1, end - 1)) ? open : null;
}

/** Most characters of a Vietnamese name in Han script read after a role (阮文海; 阮氏金银 is rarer). */
const HAN_NAME_MAX = 3;

/**
 * Officials named right after their office with no title after the name: "公安厅厅长阮文海表示",
 * "副局長グエン・ヴァン・ハイは". In Han script the name is a Vietnamese family name and what follows up to the
 * word after it ("表示", "说"; han-extent.ts), else the characters Vietnamese names are written with (up to
 * three in all); in katakana it is the dotted name. Names a title after them already gave are not read again.
 */
function namesAfterRoles(
  text: string,
  cues: ScriptNameCues,
  found: ReadonlyArray<{ start: number }>,
): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  const seen = new Set(found.map((f) => f.start));
  for (const role of cues.roles) {
    for (let p = text.indexOf(role); p >= 0; p = text.indexOf(role, p + 1)) {
      let start = p + role.length;
      let rank: string | null = null;
      if (cues.script === 'Han') {
        const ranked = hanRankBeforeName(text, start, cues);
        if (ranked !== null) ({ start, rank } = ranked);
      }
      if (seen.has(start)) continue;
      let end = start;
      if (cues.script === 'Han') {
        end = hanNameEndAfterTitle(text, start, cues) ?? start;
        if (end === start) continue;
      } else {
        while (end < text.length && KATAKANA_NAME_UNIT.test(text[end]!)) end++;
        const parts = text.slice(start, end).split(KATAKANA_NAME_JOINER);
        if (parts.length === 1) end = spacedKatakanaNameEnd(text, start, cues) ?? start;
        else if (parts.some((x) => x.length === 0)) continue;
        if (end === start) continue;
      }
      seen.add(start);
      out.push({ start, mention: { name: text.slice(start, end), rank, role } });
    }
  }
  if (cues.script === 'Han') out.push(...hanNamesAfterRanks(text, cues, seen));
  if (cues.script === 'Katakana') out.push(...katakanaNamesAfterRanks(text, cues, seen));
  return out;
}

/**
 * A dotted katakana name glued after a rank, no title after it: "公安省の大佐グエン・ヴァン・フンは",
 * "ハノイ市警察中佐グエン・ヴァン・フンによると" (the rank after its service or unit, as a translation keeps the
 * Vietnamese order "Thượng tá Công an …"). Kanji end where katakana start, so the rank word's end is the
 * name's start; the name is two parts or more, the first a Vietnamese family name. A former-word glued before
 * the rank ("元大佐…") makes no official.
 */
function katakanaNamesAfterRanks(
  text: string,
  cues: ScriptNameCues,
  seen: Set<number>,
): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  for (const { at, start, rank } of rankWords(text, cues, seen)) {
    let end = start;
    while (end < text.length && KATAKANA_NAME_UNIT.test(text[end]!)) end++;
    const parts = text.slice(start, end).split(KATAKANA_NAME_JOINER);
    if (parts.length < 2 || parts.some((x) => x.length === 0) || !cues.families.has(parts[0]!)) continue;
    seen.add(start);
    const name = text.slice(start, end);
    const former = formerBefore(text, at, cues.hanPrivate.formerWords, 'glued');
    out.push({
      start,
      mention: former ? { name, rank: null, role: null, private: true } : { name, rank, role: null },
    });
  }
  return out;
}

/**
 * Every rank word of the script's titles in the text: where it starts (`at`), where a name glued after it would
 * start, and its rank; not where a name was already read from that start (`seen`).
 */
function* rankWords(
  text: string,
  cues: ScriptNameCues,
  seen: ReadonlySet<number>,
): Generator<{ at: number; start: number; rank: string }> {
  for (const title of cues.titles) {
    if (title.rank === null) continue;
    for (let p = text.indexOf(title.form); p >= 0; p = text.indexOf(title.form, p + 1)) {
      const start = p + title.form.length;
      if (!seen.has(start)) yield { at: p, start, rank: title.rank };
    }
  }
}

/**
 * The rank written between an office and the name ("厅长、大校阮文明", "厅长大校阮文明"): where the name then
 * starts and the rank, or null when no rank stands at `at`.
 */
function hanRankBeforeName(
  text: string,
  at: number,
  cues: ScriptNameCues,
): { start: number; rank: string } | null {
  const from = text[at] === '、' ? at + 1 : at;
  const title = cues.titles.find((t) => t.rank !== null && text.startsWith(t.form, from));
  if (title === undefined || !cues.families.has(text[from + title.form.length] ?? '')) return null;
  return { start: from + title.form.length, rank: title.rank! };
}

/** Characters that follow a name as a word of their own (at, say, is, and, with, to, from, by, for, will). */
const HAN_NOT_GIVEN: ReadonlySet<string> = new Set(
  '在说說是和与與于於表称稱等向对對从從为為被将將及同'.split(''),
);

/** Whether a character of text[from, to) is a Han character of Vietnamese names. */
function someNameCharacter(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isHanNameCharacter(text[k]!)) return true;
  return false;
}

/** End of a Han name whose family name stands at `start` right after a title, or null. */
function hanNameEndAfterTitle(text: string, start: number, cues: ScriptNameCues): number | null {
  if (!cues.families.has(text[start] ?? '')) return null;
  const byWordAfter = hanNameEndByWordAfter(text, start, cues.han);
  // A family name that is also a common word opens words as often ("文件", a document; "屈服", to yield): the
  // characters after it are a given name only where one of them at least is a character of Vietnamese names (the
  // romanization table; a rare one beside it is kept: "鄭玉鵑").
  if (byWordAfter !== null && someNameCharacter(text, start + 1, byWordAfter)) return byWordAfter;
  let end = start + 1;
  while (end - start < HAN_NAME_MAX && isHan(text[end]) && isHanNameCharacter(text[end]!)) end++;
  // A name never ends with its middle name ("范氏" of "范氏花参加"): the given name after it is one the
  // character table lacks, and is the name's last character all the same; with none after it the name was
  // cut short, and is none. A function or speech character glued after it ("阮氏在现场", "阮氏说") is no
  // given name: the name was cut short there too.
  if (
    end - start === 2 &&
    cues.han.middleNames.has(text[end - 1]!) &&
    isHan(text[end]) &&
    !HAN_NOT_GIVEN.has(text[end]!)
  )
    end++;
  if (cues.han.middleNames.has(text[end - 1]!)) return null;
  return end - start < 2 ? null : end;
}

/**
 * Han characters after which a rank opens a name: the last character of a unit (站 post, 局 bureau, 厅
 * department, 队 team, 部 ministry or command, 所 station, 处 division, 院 court or procuracy, 署 office, 团
 * regiment, 营 battalion) and the words that introduce a speaker or a partner (据 according to, 由 by, 向 to,
 * 对 to, 和 与 及 同 and, 是 is). None of them is the first half of a word a rank word ends.
 */
const HAN_RANK_LEADS: ReadonlySet<string> = new Set([
  ...'站局厅廳队隊部所处處院署团團营營据據由向对對和与與及同是',
]);

/**
 * A rank written before the name with no office right before it, as Chinese lists officials: "、少将阮英俊",
 * "，中将黎国雄表示", or at the start of a sentence. After punctuation, at the start of the text, or after a
 * character that ends a unit's name or opens a reported phrase (HAN_RANK_LEADS: "边防站少校X", "据中校X"):
 * after other Han characters a rank word may end another word ("其中将", "减少将", "高中校长").
 */
function hanNamesAfterRanks(
  text: string,
  cues: ScriptNameCues,
  seen: Set<number>,
): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  for (const { at, start, rank } of rankWords(text, cues, seen)) {
    if (isHan(text[at - 1]) && !HAN_RANK_LEADS.has(text[at - 1]!)) continue;
    const end = hanNameEndAfterTitle(text, start, cues);
    if (end === null) continue;
    seen.add(start);
    out.push({ start, mention: { name: text.slice(start, end), rank, role: null } });
  }
  return out;
}
