/**
 * Session 40, places by class (pp40). Short reports written for these rules, never sentences of the tuning or
 * holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findArabicReadings } from '../../lambdas/extract/places/arabic.js';
import { gazetteer } from '../../lambdas/extract/places/gazetteer.js';
import { placesLexiconFor } from '../../lambdas/extract/places/lexicon.js';
import { unwrittenVowels } from '../../lambdas/extract/places/phonetic-arabic.js';
import { asArabicLetters } from '../../lambdas/extract/text/arabic-letters.js';
import { placeSlugsOf as placesOf } from '../support/primary-choice.js';

describe('Arabic script: two provinces of one consonant key told apart by the vowels written', () => {
  it('counts the vowels a spelling leaves out, and refuses one the name has not', () => {
    expect(unwrittenVowels('ہا گیانگ', 'Hà Giang')).toBe(0);
    expect(unwrittenVowels('ہا گیانگ', 'Hậu Giang')).toBe(1);
    expect(unwrittenVowels('ہاؤ گیانگ', 'Hà Giang')).toBeUndefined();
  });

  it('reads ہا گیانگ as Hà Giang and ہاؤ گیانگ as Hậu Giang', () => {
    expect(placesOf('ہنوئی – ویتنام کے صوبے ہا گیانگ میں جمعہ کو ایک پل گر گیا۔', 'ur').primary).toBe(
      'ha-giang',
    );
    expect(placesOf('ہنوئی – ویتنام کے صوبے ہاؤ گیانگ میں جمعہ کو ایک پل گر گیا۔', 'ur').primary).toBe(
      'hau-giang',
    );
  });
});

describe('Arabic script: common words after a type word are no name', () => {
  it('reads no ward in میں ایک (in one) after ضلع', () => {
    const found = placesOf('ہنوئی – پولیس نے ضلع میں ایک گودام پر چھاپہ مارا۔', 'ur');
    expect(found.localities).toEqual([]);
    expect(found.primary).toBeNull();
  });

  it('opens no name with a type word that closed the name before it', () => {
    const body = asArabicLetters('صوبہ ہا گیانگ کے بیک می ضلع میں ایک ٹرک الٹ گیا۔');
    const affixes = { ...placesLexiconFor('ur').affixes, notPlaces: [] };
    const read = findArabicReadings(body, gazetteer(), affixes, []);
    expect(read.map((c) => body.slice(c.start, c.end))).toEqual(['ہا گیانگ', 'بیک می'].map(asArabicLetters));
  });
});

describe('Arabic script: a road word before a figure’s name (roadBefore)', () => {
  it('reads the Hồ Chí Minh road as no city', () => {
    const found = placesOf('وقع الحادث على طريق هو تشي منه في مقاطعة كوانغ تري صباح الأحد.', 'ar');
    expect(found.provinces).toEqual(['quang-tri']);
    const fa = placesOf('تصادف در جاده هوشی‌مین در استان کوانگ تری رخ داد.', 'fa');
    expect(fa).toMatchObject({ primary: 'quang-tri', provinces: ['quang-tri'] });
  });

  it('still reads the city after its own type word', () => {
    expect(placesOf('ألقت شرطة مدينة هو تشي منه القبض على رجلين.', 'ar').primary).toBe('ho-chi-minh');
  });
});

describe('Vietnamese: a type word cut to its initial and glued by a dot (H., Q., TX., X., P.)', () => {
  it('reads H.Quảng Ninh as the district of Quảng Bình, not the province', () => {
    const found = placesOf(
      'Tối 3.5, Công an H.Quảng Ninh, tỉnh Quảng Bình bắt giữ một xe tải chở gỗ lậu.',
      'vi',
    );
    expect(found).toMatchObject({ primary: 'quang-binh', provinces: ['quang-binh'] });
    expect(found.localities).toEqual(['quang-ninh']);
  });

  it('reads P.Thuận An as the ward of Huế, not the city of Bình Dương', () => {
    expect(placesOf('Công an P.Thuận An, TP.Huế tuần tra đêm qua.', 'vi')).toMatchObject({
      primary: 'hue',
      provinces: ['hue'],
    });
  });

  it('reads an initial and a space before a province as the province', () => {
    expect(placesOf('Ông Nguyễn Văn H. Quảng Ninh là quê ông.', 'vi').provinces).toEqual(['quang-ninh']);
  });
});
