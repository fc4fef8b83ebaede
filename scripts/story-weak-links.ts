/**
 * Whether "weak links" would join the pieces of a story (session 20, a chain rule measured and not built):
 * after grouping, for every two groups, the pairs across them scoring in [--low, threshold), and whether the
 * two groups are copies of one true story (T) or of two (F). A rule joining two groups with --min such links
 * or more would join the T rows and the F rows alike; it is not pairwise, so the pipeline would have to store
 * its weak links (assign.ts). `npx tsx scripts/story-weak-links.ts [--low 0.34] [--min 2] [--real]`
 */
import { parseArgs } from 'node:util';
import { groupStories, similarity, STORY_THRESHOLD, type StoryEvidence } from '../lambdas/stories/index.js';
import { generateStoryCorpus } from '../test/support/story-corpus.js';
import { generatedEvidence, loadRealStories, TUNING_STORY_SETS } from '../test/support/story-eval.js';

const { values } = parseArgs({
  options: {
    low: { type: 'string', default: '0.34' },
    min: { type: 'string', default: '2' },
    real: { type: 'boolean' },
  },
});
const low = Number(values.low);
const min = Number(values.min);

interface EvalSet {
  readonly name: string;
  readonly evidence: StoryEvidence[];
  readonly truth: Map<string, string>;
}
const sets: EvalSet[] = TUNING_STORY_SETS.map(({ name, root }) => {
  const articles = loadRealStories(root);
  return {
    name,
    evidence: articles.map((r) => r.evidence),
    truth: new Map(articles.map((r) => [r.evidence.id, r.story])),
  };
});
if (!values.real)
  for (const [name, seeds, stories] of [
    ['gen tuning', [20261129], 200],
    ['gen 1-3', [1, 2, 3], 80],
    ['gen 4-6', [4, 5, 6], 80],
  ] as const) {
    const copies = seeds.flatMap((seed) =>
      generateStoryCorpus({ seed, stories }).map((c) => ({
        ...c,
        id: `${seed}:${c.id}`,
        story: `${seed}:${c.story}`,
      })),
    );
    sets.push({ name, ...generatedEvidence(copies) });
  }

for (const set of sets) {
  const group = new Map<string, string>();
  for (const story of groupStories(set.evidence).stories)
    for (const m of story.members) group.set(m, story.id);
  const links = new Map<string, { same: boolean; scores: number[] }>();
  const ev = set.evidence;
  for (let i = 0; i < ev.length; i++)
    for (let j = i + 1; j < ev.length; j++) {
      const [a, b] = [ev[i]!, ev[j]!];
      const [ga, gb] = [group.get(a.id)!, group.get(b.id)!];
      if (ga === gb) continue;
      const score = similarity(a, b);
      if (score < low || score >= STORY_THRESHOLD) continue;
      const key = ga < gb ? `${ga}|${gb}` : `${gb}|${ga}`;
      const link = links.get(key) ?? { same: set.truth.get(a.id) === set.truth.get(b.id), scores: [] };
      link.scores.push(score);
      links.set(key, link);
    }
  const rows = [...links].filter(([, l]) => l.scores.length >= min);
  const same = rows.filter(([, l]) => l.same).length;
  console.log(
    `${set.name}: groups with ≥ ${min} links in [${low}, ${STORY_THRESHOLD}): T ${same}, F ${rows.length - same}`,
  );
  if (!set.name.startsWith('gen'))
    for (const [key, l] of rows)
      console.log(`   ${l.same ? 'T' : 'F'} ${l.scores.map((x) => x.toFixed(3)).join(',')} ${key}`);
}
