/**
 * The writing system of a text, decided as franc decides it (the script whose expression matches most code
 * units), with franc's own expressions, but counted in one pass with a per-code-unit table instead of one
 * regex run per script. Han characters are shared by Chinese and Japanese: kana is Japanese only, so a text
 * whose CJK characters include a real share of kana is Japanese even when kanji outnumber the kana.
 */
import { expressions } from 'franc/expressions.js';

/** franc's script names ("Latin", "Cyrillic") and single-language scripts by ISO 639-3 code ("cmn", "tha"). */
export const SCRIPTS: readonly string[] = Object.keys(expressions);
const MATCHERS = SCRIPTS.map((s) => new RegExp(`^(?:${expressions[s]!.source})$`, 'u'));
/**
 * The order units are tested in: Latin first, as most units beyond ASCII are Latin letters with marks, so
 * that a Latin text compiles no other script's (large) expression. Scripts never share a unit.
 */
const ORDER = SCRIPTS.map((_, k) => k).sort(
  (a, b) => Number(SCRIPTS[b] === 'Latin') - Number(SCRIPTS[a] === 'Latin'),
);
const HAN = SCRIPTS.indexOf('cmn');
const KANA = SCRIPTS.indexOf('jpn');

/** Script index + 1 per BMP code unit; 0 = not computed yet, 255 = no script (ASCII digits, spaces...). */
const TABLE = new Uint8Array(0x10000);
const NONE = 255;

function scriptOfUnit(c: number): number {
  const hit = TABLE[c]!;
  if (hit !== 0) return hit === NONE ? -1 : hit - 1;
  let found = -1;
  if (c < 0xd800 || c > 0xdfff) {
    const ch = String.fromCharCode(c);
    found = ORDER.find((k) => MATCHERS[k]!.test(ch)) ?? -1;
  }
  TABLE[c] = found < 0 ? NONE : found + 1;
  return found;
}

/** ASCII letters are Latin; other ASCII units belong to no script. */
function scriptOfCode(c: number): number {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? LATIN : -1;
  return scriptOfUnit(c);
}
const LATIN = SCRIPTS.indexOf('Latin');

/** Below this share of the CJK characters, kana is a quotation in Chinese text, not Japanese. */
const KANA_SHARE = 0.1;

/** Counts per script, kept between calls (zeroed at each): allocating a typed array costs more than the count. */
const COUNTS = new Uint32Array(SCRIPTS.length);

/**
 * The top script of `sample` (a key of franc's expressions), or undefined when no unit belongs to any.
 * Surrogate pairs (rare Han extensions) are not counted: the BMP decides.
 */
export function topScript(sample: string): string | undefined {
  const counts = COUNTS.fill(0);
  for (let i = 0; i < sample.length; i++) {
    const s = scriptOfCode(sample.charCodeAt(i));
    if (s >= 0) counts[s]!++;
  }
  const han = counts[HAN]!;
  const kana = counts[KANA]!;
  if (kana > 0 && kana >= KANA_SHARE * (han + kana)) {
    counts[KANA] = han + kana;
    counts[HAN] = 0;
  }
  let best = -1;
  for (let s = 0; s < counts.length; s++)
    if (counts[s]! > 0 && (best < 0 || counts[s]! > counts[best]!)) best = s;
  return best < 0 ? undefined : SCRIPTS[best];
}
