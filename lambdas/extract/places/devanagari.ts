/**
 * Places written in Devanagari that the curated list (data/names-in-scripts.json) does not spell: the one to
 * three Devanagari words right before a type word of the lexicon ("बेन त्रे प्रांत", "विन्ह लोंग प्रांत की पुलिस",
 * "डुक थो जिले"), read by their sound key (phonetic-devanagari.ts), longest first. Before a province's type word
 * the key names a province (a key two provinces share names neither), before a city's a centrally-run city or a
 * locality, before a local one a locality of a province the article names. The type word says a name is there; the key, which.
 */
import { fold } from '../text/fold.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import type { Candidate } from './match.js';
import { heardCandidate } from './heard.js';
import { devanagariSoundKey, vietnameseDevanagariKey } from './phonetic-devanagari.js';
import { affixRoles } from './scripts.js';

const DEVANAGARI = /[\u0900-\u097f]/;
const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097f]+$/;
/** Most words of a name: "बा रिया वुंग ताउ" has four, but its curated form is listed. */
const MAX_WORDS = 3;
/** Fewest letters of a key: a shorter one matches too much. */
const MIN_KEY = 4;

interface Indexes {
  readonly provinces: ReadonlyMap<string, PlaceEntry>;
  readonly localities: ReadonlyMap<string, readonly PlaceEntry[]>;
}

const indexes = new WeakMap<Gazetteer, Indexes>();

function indexesOf(gaz: Gazetteer): Indexes {
  let found = indexes.get(gaz);
  if (found) return found;
  const provinces = new Map<string, PlaceEntry | null>();
  const localities = new Map<string, PlaceEntry[]>();
  const seen = new Set<PlaceEntry>();
  for (const list of gaz.byKey.values()) {
    for (const e of list) {
      if (seen.has(e)) continue;
      seen.add(e);
      const key = vietnameseDevanagariKey(fold(e.name));
      if (key.length < MIN_KEY) continue;
      if (e.kind === 'province') {
        const before = provinces.get(key);
        provinces.set(key, before === undefined || before?.province === e.province ? e : null);
      } else if (e.level > 1) {
        const same = localities.get(key);
        if (same) same.push(e);
        else localities.set(key, [e]);
      }
    }
  }
  const unique = new Map<string, PlaceEntry>();
  for (const [key, e] of provinces) if (e) unique.set(key, e);
  found = { provinces: unique, localities };
  indexes.set(gaz, found);
  return found;
}

/** Type words of the lexicon written in Devanagari, longest first. */
function devanagariTypeWords(affixes: Affixes): [string, PlaceCategory][] {
  return [...affixes.after]
    .filter(([w, c]) => DEVANAGARI.test(w) && c !== 'gate')
    .sort((a, b) => b[0].length - a[0].length);
}

/**
 * Start offsets of the one to MAX_WORDS Devanagari words before the type word at `at` (one space between them),
 * nearest first; words of a name part by a space or a hyphen ("बा रिया-वुंग ताउ").
 */
function wordsBefore(body: string, at: number): number[] {
  const starts: number[] = [];
  let stop = at - 1;
  if (body[stop] !== ' ') return starts;
  while (starts.length < MAX_WORDS) {
    const word = DEVANAGARI_WORD.exec(body.slice(Math.max(0, stop - 30), stop))?.[0];
    if (word === undefined) break;
    const start = stop - word.length;
    starts.push(start);
    if (body[start - 1] !== ' ' && body[start - 1] !== '-') break;
    stop = start - 1;
  }
  return starts;
}

export function findDevanagariReadings(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  taken: readonly Candidate[],
): Candidate[] {
  const types = devanagariTypeWords(affixes);
  if (types.length === 0) return [];
  const out: Candidate[] = [];
  const index = indexesOf(gaz);
  for (const [word, category] of types) {
    for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
      // The type word is a word of its own ("प्रांत", not the start of "प्रांतीय").
      if (DEVANAGARI.test(body[at + word.length] ?? '')) continue;
      const end = at - 1;
      if (taken.some((c) => c.end >= end - 1 && c.end <= at) || out.some((c) => c.end === end)) continue;
      for (const start of wordsBefore(body, at).reverse()) {
        if (taken.some((c) => c.start < end && start < c.end)) continue;
        const key = devanagariSoundKey(body.slice(start, end));
        if (key === null) continue;
        // A centrally-run city is a province named with a city's type word ("डा नांग शहर").
        const named = index.provinces.get(key);
        const province =
          category === 'province' ||
          (category === 'city' && named && gaz.provinces[named.province]!.centrallyRun)
            ? named
            : undefined;
        const local = category === 'province' || province ? undefined : index.localities.get(key);
        if (province === undefined && local === undefined) continue;
        const { subject, residence, movement } = affixRoles(body, start, at + word.length, affixes);
        out.push({
          ...heardCandidate(start, end, province ? [province] : local!, category, province === undefined),
          subject,
          residence,
          ...(movement ? { movement } : {}),
        });
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
