/**
 * Figure classes of session 36 (th, bn, ur, vi), on sentences written for this test:
 * - ur ایک (one, also "a") before a person's noun with a fate after it in its clause ("ایک شخص ہلاک ہو
 *   گیا", one person was killed) counts one person, as vi "một người tử vong" does (lexicon fatesAfter); a
 *   person only mentioned ("ایک ترجمان نے بتایا", a spokesman said) or a thing counts nothing; the person
 *   nouns of this news (عورت, لڑکی, کسان, راہگیر ...) count after a numeral too.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const CASES: Array<[string, string, Array<[number, string]>]> = [
  ['ur', 'پل ٹوٹنے سے ایک شخص ہلاک ہو گیا اور ٹریفک کئی گھنٹے بند رہی۔', [[1, 'person']]],
  ['ur', 'دھماکے میں ایک بوڑھی عورت زخمی ہوئی جسے ہسپتال منتقل کیا گیا۔', [[1, 'person']]],
  ['ur', 'دریا میں نہاتے ہوئے ایک لڑکا ڈوب گیا۔', [[1, 'person']]],
  ['ur', 'طوفان کے بعد ایک کسان ابھی تک لاپتہ ہے۔', [[1, 'person']]],
  ['ur', 'ایک ترجمان نے بتایا کہ تحقیقات جاری ہیں۔', []],
  ['ur', 'سیلاب میں ایک ٹرک پانی میں بہہ گیا۔', []],
  ['ur', 'حادثے میں چار راہگیر زخمی ہو گئے۔', [[4, 'person']]],
  ['ur', 'آگ سے تین عورتیں جھلس گئیں۔', [[3, 'person']]],
];

describe('fig36 figure classes', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toEqual(expected);
  });
});
