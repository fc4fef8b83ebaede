/** The people of an article from its mentions: one person per name however often and however spelt. */
import type { Person } from '../../shared/article.js';
import { fold } from '../text/fold.js';
import type { Mention } from './judge.js';

/**
 * Katakana transcribes one Vietnamese name several ways in one article ("ブイ・ヴァン・ドゥク", "ブイ・ヴァン・ドク",
 * "ブイ ヴァン ドゥク"): small kana, the long-vowel mark and the word separators are left out of the key.
 */
const KANA_VARIANTS = /[\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30fc\u30fb ]/g;

function keyOf(name: string): string {
  const key = fold(name);
  return /[\u30a0-\u30ff]/.test(key) ? key.replace(KANA_VARIANTS, '') : key;
}

/** One person per folded name, in order of first mention; later mentions fill a missing rank or role. */
export function mergeMentions(mentions: readonly Mention[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const m of mentions) {
    const key = keyOf(m.name);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { name: m.name, rank: m.rank, role: m.role });
    else {
      seen.rank ??= m.rank;
      seen.role ??= m.role;
    }
  }
  return [...byKey.values()];
}
