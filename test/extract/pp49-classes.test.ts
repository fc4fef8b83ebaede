/**
 * Session 49, places by class (pp49). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Thai: a name the word segmenter cut, its last letter glued to the Thai word after it', () => {
  it('ends the name where the hidden word starts, and the two localities agree on their province', () => {
    // "บิ่ญเติน" runs into "กำลัง" (is doing): the segmenter cuts "…เติ|นกำ|ลัง", leaving no boundary after the name.
    const found = placesOf('ตำรวจอำเภอบิ่ญเตินกำลังตามหาชายสองคนที่ขโมยรถจักรยานยนต์ในเขตบิ่ญหุ่งฮวาเมื่อคืนนี้', 'th');
    expect(found.localities).toEqual(['binh-tan', 'binh-hung-hoa']);
    expect(found.primary).toBe('ho-chi-minh');
  });

  it('reads a name the segmenter already ends as before, and no common words after a type word', () => {
    expect(placesOf('ตำรวจอำเภอบิ่ญเตินจับกุมชายสองคนที่ขโมยรถในเขตบิ่ญหุ่งฮวา', 'th').primary).toBe('ho-chi-minh');
    expect(placesOf('เจ้าหน้าที่ในเขตพื้นที่ภูเขากำลังค้นหาผู้สูญหายสามคนหลังน้ำท่วม', 'th').provinces).toEqual([]);
  });
});

describe('Thai and Khmer: a locality closed by ญ (ញ) is a name whose last syllable closes in nh', () => {
  it('reads the one district-level unit of the name in nh, not its namesake in n', () => {
    // Tân Bình (a district of Hồ Chí Minh City) and Tân Biên (Tây Ninh) share the consonant key.
    expect(placesOf('ប៉ូលីសស្រុកតាន់ប៊ិញ បានចាប់ខ្លួនបុរសពីរនាក់ កាលពីយប់មិញ។', 'km').primary).toBe('ho-chi-minh');
    expect(placesOf('ตำรวจอำเภอเติ่นบิ่ญ จับกุมชายสองคนเมื่อคืนนี้', 'th').localities).toEqual(['tan-binh']);
  });

  it('leaves a name closed by a plain n undecided between the two', () => {
    expect(placesOf('ตำรวจอำเภอเติ่นเบียน จับกุมชายสองคนเมื่อคืนนี้', 'th').provinces).toEqual([]);
  });
});

describe("a provincial paper's credit opening the lead is a regional dateline", () => {
  const title = 'Bắt giữ đối tượng trộm cắp xe máy\n\n';
  const lead =
    'Sáng 3/4, Công an xã Tân Hưng bắt giữ một người đàn ông trộm xe máy. Đối tượng khai đã mua lại xe từ một người ở tỉnh Bắc Giang.';

  it("makes the paper's province the story's, over a province named in passing", () => {
    // Báo Hải Dương (baohaiduong.vn) files the story of its own province.
    expect(placesOf(`${title}(Baohaiduong.vn) - ${lead}`, 'vi').primary).toBe('hai-duong');
  });

  it('is no dateline where the credit closes the text', () => {
    expect(placesOf(`${title}${lead} (Baohaiduong.vn)`, 'vi').primary).toBe('bac-giang');
  });
});
