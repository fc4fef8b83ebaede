/**
 * Classes of batch 45b (col45b: bn th ur), on sentences written for this test:
 * - Thai: a name read from only the first words of a Thai run after a type word must fit its province's vowels
 *   even where no other province shares its consonant key (places/thai.ts, pick): "เมืองหลักเซิน" (the town of
 *   Lạc Sơn) opens with the Thai word "หลัก" (main), whose key "LK" is Lào Cai's, and names no Lào Cai; a
 *   province's own spelling glued to a Thai word after it ("จังหวัดลาวกายเมื่อ") still reads;
 * - bn counted nouns: "ভিয়ানডে" is the dong (VND) and "ড্রাইভিং লাইসেন্স" a document (lexicon `units`);
 * - ur: a number right before "کمانڈ" names a command centre ("114 کمانڈ انفارمیشن سینٹر"), no count
 *   (lexicon `labelsAfter`).
 */
import { describe, expect, it } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Thai: a Thai word opening a longer name after a type word', () => {
  it('does not read the word as the province its consonants key', () => {
    const found = placesOf('เมื่อคืนนี้เกิดเพลิงไหม้ที่โกดังแห่งหนึ่งในเมืองหลักเซิน ตำรวจดับเพลิงควบคุมไฟได้ภายในหนึ่งชั่วโมง', 'th');
    expect(found.provinces).not.toContain('lao-cai');
  });

  it('still reads a province whose spelling is glued to the word after it', () => {
    expect(placesOf('ตำรวจจังหวัดลาวกายเมื่อวานนี้จับกุมผู้ต้องหาสองคน', 'th').provinces).toContain('lao-cai');
  });
});

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  ['bn', 'পুলিশ গত সপ্তাহে ২.৫ বিলিয়ন ভিয়ানডে জরিমানা আদায় করেছে।', [[2500000000, 'vnd']]],
  ['bn', 'অভিযানে ট্রাফিক পুলিশ ৭৫টি ড্রাইভিং লাইসেন্স বাতিল করেছে।', [[75, 'document']]],
  // The centre's number is its name; the fire engines are counted.
  ['ur', 'رات 9 بجے 114 کمانڈ سینٹر کو اطلاع ملی اور 3 فائر ٹرک بھیجے گئے۔', [[3, 'vehicle']]],
];

describe('Bengali and Urdu counted nouns and labels', () => {
  itReadsEach(FIGURES, valueAndUnit);
});
