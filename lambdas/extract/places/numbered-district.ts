/**
 * Hồ Chí Minh City's numbered urban districts as Korean writes them: the number glued to the district suffix 군,
 * "12군 경찰" (the District 12 police), "5군, 10군", "12군의". Only that city numbers its districts (Quận 1 to 12,
 * gazetteer supplement), so the number names the district and its city; the curated lists, searched from a
 * letter, never see a name that opens with a digit.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import { heardCandidate } from './heard.js';
import { PARTICLES } from './hangul-words.js';
import type { Candidate } from './match.js';
import { keyOf } from './tokens.js';

/**
 * A number from 1 to 12 standing alone (not the end of a longer number, a decimal, a date or a time: "2.12군" or
 * "10/12군" is none, nor an ordinal, "제3군", the Third Army), the suffix glued to it, then a particle or the end
 * of the word.
 */
const NUMBERED = /(?<![\d.,:/\-제])(1[0-2]|[1-9])군([\uac00-\ud7a3]*)/g;

const CITY = 'ho-chi-minh';

/** The gazetteer's Quận n of the city (the supplement's entry), once per gazetteer. */
const quanOf = new WeakMap<Gazetteer, Map<number, PlaceEntry>>();
function quan(gaz: Gazetteer, n: number): PlaceEntry | undefined {
  let table = quanOf.get(gaz);
  if (table === undefined) {
    table = new Map();
    const city = gaz.bySlug.get(CITY)?.index;
    for (let k = 1; k <= 12; k++) {
      const entry = gaz.byKey.get(keyOf(`Quận ${k}`))?.find((e) => e.level === 2 && e.province === city);
      if (entry !== undefined) table.set(k, entry);
    }
    quanOf.set(gaz, table);
  }
  return table.get(n);
}

/** The numbered districts a Korean text names ("12군"), each read as its number, the suffix left out. */
export function findNumberedDistricts(body: string, gaz: Gazetteer): Candidate[] {
  if (!body.includes('군')) return [];
  const out: Candidate[] = [];
  for (const m of body.matchAll(NUMBERED)) {
    if (!PARTICLES.has(m[2]!)) continue;
    const entry = quan(gaz, Number(m[1]));
    if (entry === undefined) continue;
    out.push(heardCandidate(m.index, m.index + m[1]!.length, [entry], 'district', false));
  }
  return out;
}
