/**
 * Counted nouns found missing on the session-33 tuning additions, on sentences written for this test:
 * - Vietnamese weapons seized in raids: pepper sprays ("bình xịt hơi cay"), pointed forks ("chĩa nhọn"),
 *   machetes, daggers and explosive objects ("vật nổ") are counted weapons, not bare numbers;
 * - Korean counts flats/households in a building with 세대 as well as 가구;
 * - Arabic tenants (مستأجر) are persons;
 * - Tamil nationality nouns (ஜப்பானியர், தென்கொரியர்கள்) are persons, with the plural as a stem of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const COUNTS: Array<[string, string, Array<[number, string]>]> = [
  ['vi', 'Tổ công tác thu giữ bốn bình xịt hơi cay trong cốp xe.', [[4, 'weapon']]],
  [
    'vi',
    'Trong nhà có hai chĩa nhọn và một dao phay.',
    [
      [2, 'weapon'],
      [1, 'weapon'],
    ],
  ],
  ['ko', '화재로 아파트 30세대가 대피했다.', [[30, 'household']]],
  ['ar', 'أجلت السلطات 12 مستأجرًا من المبنى.', [[12, 'person']]],
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

describe('Function: extractFigures (counted nouns of fig33)', () => {
  itReadsEach(COUNTS, valueAndUnit, '%s counts: %s');
});

// Tamil names foreigners by their nationality, glued with the plural and a case ending (-களில், among the).
const NATIONALS: Array<[string, Array<[number, string]>]> = [
  ['விழாவில் மூன்று ஜப்பானியர்கள் கலந்து கொண்டனர்.', [[3, 'person']]],
  ['நகரில் நான்கு தென்கொரியர்களும் தங்கியிருந்தனர்.', [[4, 'person']]],
];

describe('Function: extractFigures (Tamil nationality nouns are persons)', () => {
  it.each(NATIONALS)('ta counts: %s', (text, expected) => {
    // Act
    const figures = extractFigures(documentOf(text, 'ta'), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
