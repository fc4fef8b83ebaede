/**
 * Classes of session 44 (pp44: places in Arabic script), on sentences written for this test:
 * - a police force named with its place ("ڈونگ نائی پولیس", the Đồng Nai police; Arabic "شرطة هاي دوونغ") lets the
 *   words beside it name a province as a type word would (places/arabic.ts namesAForce); Urdu's "پولیس نے" (the
 *   police, ergative) opens a clause and names nothing after it, nor does a word with the Arabic article;
 * - Urdu's aspirated p (پھ) writes Vietnamese ph, an f ("پھو تھو", Phú Thọ: phonetic-arabic.ts);
 * - a short vowel written as a mark counts as written ("نِن بِن", Ninh Bình), and beside a province's type word two
 *   closed syllables may leave their short vowels unwritten ("بن ڈنہ", Bình Định);
 * - Bà Rịa–Vũng Tàu in four words ("با ریا ونگ تاؤ");
 * - ko: Korean outlets write Tây Ninh "타이닌" as well as "떠이닌" (data/names-in-scripts.json), also when the
 *   province is given in brackets after a place of it ("목바이(타이닌성)");
 * - a ward named as one urban district only is named after it (since July 2025 an old urban district's core is a
 *   ward of its name): it stands for that district and its province, as a lone district does (lone-district.ts).
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { documentOf } from '../support/document.js';

function provincesOf(body: string, language: string): string[] {
  return findPlaces(documentOf(body, language)).provinces.map((p) => p.slug);
}

describe('Places: Arabic-script classes of pp44', () => {
  it.each([
    ['ur', 'ڈونگ نائی پولیس نے چوری کے الزام میں دو افراد کو حراست میں لے لیا۔', ['dong-nai']],
    ['ur', 'لاؤ کائی پولیس نے سرحد پر ایک ٹرک روک لیا۔', ['lao-cai']],
    ['ar', 'ألقت شرطة هاي دوونغ القبض على رجلين بتهمة السرقة.', ['hai-duong']],
    ['ur', 'پولیس نے پھو تھو صوبے میں ایک گودام سے سامان برآمد کیا۔', ['phu-tho']],
    ['ur', 'نِن بِن صوبے میں سیلاب سے دو مکانات تباہ ہو گئے۔', ['ninh-binh']],
    ['ur', 'صوبہ بن ڈنہ کے حکام نے ماہی گیروں کو خبردار کیا۔', ['binh-dinh']],
    ['ur', 'پولیس نے با ریا ونگ تاؤ صوبے میں ایک کشتی پکڑ لی۔', ['ba-ria-vung-tau']],
    // The police opening a clause name no place after them, whatever the words' consonants.
    ['ur', 'پولیس نے لانگ این صوبے میں تین افراد کو گرفتار کیا۔', ['long-an']],
    // A force word before words that spell no province's key: nothing is read.
    ['ur', 'ٹریفک پولیس نے سڑک بند کر دی۔', []],
    ['ur', 'مقامی پولیس نے تحقیقات شروع کر دیں۔', []],
    // A word with the Arabic article is Arabic's own: the fire-prevention police name no place.
    ['ar', 'وصلت شرطة الوقاية من الحرائق بعد عشر دقائق.', []],
  ])('%s: %s', (language, body, want) => {
    expect(provincesOf(body, language)).toEqual(want);
  });
});

describe('Places: a Korean spelling of Tây Ninh (pp44)', () => {
  it.each([
    ['ko', '세관은 목바이(타이닌성) 국경에서 화물을 검사했다.', ['tay-ninh']],
    ['ko', '타이닌성 공안은 밀수 조직을 적발했다.', ['tay-ninh']],
  ])('%s: %s', (language, body, want) => {
    expect(provincesOf(body, language)).toEqual(want);
  });
});

describe('Places: a ward named after an urban district (pp44)', () => {
  function placesOf(body: string, language: string): { provinces: string[]; localities: string[] } {
    const found = findPlaces(documentOf(body, language));
    return {
      provinces: found.provinces.map((p) => p.slug),
      localities: found.localities.map((l) => l.name),
    };
  }

  it.each([
    ['bn', 'দমকল বাহিনী লে চান ওয়ার্ড পুলিশের সাথে সমন্বয় করে আগুন নেভায়।'],
    ['hi', 'दमकल ने ले चान वार्ड पुलिस के साथ मिलकर आग बुझाई।'],
    ['ur', 'فائر بریگیڈ نے لی چان وارڈ پولیس کے ساتھ مل کر آگ بجھائی۔'],
  ])('%s: %s', (language, body) => {
    expect(placesOf(body, language)).toEqual({ provinces: ['hai-phong'], localities: ['Lê Chân'] });
  });
});
