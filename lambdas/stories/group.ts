/**
 * Grouping a set of articles into stories: every pair whose similarity reaches the threshold is joined, and
 * stories are the connected components. Pairs are only ever scored between candidates found through the
 * blocking index. Articles are taken in id order, so the result does not depend on arrival order.
 */
import type { StoryEvidence } from './evidence.js';
import { BlockIndex } from './blocking.js';
import { pickRepresentative } from './representative.js';
import { DEFAULT_PARAMS, similarity, STORY_THRESHOLD, type SimilarityParams } from './similarity.js';

export interface Story {
  /** The representative's id: stable while the representative stays. */
  readonly id: string;
  readonly representative: string;
  /** Member ids, sorted. */
  readonly members: readonly string[];
  /** Distinct member languages, sorted. */
  readonly languages: readonly string[];
}

export interface GroupOptions {
  readonly threshold?: number;
  readonly params?: SimilarityParams;
}

export interface Grouping {
  readonly stories: Story[];
  /** Every scored pair (candidates only), for measurement. */
  readonly scored: { a: string; b: string; score: number }[];
  readonly index: BlockIndex;
}

export function groupStories(evidence: readonly StoryEvidence[], opts: GroupOptions = {}): Grouping {
  const threshold = opts.threshold ?? STORY_THRESHOLD;
  const params = opts.params ?? DEFAULT_PARAMS;
  const sorted = [...evidence].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const parent = new Map(sorted.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };

  const index = new BlockIndex();
  const scored: Grouping['scored'] = [];
  for (const e of sorted) {
    for (const id of index.candidates(e, params)) {
      const score = similarity(e, byId.get(id)!, params);
      scored.push({ a: id, b: e.id, score });
      if (score >= threshold) {
        const [x, y] = [find(id), find(e.id)];
        if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
      }
    }
    index.add(e);
  }

  const components = new Map<string, StoryEvidence[]>();
  for (const e of sorted) {
    const root = find(e.id);
    (components.get(root) ?? components.set(root, []).get(root)!).push(e);
  }
  const stories = [...components.values()].map((members): Story => {
    const rep = pickRepresentative(members)!;
    return {
      id: rep.id,
      representative: rep.id,
      members: members.map((m) => m.id),
      languages: [...new Set(members.map((m) => m.language))].sort(),
    };
  });
  return { stories, scored, index };
}

/**
 * The grouping the pipeline makes (assign.ts), replayed in memory in arrival order: each article links to
 * every earlier candidate at or above the threshold, joining their stories (merging them when it links
 * several). On the same pairs this is groupStories' components; measured in several orders (README.md).
 */
export function groupIncrementally(
  evidence: readonly StoryEvidence[],
  opts: GroupOptions = {},
): { stories: Story[]; index: BlockIndex } {
  const threshold = opts.threshold ?? STORY_THRESHOLD;
  const params = opts.params ?? DEFAULT_PARAMS;
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const parent = new Map(evidence.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const index = new BlockIndex();
  for (const e of evidence) {
    for (const id of index.candidates(e, params)) {
      if (similarity(e, byId.get(id)!, params) >= threshold) parent.set(find(e.id), find(id));
    }
    index.add(e);
  }
  const members = new Map<string, StoryEvidence[]>();
  for (const e of evidence) {
    const s = find(e.id);
    (members.get(s) ?? members.set(s, []).get(s)!).push(e);
  }
  const stories = [...members.entries()].map(([id, list]): Story => {
    const rep = pickRepresentative(list)!;
    return {
      id,
      representative: rep.id,
      members: list.map((m) => m.id).sort(),
      languages: [...new Set(list.map((m) => m.language))].sort(),
    };
  });
  return { stories, index };
}
