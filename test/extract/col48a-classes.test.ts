/**
 * Classes of batch 48a (col48a: en fr it nl vi), on sentences written for this test:
 * - the Vietnamese abbreviation "CBCS" (cán bộ, chiến sĩ: officers and men) counts persons, as the words it
 *   abbreviates do (vi units.person);
 * - "lừa đảo" (to defraud) ends in "đảo" (island), a name word before a number, yet announces a count: "lừa
 *   đảo 40 bị hại" (defrauded 40 victims) is a count (vi countPhrases);
 * - a Dutch unit is not read as the tail of a longer noun: "transacties" (transactions) are no "acties"
 *   (campaigns, session) but counted things of their own (nl units.other);
 * - the Dutch "senior luitenant-generaal" (Thượng tướng) is a colonel general, as the English "senior
 *   lieutenant general" is (nl ranks);
 * - an Italian businesswoman ("imprenditrice", the feminine that "imprenditor*" misses) and a name after a real-estate
 *   word ("gruppo immobiliare X") are private, not officials (it privateCues);
 * - the Vietnamese newspaper "Pháp Luật TP.HCM" names no place: a city after "pháp luật" is part of a name
 *   (vi places.namedBefore).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'vi',
    'Công an huyện đã huy động 45 CBCS cùng 3 xe chữa cháy đến hiện trường.',
    [
      [45, 'person'],
      [3, 'vehicle'],
    ],
  ],
  [
    'vi',
    'Tổ công tác gồm 12 CBCS của Phòng Cảnh sát giao thông đã kiểm tra 80 xe máy.',
    [
      [12, 'person'],
      [80, 'vehicle'],
    ],
  ],
  [
    'vi',
    'Nhóm đối tượng đã lừa đảo 40 bị hại ở nhiều tỉnh, chiếm đoạt 2 tỷ đồng.',
    [
      [40, 'person'],
      [2_000_000_000, 'vnd'],
    ],
  ],
  // The island itself stays a name: "đảo 3" is no count.
  ['vi', 'Tàu cá neo gần đảo 3 khi lực lượng biên phòng phát hiện 2 thuyền viên mất tích.', [[2, 'person']]],
  ['nl', 'De bende voerde in twee maanden 23 transacties uit met synthetische drugs.', [[23, 'other']]],
  ['nl', 'De politie hield 14 acties tegen drugshandel in de provincie.', [[14, 'session']]],
];

describe('Function: extractFigures (col48a classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (col48a classes)', () => {
  it.each([
    [
      'nl',
      'Senior Luitenant-Generaal Tran Van Minh, plaatsvervangend minister van Defensie, bezocht de grenspost.',
      [['Tran Van Minh', 'colonel general']],
    ],
    [
      'it',
      "Il tribunale ha confermato la condanna dell'imprenditrice Pham Thi Lien, presidente del gruppo Lien Phat.",
      [],
    ],
    [
      'it',
      'Il colonnello Do Van Hai, direttore della polizia provinciale, ha ispezionato il gruppo immobiliare Hoang Phat.',
      [['Do Van Hai', 'colonel']],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(officials(text, language)).toEqual(expected);
  });
});

function provinces(text: string): string[] {
  const result = extractArticle(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.rejection.message);
  return result.article.provinces.map((p) => p.slug).sort();
}

describe('a newspaper named after a city names no place (col48a classes)', () => {
  it.each([
    ['Công an tỉnh Long An đã bắt 3 đối tượng trộm cắp, như Pháp Luật TP.HCM đã thông tin.', ['long-an']],
    ['Theo báo Pháp Luật TP.HCM, Công an tỉnh Tây Ninh đã khởi tố 2 bị can.', ['tay-ninh']],
  ])('%s', (text, expected) => {
    expect(provinces(text)).toEqual(expected);
  });
});
