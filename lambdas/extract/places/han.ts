/**
 * Localities written in Chinese characters that no curated list has (演州县 Diễn Châu district, 演美乡 Diễn Mỹ
 * commune): each character is read by its Sino-Vietnamese readings (data/han-viet.json, from Unihan) and the
 * syllables are looked up in the gazetteer. Only the two or three characters right before a local type
 * character (县, 乡, 镇, 社, 坊, 区...) are read: a type word is what says a place is named there at all.
 */
import readingData from '../data/han-viet.json' with { type: 'json' };
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Affixes } from './lexicon.js';
import { heardCandidate, singleCharTypes } from './heard.js';
import type { Candidate } from './match.js';
import { phraseAfter } from './scripts.js';

const READINGS: Readonly<Record<string, string>> = (readingData as { readings: Record<string, string> })
  .readings;

/** Readings of one character, or none. */
function readingsOf(ch: string): readonly string[] {
  const r = READINGS[ch];
  return r === undefined ? [] : r.split(' ');
}

/** At most this many spellings are tried per name: a few characters have several readings. */
const MAX_SPELLINGS = 32;

function spellings(chars: readonly string[]): string[] {
  let out = [''];
  for (const ch of chars) {
    const rs = readingsOf(ch);
    if (rs.length === 0) return [];
    out = out.flatMap((prefix) => rs.map((r) => (prefix === '' ? r : `${prefix} ${r}`)));
    if (out.length > MAX_SPELLINGS) out = out.slice(0, MAX_SPELLINGS);
  }
  return out;
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isHanChar(ch: string): boolean {
  return isHan(ch.charCodeAt(0));
}

/** Every [start, end) where `word` is written in `body`. */
function spansOf(body: string, word: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length))
    out.push([at, at + word.length]);
  return out;
}

export function findHanReadings(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  /** Candidates already found (curated names): a span they cover is not read again. */
  taken: readonly Candidate[],
): Candidate[] {
  const types = singleCharTypes(affixes, isHanChar);
  const unit = (q: string): true | undefined => (affixes.subjectAfter.has(q) ? true : undefined);
  if (types.size === 0) return [];
  // Words that read as a place but name something else (a news agency: "越通社"), wherever they stand.
  const words = affixes.notPlaces.flatMap((w) => spansOf(body, w));
  const covered = (start: number, end: number): boolean =>
    taken.some((c) => c.start < end && start < c.end) || words.some(([s, e]) => s < end + 1 && start < e);
  const out: Candidate[] = [];
  let lastEnd = 0;
  for (let t = 1; t < body.length; t++) {
    const category = types.get(body[t]!);
    if (category === undefined) continue;
    for (const n of [3, 2]) {
      const start = t - n;
      if (start < lastEnd) continue;
      const chars = [...body.slice(start, t)];
      if (chars.length !== n || !chars.every((ch) => isHan(ch.charCodeAt(0)))) continue;
      if (covered(start, t)) break;
      const entries: PlaceEntry[] = [];
      for (const key of spellings(chars)) {
        for (const e of gaz.byKey.get(key) ?? []) if (e.level > 1 && !entries.includes(e)) entries.push(e);
      }
      if (entries.length === 0) continue;
      // One character, one syllable: not a coarse key, so no province needs to be named. The unit's own force
      // right after its type character ("兴原县警察局", the district police) makes it the acting unit.
      const subject = phraseAfter(body, t + 1, affixes.maxLength, unit) !== null;
      out.push({ ...heardCandidate(start, t, entries, category, false), subject });
      lastEnd = t;
      break;
    }
  }
  return out;
}
