/**
 * Figure classes of session 27 (b27g), non-Latin scripts, on sentences written for the project (never an
 * article's text):
 * - the scale word "trillion" in the lexicons that had none (fa, ur, hi, bn, ta, te, bg, mk, sr, el, he): an
 *   amount in trillions of dong is read whole, as ar "تريليون" and ru "триллион" already were;
 * - rainfall in inches is a length, not a count (ar, fa, ur, hi, bn, ta, te, ru, uk, mk, sr), as millimetres are;
 * - a Chinese classifier that counts by itself ("支") counts the noun closing the short phrase glued after it,
 *   a modifier between ("25支自制枪支", 25 home-made guns);
 * - the Korean case classifier "건" counts the noun linked after it ("500건 이상의 차량") or spaced right after it
 *   ("300건 차량 압수"), as the general classifier "개" does;
 * - a town or city counted with its own noun as classifier (th "เมือง", my "မြို့") is a locality, as lo "ເມືອງ"
 *   and km "ក្រុង" already were.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  // trillion
  ['ur', 'حکام کے مطابق طوفان سے تقریباً 3.5 ٹریلین ڈونگ کا نقصان ہوا۔', [[3.5e12, 'vnd']]],
  ['fa', 'خسارت سیل حدود 2.4 تریلیون دونگ برآورد شده است.', [[2.4e12, 'vnd']]],
  ['hi', 'बाढ़ से लगभग 1.2 ट्रिलियन डोंग का नुकसान हुआ।', [[1.2e12, 'vnd']]],
  ['bn', 'ঝড়ে প্রায় 4.5 ট্রিলিয়ন ডং ক্ষতি হয়েছে।', [[4.5e12, 'vnd']]],
  ['bg', 'Щетите от бурята се оценяват на 2,7 трилиона донга.', [[2.7e12, 'vnd']]],
  ['el', 'Οι ζημιές εκτιμώνται σε 1,9 τρισεκατομμύρια ντονγκ.', [[1.9e12, 'vnd']]],
  // inches of rain
  ['ur', 'کئی علاقوں میں 12 انچ سے زیادہ بارش ہوئی اور 9 افراد ہلاک ہو گئے۔', [[9, 'person']]],
  ['ar', 'وهطلت أمطار تجاوزت 20 بوصة وقتل 7 أشخاص.', [[7, 'person']]],
  ['hi', 'कई इलाकों में 15 इंच बारिश हुई और 6 लोगों की मौत हो गई।', [[6, 'person']]],
  // a self-counting Chinese classifier and the noun phrase after it
  [
    'zh',
    '警方在仓库里缴获了12支仿制枪支和3支自制武器。',
    [
      [12, 'weapon'],
      [3, 'weapon'],
    ],
  ],
  ['zh', '民警查获40支手机。', [[40, 'other']]],
  // the Korean case classifier and the noun it links
  ['ko', '경찰은 단속 기간 동안 약 700건 이상의 차량을 압수했다.', [[700, 'vehicle']]],
  [
    'ko',
    '- 300건 차량 압수\n\n- 120건의 위반 적발',
    [
      [300, 'vehicle'],
      [120, 'case'],
    ],
  ],
  ['ko', '연휴 사흘 동안 45건의 교통 사고가 발생했다.', [[45, 'case']]],
  // towns and cities
  ['th', 'ตำรวจจับกุมผู้ต้องหาได้ใน 4 เมืองทางภาคใต้ รวมทั้งกรุงเทพฯ', [[4, 'locality']]],
  ['my', 'မိုးသည်း၍ ၆ မြို့ ရေကြီးခဲ့သည်။', [[6, 'locality']]],
];

describe('session 27 (b27g): scales, lengths and classifiers of non-Latin scripts', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
