/**
 * Where a round-up of a storm, a flood or a landslide says it struck hardest: "The hardest-hit province was
 * X", "La provincia más afectada es X", "În provincia X au fost înregistrate cele mai multe pagube". Such a
 * report names several provinces, often the hardest-hit one neither first nor most often; the province the
 * phrase points to is the story's place (gold convention of issue 9), whichever chooser ranked the provinces.
 */
import type { Span } from '../text/sentences.js';
import { literalAlternation } from '../text/regex.js';

/** One hardest-hit phrase: where it stands in the text, and the sentence holding it. */
export interface HardestHitCue {
  readonly start: number;
  readonly end: number;
  readonly sentence: Pick<Span, 'start' | 'end'>;
}

/** Scripts written without spaces between words: a phrase may start anywhere in a run of their letters. */
const UNSPACED =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/** A letter or a combining mark: a phrase that starts right after one is the inside of another word. */
const WORD_PART = /[\p{L}\p{M}]/u;

/**
 * Per list of cues, one regex that finds any of them anywhere (no word test): most texts hold none, and one
 * search of the text answers that about five times faster than an indexOf per cue (measured on the seeds'
 * French cues). Only a text it finds something in is searched cue by cue.
 */
const anyCue = new WeakMap<readonly string[], RegExp>();

function anyCueIn(cues: readonly string[]): RegExp {
  const hit = anyCue.get(cues);
  if (hit !== undefined) return hit;
  // Grouped by first letter (text/regex.ts): at each position the engine tries the cues of its letter only.
  const re = new RegExp(literalAlternation(cues));
  anyCue.set(cues, re);
  return re;
}

/** Per list of cues, the length of the longest: a cue starting in a sentence ends at most this far past its start. */
const longestCue = new WeakMap<readonly string[], number>();

function longestOf(cues: readonly string[]): number {
  let hit = longestCue.get(cues);
  if (hit === undefined) {
    hit = Math.max(...cues.map((c) => c.length));
    longestCue.set(cues, hit);
  }
  return hit;
}

/**
 * Whether some phrase starts in a sentence holding the start of one of `places`: a phrase points only at a place
 * of its own sentence (pointedAt), so a text whose phrases all stand elsewhere has none worth reading. Only those
 * sentences are searched (a fifth of a seed article's text), each with room for a phrase running past its end.
 */
function anyCueNear(
  folded: string,
  sentences: readonly Pick<Span, 'start' | 'end'>[],
  cues: readonly string[],
  places: readonly { start: number }[],
): boolean {
  const starts = places.map((p) => p.start).sort((a, b) => a - b);
  const re = anyCueIn(cues);
  const room = longestOf(cues) - 1;
  let k = 0;
  for (const s of sentences) {
    while (k < starts.length && starts[k]! < s.start) k++;
    if (k === starts.length) break;
    if (starts[k]! >= s.end) continue;
    if (re.test(folded.slice(s.start, s.end + room))) return true;
  }
  return false;
}

/**
 * Every hardest-hit phrase (`cues`, folded) in the folded text, in text order, with its sentence. A phrase in a
 * spaced script must start a word ("most affected" is not the end of "almost affected"); it may end inside one,
 * the cue being the start of the words. Given `places`, none (an empty list) unless a phrase starts in a
 * sentence holding one of them: the others could point at nothing (pointedAt).
 */
export function findHardestHit(
  folded: string,
  sentences: readonly Pick<Span, 'start' | 'end'>[],
  cues: readonly string[],
  places?: readonly { start: number }[],
): HardestHitCue[] {
  if (cues.length === 0) return [];
  if (places === undefined ? !anyCueIn(cues).test(folded) : !anyCueNear(folded, sentences, cues, places))
    return [];
  const found: { start: number; end: number }[] = [];
  for (const cue of cues) {
    const anywhere = UNSPACED.test(cue);
    for (let at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
      if (!anywhere && at > 0 && WORD_PART.test(folded[at - 1]!)) continue;
      found.push({ start: at, end: at + cue.length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const out: HardestHitCue[] = [];
  for (const f of found) {
    const sentence = sentences.find((s) => s.start <= f.start && f.start < s.end);
    if (sentence) out.push({ ...f, sentence: { start: sentence.start, end: sentence.end } });
  }
  return out;
}

/**
 * A clause break or a full stop: "…the most victims: five dead, followed by X" does not point at X. Arabic script
 * has its own comma, semicolon and question mark (، ؛ ؟) and Urdu its full stop (۔): "X، الأكثر تضرراً…، في
 * حين … Y" points at X, not Y.
 */
const BREAK_AFTER = /[,:;.!?。，：；、()（）\u2013\u2014\u060c\u061b\u061f\u06d4]/u;

/** A full stop: the place before a phrase must be in its sentence ("X。…最も大きな被害" is not). */
const BREAK_BEFORE = /[.!?。．！？\u061f\u06d4]/u;

/**
 * Of the places a sentence names (spans, in text order), the one a hardest-hit phrase points to: the first
 * named after it with no clause break between ("the hardest hit was X"), else the last named before it ("X was
 * hit hardest", "in X the most damage was recorded", "X, the worst affected"). Undefined: none. `text`: the
 * text the offsets are in.
 */
export function pointedAt(
  cue: HardestHitCue,
  places: readonly { start: number; end: number }[],
  text: string,
): number | undefined {
  const inSentence = places.filter((p) => p.start >= cue.sentence.start && p.start < cue.sentence.end);
  const after = inSentence.find((p) => p.start >= cue.end);
  if (after && !BREAK_AFTER.test(text.slice(cue.end, after.start))) return after.start;
  const before = inSentence.filter((p) => p.end <= cue.start).pop();
  return before && !BREAK_BEFORE.test(text.slice(before.end, cue.start)) ? before.start : undefined;
}
