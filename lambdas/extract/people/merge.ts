/** The people of an article from its mentions: one person per name however often and however spelt. */
import type { Person } from '../../shared/article.js';
import { fold } from '../text/fold.js';
import type { Mention } from './judge.js';

/** One person per folded name, in order of first mention; later mentions fill a missing rank or role. */
export function mergeMentions(mentions: readonly Mention[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const m of mentions) {
    const key = fold(m.name);
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { name: m.name, rank: m.rank, role: m.role });
    else {
      seen.rank ??= m.rank;
      seen.role ??= m.role;
    }
  }
  return [...byKey.values()];
}
