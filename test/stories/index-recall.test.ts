/**
 * Index recall of the blocking index (lambdas/stories/blocking.ts): of the pairs the similarity would join
 * (score at or above the threshold), the share the index finds whichever copy arrives second (each side's
 * candidate Queries reach the other). A pair the index misses is a join the pipeline never makes, whatever
 * the similarity says. Printed per set; the pairs still missed are named with their reason. And the names
 * of the index as keyed hashes (pseudonym.ts) change no story.
 */
import { describe, expect, it } from 'vitest';
import {
  BlockIndex,
  blockingKeys,
  groupStories,
  pseudonymize,
  similarity,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { generateStoryCorpus } from '../support/story-corpus.js';
import { generatedEvidence, loadRealStories, TUNING_STORY_SETS } from '../support/story-eval.js';

function indexRecall(evidence: readonly StoryEvidence[]) {
  const index = new BlockIndex();
  for (const e of evidence) index.add(e);
  const found = new Map(evidence.map((e) => [e.id, new Set(index.candidates(e))]));
  let joinable = 0;
  const missed: string[] = [];
  for (let i = 0; i < evidence.length; i++) {
    for (let j = i + 1; j < evidence.length; j++) {
      const [a, b] = [evidence[i]!, evidence[j]!];
      if (similarity(a, b) < STORY_THRESHOLD) continue;
      joinable++;
      if (!found.get(a.id)!.has(b.id) || !found.get(b.id)!.has(a.id)) missed.push(`${a.id} ~ ${b.id}`);
    }
  }
  const { writes, itemsRead } = index.stats();
  const recall = joinable === 0 ? 1 : (joinable - missed.length) / joinable;
  return { joinable, missed, recall, articles: evidence.length, writes, itemsRead };
}

// Undated copies (an upload date: published says when we got the file) have no date gate, so a copy of one
// may be of any day in history; one that shares nothing with it but its province (and small counts) is found
// only by reading the province's whole history, the block this index exists to avoid (since session 21 two
// undated copies meet through their province when uploaded within ±21 days, as through a district, and a number
// one copy keeps as a figure and the other only writes is a key of both). A year-less text date
// is read in its guessed year and the year before only through its province (u16's 2020 copy, guessed 2026,
// is six years older: found since session 21 through its lead amount, 98 kg, a figure key whatever its rank).
const HINDI_V15 =
  "a year-less copy whose only key is its province (P#hue): it meets the year-less vtc copy, through which the story joins in any order, not the copies dated in 2024; what joins it, the suspect's name it writes in Devanagari, is no index key (session 49, since ै reads as a short a too)";
const MISSED: Record<string, Record<string, string>> = {
  blind3: {
    'v10/ko_chaovietnam.txt ~ v10/pt_tribunauniao.txt':
      'the same undated copy, against a copy dated by its weekday ("sábado (19/07)") since session 15',
  },
  blind4: {
    // v01's undated vov copy ~ g02 (a false pair: another catch of the same post), missed here until session 54,
    // is no longer joinable: the two write seven and nine names and share one (similarity.ts namesConflict).
    'v15/vi_kenh14.txt ~ v15/hi_vietnam-vn.txt': HINDI_V15,
    'v15/vi_thanhnien.txt ~ v15/hi_vietnam-vn.txt': HINDI_V15,
    'v15/vi_sggp.txt ~ v15/hi_vietnam-vn.txt': HINDI_V15,
  },
};

const KEY = 'a deployment key of the story index';

/** Stories of a grouping as sorted member lists, for comparison across id spaces. */
function storiesOf(evidence: readonly StoryEvidence[]): string[][] {
  return groupStories(evidence)
    .stories.map((s) => [...s.members].sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('Index recall: joinable pairs the blocking index finds', () => {
  it('generated tuning corpus: every joinable pair is found', () => {
    const { evidence } = generatedEvidence(generateStoryCorpus({ seed: 20261129, stories: 200 }));
    const r = indexRecall(evidence);
    console.log('index recall, generated tuning:', { ...r, missed: r.missed.length });
    expect(r.joinable).toBeGreaterThan(900);
    expect(r.missed).toEqual([]);
    // Names as keyed hashes: the same stories.
    expect(storiesOf(evidence.map((e) => pseudonymize(e, KEY)))).toEqual(storiesOf(evidence));
  }, 600_000);

  describe.each(TUNING_STORY_SETS.map((s) => [s.name, s.root] as const))('real set %s', (name, root) => {
    const evidence = loadRealStories(root).map((x) => x.evidence);

    it('every joinable pair is found but the undated ones named', () => {
      const r = indexRecall(evidence);
      console.log(`index recall, ${name}:`, r);
      expect(r.joinable).toBeGreaterThan(0);
      expect(r.missed).toEqual(Object.keys(MISSED[name] ?? {}));
    }, 300_000);

    it('names as keyed hashes: no name in the evidence or the keys, the same stories', () => {
      const hashed = evidence.map((e) => pseudonymize(e, KEY));
      const names = new Set(evidence.flatMap((e) => [...e.people, ...e.names]));
      expect(names.size).toBeGreaterThan(0);
      for (const e of hashed) {
        for (const p of [...e.people, ...e.names]) expect(p).toMatch(/^[0-9a-f]{64}$/);
        for (const key of blockingKeys(e)) expect(names.has(key.slice(2))).toBe(false);
      }
      expect(storiesOf(hashed)).toEqual(storiesOf(evidence));
    }, 300_000);
  });
});
