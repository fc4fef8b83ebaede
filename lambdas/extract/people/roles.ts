/**
 * The function a person holds, as the article writes it: a short stretch starting with a role word, in the
 * name's clause before it ("Deputy Director of the provincial police, Colonel X"), right after it in
 * apposition ("X, chef de la police du district"), or in the clause before a rank that opens its own
 * ("Zastępca komendanta policji, podpułkownik X").
 */
import { isSpaceCode } from '../text/chars.js';
import type { CompiledPeople } from './lexicon.js';

/** `/[,;:()«»"“”]/u` on one code unit: punctuation that ends both a clause and a role. */
function isPause(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x28: // (
    case 0x29: // )
    case 0xab: // «
    case 0xbb: // »
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0x060c: // ، (Arabic script's comma: Arabic, Persian, Urdu)
    case 0x061b: // ؛
      return true;
    default:
      return false;
  }
}

/** `/[,;:()«»"“”–—]/u` on one code unit, without a regex call per character. */
function isClauseBreak(c: number): boolean {
  return isPause(c) || c === 0x2013 || c === 0x2014; // – —
}

/** `/[,;:()«»"“”.!?]/u` on one code unit: where a role after a name stops. */
function isRoleStop(c: number): boolean {
  return isPause(c) || c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?
}

function trimRole(text: string): string {
  return text.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '');
}

function stripArticles(
  text: string,
  lowered: string,
  lex: CompiledPeople,
): { text: string; lowered: string } {
  const lead = text.length - text.trimStart().length;
  let t = text.slice(lead).trimEnd();
  let l = lowered.slice(lead, lead + t.length);
  const start = lex.articleAtStart.exec(l);
  if (start) {
    t = t.slice(start[0].length);
    l = l.slice(start[0].length);
  }
  for (let end = lex.articleAtEnd.exec(l); end; end = lex.articleAtEnd.exec(l)) {
    const keep = end.index;
    if (keep === l.length) break;
    t = t.slice(0, keep);
    l = l.slice(0, keep);
  }
  return { text: trimRole(t), lowered: trimRole(l) };
}

/** A role is a short stretch that starts with a role word (after articles). */
function asRole(
  text: string,
  lowered: string,
  lex: CompiledPeople,
  maxWords: number,
  opening = lex.role,
): string | null {
  const s = stripArticles(text, lowered, lex);
  if (s.text === '') return null;
  const words = wordsUpTo(s.lowered, maxWords + 1);
  if (words.length > maxWords) return null;
  // The role may follow its owner in the possessive ("the province's vice chairman", "the provincial
  // police's deputy director"): it starts after that.
  const owner = words.slice(0, POSSESSOR_WORDS).findIndex((w) => POSSESSIVE.test(w)) + 1;
  const head = words.slice(owner, owner + 2).join(' ');
  // A role of three words or more opening the stretch is read whole ("tổng cục trưởng", director general).
  if (!opening.test(head) && !lex.roleAtStart.test(words.slice(owner, owner + 4).join(' '))) return null;
  return s.text;
}

/**
 * The first `most` runs of non-space units of `text`: `text.split(/\s+/u)` for a text trimmed of white space
 * (as a role stretch is) that holds no more words than that, without splitting the rest of a long clause,
 * which asRole turns away.
 */
export function wordsUpTo(text: string, most: number): string[] {
  const words: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && words.length < most) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    words.push(text.slice(start, i));
  }
  return words;
}

/** A word in the English possessive ("province's", "police’s"), and how many words its owner takes at most. */
const POSSESSIVE = /^[\p{L}\p{M}-]+['’]s$/u;
const POSSESSOR_WORDS = 3;

/** Start of the clause that holds offset `to`: just after the last clause break in [from, to). */
export function clauseStart(lowered: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isClauseBreak(lowered.charCodeAt(i))) return i + 1;
  return from;
}

/** The role in the name's own clause, ending where its rank or honorific starts (`cut`). */
export function roleBefore(
  text: string,
  lowered: string,
  base: number,
  cut: number,
  sentenceStart: number,
  lex: CompiledPeople,
): string | null {
  const start = clauseStart(lowered, Math.max(sentenceStart, base), cut);
  if (reportsSpeech(lowered.slice(start, cut), lex)) return null;
  return asRole(text.slice(start, cut), lowered.slice(start, cut), lex, 12);
}

/**
 * Whether a stretch before a name holds a report word (lexicon reportWords): "a local official said",
 * "un funzionario ha detto che". The role in it is the speaker's; the name after it is what is said.
 */
function reportsSpeech(stretch: string, lex: CompiledPeople): boolean {
  return lex.reportWord !== null && lex.reportWord.test(stretch);
}

/**
 * A title written right before the name, mid-clause ("navštívil premiér X", "empfing Vizeminister X"): the
 * longest stretch of the last few words before the name (up to its rank or honorific, `cut`) that starts
 * with a role word.
 */
export function titleBefore(
  text: string,
  lowered: string,
  base: number,
  cut: number,
  sentenceStart: number,
  lex: CompiledPeople,
): string | null {
  const from = clauseStart(lowered, Math.max(sentenceStart, base), cut);
  const starts: number[] = [];
  for (let i = cut - 1; i > from && starts.length < TITLE_WORDS; i--) {
    if (isSpaceCode(lowered.charCodeAt(i - 1)) && !isSpaceCode(lowered.charCodeAt(i))) starts.push(i);
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    // Most words start no role: a look at their first letters rules them out before any stripping.
    if (!lex.roleAtStart.test(lowered.slice(starts[k]!, Math.min(cut, starts[k]! + 40)))) continue;
    // A title right before the name spans no predicate ("namens de minister was viceminister X"): the
    // holder's office starts after it.
    if (lex.roleEnd?.test(lowered.slice(starts[k]!, cut))) continue;
    const role = asRole(
      text.slice(starts[k]!, cut),
      lowered.slice(starts[k]!, cut),
      lex,
      TITLE_WORDS,
      lex.roleAtStart,
    );
    if (role !== null) return role;
  }
  return null;
}

/** The most words a title before a name takes ("Phó Giám đốc Công an tỉnh Quảng Ninh"). */
const TITLE_WORDS = 8;

/** Whether nothing but articles stands between the clause start and `cut`. */
export function clauseIsEmpty(lowered: string, base: number, cut: number, lex: CompiledPeople): boolean {
  const start = clauseStart(lowered, base, cut);
  const rest = lowered.slice(start, cut).trim();
  return rest === '' || lex.articleAtStart.exec(rest + ' ')?.[0].trim() === rest;
}

/** The role of the comma-separated clause before the name's own. */
export function roleInPreviousClause(
  text: string,
  lowered: string,
  base: number,
  cut: number,
  sentenceStart: number,
  lex: CompiledPeople,
): string | null {
  const end = clauseStart(lowered, base, cut) - 1;
  if (end <= sentenceStart || lowered[end] !== ',') return null;
  const start = clauseStart(lowered, sentenceStart, end);
  // Or its last words, when a verb opens it: "dijo hoy la portavoz del Ministerio de Relaciones Exteriores,
  // Pham Thu Hang", "said the spokeswoman of the ministry, X".
  // A clause that opens with a role and reports ("Der Beamte sagte, X sei festgenommen worden") is the
  // speaker's, not the name's apposition; a verb before the role ("ha dichiarato il direttore, X") is not.
  const opening = reportsSpeech(lowered.slice(start, end), lex)
    ? null
    : asRole(text.slice(start, end), lowered.slice(start, end), lex, 12);
  return opening ?? titleBefore(text, lowered, start, end, start, lex);
}

/**
 * The authority a name is given as a member of, right after it ("X of the provincial police", "X von der
 * Verkehrsbehörde", "X, du Comité national ..."): the press names a spokesperson so, never a suspect, whom it
 * places by age and home ("X, 45, of Nghe An"). Read for a name that is no known place: "les provinces de
 * Quang Binh et Ha Tinh, de la police de Hanoi" lists bodies.
 */
export function memberOf(
  text: string,
  lowered: string,
  end: number,
  sentenceEnd: number,
  lex: CompiledPeople,
): string | null {
  const m = lex.memberOf?.exec(lowered.slice(end, sentenceEnd));
  if (!m) return null;
  // The words before the authority word name it ("of the Quang Ninh provincial police"); a verb of saying
  // among them, or more of them than the language puts before a body's head noun, makes them a clause that
  // only reaches an authority ("X z Hanoi przekazał policji", X from Hà Nội told the police).
  const modifiers = m[2]!.split(/\s+/u).filter((w) => w !== '' && !lex.articleWords.has(w));
  if (modifiers.length > lex.memberModifiers || reportsSpeech(m[2]!, lex)) return null;
  const start = end + m[0].length - m[1]!.length;
  return text.slice(start, end + m[0].length);
}

/** A bracketed aside right after a name, a comma after it: the apposition follows the comma. */
const ASIDE = /^\s*[(（][^()（）\n]{1,30}[)）](?=\s*,)/u;
const ASIDE_MAX = 40;

/** Whether a former-word opens any word of the aside ("(a former colonel)", "(ex-director)"). */
function namesFormer(aside: string, lex: CompiledPeople): boolean {
  for (const w of aside.matchAll(/\p{L}[\p{L}-]*/gu))
    if (lex.formerAtStart.test(aside.slice(w.index))) return true;
  return false;
}

/** The role in apposition after the name, up to the next pause. */
export function roleAfter(
  text: string,
  lowered: string,
  end: number,
  sentenceEnd: number,
  lex: CompiledPeople,
): string | null {
  // The role in apposition: after a comma or a dash, in parentheses ("Mr X (director of ...)"), or after a
  // role linker ("Bapak X selaku Ketua ...").
  // A short aside in brackets right after the name ("X (left), head of ...", "X (colonel), director of ...")
  // stands between it and its apposition.
  // An aside that makes him a former officer ("X (a former colonel), head of ...") is not stepped over: what
  // follows may be no office of his now.
  const aside = ASIDE.exec(lowered.slice(end, Math.min(sentenceEnd, end + ASIDE_MAX)));
  const from = end + (aside && !namesFormer(aside[0], lex) ? aside[0].length : 0);
  const m = lex.roleOpener.exec(lowered.slice(from, sentenceEnd));
  if (!m) return null;
  const start = from + m[0].length;
  let stop = start;
  while (stop < sentenceEnd && !isRoleStop(lowered.charCodeAt(stop))) stop++;
  // An apposition no comma closes runs on into the clause's predicate ("ông X - Phó Chủ tịch UBND huyện Y đến
  // khen thưởng 3 cá nhân vì ..."): what an office opens is the holder's office however long the clause, and
  // only its first words are kept.
  stop = Math.min(stop, endOfWords(lowered, start, stop, APPOSITION_WORDS));
  // The office ends where the clause's predicate starts ("... huyện Y đã đến trao thưởng", "... Police had a
  // brief report"): at a word of the lexicon's roleEndWords or reportWords, none of an office's own.
  // A former-word or a private person's cue after it ("cán bộ đã nghỉ hưu", an official who has retired) keeps
  // the whole stretch: it says the office is no longer held, or held by nobody the record lists (judge.ts
  // reads the role for both).
  const officeEnd = start + beforeRoleEnd(lowered.slice(start, stop), lex);
  const rest = wordsUpTo(lowered.slice(officeEnd, stop), PREDICATE_HEAD_WORDS).join(' ');
  if (!namesFormer(rest, lex) && !lex.privateCue.test(rest)) stop = officeEnd;
  return asRole(text.slice(start, stop), lowered.slice(start, stop), lex, APPOSITION_WORDS);
}

/** Where the office a stretch opens ends: before its first role-end word (the stretch's length if none). */
function beforeRoleEnd(stretch: string, lex: CompiledPeople): number {
  const m = lex.roleEnd?.exec(stretch);
  return m ? m.index : stretch.length;
}

/** The words of a predicate after an office read for a former-word or a private cue ("đã nghỉ hưu"). */
const PREDICATE_HEAD_WORDS = 3;

/** Most words of an office in apposition after the name, kept as its role. */
const APPOSITION_WORDS = 20;

/** Where the `most`-th word after `start` ends, or `stop` if fewer words stand before it. */
function endOfWords(lowered: string, start: number, stop: number, most: number): number {
  let at = start;
  for (let k = 0; k < most; k++) {
    while (at < stop && isSpaceCode(lowered.charCodeAt(at))) at++;
    if (at === stop) return stop;
    while (at < stop && !isSpaceCode(lowered.charCodeAt(at))) at++;
  }
  return at;
}

/**
 * The office after a name in a language whose noun phrases end in their head (lexicon rolesAfterName):
 * the role word closes its owner's genitives and adjectives ("X, a tartományi népbizottság alelnöke",
 * "X, il halk komitesi başkan yardımcısı"), or follows the name with no comma at all ("X
 * miniszterelnök-helyettes", "X tartományi rendőrkapitány") where the language writes ranks so too. Read up to
 * the first word holding a role word: within HEAD_FINAL_WORDS after a comma; with no comma within two words
 * and no article, since an article opens another phrase there (the object of "X meglátogatta az igazgatót",
 * X visited the director).
 */
export function roleAfterHeadFinal(
  text: string,
  lowered: string,
  end: number,
  sentenceEnd: number,
  lex: CompiledPeople,
): string | null {
  if (!lex.rolesAfterName) return null;
  const opener = HEAD_FINAL_OPENER.exec(lowered.slice(end, Math.min(sentenceEnd, end + 4)));
  if (!opener) return null;
  const comma = /[,،]/u.test(opener[0]);
  // With no comma only where the language writes titles right after names (ranksAfterName, "X ezredes"):
  // elsewhere a bare noun after a name is its object ("X valiye ... yazdı", "X tapasi johtajan").
  if (!comma && !lex.ranksAfterName) return null;
  const start = end + opener[0].length;
  let stop = start;
  while (stop < sentenceEnd && !isRoleStop(lowered.charCodeAt(stop))) stop++;
  const limit = comma ? HEAD_FINAL_WORDS : 2;
  const articles = comma ? null : lex.articleAtStart;
  let at = start;
  for (let k = 0; k < limit && at < stop; k++) {
    let wordEnd = at;
    while (wordEnd < stop && !isSpaceCode(lowered.charCodeAt(wordEnd))) wordEnd++;
    const word = lowered.slice(at, wordEnd);
    if (articles?.test(`${word} `)) return null;
    if (lex.roleAtStart.test(word)) return trimRole(text.slice(start, wordEnd));
    at = wordEnd;
    while (at < stop && isSpaceCode(lowered.charCodeAt(at))) at++;
  }
  return null;
}

/** A comma (or a space alone) between a name and an office written after it. */
const HEAD_FINAL_OPENER = /^(?:\s*[,،]\s*|[ \u00a0]+)/u;
/** The most words an office after a comma takes up to its role word ("il halk komitesi başkan"). */
const HEAD_FINAL_WORDS = 6;
