/**
 * Localities written in katakana that no curated list has (ハムタン郡, バットシャット区, フーニュアン区): a katakana
 * run right before a local type word (郡, 区, 地区, 村, 社, 坊...) read by its Japanese sound key (phonetic.ts).
 * The type word is what says a place is named there at all; the province must be named in the article too.
 * Before the province word (省) the run is read as a province: a spelling no list has (ダックラック省, with the
 * small ッ, for the listed ダクラク省) still names it, and the type word is context enough.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { Affixes, PlaceCategory } from './lexicon.js';
import { heardCandidate } from './heard.js';
import type { Candidate } from './match.js';
import { katakanaSoundKey } from './phonetic.js';

const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc\u30fb]{2,}/g;

/** The longest type word of the language starting at `at`. */
function typeAt(body: string, at: number, affixes: Affixes): PlaceCategory | undefined {
  for (let n = Math.min(affixes.maxLength, body.length - at); n >= 1; n--) {
    const category = affixes.after.get(body.slice(at, at + n));
    if (category !== undefined) return category;
  }
  return undefined;
}

export function findKanaReadings(
  body: string,
  gaz: Gazetteer,
  affixes: Affixes,
  taken: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of body.matchAll(KATAKANA_RUN)) {
    const start = m.index;
    // A name cut by a middle dot from a person's name before it is still read whole: ソ・トン・サン.
    const name = m[0].replace(/^・+|・+$/g, '');
    const end = start + m[0].length;
    if (taken.some((c) => c.start < end && start < c.end)) continue;
    const category = typeAt(body, end, affixes);
    if (category === undefined) continue;
    const key = katakanaSoundKey(name);
    if (key === null || key.length < 4) continue;
    const province = category === 'province';
    // A centrally-run city is a province named with a city's type word (ホー・チ・ミン市, ダ・ナン市).
    const cityProvince = (e: PlaceEntry): boolean =>
      category === 'city' && e.level === 1 && gaz.provinces[e.province]!.centrallyRun;
    const all = gaz.bySound('katakana').get(key);
    const city = all?.filter(cityProvince) ?? [];
    if (city.length > 0) {
      out.push(heardCandidate(start, end, city, category, false));
      continue;
    }
    const entries = all?.filter((e) => (province ? e.level === 1 : e.level > 1));
    if (entries === undefined || entries.length === 0) continue;
    out.push(heardCandidate(start, end, entries, category, !province));
  }
  return out;
}
