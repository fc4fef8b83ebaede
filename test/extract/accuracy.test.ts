/**
 * Acceptance: the engine against the gold annotations of the five seed articles. The gold is only read here,
 * never by the engine. On failure the message lists every miss and every extra, per file.
 */
import { describeGoldSet } from '../support/describe-gold-set.js';

describeGoldSet('Acceptance: extraction of the seed articles against gold', {
  gold: 'test/fixtures/seeds.gold.json',
  texts: 'seeds',
  // Issue 9: the seeds stay at 1.00, every measure ../shared/eval/score.py reads (--exhaustive). Topic was the
  // exception until session 24 (0.98: two campaign figures of 002, "25 modèles" for security and order and "13
  // localités" told to build a model of mass mobilization against drugs; a campaign's counts now take what it
  // fights, topic-campaigns.test.ts).
  thresholds: {
    figureRecall: 1,
    figurePrecision: 1,
    primary: 1,
    provinceF1: 1,
    language: 1,
    peopleRecall: 1,
    peoplePrecision: 1,
    rankAccuracy: 1,
    topicAccuracy: 1,
  },
  // The gold lists spans that are dates, identifiers, ordinals... per file.
  nonFigureCap: 0,
});
