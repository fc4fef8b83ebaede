/**
 * Classes of session 46's figure fixes (fig46), on sentences written for the project (never an article's text):
 * - an address kept in Latin letters inside a text of a caseless script: the house number before a street's
 *   name of capitalised Latin words ("، 58 Le Loi Street") and the number of a ward named in Latin after the
 *   text's own punctuation ("Hai Ha 2 Ward") are no counts; a counted noun of the text's language after a Latin
 *   brand still makes its number a count ("5 Honda Wave موٹر سائیکلیں").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

const CASES: Case[] = [
  // A Latin address in an Urdu sentence: the house number and the ward's number name, the persons count
  [
    'ur',
    'پولیس کو محترمہ Tran Thi Lan (1985 میں پیدا ہونے والی، 58 Le Loi Street, Hai Ha 2 Ward میں مقیم) سے اطلاع ملی اور 4 افراد زخمی ہوئے۔',
    [[4, 'person']],
  ],
  ['ur', 'وہ 12 Tran Phu Street میں رہتا ہے۔', []],
  // In Bengali, whose words end in a vowel sign before the number
  ['bn', 'তিনি ৪৭ Nguyen Hue Street এ থাকেন এবং ৩ জন আহত হন।', [[3, 'person']]],
  // Negative: a counted noun of the text's language after the Latin words keeps the count
  ['ur', 'پولیس نے 5 Honda Wave موٹر سائیکلیں ضبط کیں۔', [[5, 'vehicle']]],
  // Negative: in a text of a cased script the rule does not apply
  ['en', 'Police seized 12 Honda Wave motorbikes.', [[12, 'vehicle']]],
];

describe('fig46 classes', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(read(language, text)).toEqual(expected);
  });
});
