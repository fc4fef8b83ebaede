/**
 * One or two digits right after a scale word, a counted noun at once after them, are the number's rest
 * ("5 ہزار 24 افراد", 5 024 persons), where three digits were the only rest read ("49 mil 300"); session 33
 * (m33), on sentences written for the project (never an article's text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const SHORT_RESTS: Case[] = [
  ['ur', 'سیلاب کے بعد 5 ہزار 24 افراد کو محفوظ مقامات پر منتقل کیا گیا۔', [[5024, 'person']]],
  ['vi', 'Chính quyền đã sơ tán 3 nghìn 15 người khỏi vùng lũ.', [[3015, 'person']]],
  ['fr', 'Les secours ont évacué 2 mille 40 personnes avant la crue.', [[2040, 'person']]],
  // A comma, or a word between the digits and the noun, leaves the scale's number apart.
  ['vi', 'Lũ cuốn trôi 3 nghìn, 15 người bị thương.', [[15, 'person']]],
];

describe('session 33 (m33): a short rest after a scale word', () => {
  it.each(SHORT_RESTS)('%s reads: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
