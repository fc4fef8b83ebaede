/**
 * Acceptance: the engine against the gold annotations of the five seed articles. The gold is only read here,
 * never by the engine. On failure the message lists every miss and every extra, per file.
 */
import { describe, expect, it } from 'vitest';
import { listedNonFigures, scoreSet } from '../support/gold-set.js';

describe('Acceptance: extraction of the seed articles against gold', () => {
  const set = scoreSet('test/fixtures/seeds.gold.json', 'seeds');
  const { score: s, report } = set;

  // Issue 9: the seeds stay at 1.00. Topic is the exception on record (0.975: two figures of 002 whose clause
  // names a campaign, "modèles", "propagande", while the gold gives the crime they fight); it must not fall.
  it.each([
    ['figure recall', s.figureRecall, 1],
    ['figure precision', s.figurePrecision, 1],
    ['primary province', s.primary, 1],
    ['province F1', s.provinceF1, 1],
    ['language', s.language, 1],
    ['people recall', s.peopleRecall, 1],
    ['people precision', s.peoplePrecision, 1],
    ['rank accuracy', s.rankAccuracy, 1],
    ['topic accuracy', s.topicAccuracy, 0.97],
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
