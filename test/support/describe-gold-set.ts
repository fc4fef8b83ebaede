/**
 * One gold set as a suite: the set scored once (scoreSet), its per-file report printed, one test per measure
 * against its threshold and one test capping the spans the gold lists as non-figures. The acceptance files of
 * the seed and invented sets each call it with their own thresholds, cap and history; the checks only one
 * set has (its languages, a per-language report) go in `more`.
 */
import { describe, expect, it } from 'vitest';
import type { Score } from './gold-score.js';
import { listedNonFigures, scoreSet, type ScoredSet } from './gold-set.js';

/** Every reading of a Score, as a share in [0, 1]. */
export type Measure = Exclude<keyof Score, 'files'>;

/** The test name of each measure (`<name> ≥ threshold`). */
const MEASURE_NAMES: Readonly<Record<Measure, string>> = {
  language: 'language',
  primary: 'primary province',
  provinceF1: 'province F1',
  peopleRecall: 'people recall',
  peoplePrecision: 'people precision',
  rankAccuracy: 'rank accuracy',
  figureRecall: 'figure recall',
  figurePrecision: 'figure precision',
  topicAccuracy: 'topic accuracy',
};

export interface GoldSetSuite {
  /** The gold file, relative to the repository root. */
  readonly gold: string;
  /** The directory of the article texts, relative to the repository root. */
  readonly texts: string;
  /** When given, the per-file report (every miss and extra) is printed on each run after this label. */
  readonly print?: string;
  /** The lowest accepted reading of each measure guarded, tested in this order (at least one). */
  readonly thresholds: Readonly<Partial<Record<Measure, number>>>;
  /** How many listed non-figures the engine may still read (0: none). */
  readonly nonFigureCap: number;
}

/** Declares the suite `title` for one gold set; `more` declares the set's own tests inside it. */
export function describeGoldSet(title: string, suite: GoldSetSuite, more?: (set: ScoredSet) => void): void {
  const rows = (Object.entries(suite.thresholds) as [Measure, number][]).map(
    ([measure, threshold]) => [MEASURE_NAMES[measure], measure, threshold] as const,
  );
  // A suite without a threshold would pass whatever the engine reads.
  if (rows.length === 0) throw new Error(`${title}: no threshold given`);

  describe(title, () => {
    const set = scoreSet(suite.gold, suite.texts);
    if (suite.print !== undefined) console.log(`${suite.print} ${set.report}`);

    it.each(rows)('%s ≥ threshold', (_name, measure, threshold) => {
      expect(set.score[measure], set.report).toBeGreaterThanOrEqual(threshold);
    });

    const cap = suite.nonFigureCap;
    it(
      cap === 0
        ? 'outputs no listed non-figure of the gold'
        : `outputs at most ${cap} listed non-figures of the gold`,
      () => {
        // Prepare: the gold lists spans that are dates, identifiers, ages, phone numbers... per file.
        const offenders = listedNonFigures(set);

        // Assess
        expect(offenders.length, offenders.join('\n')).toBeLessThanOrEqual(cap);
      },
    );

    more?.(set);
  });
}
