/**
 * Figure classes of session 43, on sentences written for this test (never an article's text):
 * - a commune, ward or quarter split in two keeps its name and adds a digit ("Thanh Binh 2"): the digit between
 *   a name and the place's type word, or after a type word and a name, names the place and counts nothing
 *   (figures/numbered-place.ts); a count of places after a function word or a preposition still counts;
 *   hi and ur count communes and wards as localities ("3 कम्यून", "4 کمیون");
 * - "1袋20キログラム入り", "1봉지 20kg짜리": one package written against the mass it holds is the size of each
 *   package (figures/per.ts), no count of packages.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const CASES: Array<[string, string, Array<[number, string]>]> = [
  ['en', 'Officers detained 4 people in Phu Lam 2 commune on Friday.', [[4, 'person']]],
  ['fr', 'Les policiers ont interpellé 4 personnes dans la commune de Phu Lam 2 vendredi.', [[4, 'person']]],
  ['hi', 'पुलिस ने फु लाम 2 कम्यून में 4 लोगों को हिरासत में लिया।', [[4, 'person']]],
  ['ur', 'پولیس نے فو لام 2 کمیون میں 4 افراد کو حراست میں لیا۔', [[4, 'person']]],
  ['bn', 'পুলিশ ফু লাম ২ কমিউনে ৪ জনকে আটক করেছে।', [[4, 'person']]],
  // Counts of places: after a preposition or a function word, or before a plural type word.
  ['en', 'Floods cut off 3 communes in the district.', [[3, 'locality']]],
  ['hi', 'बाढ़ से जिले के 3 कम्यून प्रभावित हुए।', [[3, 'locality']]],
  ['ur', 'سیلاب سے ضلع کے 4 کمیون متاثر ہوئے۔', [[4, 'locality']]],
  ['ar', 'يعيش السكان ضمن 5 مقاطعات حدودية.', [[5, 'locality']]],
  // A name followed by a count of something else: the count stands.
  ['fr', 'Dans la commune de Phu Lam 12 personnes ont été évacuées.', [[12, 'person']]],
  // One package written against the mass it holds is each package's size, no count of packages.
  [
    'ja',
    '密輸組織は1袋20キログラム入りの麻薬300キログラムを運んだ。',
    [
      [20, 'kg'],
      [300, 'kg'],
    ],
  ],
  [
    'ko',
    '경찰은 1봉지 20kg짜리 마약 300kg을 압수했다.',
    [
      [20, 'kg'],
      [300, 'kg'],
    ],
  ],
  // One package alone is counted.
  ['ja', '警察は覚醒剤1袋を押収した。', [[1, 'other']]],
];

describe('Function: extractFigures (fig43: numbered place names, package sizes)', () => {
  itReadsEach(CASES, valueAndUnit);
});
