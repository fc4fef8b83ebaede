/**
 * The runner the class tests of figures share: each case is [language, sentence, expected], its sentence read
 * alone by extractFigures (no places), and the figures found, each as `pick` makes it, must be `expected` in
 * order. Written once here instead of an `it.each` body in every class file.
 */
import { expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { documentOf } from './document.js';

/** A case: the sentence's language, the sentence, what its figures must be (each as a pick makes it). */
export type FigureCase = readonly [language: string, text: string, expected: unknown];

export const valueAndUnit = (f: Figure): [number, string] => [f.value, f.unit];
export const valueUnitAndTopic = (f: Figure): [number, string, string] => [f.value, f.unit, f.topic];
export const valueAndTopic = (f: Figure): [number, string] => [f.value, f.topic];
export const unitOf = (f: Figure): string => f.unit;

/** One test per case, titled by `title` with the language and the sentence ('%s: %s'). */
export function itReadsEach(
  cases: readonly FigureCase[],
  pick: (figure: Figure) => unknown,
  title = '%s: %s',
): void {
  it.each(cases.map(([language, text, expected]): [string, string, unknown] => [language, text, expected]))(
    title,
    (language, text, expected) => {
      // Act
      const figures = extractFigures(documentOf(text, language), []);

      // Assess
      expect(figures.map(pick)).toEqual(expected);
    },
  );
}
