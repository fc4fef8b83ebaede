/**
 * Localities heard by a coarse key (a Cyrillic, Han or Hangul transcription read by its sound, match.ts) stand
 * only in a province the article names: a key of a commune's name fits communes all over the country. A report
 * of a village story often names no province at all, only its communes ("коммуны Танг Тхань… коммуны Суан
 * Тхань"): two different names heard so, with exactly one province holding a place of each, vouch for each
 * other, as a province named beside them would. A single name, or names several provinces share, stay unread.
 */
import type { PlaceEntry } from './gazetteer.js';

/** A locality heard by its sound key that no province of the article has placed yet. */
export interface Heard {
  /** The entries its key and type word allow. */
  readonly entries: readonly PlaceEntry[];
}

/** Fewest different names that must agree on their province. */
const AGREEING_NAMES = 2;

/**
 * The one province where places of at least two different heard names lie, or undefined when none or several
 * do. The names are told apart by the entries they read as: the same name heard twice vouches for nothing.
 */
export function corroboratedProvince(heard: readonly Heard[]): number | undefined {
  /** Per province, the different names (their sets of readings, as a key) with a place there. */
  const names = new Map<number, Set<string>>();
  for (const h of heard) {
    const local = h.entries.filter((e) => e.level > 1);
    const name = local
      .map((e) => `${e.slug}@${e.province}`)
      .sort()
      .join(' ');
    for (const province of new Set(local.map((e) => e.province))) {
      const set = names.get(province);
      if (set) set.add(name);
      else names.set(province, new Set([name]));
    }
  }
  const agreeing = [...names].filter(([, set]) => set.size >= AGREEING_NAMES).map(([p]) => p);
  return agreeing.length === 1 ? agreeing[0] : undefined;
}
