/**
 * The check the topic suites share: a short text written for the test, in one language, and the topic each
 * named figure (by value) must get; the figures stage alone reads it, with no places.
 */
import { expect } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import type { Topic } from '../../lambdas/shared/vocabulary.js';
import { documentOf } from './document.js';

export type TopicCase = [language: string, text: string, expected: readonly [value: number, topic: Topic][]];

/** The figures of the text by value with their topics, in text order. */
export function topicsOf(language: string, text: string): [number, Topic][] {
  return extractFigures(documentOf(text, language), []).map((f) => [f.value, f.topic]);
}

/** Each expected figure is read, with its topic (the first figure of that value). */
export function checkTopics([language, text, expected]: TopicCase): void {
  // Act
  const figures = topicsOf(language, text);

  // Assess
  const got = expected.map(([value]) => [value, figures.find(([v]) => v === value)?.[1]]);
  expect(got).toEqual(expected);
}
