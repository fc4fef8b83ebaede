/**
 * A Vietnamese name in Han script that an office introduces is still no official when its clause makes it a
 * defendant's or a suspect's ("被告人、原县公安局局长黄文海", "涉嫌受贿的副厅长陈文龙") or a former holder's
 * ("原…副局长", the usual shape of an official on trial), or when the words right after it say the person was
 * arrested, charged or sentenced ("阮文强被逮捕", "阮文成因受贿罪被判处"). Chinese has no capitals or spaces to
 * bound a clause: punctuation does.
 */

export interface HanPrivateCues {
  /** Words of a private person's (被告, 嫌疑人, 涉嫌, 被判, 被逮捕...), from the lexicon's privateCues. */
  readonly privateCues: readonly string[];
  /** Words that make the office after them a former one (原, 前任): formerWords. */
  readonly formerWords: readonly string[];
  /** Words a speaker's name is followed by (表示, 介绍): a cue after one is what the official said. */
  readonly speechWords: readonly string[];
}

const CLAUSE_BREAK = /[，。、；：！？,;:!?\n（(“”「」]/u;
/**
 * Words after a name that open its object: the coverbs "to, towards, for" (向, 对, 给, 为) and the verbs of
 * an official's visit (慰问, 看望, 探望).
 */
const OBJECT_MARKERS = ['向', '对', '對', '给', '給', '为', '為', '慰问', '慰問', '看望', '探望'];
/** How far after the name its own predicate is looked at. */
const AFTER_WINDOW = 10;

/**
 * Whether words hold one of the lexicon's privateCues (a company, a club, a boat, a volunteer team, a suspect):
 * the one test the readers of names in a script (scripts.ts, latin-in-script.ts, katakana-private.ts) and this
 * one share.
 */
export function holdsPrivateCue(words: string, cues: Pick<HanPrivateCues, 'privateCues'>): boolean {
  return cues.privateCues.some((c) => words.includes(c));
}

/** The clause before `start`, back to the last of `breaks` (a regex of one character) or the text's start. */
export function clauseBefore(text: string, start: number, breaks: RegExp): string {
  let b = start;
  while (b > 0 && !breaks.test(text[b - 1]!)) b--;
  return text.slice(b, start);
}

/** The first offset in `s` where one of `words` occurs, or s.length. */
function firstOf(s: string, words: readonly string[]): number {
  let first = s.length;
  for (const w of words) {
    const at = s.indexOf(w);
    if (at >= 0 && at < first) first = at;
  }
  return first;
}

export function isPrivateHanName(text: string, start: number, end: number, cues: HanPrivateCues): boolean {
  const before = clauseBefore(text, start, CLAUSE_BREAK);
  if (cues.formerWords.some((w) => before.startsWith(w))) return true;
  if (holdsPrivateCue(before, cues)) return true;
  let after = text.slice(end, end + AFTER_WINDOW);
  const stop = after.search(CLAUSE_BREAK);
  if (stop >= 0) after = after.slice(0, stop);
  const cue = firstOf(after, cues.privateCues);
  // A cue after a word that opens the name's object is about the people the official turns to
  // ("范明政向遇难者家属表示慰问", condolences to the victims' families), not about the official.
  if (firstOf(after, OBJECT_MARKERS) < cue) return false;
  return cue < firstOf(after, cues.speechWords);
}
