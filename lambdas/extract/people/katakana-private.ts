/**
 * A Japanese name with an officer's rank after it is still no official of the story when the story happens to
 * the officer: the driver of the crash ("…少佐が運転する車"), a passenger ("…中尉と…が同乗していた"), one
 * arrested or charged ("…少佐が収賄の疑いで逮捕された"), a former officer ("元警察官の…"), or one named as a
 * suspect or defendant ("容疑者の…"). Japanese puts a name's predicate at the end of its clause, so the whole
 * clause after the name and its title is read, up to a comma or a full stop; an official's own words in it
 * ("…と述べた", "明らかにした") make it what the official said, not what befell him.
 */
import { clauseBefore, type HanPrivateCues } from './han-private.js';

const CLAUSE_BREAK = /[、。，,；;！？!?\n「」“”]/u;
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
  const after = clauseAfter(text, titleEnd);
  if (cues.speechWords.some((w) => after.includes(w))) return false;
  return cues.privateCues.some((w) => after.includes(w));
}
