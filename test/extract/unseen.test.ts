/**
 * Acceptance on unseen articles: ten fixtures written for the purpose (other provinces, all ten languages,
 * other crime topics), never read by the engine or its lexicons. They measure how the engine generalizes
 * beyond the seeds; the thresholds sit a margin below the measured scores so a regression fails while
 * the known gaps (see the per-file report) do not. On failure the message lists every miss and extra.
 */
import { describe, expect, it } from 'vitest';
import { listedNonFigures, scoreSet } from '../support/gold-set.js';

describe('Acceptance: extraction of unseen articles against gold', () => {
  const set = scoreSet('test/fixtures/unseen.gold.json', 'test/fixtures/unseen');
  const { gold, score: s, report } = set;

  it('covers every supported language', () => {
    // Prepare
    const languages = new Set(gold.articles.map((g) => g.language));

    // Act
    const covered = ['fr', 'pl', 'en', 'de', 'es', 'it', 'cs', 'pt', 'nl', 'vi'].filter((l) =>
      languages.has(l),
    );

    // Assess
    expect(covered).toHaveLength(10);
  });

  it.each([
    ['language', s.language, 1],
    ['primary province', s.primary, 0.9],
    ['people recall', s.peopleRecall, 1],
    ['rank accuracy', s.rankAccuracy, 0.95],
    ['figure recall', s.figureRecall, 0.95],
    ['figure precision', s.figurePrecision, 0.95],
    ['topic accuracy', s.topicAccuracy, 0.9],
  ])('%s ≥ threshold', (_name, value, threshold) => {
    expect(value, report).toBeGreaterThanOrEqual(threshold);
  });

  it('outputs no listed non-figure of the gold', () => {
    // Prepare: the gold lists spans that are dates, identifiers, phone numbers... per file.
    const offenders = listedNonFigures(set);
    // Assess
    expect(offenders).toEqual([]);
  });
});
