/**
 * How many text-number keys an article needs (blocking.ts, MAX_TEXT_NUMBER_KEYS, session 21): for every
 * ordered pair of copies of one real story (the five tuning sets) in which the first keeps as a figure a
 * number the second only writes (the text match, similarity.ts), the rank of the best such number among the
 * second copy's text-number keys (most specific first, figure keys left out). The cap is the largest rank.
 * `npx tsx scripts/story-text-keys.ts`
 */
import { DEFAULT_PARAMS, figureWeight, SPECIFIC_WEIGHT, MAX_FIGURE_KEYS } from '../lambdas/stories/index.js';
import { loadRealStories, TUNING_STORY_SETS } from '../test/support/story-eval.js';

const bySpecificity = (x: number, y: number): number => figureWeight(y) - figureWeight(x) || x - y;
const weighable = (v: number): boolean =>
  figureWeight(v) >= SPECIFIC_WEIGHT && (!Number.isInteger(v) || v >= DEFAULT_PARAMS.textMinValue);

const ranks = new Map<number, number>();
let pairs = 0;
for (const set of TUNING_STORY_SETS) {
  const articles = loadRealStories(set.root).filter((x) => x.kind === 'story');
  for (const keeper of articles)
    for (const writer of articles) {
      if (keeper === writer || keeper.story !== writer.story) continue;
      const given = new Set(writer.evidence.figures.map((f) => f.value));
      const figureKeys = [...given]
        .filter((v) => figureWeight(v) >= SPECIFIC_WEIGHT)
        .sort(bySpecificity)
        .slice(0, MAX_FIGURE_KEYS);
      // The lead amount and toll are figure keys too (blocking.ts, figureKeys).
      for (const lead of [writer.evidence.leadAmount?.value, writer.evidence.leadToll?.value])
        if (lead !== undefined) figureKeys.push(lead);
      const order = [...new Set(writer.evidence.text.numbers)]
        .filter((v) => !figureKeys.includes(v) && weighable(v))
        .sort(bySpecificity);
      const matched = [...new Set(keeper.evidence.figures.map((f) => f.value))].filter(
        (v) => !given.has(v) && order.includes(v),
      );
      if (matched.length === 0) continue;
      pairs++;
      const rank = Math.min(...matched.map((v) => order.indexOf(v) + 1));
      ranks.set(rank, (ranks.get(rank) ?? 0) + 1);
    }
}
console.log(`ordered pairs of one story linked by a text match: ${pairs}`);
for (const [rank, n] of [...ranks].sort((x, y) => x[0] - y[0]))
  console.log(`  best matched number at rank ${rank}: ${n}`);
