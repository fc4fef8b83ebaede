/**
 * Whether a change of the similarity's parameters transfers: leave one real set out. For every setting of a
 * grid (JSON: parameter → values) and every threshold, the five real tuning sets and the generated corpora
 * (tuning seed 200 events, seeds 1–3 and 4–6 of 80, pooled) are grouped through the blocking index; for each
 * real set held out, the setting is chosen on the other four (generated pair P and R ≥ 0.98 on all three,
 * fewest false groups, then the highest mean pair recall) and the held-out set's reading printed.
 * `npx tsx scripts/story-loso.ts --grid '{"unsharedHeadCount":[0.5,0.25]}' --thresholds 0.40,0.42`
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_PARAMS,
  groupStories,
  STORY_THRESHOLD,
  type SimilarityParams,
  type StoryEvidence,
} from '../lambdas/stories/index.js';
import { generateStoryCorpus } from '../test/support/story-corpus.js';
import {
  generatedEvidence,
  loadRealStories,
  pairScore,
  TUNING_STORY_SETS,
} from '../test/support/story-eval.js';

interface EvalSet {
  readonly name: string;
  readonly evidence: StoryEvidence[];
  readonly truth: Map<string, string>;
  /** Stories (not look-alikes): for "joined". */
  readonly stories: Set<string>;
}

interface Reading {
  readonly name: string;
  readonly precision: number;
  readonly recall: number;
  readonly joined: number;
  readonly total: number;
  /** Predicted groups holding copies of two or more true stories. */
  readonly falseGroups: number;
}

const { values } = parseArgs({
  options: {
    grid: { type: 'string', default: '{}' },
    thresholds: { type: 'string', default: String(STORY_THRESHOLD) },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  console.log(
    'npx tsx scripts/story-loso.ts --grid \'{"undated":[0.9,1]}\' --thresholds 0.40,0.42\n' +
      '  every setting of the grid (SimilarityParams names → values) at every threshold on the five real tuning\n' +
      '  sets and the generated corpora; then, for each real set held out, the setting chosen on the other four.',
  );
  process.exit(0);
}
const grid = JSON.parse(values.grid) as Record<string, number[]>;
const thresholds = values.thresholds.split(',').map(Number);

const real: EvalSet[] = TUNING_STORY_SETS.map(({ name, root }) => {
  const articles = loadRealStories(root);
  return {
    name,
    evidence: articles.map((r) => r.evidence),
    truth: new Map(articles.map((r) => [r.evidence.id, r.story])),
    stories: new Set(articles.filter((r) => r.kind === 'story').map((r) => r.story)),
  };
});
const generated: EvalSet[] = [
  ['gen tuning', [20261129], 200],
  ['gen 1-3', [1, 2, 3], 80],
  ['gen 4-6', [4, 5, 6], 80],
].map(([name, seeds, stories]) => {
  const copies = (seeds as number[]).flatMap((seed) =>
    generateStoryCorpus({ seed, stories: stories as number }).map((c) => ({
      ...c,
      id: `${seed}:${c.id}`,
      story: `${seed}:${c.story}`,
    })),
  );
  const { evidence, truth } = generatedEvidence(copies);
  return { name: name as string, evidence, truth, stories: new Set<string>() };
});

function read(set: EvalSet, params: SimilarityParams, threshold: number): Reading {
  const predicted = new Map<string, string>();
  const { stories } = groupStories(set.evidence, { params, threshold });
  let falseGroups = 0;
  for (const s of stories) {
    for (const m of s.members) predicted.set(m, s.id);
    if (new Set(s.members.map((m) => set.truth.get(m))).size > 1) falseGroups++;
  }
  const score = pairScore(set.truth, predicted);
  let joined = 0;
  for (const story of set.stories) {
    const members = [...set.truth].filter(([, s]) => s === story).map(([id]) => predicted.get(id));
    if (new Set(members).size === 1) joined++;
  }
  return { name: set.name, ...score, joined, total: set.stories.size, falseGroups };
}

const show = (r: Reading): string =>
  `${r.name} ${r.precision.toFixed(3)}/${r.recall.toFixed(3)}` +
  (r.total > 0 ? ` ${r.joined}/${r.total}` : '') +
  (r.falseGroups > 0 && r.total > 0 ? ` F${r.falseGroups}` : '');

let settings: Record<string, number>[] = [{}];
for (const [key, options] of Object.entries(grid))
  settings = settings.flatMap((s) => options.map((v) => ({ ...s, [key]: v })));

interface Row {
  readonly label: string;
  readonly real: Reading[];
  readonly generatedOk: boolean;
}
const rows: Row[] = [];
for (const setting of settings) {
  const params = { ...DEFAULT_PARAMS, ...setting };
  for (const threshold of thresholds) {
    const gen = generated.map((s) => read(s, params, threshold));
    const row = {
      label: `${JSON.stringify(setting)} at ${threshold}`,
      real: real.map((s) => read(s, params, threshold)),
      generatedOk: gen.every((g) => g.precision >= 0.98 && g.recall >= 0.98),
    };
    rows.push(row);
    console.log(`${row.label}: ${[...row.real, ...gen].map(show).join(' | ')}`);
  }
}

/** Fewest false groups on the sets used, then the highest mean pair recall there. */
function choose(use: readonly string[]): Row | undefined {
  const cost = (r: Row): [number, number] => {
    const on = r.real.filter((x) => use.includes(x.name));
    return [on.reduce((n, x) => n + x.falseGroups, 0), on.reduce((n, x) => n + x.recall, 0)];
  };
  return rows
    .filter((r) => r.generatedOk)
    .sort((x, y) => cost(x)[0] - cost(y)[0] || cost(y)[1] - cost(x)[1])[0];
}

console.log('\nleave one set out (chosen on the other four and the generated corpora):');
for (const held of real.map((s) => s.name)) {
  const row = choose(real.map((s) => s.name).filter((n) => n !== held));
  const reading = row?.real.find((x) => x.name === held);
  console.log(
    `  ${held}: ${row ? `${row.label} → ${show(reading!)}` : 'no setting passes the generated corpora'}`,
  );
}
const all = choose(real.map((s) => s.name));
console.log(`all five: ${all ? `${all.label} → ${all.real.map(show).join(' | ')}` : 'none'}`);
