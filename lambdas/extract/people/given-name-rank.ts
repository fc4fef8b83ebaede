/**
 * Vietnamese news names an official in full once, often with the office only, and afterwards by rank and
 * given name: "Phạm Quốc Cường, deputy head of the traffic police, said ... According to Major Cường, ...",
 * "ファム・クオック・クオン副署長は…。クオン少佐によると", "팜 꾸억 끄엉 부대장은 ... 끄엉 소령에 따르면". Such a
 * later mention gives its rank to the official named in full without one. The given name must be the last
 * word of one official's name only (two officials "… Cường" leave the rank unread), and the short mention
 * must not be part of a longer name.
 */
import type { Person } from '../../shared/article.js';
import { isLetterOrMarkAt } from '../text/chars.js';
import { KATAKANA_NAME_JOINERS } from '../text/scripts.js';
import type { CompiledPeople } from './lexicon.js';
import { rankAtEnd } from './rank-before.js';
import type { ScriptNameCues } from './scripts.js';

const KATAKANA_NAME_UNIT = new RegExp(`[\u30a1-\u30fa\u30fc${KATAKANA_NAME_JOINERS}]`, 'u');
/** Where a name's words part: spaces and the marks between a katakana name's parts. */
const NAME_PART_BREAK = new RegExp(`[\\s${KATAKANA_NAME_JOINERS}]+`, 'u');
const KATAKANA_WORD_UNIT = /[\u30a1-\u30fa\u30fc]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
/** The words a rank is looked for in before a short mention: a few words, never the sentence before. */
const RANK_WINDOW = 40;

/** The given name: the last word of a name of two words or more; none for Han names (written in full). */
function givenNameOf(name: string): string | null {
  if (HAN.test(name)) return null;
  const parts = name.split(NAME_PART_BREAK).filter((p) => p !== '');
  if (parts.length < 2) return null;
  const given = parts[parts.length - 1]!;
  // A Hangul syllable is a whole given name ("득"); a single letter elsewhere is an initial.
  return given.length >= 2 || HANGUL.test(given) ? given : null;
}

/** The name word right before a mention (a space or a middle dot between), if any. */
const WORD_BEFORE = new RegExp(
  `(?:(\\p{Lu}[\\p{L}\\p{M}]*)|([\u30a1-\u30fa\u30fc]+)|(\\p{Script=Hangul}+))[ ${KATAKANA_NAME_JOINERS}]$`,
  'u',
);

function wordBefore(text: string, at: number): string | null {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  return m === null ? null : (m[1] ?? m[2] ?? m[3]!);
}

function startsRank(text: string, at: number, cues: ScriptNameCues): boolean {
  return cues.titles.some((t) => t.rank !== null && text.startsWith(t.form, at));
}

/** A rank form of the script's titles starting at `at`, a space allowed before it in Hangul. */
function rankAfter(text: string, at: number, cues: ScriptNameCues): string | null {
  const from = cues.script === 'Hangul' && text[at] === ' ' ? at + 1 : at;
  for (const title of cues.titles) {
    if (title.rank !== null && text.startsWith(title.form, from)) {
      // A Korean rank is a word of its own ("부대장" is an office).
      if (cues.script === 'Hangul' && from === at) return null;
      return title.rank;
    }
  }
  return null;
}

/** The rank written with the given name alone somewhere in the text, or null. */
function rankOfShortMention(
  text: string,
  lowered: string,
  person: Person,
  given: string,
  lex: CompiledPeople,
  cues: ScriptNameCues | null,
): string | null {
  const scriptName = KATAKANA_NAME_UNIT.test(given) || HANGUL.test(given);
  const parts = person.name.split(NAME_PART_BREAK);
  const ownBefore = parts[parts.length - 2]!;
  let rank: string | null = null;
  for (let p = text.indexOf(given); p >= 0; p = text.indexOf(given, p + 1)) {
    const end = p + given.length;
    const found = scriptName
      ? rankAfterScriptName(text, p, end, cues)
      : rankBeforeWord(text, lowered, p, end, lex);
    if (found === undefined) continue;
    if (found !== null) {
      rank ??= found;
      continue;
    }
    // Another full name with this given name ("Nguyen Thanh Long" beside "Vo Van Long"): the short mention
    // may be either's.
    const before = wordBefore(text, p);
    if (before !== null && before !== ownBefore) return null;
  }
  return rank;
}

/**
 * The rank after a katakana or Hangul given name at [p, end): the rank, null for a mention without one, or
 * undefined where the given name is no word of its own there (inside a longer katakana word).
 */
function rankAfterScriptName(
  text: string,
  p: number,
  end: number,
  cues: ScriptNameCues | null,
): string | null | undefined {
  // Inside a longer word of the script ("획득" holds 득): no mention.
  const script = HANGUL.test(text[p]!) ? HANGUL : KATAKANA_WORD_UNIT;
  if (p > 0 && script.test(text[p - 1]!)) return undefined;
  if (end < text.length && script.test(text[end]!) && !(cues !== null && startsRank(text, end, cues)))
    return undefined;
  if (cues === null) return null;
  return rankAfter(text, end, cues);
}

/**
 * Latin and Cyrillic: the rank right before the given name at [p, end), a whole word (a declension ending
 * allowed: "майора Кыонга"); null for a mention without one, undefined where the word is a longer one.
 */
function rankBeforeWord(
  text: string,
  lowered: string,
  p: number,
  end: number,
  lex: CompiledPeople,
): string | null | undefined {
  if (p > 0 && isLetterOrMarkAt(text, p - 1)) return undefined;
  let e = end;
  while (e < text.length && isLetterOrMarkAt(text, e) && e - end <= 2) e++;
  if (e > end && !lex.inflectionSuffixes.includes(lowered.slice(end, e))) return undefined;
  if (e < text.length && isLetterOrMarkAt(text, e)) return undefined;
  const found = rankAtEnd(lowered.slice(Math.max(0, p - RANK_WINDOW), p), lex);
  return found !== null && !found.plural ? found.rank : null;
}

/** Ranks of officials named in full without one, from their short mentions (in place). */
export function rankByGivenName(
  text: string,
  lowered: string,
  people: readonly Person[],
  lex: CompiledPeople,
  cues: ScriptNameCues | null,
): void {
  const owners = new Map<string, number>();
  for (const p of people) {
    const given = givenNameOf(p.name);
    if (given !== null) owners.set(given, (owners.get(given) ?? 0) + 1);
  }
  for (const p of people) {
    if (p.rank !== null) continue;
    const given = givenNameOf(p.name);
    if (given === null || owners.get(given) !== 1) continue;
    p.rank = rankOfShortMention(text, lowered, p, given, lex, cues);
  }
}
