/**
 * Classes of batch 50b (col50b: ar bn ko ur), on sentences written for this test:
 * - ar a product (منتج, منتجات) counted is unit other, no project: a seizure counts goods (units.project);
 * - bn a violation (লঙ্ঘন) counted is a case, as ko "위반" and vi "vi phạm" are (units.case);
 * - counterfeit, unlabelled and unknown-origin goods a market-management team seizes are topic smuggling, as the
 *   vi cues "hàng giả", "quản lý thị trường", "không rõ nguồn gốc" are: ur "جعلی اشیا", "مارکیٹ مینجمنٹ",
 *   "ٹریڈ مارک"; bn "জাল পণ্য", "বাজার ব্যবস্থাপনা", "অজানা উৎস"; ar "تقليد", "العلامات التجارية",
 *   "إدارة السوق", "مجهولة المصدر" (topics.smuggling);
 * - ar administrative violations ("المخالفات الإدارية") name a kind of offence, not the administration's work: no
 *   cue of it (notCues).
 */
import { describe, it } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';
import { checkTopics, type TopicCase } from '../support/topic-case.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  ['ar', 'ضبطت الشرطة 3000 منتج من الأحذية في مستودع بالمدينة.', [[3000, 'other']]],
  ['ar', 'صادرت السلطات أكثر من 12 ألف منتج من مستحضرات التجميل.', [[12000, 'other']]],
  // A project is still a project.
  ['ar', 'نفذت المقاطعة 4 مشاريع لحماية الحدود.', [[4, 'project']]],
  [
    'bn',
    'অভিযানে দলটি ৫২টি লঙ্ঘন শনাক্ত করেছে এবং ৩ জনকে জরিমানা করেছে।',
    [
      [52, 'case'],
      [3, 'person'],
    ],
  ],
];

describe('Function: extractFigures (col50b classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);
});

const TOPICS: TopicCase[] = [
  ['ur', 'مارکیٹ مینجمنٹ ٹیم نے ایک دکان سے 900 جعلی اشیا ضبط کیں۔', [[900, 'smuggling']]],
  ['ur', 'حکام نے 40 ٹن کھاد ضبط کی جس پر ایک مشہور ٹریڈ مارک جعلی طور پر لگا تھا۔', [[40000, 'smuggling']]],
  ['bn', 'বাজার ব্যবস্থাপনা দল একটি দোকান থেকে ১,২০০টি জাল পণ্য জব্দ করেছে।', [[1200, 'smuggling']]],
  ['bn', 'কর্তৃপক্ষ অজানা উৎসের ৬,০০০টি প্রসাধনী পণ্য আবিষ্কার করেছে।', [[6000, 'smuggling']]],
  ['ar', 'ضبط فريق إدارة السوق 700 حقيبة مجهولة المصدر في متجر بالمدينة.', [[700, 'smuggling']]],
  ['ar', 'عثرت السلطات على 350 قميصا تحمل علامات تقليد العلامات التجارية المحمية.', [[350, 'smuggling']]],
  // Administrative violations are an offence: no administration cue in them (crime, the default, here).
  ['ar', 'أتلفت السلطات أدلة المخالفات الإدارية التي تبلغ قيمتها 90 مليون دونج.', [[90000000, 'crime']]],
];

describe('Function: extractFigures topics (col50b classes)', () => {
  it.each(TOPICS)('%s: %s', (...c) => checkTopics(c));
});
