/**
 * Figure classes of session 40, on sentences written for this test (never an article's text):
 * - range marks: Korean writes a range with the tilde operator U+223C ("3∼4명"), CJK text with a fullwidth
 *   hyphen ("3－4人"), any text with the Unicode hyphens or the figure dash; both bounds are read, as after "-";
 * - the denominator of a rate counts nothing: ja "1リットルあたり", ko "1리터당" (the "per" word glued after the
 *   unit, lexicon perAfterUnit), zh "每1升", en "per 1 litre" (right before the number, perBefore);
 * - Urdu names a junction after a number ("320 چوراہے سے", from the 320 junction): the junction word right
 *   after the number is a label (labelsAfter), as a road's is; its plural oblique ("3 چوراہوں") still counts;
 * - Korean floors of a building ("아래층", "위층") before a number are no count, as storeys are none;
 * - ja a classifier with "all of" after it ("2台とも", both of the two) counts the noun its sentence named
 *   before it, not its default unit;
 * - ja a noun's last character repeated after the number as its counter ("修理店35店") counts the noun;
 *   katakana counters of goods ("200ロール", "50カートン") count as any classifier of goods does;
 * - km a compound noun before the word of a count (ចំនួន) keeps its head within reach: "រថយន្តពន្លត់អគ្គិភ័យ
 *   ចំនួន៣០គ្រឿង" counts fire engines;
 * - the disability of a war invalid, rated in percent ("40% 장애를 가진 참전 용사", "thương binh", "invalide de
 *   guerre"), is no crime's figure: a cue of `other` (topic concept "war invalid");
 * - a street named with a number in a segmented script ("ซอยถนนเลียนคู 7-8"): the number after the street word
 *   and its name (lexicon streetsBefore) ends the name; a unit after it still counts.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

const topics = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => f.topic);

const RANGES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ko',
    '경찰은 용의자 5∼6명을 체포했다.',
    [
      [5, 'person'],
      [6, 'person'],
    ],
  ],
  [
    'ja',
    '警察は容疑者5－6人を逮捕した。',
    [
      [5, 'person'],
      [6, 'person'],
    ],
  ],
  [
    'en',
    'Police detained 5‒6 suspects.',
    [
      [5, 'person'],
      [6, 'person'],
    ],
  ],
];

describe('Function: extractFigures (fig40: range marks of every script)', () => {
  it.each(RANGES)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});

const RATES: Array<[string, string, Array<[number, string]>]> = [
  ['ja', '運転手の呼気1リットルあたり0.31が検出された。', []],
  ['ja', '運転手の呼気1リットル当たりの濃度を測った。', []],
  ['ko', '운전자의 호흡 1리터당 농도를 측정했다.', []],
  ['zh', '司机每1升呼气中的酒精浓度超标。', []],
  ['en', 'The limit is set per 1 litre of breath.', []],
  // A quantity of the unit itself still counts.
  ['ja', '警察は軽油300リットルを押収した。', [[300, 'other']]],
  ['ko', '경찰은 경유 300리터를 압수했다.', [[300, 'other']]],
  ['zh', '警方查获柴油300升。', [[300, 'other']]],
];

describe('Function: extractFigures (fig40: the denominator of a rate)', () => {
  it.each(RATES)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});

const LABELS: Array<[string, string, Array<[number, string]>]> = [
  ['ur', 'ایک بس 320 چوراہے سے شہر کی طرف جا رہی تھی۔', []],
  ['ur', 'پولیس نے 3 چوراہوں پر ناکے لگائے۔', [[3, 'other']]],
  ['ko', '건물의 아래층 세 개는 식당으로 쓰였다.', []],
  ['ko', '위층 2개에는 주민이 살았다.', []],
];

describe('Function: extractFigures (fig40: numbers that name a junction or a floor)', () => {
  it.each(LABELS)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});

const JAPANESE_COUNTERS: Array<[string, string, Array<[number, string]>]> = [
  ['ja', 'A社の長距離寝台バスと衝突し、2台とも炎上した。', [[2, 'vehicle']]],
  ['ja', '運転手とB社のトラックが衝突し、2台ともに大破した。', [[2, 'vehicle']]],
  // No noun of the lexicon before: the classifier's own unit.
  ['ja', '容疑者は携帯電話を使い、2台とも押収された。', [[2, 'other']]],
  ['ja', '市内の自転車修理店35店の店主が誓約した。', [[35, 'other']]],
  ['ja', '今年2024年の統計が発表された。', []],
  ['ja', 'トラックには200ロール以上の布が積まれていた。', [[200, 'other']]],
  ['ja', '警察はたばこ50カートンを押収した。', [[50, 'other']]],
];

describe('Function: extractFigures (fig40: Japanese classifiers)', () => {
  it.each(JAPANESE_COUNTERS)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});

describe('Function: extractFigures (fig40: a Khmer compound noun before a word of count)', () => {
  it('counts the head of the compound', () => {
    // Act
    const figures = read('km', 'ក្រុមការងារបានបញ្ជូនរថយន្តពន្លត់អគ្គិភ័យចំនួន៣០គ្រឿងទៅកាន់កន្លែងកើតហេតុ។');

    // Assess
    expect(figures).toEqual([[30, 'vehicle']]);
  });
});

const INVALIDS: Array<[string, string]> = [
  ['ko', '그는 전투에서 다쳐 40% 장애를 가진 참전 용사로 인정받았다.'],
  ['vi', 'Ông bị thương trong trận đánh và được công nhận là thương binh với tỷ lệ thương tật 61%.'],
  ['fr', 'Blessé au combat, il a été reconnu invalide de guerre à 61 %.'],
];

describe('Function: extractFigures (fig40: the disability of a war invalid)', () => {
  it.each(INVALIDS)('%s: %s', (language, text) => {
    // Act
    const found = topics(language, text);

    // Assess
    expect(found).toEqual(['other']);
  });
});

const STREETS: Array<[string, string, Array<[number, string]>]> = [
  ['th', 'เกิดเหตุไฟไหม้บ้านในซอยถนนเลียนคู 7-8 เมื่อคืนนี้', []],
  ['th', 'เกิดเหตุที่ถนนพระราม 4 เมื่อเช้านี้', []],
  ['th', 'ตำรวจจับผู้ต้องหาบนถนนพระราม 2 คน', [[2, 'person']]],
];

describe('Function: extractFigures (fig40: a street named with a number in a segmented script)', () => {
  it.each(STREETS)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);

    // Assess
    expect(figures).toEqual(expected);
  });
});
