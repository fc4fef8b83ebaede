/**
 * Session 46 place classes, each on invented sentences (never sentences of the tuning or holdout sets).
 */
import { describe, expect, it } from 'vitest';
import {
  findPlaces,
  glossesFormerUnit,
  provinceBySlug,
  provinceOfItsDay,
} from '../../lambdas/extract/places/index.js';
import { makeDocument } from '../../lambdas/extract/index.js';
import { placeSlugsOf } from '../support/primary-choice.js';

function glossed(body: string, language: string): boolean {
  const doc = makeDocument(body, language);
  return glossesFormerUnit(doc, findPlaces(doc).mentions);
}

describe('Places: a unit glossed by its former one dates the text after the 2025 reform', () => {
  it.each([
    ['en', 'Police of Dong Trach commune (formerly Hoan Lao town) seized 2 kg of heroin on 3 March.'],
    ['fr', 'La police de la commune de Dong Trach (anciennement commune de Hoan Lao) a saisi 2 kg.'],
    ['de', 'Die Polizei der Gemeinde Dong Trach (ehemals Gemeinde Hoan Lao) stellte 2 kg sicher.'],
    ['vi', 'Công an xã Đồng Trạch (thị trấn Hoàn Lão cũ) đã thu giữ 2 kg ma túy vào ngày 3 tháng 3.'],
  ])('%s: %s', (language, body) => {
    // Arrange, act, assess
    expect(glossed(body, language)).toBe(true);
  });

  it.each([
    ['en', 'Nguyen Van Binh (former chairman of Hoan Lao town) said 2 kg were seized on 3 March.'],
    ['en', 'Police of Dong Trach commune in Quang Binh seized 2 kg of heroin on 3 March (formerly hidden).'],
    ['en', 'A fire broke out in a bar of Ho Chi Minh City (formerly Saigon), and 2 people died on 3 March.'],
    ['ja', 'テト(旧正月)の期間中、クアンビン省警察は2キロのヘロインを押収した。'],
  ])('not a gloss of a unit, %s: %s', (language, body) => {
    expect(glossed(body, language)).toBe(false);
  });

  it('gives the glossing text without a year the successor of its province, and keeps a dated one', () => {
    // Arrange
    const ref = provinceBySlug('quang-binh') ?? null;
    const body = 'Police of Dong Trach commune (formerly Hoan Lao town), Quang Binh, seized 2 kg.';
    const doc = makeDocument(body, 'en');
    const mentions = findPlaces(doc).mentions;
    const dated = { day: 12, month: 3, year: 2024, text: '12/3/2024', start: 0 };
    // Act, assess
    expect(provinceOfItsDay(ref, body, null, () => glossesFormerUnit(doc, mentions))?.slug).toBe('quang-tri');
    expect(provinceOfItsDay(ref, body, dated, () => glossesFormerUnit(doc, mentions))?.slug).toBe(
      'quang-binh',
    );
    expect(provinceOfItsDay(ref, body, null)?.slug).toBe('quang-binh');
  });
});

describe('Places: a name heard by a coarse key right before its province is read in that province', () => {
  it('Urdu: a city sharing its key with another province’s namesake city, then its own province', () => {
    // Arrange: "تھوان این" (Thuận An) shares the key tnn with Tây Ninh city.
    const body = 'کل رات تھوان این سٹی، بن ڈوونگ صوبے میں دو ٹرک آپس میں ٹکرا گئے اور تین افراد زخمی ہو گئے۔';
    // Act
    const found = placeSlugsOf(body, 'ur');
    // Assess
    expect(found.provinces).toEqual(['binh-duong']);
    expect(found.primary).toBe('binh-duong');
  });

  it('keeps the namesake city before its own province', () => {
    const body = 'کل رات تائے نن سٹی، تائے نن صوبے میں دو ٹرک آپس میں ٹکرا گئے اور تین افراد زخمی ہو گئے۔';
    expect(placeSlugsOf(body, 'ur').provinces).toEqual(['tay-ninh']);
  });
});

describe('Places: a short Arabic-script name is read beside its police, as beside its type word', () => {
  it.each([
    ['ur', 'ہیو پولیس نے بتایا کہ دو ملزمان کو کل گرفتار کر لیا گیا اور ان سے دو کلو منشیات برآمد ہوئیں۔'],
    ['ar', 'قالت شرطة هيو إنها ضبطت كيلوغرامين من المخدرات واعتقلت شخصين.'],
  ])('%s: %s', (language, body) => {
    // Arrange, act, assess
    expect(placeSlugsOf(body, language).provinces).toEqual(['hue']);
  });

  it.each([
    ['ur', 'ہنوئی پولیس نے بتایا کہ ملزم نگوین وان ہیو کو کل گرفتار کر لیا گیا۔'],
    ['ur', 'پولیس نے ہیو کو گرفتار کر لیا اور اس سے دو کلو منشیات برآمد ہوئیں۔'],
    ['ar', 'قال نغوين فان هيو إن الشرطة ضبطت كيلوغرامين من المخدرات.'],
  ])('a given name stays unread, %s: %s', (language, body) => {
    expect(placeSlugsOf(body, language).provinces).not.toContain('hue');
  });
});

describe('Places: Urdu joins a place to its police with a genitive ("X کی پولیس")', () => {
  it.each([
    ['گیا لائی کی پولیس نے بتایا کہ دو افراد کو گرفتار کر لیا گیا۔', 'gia-lai'],
    ['لاؤ کائی کی پولیس نے بتایا کہ دو افراد کو گرفتار کر لیا گیا۔', 'lao-cai'],
    ['ین بائی کے پولیس اہلکاروں نے دو افراد کو گرفتار کر لیا۔', 'yen-bai'],
  ])('%s', (body, expected) => {
    // Arrange, act, assess
    expect(placeSlugsOf(body, 'ur').provinces).toEqual([expected]);
  });

  it.each([
    ['علاقے کی پولیس نے بتایا کہ دو افراد کو گرفتار کر لیا گیا۔'],
    ['عوام کی پولیس نے دو افراد کو گرفتار کر لیا۔'],
  ])('a word of the language before the genitive names no place: %s', (body) => {
    expect(placeSlugsOf(body, 'ur').provinces).toEqual([]);
  });
});

describe('Places: a centrally-run city in dotted katakana before the city word', () => {
  it.each([
    ['ホー・チ・ミン市警察は2キロのヘロインを押収したと発表した。', 'ho-chi-minh'],
    ['ハイ・フォン市の警察は密輸品を押収したと発表した。', 'hai-phong'],
  ])('%s', (body, expected) => {
    // Arrange, act, assess
    expect(placeSlugsOf(body, 'ja').provinces).toEqual([expected]);
  });
});
