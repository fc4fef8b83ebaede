/**
 * Invented whole articles in other scripts (session 31, helper e31b): sixteen articles written for the project
 * (ja ko zh th ru two each; uk bn hi ar tr sr one each), each combining the constructs the blind holdout's misses
 * come from: a headline repeating a figure in other words, counts far from their noun or in lists, a suspect's
 * home province beside the event's, the ministry in Hà Nội beside the provincial force, year-on-year
 * comparisons, round-ups, quoted speech, officials named in full then by name or title only. Annotated before
 * the engine first ran on them (gold: test/fixtures/invented/e31b.gold.json).
 *
 * First reading (engine at e4ce23cc, before any change informed by this set): language 1.00, primary 1.00,
 * province F1 0.98 (hi, tr: Hà Nội named in a dateline only, missed), people recall 1.00 and precision 1.00 (rank
 * 1.00), figure recall 0.92, precision 0.92, topic 0.85; listed non-figures read: 6. Per language (recall /
 * precision / topic): ja 1.00/0.87/1.00, ko 0.94/0.94/0.97, zh 1.00/1.00/0.50, th 0.94/0.97/0.97,
 * ru 0.91/0.91/0.93, uk 0.79/0.92/0.73, bn 0.92/0.92/1.00, hi 0.92/1.00/1.00, ar 0.80/0.80/0.00,
 * tr 0.80/0.80/0.92, sr 1.00/1.00/1.00.
 *
 * The per-file report (every miss and extra) is printed on each run.
 */
import { describe, expect, it } from 'vitest';
import { listedNonFigures, scoreSet, subset } from '../support/gold-set.js';

describe('Invented set e31b (other scripts): extraction against gold', () => {
  const set = scoreSet('test/fixtures/invented/e31b.gold.json', 'test/fixtures/invented/e31b');
  const { gold, score: s, report } = set;
  console.log(`invented e31b set ${report}`);
  for (const lang of [...new Set(gold.articles.map((g) => g.language))]) {
    const one = subset(set, (g) => g.language === lang);
    console.log(`e31b ${lang}: ${one.report.split('\n')[0]}`);
  }

  it('has sixteen articles in the planned languages', () => {
    // Prepare
    const expected = [
      'ar',
      'bn',
      'hi',
      'ja',
      'ja',
      'ko',
      'ko',
      'ru',
      'ru',
      'sr',
      'th',
      'th',
      'tr',
      'uk',
      'zh',
      'zh',
    ];

    // Act
    const languages = gold.articles.map((g) => g.language).sort();

    // Assess
    expect(languages).toEqual(expected);
  });

  it.each([
    ['language', s.language, 1],
    ['primary province', s.primary, 1],
    ['province F1', s.provinceF1, 0.97],
    ['people recall', s.peopleRecall, 1],
    ['people precision', s.peoplePrecision, 1],
    ['figure recall', s.figureRecall, 0.92],
    ['figure precision', s.figurePrecision, 0.92],
    ['topic accuracy', s.topicAccuracy, 0.85],
  ])('%s ≥ threshold', (_name, value, threshold) => {
    expect(value, report).toBeGreaterThanOrEqual(threshold);
  });

  it('outputs no listed non-figure of the gold', () => {
    // Prepare: the gold lists spans that are dates, identifiers, ages, distances, article numbers... per file.
    const offenders = listedNonFigures(set);

    // Assess: at most the first reading's count (6: 1枚 of a negation, 20キロ, 600g of a statute, 200㎜,
    // a distance and a part of it in Turkish).
    expect(offenders.length, offenders.join('\n')).toBeLessThanOrEqual(6);
  });
});
