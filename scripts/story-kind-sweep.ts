/**
 * Session 30: the event's kind as a factor (kindConflict, kindMode), swept with the threshold and the smoothing
 * constant on the generated corpora (tuning seed 200 stories, seeds 1–3 and 4–6 of 80, pooled, as
 * test/stories/measure.test.ts reads them) and the five real tuning sets, through the blocking index. Prints, per
 * setting and threshold, generated P / R and per real set P / R, stories joined, false groups.
 * Evidence is computed once and cached (`--cache /tmp/kind-ev.json`; delete it after an engine change).
 * `npx tsx scripts/story-kind-sweep.ts [--grid '{"kindConflict":[1,0.6],"kindMode":[0,1]}'] [--thresholds 0.36,0.41]`
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_PARAMS, groupStories, type SimilarityParams } from '../lambdas/stories/index.js';
import type { StoryEvidence } from '../lambdas/stories/evidence.js';
import { generateStoryCorpus } from '../test/support/story-corpus.js';
import {
  componentsAt,
  generatedEvidence,
  loadRealStories,
  pairScore,
  TUNING_STORY_SETS,
} from '../test/support/story-eval.js';

const { values } = parseArgs({
  options: {
    cache: { type: 'string', default: '/tmp/kind-ev.json' },
    grid: { type: 'string', default: '{"kindConflict":[1,0.75,0.6,0.5],"kindMode":[0,1,2]}' },
    thresholds: { type: 'string', default: '0.34,0.36,0.38,0.40,0.41' },
  },
});

interface Corpus {
  name: string;
  evidence: StoryEvidence[];
  truth: [string, string][];
  /** Story ids that are stories (not distractors), for the joined count; empty for the generated corpora. */
  stories: string[];
}

function generated(name: string, seeds: readonly number[], stories: number): Corpus {
  const copies = seeds.flatMap((seed) =>
    generateStoryCorpus({ seed, stories }).map((c) =>
      seeds.length > 1 ? { ...c, id: `${seed}:${c.id}`, story: `${seed}:${c.story}` } : c,
    ),
  );
  const { evidence, truth } = generatedEvidence(copies);
  return { name, evidence, truth: [...truth], stories: [] };
}

function load(): Corpus[] {
  if (existsSync(values.cache)) return JSON.parse(readFileSync(values.cache, 'utf8')) as Corpus[];
  const out: Corpus[] = [
    generated('gen tuning', [20261129], 200),
    generated('gen 1-3', [1, 2, 3], 80),
    generated('gen 4-6', [4, 5, 6], 80),
  ];
  for (const { name, root } of TUNING_STORY_SETS) {
    const real = loadRealStories(root);
    out.push({
      name,
      evidence: real.map((r) => r.evidence),
      truth: real.map((r) => [r.evidence.id, r.story]),
      stories: [...new Set(real.filter((r) => r.kind === 'story').map((r) => r.story))],
    });
  }
  writeFileSync(values.cache, JSON.stringify(out));
  return out;
}

const corpora = load();
const grid = JSON.parse(values.grid) as Record<string, number[]>;
const thresholds = values.thresholds.split(',').map(Number);
let settings: Partial<SimilarityParams>[] = [{}];
for (const [key, options] of Object.entries(grid))
  settings = settings.flatMap((s) => options.map((v) => ({ ...s, [key]: v })));

for (const setting of settings) {
  const params: SimilarityParams = { ...DEFAULT_PARAMS, ...setting };
  const scoredOf = corpora.map((c) => groupStories(c.evidence, { params, threshold: 2 }).scored);
  for (const t of thresholds) {
    const cells = corpora.map((c, i) => {
      const truth = new Map(c.truth);
      const groups = componentsAt(
        c.evidence.map((e) => e.id),
        scoredOf[i]!,
        t,
      );
      const s = pairScore(truth, groups);
      if (c.stories.length === 0) return `${c.name} ${s.precision.toFixed(3)}/${s.recall.toFixed(3)}`;
      const byGroup = new Map<string, Set<string>>();
      for (const [id, g] of groups) (byGroup.get(g) ?? byGroup.set(g, new Set()).get(g)!).add(truth.get(id)!);
      const falseGroups = [...byGroup.values()].filter((s) => s.size > 1).length;
      const joined = c.stories.filter(
        (story) =>
          new Set([...truth].filter(([, s]) => s === story).map(([id]) => groups.get(id))).size === 1,
      );
      return `${c.name} ${s.precision.toFixed(3)}/${s.recall.toFixed(3)} ${joined.length}/${c.stories.length}${falseGroups ? ` F${falseGroups}` : ''}`;
    });
    console.log(`${JSON.stringify(setting)} @${t.toFixed(3)} | ${cells.join(' | ')}`);
  }
}
