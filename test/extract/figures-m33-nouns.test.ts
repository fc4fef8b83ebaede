/**
 * Counted nouns of session 33 (m33) that the lexicons lacked, on sentences written for the project (never an
 * article's text): vi weapons a raid seizes (pepper-spray canisters "bình xịt hơi cay", pitchforks "chĩa nhọn",
 * explosive objects "vật nổ"), ko households ("세대", beside "가구"), ar tenants ("مستأجر"); and one or two
 * digits right after a scale word, a counted noun at once after them, as the number's rest ("5 ہزار 24 افراد",
 * 5 024 persons), where three digits were the only rest read ("49 mil 300").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const COUNTS: Case[] = [
  [
    'vi',
    'Tại nhà đối tượng, công an thu giữ hai bình xịt hơi cay và một chĩa nhọn.',
    [
      [2, 'weapon'],
      [1, 'weapon'],
    ],
  ],
  ['vi', 'Lực lượng chức năng phát hiện 3 vật nổ trong kho hàng.', [[3, 'weapon']]],
  ['ko', '불은 120세대가 사는 아파트 5층에서 시작됐다.', [[120, 'household']]],
  ['ar', 'أجلت الشرطة 23 مستأجرا من المبنى بعد الحريق.', [[23, 'person']]],
];

const SHORT_RESTS: Case[] = [
  ['ur', 'سیلاب کے بعد 5 ہزار 24 افراد کو محفوظ مقامات پر منتقل کیا گیا۔', [[5024, 'person']]],
  ['vi', 'Chính quyền đã sơ tán 3 nghìn 15 người khỏi vùng lũ.', [[3015, 'person']]],
  ['fr', 'Les secours ont évacué 2 mille 40 personnes avant la crue.', [[2040, 'person']]],
  // A comma, or a word between the digits and the noun, leaves the scale's number apart.
  ['vi', 'Lũ cuốn trôi 3 nghìn, 15 người bị thương.', [[15, 'person']]],
];

describe('session 33 (m33): counted nouns the lexicons lacked', () => {
  it.each(COUNTS)('%s counts: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});

describe('session 33 (m33): a short rest after a scale word', () => {
  it.each(SHORT_RESTS)('%s reads: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
