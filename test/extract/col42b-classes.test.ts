/**
 * Classes of batch 42b (col42b: hi ja ko th ur), on sentences written for this test:
 * - adults counted: "three adults and one child" is how fire and crash news counts a household; ur "بالغ" and
 *   ru "взрослых" are persons, as the other lexicon languages' forms already were (lexicon-concepts.json
 *   concept "adult");
 * - ko 효과적 (effective) holds the traffic cue 과적 (overloading): a notCue, so a count beside "effective" keeps
 *   the topic of its story;
 * - the day of the month alone in brackets after the language's word for today or yesterday (Intl's relative
 *   days: th "วันนี้ (25)", vi "hôm nay (25)", en "today (25)") dates the lead and counts nothing (date-field.ts);
 * - th writes the office after a name, a Latin one too: "นาย Dang Tran Duc ประธานคณะกรรมการประชาชน…" is an
 *   official, the courtesy นาย before it notwithstanding (latin-in-script.ts); a gang's "head" is not.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';
import { documentOf } from '../support/document.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'حادثے میں دو بالغ اور تین بچے زخمی ہوئے۔',
    [
      [2, 'person'],
      [3, 'person'],
    ],
  ],
  ['ur', 'کشتی پر 12 بالغ سوار تھے۔', [[12, 'person']]],
  ['ru', 'При пожаре в общежитии пострадали пятеро взрослых и ребенок.', [[5, 'person']]],
  [
    'en',
    'The fire forced 40 adults and 12 children out of the building.',
    [
      [40, 'person'],
      [12, 'person'],
    ],
  ],
  // The day after "today" in brackets is a date; the counts around it stay.
  ['th', 'ศาลตัดสินจำคุกจำเลย 7 คน สื่อรายงานวันนี้ (18)', [[7, 'person']]],
  ['vi', 'Công an cho biết hôm nay (12) đã bắt giữ 6 đối tượng.', [[6, 'person']]],
  ['en', 'Police said yesterday (14) that they had detained 9 suspects.', [[9, 'person']]],
];

describe('Function: extractFigures (col42b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

const TOPICS: Array<[string, string, string, string]> = [
  [
    'ko',
    '세관은 밀수된 의약품 상자를 압수했다. 5천개의 알약은 감기 치료에 효과적이라고 한다.',
    '5천개',
    'smuggling',
  ],
  ['ko', '경찰은 과적 화물차 14대를 적발했다.', '14대', 'traffic'],
];

describe('Function: extractFigures topics (col42b classes)', () => {
  it.each(TOPICS)('%s: %s → %s %s', (language, text, figure, topic) => {
    // Act
    const found = extractFigures(documentOf(text, language), []);

    // Assess
    expect(found.find((f) => f.text === figure)?.topic).toBe(topic);
  });
});

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (col42b classes)', () => {
  it('th: a Latin name after นาย with its office after it is an official', () => {
    // Act
    const found = officials(
      'นาย Tran Van Binh ผู้อำนวยการกรมศุลกากรจังหวัด ให้สัมภาษณ์ว่า เจ้าหน้าที่ยึดบุหรี่ได้ 500 ซอง',
      'th',
    );

    // Assess
    expect(found).toEqual([['Tran Van Binh', null]]);
  });

  it('th: a gang head after a Latin name is no official', () => {
    // Act
    const found = officials('ตำรวจจับกุมนาย Le Van Hung หัวหน้าแก๊งลักทรัพย์ พร้อมผู้ร่วมขบวนการ 4 คน', 'th');

    // Assess
    expect(found).toEqual([]);
  });
});
