/**
 * Classes of batch 43b (col43b: ko ur), on sentences written for this test:
 * - ko: a general classifier (개) counts the noun that closes the short phrase after it, one or two bare words
 *   between ("3개 마약 집단", three drug gangs; "3개의 마약 밀매 조직", three drug-trafficking rings: Korean puts
 *   the counted noun last in its phrase; figures/linked.ts headPastModifiers); a word with a particle ends the
 *   phrase; "집단" (a gang, a collective) is a group (lexicon nounsAfterClassifier);
 * - ur: a tractor, a trailer and an ambulance ("ٹریکٹر", "ٹریلر", "ایمبولینس") are vehicles (lexicon `units`);
 * - ur: an office closed by the Arabic comma right after its last word, the holder after an honorific in
 *   apposition ("کمیٹی کے چیئرمین، مسٹر X", the committee's chairman, Mr X), names an official as the office
 *   spaced before the honorific does (people/scripts.ts namesAfterSpacedOffices).
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  ['ko', '경찰은 지난달 4개 마약 집단을 적발했다.', [[4, 'group']]],
  ['ko', '공안은 2개의 무기 밀매 조직을 해체했다고 밝혔다.', [[2, 'group']]],
  ['ko', '경찰은 또 다른 3개의 집단을 체포했다.', [[3, 'group']]],
  // The noun right after the classifier still counts first ("5개 마을", five villages).
  ['ko', '홍수로 5개 마을 주민들이 대피했다.', [[5, 'locality']]],
  // A word with a particle ends the phrase: the classifier keeps its own unit.
  ['ko', '경찰은 가방 6개를 압수한 조직을 수사했다.', [[6, 'other']]],
  [
    'ur',
    'حادثے میں 2 ٹریکٹر اور 1 ایمبولینس متاثر ہوئیں۔',
    [
      [2, 'vehicle'],
      [1, 'vehicle'],
    ],
  ],
];

describe('Function: extractFigures (col43b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (col43b classes)', () => {
  it.each([
    [
      'ur',
      'ضلع کی پیپلز کمیٹی کے چیئرمین، مسٹر ٹران وان نام نے بتایا کہ سڑک کھول دی گئی۔',
      [['ٹران وان نام', null]],
    ],
    ['ur', 'صوبائی پولیس کے ترجمان، مسٹر لی وان ہنگ نے کہا کہ تحقیقات جاری ہیں۔', [['لی وان ہنگ', null]]],
    // No office before the comma: a man named with an honorific only is nobody the record lists.
    ['ur', 'پولیس کے مطابق، مسٹر ٹران وان نام زخمی ہو گئے۔', []],
  ])('%s: %s', (language, text, expected) => {
    expect(officials(text, language)).toEqual(expected);
  });
});
