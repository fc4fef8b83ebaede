/**
 * Figure and topic classes of batch 37a (col37a: ur bn th ko), on sentences written for this test:
 * - ur vehicles in the oblique plural and joined spellings ("موٹر سائیکلوں", "موٹرسائیکلیں"), cars ("کاریں",
 *   "کاروں") and fire trucks ("فائر ٹرک") are vehicles; a rider after a vehicle's name ("موٹر سائیکل سوار") is a
 *   person, and "one of them" after riders counts a rider (lexicon `units`);
 * - ur and bn drivers ("ڈرائیور", "চালক") are the road's setting, no traffic cue: the drivers of a car that burns
 *   are counted in a fire, and a provincial police director ("পরিচালক", which holds "চালক" in a script whose cues
 *   are read inside words) tells no road (lexicon `topics.traffic`);
 * - bn a comparison written apart from the digits ("১,২০০ এরও বেশি মামলা", more than 1,200 cases) stands between
 *   the number and its noun (lexicon `connectors`); an offender ("অপরাধীকে") is a person, not the crime
 *   ("অপরাধ") its word starts with (lexicon `units.person`);
 * - th an era's name written with dots ("พ.ศ. 2530") makes the number after it a year, whatever noun follows
 *   (figures/read.ts dottedShortMonth, over Intl's era names); "ทีม 4" (group 4 of a commune) names a place, no
 *   count of the communes after it (lexicon `nameWords`);
 * - th and ko wrong-way driving ("ขับย้อนศร", "역주행") is a traffic cue (lexicon `topics.traffic`);
 * - th a cut ICU's word boundaries make inside a number word written before a classifier ("อย่างน้อยหนึ่งคัน" cut
 *   "อย่าง|น้อยห|นึ่ง|คัน") is dropped, so the number word counts (figures/segmented.ts countWordsOf).
 */
import { describe } from 'vitest';
import { itReadsEach, valueUnitAndTopic } from '../support/figure-cases.js';

const CASES: Array<[string, string, Array<[number, string, string]>]> = [
  [
    'ur',
    'ٹریفک حادثے میں ایک بس نے 5 موٹر سائیکلوں کو ٹکر ماری، جس سے دو موٹر سائیکل سوار زخمی ہوگئے۔',
    [
      [5, 'vehicle', 'traffic'],
      [2, 'person', 'traffic'],
    ],
  ],
  [
    'ur',
    'بازار میں کھڑی 3 کاریں آگ میں جل گئیں اور حکام نے تین فائر ٹرک بھیجے۔',
    [
      [3, 'vehicle', 'fire'],
      [3, 'vehicle', 'fire'],
    ],
  ],
  [
    'ur',
    'سڑک حادثے میں چار موٹر سائیکل سوار زخمی ہوئے جن میں سے ایک کی حالت نازک ہے۔',
    [
      [4, 'person', 'traffic'],
      [1, 'person', 'traffic'],
    ],
  ],
  [
    'ur',
    'پولیس نے 6 موٹرسائیکلیں اور 2 کاروں کو ضبط کر لیا۔',
    [
      [6, 'vehicle', 'crime'],
      [2, 'vehicle', 'crime'],
    ],
  ],
  [
    'ur',
    'شہر میں ایک کار میں اچانک آگ لگ گئی، خوش قسمتی سے دونوں ڈرائیور بحفاظت باہر نکل آئے۔',
    [[2, 'person', 'fire']],
  ],
  [
    'bn',
    'গত বছর পুলিশ ১,২০০ এরও বেশি মাদক মামলা উদঘাটন করেছে এবং ২,৩০০ মাদক অপরাধীকে গ্রেপ্তার করেছে।',
    [
      [1200, 'case', 'drugs'],
      [2300, 'person', 'drugs'],
    ],
  ],
  ['bn', '৫০০ এরও বেশি মানুষকে নিরাপদে সরিয়ে নেওয়া হয়েছে।', [[500, 'person', 'crime']]],
  [
    'bn',
    'প্রাদেশিক পুলিশের পরিচালক কর্নেল জানান, অনুষ্ঠানে ৩০ জন কর্মকর্তা উপস্থিত ছিলেন।',
    [[30, 'person', 'crime']],
  ],
  ['th', 'ผู้ต้องหา (เกิดปี พ.ศ. 2530 พำนักอยู่ที่หมู่บ้าน Ca Long ตำบล Tan Pheo) ถูกจับกุม', []],
  ['th', 'นาย Dinh Minh Dao พำนักอยู่ในทีม 4 ตำบล Song Khua จังหวัดเซินลา', []],
  [
    'th',
    'ตำรวจส่งทีม 3 ทีม และเจ้าหน้าที่ 20 คน ไปยังที่เกิดเหตุ',
    [
      [3, 'team', 'crime'],
      [20, 'person', 'crime'],
    ],
  ],
  ['th', 'เมื่อวานนี้มีรถยนต์ขับย้อนศรบนถนนในเมือง 3 กรณี ทำให้ประชาชนตกอยู่ในอันตราย', [[3, 'case', 'traffic']]],
  ['ko', '고속도로에서 승용차가 역주행하는 사례가 올해 12건 적발됐다.', [[12, 'case', 'traffic']]],
  ['th', 'ในลานจอดมีรถอย่างน้อยหนึ่งคันที่กระจกแตก', [[1, 'vehicle', 'crime']]],
  ['th', 'ตำรวจควบคุมตัวผู้ต้องหายี่สิบคน', [[20, 'person', 'crime']]],
];

describe('Function: extractFigures (col37a classes)', () => {
  itReadsEach(CASES, valueUnitAndTopic);
});
