/**
 * Session 51, places by class (pp51). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe("a road's end that is only a commune of several provinces ('the Trung Luong - My Thuan expressway')", () => {
  it("places nothing in a province the text names for another reason (a driver's home)", () => {
    // Mỹ Thuận is a commune in five provinces, Sóc Trăng among them; the expressway's end is a bridge no list has.
    const de = placesOf(
      'Ein Lastwagen brannte am Montag auf der Schnellstraße Trung Luong - My Thuan in der Provinz Tien Giang ' +
        'aus. Der Fahrer aus Soc Trang blieb unverletzt.',
      'de',
    );
    expect(de.primary).toBe('tien-giang');
    expect(de.localities).toEqual([]);
    const en = placesOf(
      'A truck burned on the Trung Luong - My Thuan expressway on Monday. The driver, from Soc Trang, was unhurt.',
      'en',
    );
    expect(en.localities).toEqual([]);
    // A commune of that name in the province the story is set in is read there.
    const there = placesOf(
      'A bus overturned on the My Thuan - Can Tho expressway in Vinh Long province. Its driver lives in Soc Trang.',
      'en',
    );
    expect(there.primary).toBe('vinh-long');
  });

  it('keeps a commune its type word names, a district, and a name in one province only', () => {
    const typed = placesOf(
      'Police in My Thuan commune, My Tu district, Soc Trang province, seized 2 kg of heroin on Monday.',
      'en',
    );
    expect(typed.localities).toContain('my-thuan');
    expect(typed.primary).toBe('soc-trang');
    // Trà Lĩnh is a district: a road's end the lists place, in its own province.
    const district = placesOf(
      'A truck carrying timber overturned on the Dong Dang - Tra Linh expressway in Cao Bang on Friday.',
      'en',
    );
    expect(district.localities).toContain('tra-linh');
    expect(district.primary).toBe('cao-bang');
  });
});

describe('Hồ Chí Minh City\'s numbered districts in Korean ("12군", "5군, 10군")', () => {
  it('reads the number glued to the district suffix as the district and its city', () => {
    const found = placesOf(
      '3일 오후, 7군 경찰은 아파트에서 발생한 화재의 원인을 조사하고 있다. 불은 (7군, 떤퐁동) 4층에서 시작됐다.',
      'ko',
    );
    expect(found.localities).toEqual(['quan-7']);
    expect(found.primary).toBe('ho-chi-minh');
    const list = placesOf('경찰은 1군, 11군의 노래방 두 곳을 단속했다.', 'ko');
    expect(list.localities).toEqual(['quan-1', 'quan-11']);
  });

  it('leaves a number that is no district: thirteen and more, decimals, dates, words after the suffix', () => {
    const none = placesOf(
      '이번 단속에는 13군 부대와 2.5군 병력이 참여했고, 제2군과 3군사령부가 지원했다.',
      'ko',
    );
    expect(none.localities).toEqual([]);
    expect(none.primary).toBeNull();
  });
});

describe("a former official's past post ('former chairman of the X Provincial People's Committee')", () => {
  it('is no force acting in the story: the place of the raid stays primary', () => {
    const en = placesOf(
      'Gambling den raided in Hanoi\n\nThe Ministry of Public Security said on Thursday it had arrested 17 people ' +
        "at a hotel in Hanoi. Among them were Ho Van Dung, former chairman of the Phu Tho Provincial People's " +
        'Committee, and Ngo Van Duc, a businessman.',
      'en',
    );
    expect(en.primary).toBe('ha-noi');
    expect(en.provinces).toContain('phu-tho');
    const ko = placesOf(
      '공안부는 8일 하노이 시내 한 호텔에서 도박장을 운영한 혐의로 17명을 체포했다고 밝혔다. 이번 사건에는 호 반 중(52) 전 푸토성 ' +
        '인민위원회 위원장도 연루됐다.',
      'ko',
    );
    expect(ko.primary).toBe('ha-noi');
  });

  it("keeps a province's authority acting now, and a former word in another clause", () => {
    const acting = placesOf(
      "The Phu Tho Provincial People's Committee said on Monday that 12 people died in the floods. A former " +
        'school in the town now shelters 40 families.',
      'en',
    );
    expect(acting.primary).toBe('phu-tho');
  });
});
