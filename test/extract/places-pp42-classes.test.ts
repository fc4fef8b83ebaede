/**
 * Session 42, places by class (pp42). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Japanese: provincial capitals in katakana, named bare', () => {
  it('reads ドンハ (Đông Hà) as a city of Quảng Trị and its province as primary', () => {
    const found = placesOf('ドンハの交通警察は、週末に速度違反のバイク12台を押収したと発表した。', 'ja');
    expect(found.primary).toBe('quang-tri');
  });

  it('reads ドンホイ, タムキー and トゥイホア as the cities of their provinces', () => {
    expect(placesOf('ドンホイの警察は昨夜、賭博の疑いで8人を拘束した。', 'ja').primary).toBe('quang-binh');
    expect(placesOf('タムキーの警察は、盗難車3台を所有者に返還した。', 'ja').primary).toBe('quang-nam');
    expect(placesOf('トゥイホアの消防隊は倉庫の火災を2時間で鎮火した。', 'ja').primary).toBe('phu-yen');
  });

  it('does not read a capital out of a longer katakana word or a dotted personal name', () => {
    expect(placesOf('ドンハイ氏は会議で講演した。', 'ja').provinces).toEqual([]);
    expect(placesOf('レ・ドン・ハ氏は会議で講演した。', 'ja').provinces).toEqual([]);
  });
});

describe('a road named by its two ends, the other end unread', () => {
  it('reads a province before a dash, another name and a road word as the end of a road', () => {
    // Bengali lists no Bắc Giang: Hà Nội is still one end of the road, and the town is where it happens.
    const found = placesOf(
      'গতকাল হ্যানয়-বাক গিয়াং মহাসড়কে একটি ট্রাক উল্টে যায়। কোয়াং ইয়েন শহরের পুলিশ চালককে আটক করেছে।',
      'bn',
    );
    expect(found.primary).toBe('quang-ninh');
    expect(found.localities).toContain('quang-yen');
  });

  it('does not read a case ending after the dash as the other end', () => {
    expect(placesOf('হাই ফং-এর মহাসড়কে একটি ট্রাক উল্টে যায়।', 'bn').primary).toBe('hai-phong');
  });
});

describe("a province's name in a list of another province's localities", () => {
  it('reads it as the locality of that name in the list’s province, in several languages', () => {
    const vi = placesOf(
      'Tổ cứu hộ trực 24/24 giờ tại 5 xã: Lục Yên, Mường Lai, Khánh Hòa, Phúc Lợi và Tân Lĩnh.',
      'vi',
    );
    expect(vi.provinces).toEqual(['yen-bai']);
    expect(vi.localities).toContain('khanh-hoa');
    const fr = placesOf(
      "L'équipe intervient dans les communes de Luc Yen, Muong Lai, Khanh Hoa et Phuc Loi.",
      'fr',
    );
    expect(fr.provinces).toEqual(['yen-bai']);
  });

  it('keeps the province after a locality of its own, and in a list of provinces', () => {
    expect(
      placesOf('Police in Nha Trang, Khanh Hoa seized 5 kg of heroin on Monday.', 'en').provinces,
    ).toEqual(['khanh-hoa']);
    expect(placesOf('The storm hit Quang Ngai, Binh Dinh, Phu Yen and Khanh Hoa.', 'en').provinces).toContain(
      'khanh-hoa',
    );
  });
});

describe('Thai: a home written มีถิ่นฐานอยู่ใน (has settled in)', () => {
  it('reads the province after it as a home, not where the story happens', () => {
    const found = placesOf('คนขับรถซึ่งมีถิ่นฐานอยู่ในจังหวัดก่าเมา ขับรถบรรทุกชนเสาไฟในจังหวัดเตยนิญ เมื่อวันจันทร์', 'th');
    expect(found.primary).toBe('tay-ninh');
  });
});

describe('a Latin name glued to a word of another script', () => {
  it('ends the name where the script changes, so the type word after it is read', () => {
    expect(placesOf('پولیس نے Quang Triصوبہ میں 12 کلو منشیات ضبط کر لیں۔', 'ur').provinces).toContain(
      'quang-tri',
    );
    expect(placesOf('警察はGia Lai州で違法な木材12立方メートルを押収した。', 'ja').provinces).toContain(
      'gia-lai',
    );
  });

  it('keeps digits with the word they are glued to', () => {
    expect(placesOf('Xe biển số 36A bị giữ tại Thanh Hóa.', 'vi').provinces).toEqual(['thanh-hoa']);
  });
});
