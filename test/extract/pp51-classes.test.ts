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
