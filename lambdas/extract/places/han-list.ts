/**
 * Two-character Han names in a list: "广宁、河江、高平和北江等省" writes the type word (省) once, after the last
 * name, and "包括广宁、河江、高平在内" heads the list instead. Each item of such a list is a place of that type
 * though it has no type word of its own; an item alone (和平 "peace", 太平) still needs one (scripts.ts).
 */
import type { Gazetteer } from './gazetteer.js';
import type { PlaceCategory } from './lexicon.js';

/** What parts the items of a list: the enumeration commas and "and". */
const SEPARATORS = ['、', '，', ',', '和', '与', '與', '及', '以及'];
/** "and so on" between the last item and the type word ("等省", "等省市"). */
const ET_CETERA = ['等', '等等'];
/** "等地" (and other places): after "等", a word for places types a list of two names or more as provinces. */
const PLACES = ['地', '地区', '地區', '地方'];
/** Words that open a list of places ("包括", including). */
const HEADS = ['包括', '包含'];
/** A headed list with no type word must be this long to be read as names. */
const MIN_HEADED = 3;
/** Longest name tried, in code units. */
const MAX_NAME = 6;

function wordAt(body: string, at: number, words: readonly string[]): number {
  let best = 0;
  for (const w of words) if (w.length > best && body.startsWith(w, at)) best = w.length;
  return best;
}

function wordEndingAt(body: string, end: number, words: readonly string[]): number {
  let best = 0;
  for (const w of words) if (w.length > best && end >= w.length && body.endsWith(w, end)) best = w.length;
  return best;
}

/** Is a province's name written at [start, end)? */
function isProvinceName(body: string, start: number, end: number, gaz: Gazetteer): boolean {
  const text = body.slice(start, end);
  return (gaz.scriptNames.get(body.charCodeAt(start)) ?? []).some(
    (n) => n.text === text && n.entry.level === 1,
  );
}

/** End of the longest province name starting at `at`, or -1. */
function nameFrom(body: string, at: number, gaz: Gazetteer): number {
  for (let n = MAX_NAME; n >= 2; n--) if (isProvinceName(body, at, at + n, gaz)) return at + n;
  return -1;
}

/** Start of the longest province name ending at `end`, or -1. */
function nameTo(body: string, end: number, gaz: Gazetteer): number {
  for (let n = MAX_NAME; n >= 2; n--)
    if (end - n >= 0 && isProvinceName(body, end - n, end, gaz)) return end - n;
  return -1;
}

/** The type the list around the name at [start, end) gives its items, or null when it is in no such list. */
export function listCategory(
  body: string,
  start: number,
  end: number,
  gaz: Gazetteer,
  /** The type word written at a position, if any (scripts.ts reads it from the language's places.json). */
  typeAt: (at: number) => PlaceCategory | null,
): PlaceCategory | null {
  if (!isProvinceName(body, start, end, gaz)) return null;
  let items = 1;
  let last = end;
  for (;;) {
    const sep = wordAt(body, last, SEPARATORS);
    const next = sep > 0 ? nameFrom(body, last + sep, gaz) : -1;
    if (next < 0) break;
    items++;
    last = next;
  }
  let first = start;
  for (;;) {
    const sep = wordEndingAt(body, first, SEPARATORS);
    const prev = sep > 0 ? nameTo(body, first - sep, gaz) : -1;
    if (prev < 0) break;
    items++;
    first = prev;
  }
  const etc = wordAt(body, last, ET_CETERA);
  const type = typeAt(last + etc);
  if (type && (items > 1 || etc > 0)) return type;
  if (etc > 0 && items > 1 && wordAt(body, last + etc, PLACES) > 0) return 'province';
  return items >= MIN_HEADED && wordEndingAt(body, first, HEADS) > 0 ? 'province' : null;
}
