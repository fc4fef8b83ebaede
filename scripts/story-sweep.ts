/**
 * How the story threshold was chosen: pair precision, recall and F1 on the generated corpus (the tuning set)
 * for thresholds 0.20–0.90 and a few settings of the similarity, then on the five sets of real fixtures (all
 * tuning sets). `npx tsx scripts/story-sweep.ts [--stories 80] [--seed N]`
 */
import { parseArgs } from 'node:util';
import {
  blockingKeys,
  DEFAULT_PARAMS,
  groupStories,
  STORY_THRESHOLD,
  type SimilarityParams,
} from '../lambdas/stories/index.js';
import { generateStoryCorpus } from '../test/support/story-corpus.js';
import {
  componentsAt,
  generatedEvidence,
  loadRealStories,
  pairScore,
  TUNING_STORY_SETS,
} from '../test/support/story-eval.js';
import type { StoryEvidence } from '../lambdas/stories/evidence.js';

const { values } = parseArgs({
  options: { stories: { type: 'string', default: '80' }, seed: { type: 'string', default: '20261129' } },
});
const copies = generateStoryCorpus({ stories: Number(values.stories), seed: Number(values.seed) });
const gen = generatedEvidence(copies);
console.log(`generated: ${copies.length} copies of ${new Set(copies.map((c) => c.story)).size} events`);

const thresholds = [
  ...Array.from({ length: 15 }, (_, i) => Math.round((0.2 + i * 0.05) * 100) / 100),
  0.38,
  0.42,
  0.44,
].sort((a, b) => a - b);
const variants: [string, SimilarityParams][] = [
  ['default', DEFAULT_PARAMS],
  ['digits only (sessions 4-9: no specificity)', { ...DEFAULT_PARAMS, specificity: false }],
  ['names 4 (before session 10)', { ...DEFAULT_PARAMS, nameWeight: 4 }],
  ['no undated factor', { ...DEFAULT_PARAMS, undated: 1 }],
  ['undated 0.8', { ...DEFAULT_PARAMS, undated: 0.8 }],
  ['no places-only factor', { ...DEFAULT_PARAMS, placesOnly: 1 }],
  [
    'session 9 (digits only, names 4, no undated factor)',
    { ...DEFAULT_PARAMS, specificity: false, nameWeight: 4, undated: 1 },
  ],
  ['smoothing 0', { ...DEFAULT_PARAMS, smoothing: 0 }],
  ['smoothing 8', { ...DEFAULT_PARAMS, smoothing: 8 }],
  ['names 2', { ...DEFAULT_PARAMS, nameWeight: 2 }],
  ['no locality conflict', { ...DEFAULT_PARAMS, localityConflict: 1 }],
  ['no date gate', { ...DEFAULT_PARAMS, dateFullDays: 10_000, dateMaxDays: 10_001 }],
  ['no same-unit bonus', { ...DEFAULT_PARAMS, sameUnitBonus: 1 }],
  ['same-unit bonus 1.5', { ...DEFAULT_PARAMS, sameUnitBonus: 1.5 }],
  ['no placeless factor', { ...DEFAULT_PARAMS, placeless: 1 }],
  ['placeless 0.6', { ...DEFAULT_PARAMS, placeless: 0.6 }],
  ['no amount conflict', { ...DEFAULT_PARAMS, amountConflict: 1 }],
  ['amount conflict 0.5', { ...DEFAULT_PARAMS, amountConflict: 0.5 }],
  ['no rounded match', { ...DEFAULT_PARAMS, roundedMatch: 0 }],
  ['no significant rounding (before session 22)', { ...DEFAULT_PARAMS, significantRound: 0 }],
  ['significant rounding 0.5', { ...DEFAULT_PARAMS, significantRound: 0.5 }],
  ['rounded match 0.5', { ...DEFAULT_PARAMS, roundedMatch: 0.5 }],
  ['no primary conflict', { ...DEFAULT_PARAMS, primaryConflict: 1 }],
  ['primary conflict 0.5', { ...DEFAULT_PARAMS, primaryConflict: 0.5 }],
  ['no approximate match', { ...DEFAULT_PARAMS, approximateMatch: 0 }],
  ['approximate match 1', { ...DEFAULT_PARAMS, approximateMatch: 1 }],
  ['approximate spread 5 %', { ...DEFAULT_PARAMS, approximateSpread: 0.05 }],
  ['no text-date floor', { ...DEFAULT_PARAMS, textDateFloor: 0 }],
  ['text-date floor 0.75', { ...DEFAULT_PARAMS, textDateFloor: 0.75 }],
  ['no lead-amount conflict', { ...DEFAULT_PARAMS, leadAmountConflict: 1 }],
  ['lead-amount conflict 0.75', { ...DEFAULT_PARAMS, leadAmountConflict: 0.75 }],
  ['no lead-toll conflict', { ...DEFAULT_PARAMS, leadTollConflict: 1 }],
  ['no wide-toll conflict (before session 50)', { ...DEFAULT_PARAMS, wideTollConflict: 1 }],
  ['wide-toll conflict 0.75', { ...DEFAULT_PARAMS, wideTollConflict: 0.75 }],
  ['lead toll alone (mode 2: recalls the other toll anywhere)', { ...DEFAULT_PARAMS, leadTollMode: 2 }],
  ['no stage conflict', { ...DEFAULT_PARAMS, stageConflict: 1 }],
  ['stage conflict 0.25', { ...DEFAULT_PARAMS, stageConflict: 0.25 }],
  ['stage conflict 0.75', { ...DEFAULT_PARAMS, stageConflict: 0.75 }],
  ['event/prosecution always part', { ...DEFAULT_PARAMS, prosecutionDays: 0 }],
  ['unshared head counts weigh fully', { ...DEFAULT_PARAMS, unsharedHeadCount: 1 }],
  ['unshared head counts 0.25', { ...DEFAULT_PARAMS, unsharedHeadCount: 0.25 }],
  ['unshared head counts 0.75', { ...DEFAULT_PARAMS, unsharedHeadCount: 0.75 }],
  ['districts against none weigh fully', { ...DEFAULT_PARAMS, unmatchedLocalities: 1 }],
  ['people against none weigh nothing', { ...DEFAULT_PARAMS, unmatchedPeople: 0 }],
  ['no updated toll', { ...DEFAULT_PARAMS, updatedToll: 0 }],
  ['updated toll 0.25', { ...DEFAULT_PARAMS, updatedToll: 0.25 }],
  ['updated toll 0.75', { ...DEFAULT_PARAMS, updatedToll: 0.75 }],
  ['no names conflict (before session 54)', { ...DEFAULT_PARAMS, namesConflict: 1 }],
  ['people conflict 0.85 (session 15)', { ...DEFAULT_PARAMS, peopleConflict: 0.85 }],
  ['unshared provinces 0.5 (session 15)', { ...DEFAULT_PARAMS, unsharedProvinces: 0.5 }],
  [
    'before 2026-11-30 (no same-unit bonus, placeless, amount conflict)',
    {
      ...DEFAULT_PARAMS,
      sameUnitBonus: 1,
      placeless: 1,
      amountConflict: 1,
      roundedMatch: 0,
      primaryConflict: 1,
    },
  ],
];

function sweep(
  label: string,
  evidence: StoryEvidence[],
  truth: Map<string, string>,
  params: SimilarityParams,
): void {
  const { scored } = groupStories(evidence, { params, threshold: 2 });
  const ids = evidence.map((e) => e.id);
  const row = thresholds.map((t) => {
    const s = pairScore(truth, componentsAt(ids, scored, t));
    const f1 = (2 * s.precision * s.recall) / (s.precision + s.recall || 1);
    return `${t.toFixed(2)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${f1.toFixed(3)}`;
  });
  console.log(`\n${label}\n  ${row.join('\n  ')}`);
}

for (const [label, params] of variants) sweep(`generated, ${label}`, gen.evidence, gen.truth, params);

// Blocking: share of true pairs that meet through at least one windowed key, and index items per article.
const { scored, index } = groupStories(gen.evidence);
const candidatePairs = new Set(scored.map((p) => [p.a, p.b].sort().join(' ')));
let truePairs = 0;
let found = 0;
for (let i = 0; i < gen.evidence.length; i++) {
  for (let j = i + 1; j < gen.evidence.length; j++) {
    const [a, b] = [gen.evidence[i]!.id, gen.evidence[j]!.id];
    if (gen.truth.get(a) !== gen.truth.get(b)) continue;
    truePairs++;
    if (candidatePairs.has([a, b].sort().join(' '))) found++;
  }
}
const keys = gen.evidence.map((e) => blockingKeys(e).length);
console.log(
  `\nblocking: ${found}/${truePairs} true pairs are candidates; ${candidatePairs.size} candidate pairs of ` +
    `${(gen.evidence.length * (gen.evidence.length - 1)) / 2}; keys per article mean ` +
    `${(keys.reduce((a, b) => a + b, 0) / keys.length).toFixed(1)} max ${Math.max(...keys)}; ${JSON.stringify(index.stats())}`,
);

// The real tuning sets (lambdas/stories/README.md): printed to see what a change does to them.
for (const { label, root } of TUNING_STORY_SETS) {
  const real = loadRealStories(root);
  const realTruth = new Map(real.map((r) => [r.evidence.id, r.story]));
  const grouped = groupStories(real.map((r) => r.evidence));
  const predicted = new Map<string, string>();
  for (const s of grouped.stories) for (const m of s.members) predicted.set(m, s.id);
  console.log(`\n${label} at ${STORY_THRESHOLD}:`, pairScore(realTruth, predicted));
  for (const [variant, params] of variants)
    sweep(
      `${label}, ${variant}`,
      real.map((r) => r.evidence),
      realTruth,
      params,
    );
}
