/**
 * Where a Vietnamese name written in Han characters ends when no title follows it: "副厅长范秋姮表示" (deputy
 * director Phạm Thu Hằng said), "主席高祥辉等" (chairman Cao Tường Huy and others). Chinese writes no space
 * between the name and the verb after it, and a name's characters are any of thousands; the word after the
 * name marks where it ends (the lexicon's wordsAfterName), as punctuation does.
 */

/** Most characters of a Vietnamese name in Han script: three, four with a middle name (阮氏金银). */
const LENGTHS = [4, 3, 2] as const;

export interface HanExtentCues {
  /** Words right after a name, longest first. */
  readonly wordsAfterName: readonly string[];
  /** Middle names (文, 氏): never a name's last character; second, they mark a four-character name. */
  readonly middleNames: ReadonlySet<string>;
}

const HAN = /^\p{Script=Han}$/u;

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** The word after the name at `at`: its length, or 0 at a non-Han character, or -1 when none starts there. */
function wordAfter(text: string, at: number, cues: HanExtentCues): number {
  if (!isHan(text[at])) return 0;
  for (const w of cues.wordsAfterName) if (text.startsWith(w, at)) return w.length;
  return -1;
}

/**
 * The end of the name starting at `start` (its family name) by the word after it, or null when no reading
 * ends at one. A reading whose last character is itself such a word ("黎明说" of "黎明说，") gives way to a
 * shorter one ("黎明") that ends at a word; without one the shortest such reading stands ("阮文和" of
 * "阮文和说，", for "阮文" ends with a middle name).
 */
export function hanNameEndByWordAfter(text: string, start: number, cues: HanExtentCues): number | null {
  let fallback: number | null = null;
  for (const length of LENGTHS) {
    const end = start + length;
    if (length === 4 && !cues.middleNames.has(text[start + 1] ?? '')) continue;
    let han = true;
    for (let k = start + 1; k < end; k++) if (!isHan(text[k])) han = false;
    if (!han || cues.middleNames.has(text[end - 1]!)) continue;
    if (wordAfter(text, end, cues) < 0) continue;
    if (cues.wordsAfterName.includes(text[end - 1]!)) fallback = end;
    else return end;
  }
  return fallback;
}
