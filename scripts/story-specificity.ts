/**
 * The rates behind the figures' specificity (lambdas/stories/specificity.ts): on real articles of this news,
 * how many distinct values of each class (decade × significant digits) an article reports per unit family.
 * Read on the real texts one may tune on: the five real story tuning sets (TUNING_STORY_SETS) and the real
 * extraction tuning corpus (test/fixtures/real/tuning); never the blind or holdout sets. The generated corpus
 * is left out: its values are the generator's draws, not the news's. A parameter table like the threshold:
 * estimated once on the engine of its day and committed; regenerate after extraction changes with
 * `npx tsx scripts/story-specificity.ts` (`--check` says whether it is current).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../lambdas/extract/index.js';
import {
  classKey,
  familyOf,
  SPECIFICITY_FAMILIES,
  valueClass,
  type SpecificityFamily,
} from '../lambdas/stories/specificity.js';
import { loadRealStories, TUNING_STORY_SETS } from '../test/support/story-eval.js';
import { writeOrCheck } from './generated-file.js';

const REAL_TUNING = 'test/fixtures/real/tuning';

/** Each article's figures (targets aside, as in the evidence): value and unit. */
const articles: { value: number; unit: string }[][] = [];
for (const { root } of TUNING_STORY_SETS)
  for (const r of loadRealStories(root)) articles.push(r.evidence.figures.map((f) => ({ ...f })));
for (const file of readdirSync(REAL_TUNING)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const result = extractArticle(readFileSync(join(REAL_TUNING, file)));
  if (result.ok) articles.push(result.article.figures.filter((f) => !f.target));
}

const counts = Object.fromEntries(SPECIFICITY_FAMILIES.map((f) => [f, new Map<string, number>()])) as Record<
  SpecificityFamily,
  Map<string, number>
>;
for (const figures of articles) {
  const seen = new Set<string>();
  for (const f of figures)
    for (const family of [familyOf(f.unit), 'any'] as const) {
      const id = `${family}\u0000${f.value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const key = classKey(valueClass(f.value));
      counts[family].set(key, (counts[family].get(key) ?? 0) + 1);
    }
}

const rates = Object.fromEntries(
  SPECIFICITY_FAMILIES.map((family) => [
    family,
    Object.fromEntries(
      [...counts[family]]
        .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
        .map(([key, n]) => [key, Number((n / articles.length).toPrecision(3))]),
    ),
  ]),
);
const about =
  'Distinct values per article, by unit family and class (decade/significant digits, 3 = 3 or more), on the ' +
  'real tuning texts (story tuning sets and test/fixtures/real/tuning). Written by scripts/story-specificity.ts.';
writeOrCheck(
  'lambdas/stories/data/specificity.json',
  `${JSON.stringify({ about, articles: articles.length, rates }, null, 2)}\n`,
  'npx tsx scripts/story-specificity.ts',
);
