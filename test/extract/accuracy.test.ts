/**
 * Acceptance: the engine against the gold annotations of the five seed articles. The gold is only read here,
 * never by the engine. On failure the message lists every miss and every extra, per file.
 */
import { describe, expect, it } from 'vitest';
import { listedNonFigures, scoreSet } from '../support/gold-set.js';

describe('Acceptance: extraction of the seed articles against gold', () => {
  const set = scoreSet('test/fixtures/seeds.gold.json', 'seeds');
  const { score: s, report } = set;

  // Issue 9: the seeds stay at 1.00, every measure ../shared/eval/score.py reads (--exhaustive). Topic was the
  // exception until session 24 (0.98: two campaign figures of 002, "25 modèles" for security and order and "13
  // localités" told to build a model of mass mobilization against drugs; a campaign's counts now take what it
  // fights, topic-campaigns.test.ts).
  it.each([
    ['figure recall', s.figureRecall, 1],
    ['figure precision', s.figurePrecision, 1],
    ['primary province', s.primary, 1],
    ['province F1', s.provinceF1, 1],
    ['language', s.language, 1],
    ['people recall', s.peopleRecall, 1],
    ['people precision', s.peoplePrecision, 1],
    ['rank accuracy', s.rankAccuracy, 1],
    ['topic accuracy', s.topicAccuracy, 1],
  ])('%s ≥ threshold', (_name, value, threshold) => {
    expect(value, report).toBeGreaterThanOrEqual(threshold);
  });

  it('outputs no listed non-figure of the gold', () => {
    // Prepare: the gold lists spans that are dates, identifiers, ordinals... per file.
    const offenders = listedNonFigures(set);
    // Assess
    expect(offenders).toEqual([]);
  });
});
