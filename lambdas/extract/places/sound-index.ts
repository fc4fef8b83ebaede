/**
 * The gazetteer indexed by a sound key (phonetic-arabic.ts, phonetic-devanagari.ts): each province under every
 * key only it has (a key two provinces share, Hà Giang and Hậu Giang in a consonant key, names neither), each
 * locality below the province level under every key it has, with the others that share it. The scripts' readers
 * build one per gazetteer and key and keep it.
 */
import type { Gazetteer, PlaceEntry } from './gazetteer.js';

export interface SoundIndex {
  readonly provinces: ReadonlyMap<string, PlaceEntry>;
  readonly localities: ReadonlyMap<string, readonly PlaceEntry[]>;
  /**
   * The provinces of each key two or more share (Hà Giang and Hậu Giang: hjN): a reader that sees more than the
   * key (the vowels an Arabic-script spelling writes) may still tell them apart.
   */
  readonly sharedProvinces: ReadonlyMap<string, readonly PlaceEntry[]>;
}

/** `keysOf` gives an entry's keys; an entry it gives none is not indexed. */
export function soundIndex(gaz: Gazetteer, keysOf: (e: PlaceEntry) => Iterable<string>): SoundIndex {
  const provinces = new Map<string, PlaceEntry | null>();
  const sharing = new Map<string, PlaceEntry[]>();
  const localities = new Map<string, PlaceEntry[]>();
  const seen = new Set<PlaceEntry>();
  for (const list of gaz.byKey.values()) {
    for (const e of list) {
      if (seen.has(e)) continue;
      seen.add(e);
      for (const key of keysOf(e)) {
        if (e.kind === 'province') {
          const before = provinces.get(key);
          provinces.set(key, before === undefined || before?.province === e.province ? e : null);
          const all = sharing.get(key);
          if (!all) sharing.set(key, [e]);
          else if (!all.some((x) => x.province === e.province)) all.push(e);
        } else if (e.level > 1) {
          const same = localities.get(key);
          if (!same) localities.set(key, [e]);
          else if (!same.includes(e)) same.push(e);
        }
      }
    }
  }
  const unique = new Map<string, PlaceEntry>();
  for (const [key, e] of provinces) if (e) unique.set(key, e);
  const sharedProvinces = new Map([...sharing].filter(([, list]) => list.length > 1));
  return { provinces: unique, localities, sharedProvinces };
}
