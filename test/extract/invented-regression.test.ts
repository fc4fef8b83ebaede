/**
 * Invented regression set: eight articles written for the project (fr×2, pl×2, en, de, es, vi; provinces
 * neither the seeds nor the invented tuning set use), annotated before the engine first ran on them. It was
 * kept apart at first, then tuned on after its first reading (the vocabulary sweep of its error classes), so
 * it no longer measures unseen text: it guards against regressions. The measure of text the engine was not
 * written for is the blind holdout of real articles (test/extract/real.test.ts).
 * The per-file report (every miss and extra) is printed on each run.
 */
import { expect, it } from 'vitest';
import { describeGoldSet } from '../support/describe-gold-set.js';

describeGoldSet(
  'Invented regression set: extraction against gold',
  {
    gold: 'test/fixtures/invented/regression.gold.json',
    texts: 'test/fixtures/invented/regression',
    print: 'invented regression set',
    // First run, before any change informed by this set (gold fixed once, see git log): recall 143/166,
    // precision 143/159, topics 123/143 — then the honest estimate for unseen invented text. Since then general fixes of the
    // error classes it showed (pair phrases, a counted-noun sweep from a concept list) raised recall to 0.96
    // and precision to 0.98; the thresholds guard that level.
    thresholds: {
      language: 1,
      primary: 1,
      provinceF1: 1,
      peopleRecall: 1,
      rankAccuracy: 1,
      figureRecall: 0.95,
      figurePrecision: 0.97,
      topicAccuracy: 0.85,
    },
    // The gold lists spans that are dates, identifiers, ordinals, phone numbers... per file.
    nonFigureCap: 0,
  },
  ({ gold }) => {
    it('has eight articles in the planned languages', () => {
      // Prepare
      const expected = ['de', 'en', 'es', 'fr', 'fr', 'pl', 'pl', 'vi'];

      // Act
      const languages = gold.articles.map((g) => g.language).sort();

      // Assess
      expect(languages).toEqual(expected);
    });
  },
);
