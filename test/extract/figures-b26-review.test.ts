/**
 * Session 26's review: where the new figure rules must not reach. A number between capitals in a headline in
 * title case counts ("Storm Destroys 12 Villages"), and a code glued to an Arabic-script word ("كوفيد19",
 * "اف16") is no count, while a number that lost its space before a counted noun still is ("سے11 افراد").
 * Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const figures = (language: string, text: string): [number, string][] =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

describe('a headline in title case', () => {
  it.each([
    ['en', 'Storm Destroys 12 Villages In Quang Nam\nThe storm hit the coast on Monday.', 12],
    ['en', 'Floods Cut Off 7 Communes In Ha Giang\nRoads were closed.', 7],
  ] as const)('%s: %s', (language, text, value) => {
    expect(figures(language, text)).toContainEqual([value, 'locality']);
  });
});

describe('a number glued to an Arabic-script word', () => {
  it.each([
    ['ar', 'أصيب 5 أشخاص بفيروس كوفيد19 في هانوي.', 19],
    ['fa', 'یک اف16 در نزدیکی مرز سقوط کرد.', 16],
  ] as const)('%s: %s is a code', (language, text, value) => {
    expect(figures(language, text).map(([v]) => v)).not.toContain(value);
  });

  it('ur: a number that lost its space before a counted noun still counts', () => {
    expect(figures('ur', 'حادثے میں سے11 افراد ہلاک ہوگئے۔')).toContainEqual([11, 'person']);
  });
});
