/**
 * Place forms of batch 27's classes (issue 9, session 27), on reports written for these rules, never sentences of
 * the tuning or holdout sets:
 * - a dateline's date in the script's own digits ("हनोई ,१२ मार्च।", "হ্যানয়, ১২ মার্চ") is a dateline, and a
 *   line that opens with a verb and its toll ("لقى 40 شخصاً") is none: a day has one or two digits up to 31;
 * - Arabic-script keys read the k that ends the Central Highlands' syllables (Đắk Lắk, Đắk Nông);
 * - an Indic name ending in a virama takes a vowel-initial case ending in the virama's place ("ஹனோயில்", in Hanoi;
 *   Telugu "హైఫాంగులో", in Hai Phong);
 * - a Thai police unit "in" a province ("ตำรวจในจ.…") is that province's force, the story's subject;
 * - Lithuanian spells names by ear and declines them ("Kvangnamo provincijoje"): read as the Cyrillic
 *   transcriptions are, without the case ending.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { stemBeforeVowelSign } from '../../lambdas/extract/places/indic.js';
import { documentOf } from '../support/document.js';

function placesOf(body: string, language: string): { provinces: string[]; primary: string | null } {
  const found = findPlaces(documentOf(body, language));
  return { provinces: found.provinces.map((p) => p.slug), primary: found.primaryProvince?.slug ?? null };
}

describe('Places: a dateline dated in the script’s own digits', () => {
  it.each([
    [
      'hi',
      'हनोई ,१२ मार्च। वियतनाम के उत्तरी प्रांत थान होआ में एक ट्रक के पलट जाने से तीन लोगों की मौत हो गई।',
      'thanh-hoa',
    ],
    ['bn', 'হ্যানয়, ১২ মার্চ। ভিয়েতনামের থান হোয়া প্রদেশে একটি ট্রাক উল্টে তিনজন নিহত হয়েছেন।', 'thanh-hoa'],
    ['mr', 'हनोई ,१२ मार्च। व्हिएतनामच्या थान होआ प्रांतात ट्रक उलटून तीन जणांचा मृत्यू झाला.', 'thanh-hoa'],
  ])('%s: the capital of the dateline is not the story’s place', (language, body, province) => {
    const { provinces, primary } = placesOf(body, language);
    expect(primary).toBe(province);
    expect(provinces).not.toContain('ha-noi');
  });

  it('still reads a dateline dated in ASCII digits', () => {
    const { provinces } = placesOf(
      'हनोई 02 अप्रैल (वार्ता) वियतनाम के थान होआ प्रांत में एक बस दुर्घटना में चार लोगों की मौत हो गई।',
      'hi',
    );
    expect(provinces).toEqual(['thanh-hoa']);
  });
});

describe('Places: a count after a line’s first word is no dateline’s day', () => {
  it.each([
    'لقى 40 شخصاً مصرعهم في انهيار أرضي بمقاطعة كوانغ نام وسط فيتنام، حسبما أفادت السلطات المحلية.',
    'لقي 33 شخصا حتفهم في حريق بمقاطعة كوانغ نام وسط فيتنام. وفتحت الشرطة تحقيقا.',
  ])('ar: %s', (body) => {
    expect(placesOf(body, 'ar').provinces).toEqual(['quang-nam']);
  });
});

describe('Places: Arabic-script keys of names ending in k', () => {
  it.each([
    ['ur', 'ڈاک لک صوبے میں سیلاب سے بارہ افراد ہلاک ہو گئے جبکہ پانچ لاپتہ ہیں۔', 'dak-lak'],
    ['fa', 'در استان داک نونگ سیل دوازده کشته برجای گذاشت و پنج نفر مفقود شدند.', 'dak-nong'],
    ['ar', 'لقي عشرة أشخاص مصرعهم في فيضانات بمقاطعة داك نونغ في المرتفعات الوسطى.', 'dak-nong'],
  ])('%s: %s', (language, body, province) => {
    expect(placesOf(body, language).primary).toBe(province);
  });
});

describe('Places: an Indic name with a vowel-initial case ending in its virama’s place', () => {
  it('finds the stem when a vowel sign of the same script follows it', () => {
    expect(stemBeforeVowelSign('ஹனோயில் தீ', 0, 'ஹனோய்')).toBe(4);
    expect(stemBeforeVowelSign('ஹனோய தீ', 0, 'ஹனோய்')).toBe(-1);
    expect(stemBeforeVowelSign('हनोई में', 0, 'हनोई')).toBe(-1);
  });

  it.each([
    ['ta', 'வியட்நாமின் தலைநகர் ஹனோயில் உள்ள ஒரு கட்டடத்தில் ஏற்பட்ட தீ விபத்தில் ஐந்து பேர் உயிரிழந்தனர்.', 'ha-noi'],
    ['te', 'వియత్నాం ఓడరేవు నగరం హైఫాంగులో జరిగిన అగ్ని ప్రమాదంలో ఐదుగురు మరణించారు.', 'hai-phong'],
  ])('%s: %s', (language, body, province) => {
    expect(placesOf(body, language).primary).toBe(province);
  });
});

describe('Places: a police unit in a province is its force (Thai)', () => {
  it('th: the province of the police that report the arrests, not the city named among several', () => {
    const body = 'ผู้ต้องหา 12 คนถูกจับกุมในกรุงฮานอยและอีก 2 เมือง ตามรายงานของตำรวจในจ.ไทบิ่ญ';
    expect(placesOf(body, 'th').primary).toBe('thai-binh');
  });

  it('en: the same report in English', () => {
    const body =
      'Vietnamese police arrested 20 suspects in four northern cities including Hanoi, according to police in Thai Binh Province.';
    expect(placesOf(body, 'en').primary).toBe('thai-binh');
  });
});

describe('Places: a Lithuanian name spelt by ear and declined', () => {
  it.each([
    ['Potvyniai nusinešė 9 žmonių gyvybes Kvangnamo provincijoje, pranešė vietos valdžia.', 'quang-nam'],
    ['Gelbėtojai ieško dingusių žvejų Bindino provincijos pakrantėje.', 'binh-dinh'],
  ])('lt: %s', (body, province) => {
    expect(placesOf(body, 'lt').provinces).toEqual([province]);
  });
});
