/**
 * "Missing" counts persons after a number as "dead" and "injured" do, in the Arabic-script languages that
 * write a tally with the participle as its noun: fa "۲ تن مفقود شدند" (two went missing; تن, a classifier of
 * persons and of tonnes, is no unit alone), "۳ مفقود"; ar "3 مفقودين"; ur "3 لاپتہ". Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const figures = (language: string, text: string): [number, string][] =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

describe('a number of missing persons', () => {
  it.each([
    [
      'fa',
      'در این حادثه ۲ تن مفقود شدند و ۴ نفر نجات یافتند.',
      [
        [2, 'person'],
        [4, 'person'],
      ],
    ],
    [
      'fa',
      'طوفان ۶ کشته و ۳ مفقود بر جای گذاشت.',
      [
        [6, 'person'],
        [3, 'person'],
      ],
    ],
    ['fa', 'در تصادف اتوبوس ۸ تن مصدوم شدند.', [[8, 'person']]],
    [
      'ar',
      'أسفرت العاصفة عن 6 قتلى و3 مفقودين.',
      [
        [6, 'person'],
        [3, 'person'],
      ],
    ],
    [
      'ur',
      'سیلاب سے 6 ہلاک اور 3 لاپتہ ہو گئے۔',
      [
        [6, 'person'],
        [3, 'person'],
      ],
    ],
  ] as const)('%s: %s', (language, text, want) => {
    expect(figures(language, text)).toEqual(want);
  });

  it('تن before goods is still no person', () => {
    expect(figures('fa', 'پلیس ۳ تن مواد مخدر کشف کرد.')).not.toContainEqual([3, 'person']);
  });
});
