/**
 * Arabic-script spellings of listed names (issue 9, session 26): one Arabic form in data/names-in-scripts.json
 * stands for the spellings derived from it by rule (text/arabic-spellings.ts): a long vowel's alef left out and a
 * hamza seat between vowels (Urdu "ہنوئی" for "هانوي"), ch as ش for تش ("لاي شاو", Lai Châu), a final ى for ي.
 * With them: Arabic punctuation (، ۔) parts a hardest-hit phrase from the place after it, and a city's type word
 * picks the city among units that share its sound key. Short reports written for these rules in Arabic, Persian
 * and Urdu, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { arabicSpellings } from '../../lambdas/extract/text/arabic-spellings.js';
import { documentOf } from '../support/document.js';
import { primaryOf } from '../support/primary-choice.js';

function provincesOf(body: string, language: string): string[] {
  return findPlaces(documentOf(body, language)).provinces.map((p) => p.slug);
}

describe('text/arabic-spellings: spellings derived from one listed form', () => {
  it('leaves out a long alef, seats a hamza between vowels, writes ch as ش', () => {
    expect(arabicSpellings('هانوي')).toEqual(expect.arrayContaining(['هانوي', 'هنوي', 'هنوئي', 'هانوى']));
    expect(arabicSpellings('لاي تشاو')).toEqual(expect.arrayContaining(['لاي شاو', 'لائي شاو']));
  });

  it('derives no spelling shorter than four letters', () => {
    expect(arabicSpellings('نام')).toEqual(['نام']);
  });
});

describe('Places: Arabic-script spellings of listed names', () => {
  it.each([
    [
      'ur',
      'ہنوئی میں ایک عمارت میں آگ لگنے سے پانچ افراد ہلاک ہو گئے۔ فائر بریگیڈ نے آگ پر قابو پا لیا۔',
      'ha-noi',
    ],
    [
      'fa',
      'در هنوئی آتش‌سوزی در یک ساختمان مسکونی سه کشته برجای گذاشت. پلیس تحقیقات را آغاز کرده است.',
      'ha-noi',
    ],
    [
      'ar',
      'قالت السلطات إن فيضانات في مقاطعة لاي شاو أودت بحياة أربعة أشخاص وجرفت عشرات المنازل.',
      'lai-chau',
    ],
    ['fa', 'سیل در هوئه خانه‌های زیادی را زیر آب برد و دو نفر جان باختند.', 'hue'],
  ])('%s: %s', (language, body, want) => {
    expect(provincesOf(body, language)).toContain(want);
  });
});

describe('Places: Arabic punctuation ends what a hardest-hit phrase points at', () => {
  it.each([
    [
      'ar',
      'أودت الأمطار بحياة سبعة أشخاص في مقاطعة كوانغ نام، الأكثر تضرراً من العاصفة، في حين سجلت مقاطعة كوانغ نغاي وفاة واحدة.',
      'quang-nam',
    ],
    [
      'ur',
      'بارشوں سے صوبہ کوانگ نام، سب سے زیادہ متاثرہ، میں سات افراد ہلاک ہوئے؛ صوبہ کوانگ نگائی میں ایک ہلاکت ہوئی۔',
      'quang-nam',
    ],
  ])('%s: %s', (language, body, want) => {
    expect(primaryOf(body, language)).toBe(want);
  });
});

describe('Places: a city type word picks the city among units of one sound key', () => {
  it('reads "مدينة كوي نون" as the city Quy Nhơn', () => {
    const found = findPlaces(
      documentOf('غمرت المياه أحياء في مدينة كوي نون وأجبرت مئات العائلات على الإخلاء.', 'ar'),
    );
    expect(found.localities.map((l) => l.slug)).toContain('quy-nhon');
    expect(found.provinces.map((p) => p.slug)).toEqual(['binh-dinh']);
  });
});

describe('Places: a derived spelling is no particle of the text', () => {
  it('does not read Urdu "کو جائے" (to go) as Cầu Giấy', () => {
    const body = 'ہو چی منہ شہر میں آگ بجھانے کے لیے دس اہلکاروں کو جائے وقوعہ پر بھیجا گیا۔';
    expect(findPlaces(documentOf(body, 'ur')).localities).toEqual([]);
  });
});
