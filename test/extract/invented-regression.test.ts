/**
 * Invented regression set: eight articles written for the project (fr×2, pl×2, en, de, es, vi; provinces
 * neither the seeds nor the invented tuning set use), annotated before the engine first ran on them. It was
 * kept apart at first, then tuned on after its first reading (the vocabulary sweep of its error classes), so
 * it no longer measures unseen text: it guards against regressions. The measure of text the engine was not
 * written for is the blind holdout of real articles (test/extract/real.test.ts).
 * The per-file report (every miss and extra) is printed on each run.
 */
import { describe, expect, it } from 'vitest';
import { listedNonFigures, scoreSet } from '../support/gold-set.js';

describe('Invented regression set: extraction against gold', () => {
  const set = scoreSet('test/fixtures/invented/regression.gold.json', 'test/fixtures/invented/regression');
  const { gold, score: s, report } = set;
  console.log(`invented regression set ${report}`);

  it('has eight articles in the planned languages', () => {
    // Prepare
    const expected = ['de', 'en', 'es', 'fr', 'fr', 'pl', 'pl', 'vi'];

    // Act
    const languages = gold.articles.map((g) => g.language).sort();

    // Assess
    expect(languages).toEqual(expected);
  });

  // First run, before any change informed by this set (gold fixed once, see git log): recall 143/166,
  // precision 143/159, topics 123/143 — then the honest estimate for unseen invented text. Since then general fixes of the
  // error classes it showed (pair phrases, a counted-noun sweep from a concept list) raised recall to 0.96
  // and precision to 0.98; the thresholds guard that level.
  it.each([
    ['language', s.language, 1],
    ['primary province', s.primary, 1],
    ['province F1', s.provinceF1, 1],
    ['people recall', s.peopleRecall, 1],
    ['rank accuracy', s.rankAccuracy, 1],
    ['figure recall', s.figureRecall, 0.95],
    ['figure precision', s.figurePrecision, 0.97],
    ['topic accuracy', s.topicAccuracy, 0.85],
  ])('%s ≥ threshold', (_name, value, threshold) => {
    expect(value, report).toBeGreaterThanOrEqual(threshold);
  });

  it('outputs no listed non-figure of the gold', () => {
    // Prepare: the gold lists spans that are dates, identifiers, ordinals, phone numbers... per file.
    const offenders = listedNonFigures(set);

    // Assess
    expect(offenders).toEqual([]);
  });
});
