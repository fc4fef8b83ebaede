/**
 * A road named after a national figure: "ホーチミン道路", "হো চি মিন রোডের", "胡志明公路", "호찌민 도로". The
 * name is the road's, not the city's: a truck that burned on the Hồ Chí Minh road in Quảng Trị names no Hồ
 * Chí Minh City, and the road runs through a dozen provinces, none of which it names. Only a figure's name
 * (the gazetteer's namesakes): a road named after a place ("the Vinh bypass", "the Hanoi – Hai Phong
 * expressway") runs there or ends there, and roads.ts reads its ends. The words written after the name are
 * the lexicons' roadAfter, those written before it their roadBefore ("طريق هو تشي منه"; Latin-letter texts read a
 * bare "Ho Chi Minh" as the person already).
 */
import type { Gazetteer } from './gazetteer.js';
import type { Affixes } from './lexicon.js';
import type { Candidate } from './match.js';
import { keyOf } from './tokens.js';

/** Between the name and the road word: nothing, one space or a katakana middle dot ("ホーチミン・ルート"). */
function wordStart(body: string, end: number): number {
  const c = body[end];
  return c === ' ' || c === '\u00a0' || c === '\u30fb' ? end + 1 : end;
}

/** True if a road word of the lexicons follows the name (a Latin word only when it ends there: "road", not "roadside"). */
export function namesRoad(body: string, end: number, affixes: Affixes): boolean {
  const at = wordStart(body, end);
  const max = Math.min(affixes.maxLength, body.length - at);
  for (let n = max; n >= 1; n--) {
    const phrase = body.slice(at, at + n).toLowerCase();
    if (!affixes.roadAfter.has(phrase)) continue;
    if (/\p{Script=Latin}$/u.test(phrase) && /\p{L}/u.test(body[at + n] ?? '')) continue;
    return true;
  }
  return false;
}

/**
 * True if a road word of the lexicons (roadBefore) ends right before the name, one space between, and opens a
 * word of its own ("على طريق هو تشي منه"; not the tail of a longer word).
 */
function roadBefore(body: string, start: number, affixes: Affixes): boolean {
  const end = body[start - 1] === ' ' || body[start - 1] === '\u00a0' ? start - 1 : start;
  const max = Math.min(affixes.maxLength, end);
  for (let n = max; n >= 1; n--) {
    if (!affixes.roadBefore.has(body.slice(end - n, end).toLowerCase())) continue;
    if (!/\p{L}/u.test(body[end - n - 1] ?? '')) return true;
  }
  return false;
}

/** True if a reading of the candidate is named after a national figure ("Hồ Chí Minh"). */
function ofFigure(c: Candidate, gaz: Gazetteer): boolean {
  return c.figure || c.entries.some((e) => gaz.namesakes.has(keyOf(e.name)));
}

/** The candidates without those that name a figure's road ("X道路"); the list itself when none does. */
export function unreadRoadNames(
  candidates: readonly Candidate[],
  body: string,
  affixes: Affixes,
  gaz: Gazetteer,
): readonly Candidate[] {
  if (affixes.roadAfter.size === 0 && affixes.roadBefore.size === 0) return candidates;
  const kept = candidates.filter(
    (c) => !(ofFigure(c, gaz) && (namesRoad(body, c.end, affixes) || roadBefore(body, c.start, affixes))),
  );
  return kept.length === candidates.length ? candidates : kept;
}
