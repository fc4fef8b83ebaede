/**
 * Pair precision and recall of the pipeline's incremental grouping (groupIncrementally: each copy joins its
 * best earlier candidate's story, no merges) beside the components (groupStories), on the generated corpora
 * and the real fixtures, in id order and in shuffled arrival orders. `npx tsx scripts/story-incremental.ts`
 */
import { groupIncrementally, groupStories, type StoryEvidence } from '../lambdas/stories/index.js';
import { generateStoryCorpus } from '../test/support/story-corpus.js';
import { generatedEvidence, loadRealStories, pairScore } from '../test/support/story-eval.js';

function predicted(stories: { id: string; members: readonly string[] }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stories) for (const m of s.members) out.set(m, s.id);
  return out;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function report(name: string, evidence: StoryEvidence[], truth: Map<string, string>) {
  const fmt = (s: { precision: number; recall: number }) =>
    `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`;
  const sorted = [...evidence].sort((a, b) => (a.id < b.id ? -1 : 1));
  console.log(`${name}: components ${fmt(pairScore(truth, predicted(groupStories(evidence).stories)))}`);
  console.log(
    `${name}: incremental, id order ${fmt(pairScore(truth, predicted(groupIncrementally(sorted).stories)))}`,
  );
  for (const seed of [1, 2, 3]) {
    const order = shuffled(sorted, seed);
    console.log(
      `${name}: incremental, shuffle ${seed} ${fmt(pairScore(truth, predicted(groupIncrementally(order).stories)))}`,
    );
  }
}

const tuning = generatedEvidence(generateStoryCorpus({ seed: 20261129, stories: 200 }));
report('generated tuning', tuning.evidence, tuning.truth);
const unseen = [1, 2, 3].map((seed) => generatedEvidence(generateStoryCorpus({ seed, stories: 80 })));
report(
  'generated unseen 1-3',
  unseen.flatMap((u, i) => u.evidence.map((e) => ({ ...e, id: `${i}:${e.id}` }))),
  new Map(
    unseen.flatMap((u, i) => [...u.truth].map(([k, v]) => [`${i}:${k}`, `${i}:${v}`] as [string, string])),
  ),
);
const real = loadRealStories();
report(
  'real fixtures',
  real.map((r) => r.evidence),
  new Map(real.map((r) => [r.evidence.id, r.story])),
);
