/**
 * Figure classes of session 32 (b32f), on sentences written for the project (never an article's text):
 * - percent written as a word in Japanese and Korean ("パーセント", "퍼센트"), as the other lexicons write it;
 * - a number after a word of time that ends in a month mark but has no month's number of its own ("毎月",
 *   "每月", "今月": every month, this month) counts the noun after it; after a month's number it is still a
 *   day ("6月15日");
 * - a space typed between a number and the mark of approximation glued to its unit ("20 多名", twenty-odd)
 *   joins them as "20多名" does;
 * - Bengali counted nouns the lexicon lacked: "মোটরবাইক" (motorbikes), "ভিয়েনডি" (VND, with its case ending
 *   and "-ও"), "কর্মী দল" / "কর্মী গোষ্ঠী" (working teams, as vi "tổ công tác" and ja "作業班" are teams);
 * - Telugu person numerals take case endings ("ఏడుగురిని", seven persons as object; "ముగ్గురికి", to three);
 * - Chinese and Japanese texts may space a number from the characters after it ("凌晨 3 点", at 3 a.m.): the
 *   word after the space is read as an attached one, so an hour is no count and a unit still counts;
 * - the numbered area of a fire brigade or police unit (pl "z Obszaru 1", cs/sk "z oblasti 2") names it;
 * - what a vehicle or building is, not what it holds: de "mit 16 Sitzen" (seats, dative), ta "அடுக்குமாடி"
 *   (storeys of a building): lexicon sizes;
 * - measures that count nothing, as ru "градус" is: sr/bs "stepeni" (degrees), id/ms "karat" (of gold).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

const CASES: Case[] = [
  // Percent as a word
  ['ja', '検挙率は前年より12.5パーセント上昇した。', [[12.5, 'percent']]],
  ['ko', '교통사고 사망자가 8.3퍼센트 줄었다.', [[8.3, 'percent']]],
  // A count after a word of time with no month's number
  ['ja', '交通事故で毎月450人が負傷している。', [[450, 'person']]],
  ['ja', '今月12人が逮捕された。', [[12, 'person']]],
  ['zh', '警方每月抓获80名嫌疑人。', [[80, 'person']]],
  // Negative: after a month's number the number is its day
  ['ja', '2025年6月15日、警察は3人を逮捕した。', [[3, 'person']]],
  ['zh', '2025年6月15日,警方抓获3名嫌疑人。', [[3, 'person']]],
  // A space before the mark of approximation
  ['zh', '一辆载有 40 多名游客的大巴侧翻。', [[40, 'person']]],
  ['zh', '警方查获 300 余辆摩托车。', [[300, 'vehicle']]],
  // Bengali counted nouns
  ['bn', 'গুদামে ৪৫টি মোটরবাইক পাওয়া গেছে।', [[45, 'vehicle']]],
  ['bn', 'চক্রটি ৩০ বিলিয়ন ভিয়েনডিরও বেশি আত্মসাৎ করেছে।', [[30000000000, 'vnd']]],
  ['bn', 'পুলিশ ৬টি কর্মী দল গঠন করেছে।', [[6, 'team']]],
  ['bn', 'বাহিনী ৩টি কর্মী গোষ্ঠীতে ভাগ হয়ে তল্লাশি চালায়।', [[3, 'team']]],
  // Negative: a ring is still a group
  ['bn', 'পুলিশ ২টি মাদক চক্র ভেঙে দিয়েছে।', [[2, 'group']]],
  // Telugu person numerals with case endings
  ['te', 'పోలీసులు నలుగురిని అరెస్టు చేశారు.', [[4, 'person']]],
  ['te', 'ప్రమాదంలో ఐదుగురికి గాయాలయ్యాయి.', [[5, 'person']]],
  ['te', 'ఆరుగురు మృతి చెందారు.', [[6, 'person']]],
  // A spaced number in Chinese and Japanese: an hour is none, a unit still counts
  ['zh', '昨天凌晨 4 点,警方抓获 6 名嫌疑人。', [[6, 'person']]],
  ['ja', '午前 9 時ごろ、車 2 台が衝突した。', [[2, 'vehicle']]],
  ['zh', '大火烧毁 15 辆摩托车。', [[15, 'vehicle']]],
  // The numbered area of a unit
  ['pl', 'Na miejsce wysłano 8 strażaków z Obszaru 2.', [[8, 'person']]],
  ['cs', 'Na místo dorazilo 12 hasičů z oblasti 3.', [[12, 'person']]],
  ['sk', 'Na miesto prišlo 9 hasičov z oblasti 4.', [[9, 'person']]],
  // Sizes
  ['de', 'Im Reisebus mit 45 Sitzen saßen 30 Touristen.', [[30, 'person']]],
  ['ta', 'அந்த பத்து அடுக்குமாடி கட்டிடத்தில் 200 பேர் வசித்தனர்.', [[200, 'person']]],
  // Negative: persons are still counted
  ['de', 'Die Polizei nahm 16 Verdächtige fest.', [[16, 'person']]],
  // Measures that count nothing: degrees (sr, and bs through it), the carats of gold (id, ms)
  ['bs', 'Temperatura je dostigla 38 stepeni, a 12 osoba je hospitalizovano.', [[12, 'person']]],
  ['sr', 'Температура је достигла 40 степени.', []],
  ['id', 'Polisi menyita 6 kalung emas 24 karat.', [[6, 'other']]],
];

describe('Figures: session 32 classes (b32f)', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    // Act
    const figures = read(language, text);
    // Assess
    expect(figures).toEqual(expected);
  });
});
