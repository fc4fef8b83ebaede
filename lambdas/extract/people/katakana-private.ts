/**
 * A Japanese name with an officer's rank after it is still no official of the story when the story happens to
 * the officer: the driver of the crash ("…少佐が運転する車"), a passenger ("…中尉と…が同乗していた"), one
 * arrested or charged ("…少佐が収賄の疑いで逮捕された"), a former officer ("元警察官の…"), or one named as a
 * suspect or defendant ("容疑者の…"). Japanese puts a name's predicate at the end of its clause, so the whole
 * clause after the name and its title is read, up to a comma or a full stop; an official's own words in it
 * ("…と述べた", "明らかにした") make it what the official said, not what befell him. A cue word the clause makes
 * another argument of its verb, with a case particle or a plural or count after it ("…検事は被告らに死刑を求刑
 * した", "…大佐は容疑者3人を逮捕した"), is the people the official acts on, not the official.
 */
import { clauseBefore, holdsPrivateCue, type HanPrivateCues } from './han-private.js';

const CLAUSE_BREAK = /[、。，,；;！？!?\n「」“”]/u;
/**
 * What follows a private word that is the object, recipient or partner of the clause's verb: a count of people
 * ("3人", "三名"), a plural suffix ("ら", "たち"), then a case particle (を, に, へ, から, の). Not と ("容疑者らと共謀":
 * with the suspects, one of them) nor の before "one of" ("容疑者の一人": he is one of the suspects).
 */
const OTHER_ARGUMENT =
  /^(?:[0-9０-９一二三四五六七八九十百千]+[人名])?(?:ら|たち)?(?:を|に|へ|から|の(?!一人|ひとり|1人|一部|うち|中))/u;
/** The run of kanji and katakana (no kana particle or verb ending) a stretch ends with: a noun compound. */
const COMPOUND_AT_END = /[\p{Script=Han}\u30a1-\u30fa\u30fc]+$/u;
/** The particle a role or a private word before a name is joined to it with ("容疑者の…"). */
const JOINER = 'の';

function clauseAfter(text: string, end: number): string {
  const rest = text.slice(end);
  const stop = rest.search(CLAUSE_BREAK);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

/** Whether the katakana name at [start, end) (its title, if any, ending at `titleEnd`) is a private person's. */
export function isPrivateKatakanaName(
  text: string,
  start: number,
  titleEnd: number,
  cues: HanPrivateCues,
): boolean {
  const before = clauseBefore(text, start, CLAUSE_BREAK);
  if (cues.formerWords.some((w) => before.startsWith(w))) return true;
  const joined = before.endsWith(JOINER) ? before.slice(0, -JOINER.length) : before;
  if (cues.privateCues.some((w) => joined.endsWith(w))) return true;
  // The office joined before the name may be a volunteer team's or a charity's ("ボランティア団体代表の…氏"):
  // a cue inside the compound of kanji and katakana the office ends (the clause's words before it are not its).
  const compound = COMPOUND_AT_END.exec(joined)?.[0];
  if (compound !== undefined && holdsPrivateCue(compound, cues)) return true;
  const after = clauseAfter(text, titleEnd);
  if (cues.speechWords.some((w) => after.includes(w))) return false;
  return cues.privateCues.some((w) => cueOfTheName(after, w));
}

/** Whether the private word `cue` occurs in the clause `after` a name other than as another argument. */
function cueOfTheName(after: string, cue: string): boolean {
  for (let at = after.indexOf(cue); at >= 0; at = after.indexOf(cue, at + 1))
    if (!OTHER_ARGUMENT.test(after.slice(at + cue.length))) return true;
  return false;
}
