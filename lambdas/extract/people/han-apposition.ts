/**
 * Officials Chinese names first and describes after a comma: "阮文南，河静省公安厅副厅长，表示…" (Nguyễn Văn Nam,
 * deputy director of the Hà Tĩnh police department, said). The name stands alone before the comma (a
 * Vietnamese family name and name characters, nothing Han before them), and the clause after it is an
 * organisation ending with an office word, closed by punctuation or a verb of speech.
 */
import type { Mention } from './judge.js';
import { isHanNameCharacter } from './romanize.js';

/** What the rule reads of the script's cues (scripts.ts ScriptNameCues). */
export interface AppositionCues {
  readonly families: ReadonlySet<string>;
  readonly han: { readonly middleNames: ReadonlySet<string>; readonly wordsAfterName: readonly string[] };
  /** Role words, longest first. */
  readonly roles: readonly string[];
  readonly hanPrivate: { readonly formerWords: readonly string[] };
}

const HAN = /^\p{Script=Han}$/u;
const COMMAS = new Set(['，', ',', '、']);
/** Most characters of the organisation between the comma and the office word ("河静省公安厅"). */
const MAX_ORGANISATION = 16;
/** What may close the apposition after the office: punctuation, or a word that follows names (表示, 说). */
const CLOSERS = new Set(['，', ',', '、', '。', '；', ';']);

/** The one-character verbs of speech. */
const SAY = new Set(['说', '說', '称', '稱']);

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** The Han name ending right before `end` and standing alone (no Han character before it), or its start. */
function loneNameBefore(text: string, end: number, cues: AppositionCues): number | null {
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < 0 || isHan(text[start - 1]) || !cues.families.has(text[start]!)) continue;
    if (length === 4 && !cues.han.middleNames.has(text[start + 1]!)) continue;
    let name = true;
    for (let k = start + 1; k < end; k++) if (!isHan(text[k]) || !isHanNameCharacter(text[k]!)) name = false;
    if (name) return start;
  }
  return null;
}

function closesApposition(text: string, at: number, cues: AppositionCues): boolean {
  if (at >= text.length || CLOSERS.has(text[at]!)) return true;
  // One-character words after names are mostly joiners ("的", "和": "…副厅长的儿子" is a relative's apposition).
  return cues.han.wordsAfterName.some((w) => (w.length >= 2 || SAY.has(w)) && text.startsWith(w, at));
}

export function hanNamesWithAppositiveRole(
  text: string,
  cues: AppositionCues,
  found: ReadonlyArray<{ start: number }>,
): { start: number; mention: Mention }[] {
  const out: { start: number; mention: Mention }[] = [];
  const seen = new Set(found.map((f) => f.start));
  for (let comma = 0; comma < text.length; comma++) {
    if (!COMMAS.has(text[comma]!)) continue;
    const start = loneNameBefore(text, comma, cues);
    if (start === null || seen.has(start)) continue;
    // The office word closing the organisation: the longest role ending a Han stretch after the comma.
    let end = comma + 1;
    while (end < text.length && end - comma <= MAX_ORGANISATION + 4 && isHan(text[end])) end++;
    let role: string | null = null;
    for (let at = end; at > comma + 1 && role === null; at--) {
      if (!closesApposition(text, at, cues)) continue;
      role = cues.roles.find((r) => at - r.length > comma && text.endsWith(r, at)) ?? null;
    }
    if (role === null) continue;
    seen.add(start);
    const name = text.slice(start, comma);
    // "阮文南，原县公安局副局长，…": an office no longer held.
    if (cues.hanPrivate.formerWords.some((w) => text.startsWith(w, comma + 1)))
      out.push({ start, mention: { name, rank: null, role: null, private: true } });
    else out.push({ start, mention: { name, rank: null, role } });
  }
  return out;
}
