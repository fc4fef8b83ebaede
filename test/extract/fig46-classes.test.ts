/**
 * Classes of session 46's figure fixes (fig46), on sentences written for the project (never an article's text):
 * - an address kept in Latin letters inside a text of a caseless script: the house number before a street's
 *   name of capitalised Latin words ("، 58 Le Loi Street") and the number of a ward named in Latin after the
 *   text's own punctuation ("Hai Ha 2 Ward") are no counts; a counted noun of the text's language after a Latin
 *   brand still makes its number a count ("5 Honda Wave موٹر سائیکلیں");
 * - a product's model ends at a conjunction: "a Nokia 8 and 5 motorbikes" counts the motorbikes;
 * - one number groups its digits with one mark: "20 500,000 VND notes" is no sum of 20,500,000 VND;
 * - ur residents (رہائشی, oblique plural رہائشیوں) are persons.
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
  // A model's number before a conjunction: the count after it is the next item
  ['en', 'Officers took a Nokia 8 and 5 motorbikes from the group.', [[5, 'vehicle']]],
  ['en', 'They found an iPhone 11 and 3 motorbikes in the shed.', [[3, 'vehicle']]],
  ['fr', 'La police a saisi un Samsung 7 et 4 motos.', [[4, 'vehicle']]],
  // Negative: two numbers of one label stay blocked
  ['fr', 'Les Comités 138 et 1523 districts ont voté.', []],
  // Two grouping marks: the space stands between two numbers
  ['en', 'Officers found 20 500,000 VND notes in the car.', [[500000, 'vnd']]],
  // Negative: one mark throughout, or a decimal mark after spaced groups
  [
    'fr',
    'La police a saisi 1 234 567 VND et 12 500,5 kg.',
    [
      [1234567, 'vnd'],
      [12500.5, 'kg'],
    ],
  ],
  // Urdu residents
  ['ur', 'امدادی ٹیموں نے 7 رہائشیوں کو محفوظ مقام پر پہنچایا۔', [[7, 'person']]],
];

describe('fig46 classes', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(read(language, text)).toEqual(expected);
  });
});
