/**
 * Two classes of text in Indic, Arabic-script and Khmer writing, invented sentences:
 * - a sentence ends at the script's own full stop (the danda । of Hindi and Bengali, the Urdu ۔, the Khmer ។),
 *   as it ends at "." elsewhere: a paragraph is several sentences, so an earlier year's sentence is background
 *   and a count's "others" reaches only the sentences near it;
 * - a Bengali or Hindi spelling of a Vietnamese ng as English sounds it ("এনগুয়েন", "एनघे") and a final h
 *   written with a virama ("বিনহ্") are read by the province's sound key.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import { documentOf } from '../support/document.js';

describe('Function: splitSentences (full stops of other scripts)', () => {
  it.each([
    ['hi', 'पुलिस ने दो लोगों को पकड़ा। जांच जारी है।'],
    ['bn', 'পুলিশ দুজনকে আটক করেছে। তদন্ত চলছে।'],
    ['ur', 'پولیس نے دو افراد کو گرفتار کیا۔ تفتیش جاری ہے۔'],
    ['km', 'ប៉ូលីសបានចាប់ខ្លួនមនុស្សពីរនាក់។ ការស៊ើបអង្កេតកំពុងបន្ត។'],
  ])('%s: two sentences (%s)', (_language, text) => {
    // Act
    const spans = splitSentences(text);

    // Assert
    expect(spans).toHaveLength(2);
  });
});

describe('Function: findPlaces (a sentence of an earlier year, ended by the script’s full stop)', () => {
  it.each([
    [
      'hi',
      'साल 2019 में बाक निन्ह प्रांत की पुलिस ने ऐसा ही एक गिरोह पकड़ा था। 2025 में हाई डुओंग प्रांत की पुलिस ने 12 लोगों को गिरफ्तार किया।',
      'hai-duong',
    ],
    [
      'bn',
      '২০১৮ সালে বাক নিন প্রদেশের পুলিশ একই ধরনের একটি চক্র ধরেছিল। ২০২৫ সালে হাই ডুয়ং প্রদেশের পুলিশ ১২ জনকে গ্রেপ্তার করেছে।',
      'hai-duong',
    ],
  ])('%s: the province of the later year leads (%s)', (language, body, expected) => {
    // Act
    const found = findPlaces(documentOf(body, language));

    // Assert
    expect(found.primaryProvince?.slug).toBe(expected);
  });
});

describe('Function: findPlaces (Vietnamese ng as "en-g", final h with a virama)', () => {
  it.each([
    ['bn', 'থাই এনগুয়েন প্রদেশের পুলিশ একটি মাদক চক্র ভেঙে দিয়েছে।', 'thai-nguyen'],
    ['bn', 'বন্যায় হোয়া বিনহ্ প্রদেশে তিনটি বাড়ি ভেসে গেছে।', 'hoa-binh'],
    ['bn', 'কুয়াং এনগাই প্রদেশে একটি সেতু ভেঙে পড়েছে।', 'quang-ngai'],
    ['hi', 'एनघे आन प्रांत में सीमा रक्षकों ने तस्करों को पकड़ा।', 'nghe-an'],
  ])('%s: reads the province (%s)', (language, body, expected) => {
    // Act
    const found = findPlaces(documentOf(body, language));

    // Assert
    expect(found.provinces.map((p) => p.slug)).toContain(expected);
  });
});

describe('Function: extractFigures (Hindi "others" of persons)', () => {
  it('hi: "तीन अन्य" with nothing counted in reach counts persons', () => {
    // Arrange
    const text = 'ट्रक पलट गया। चालक बच गया। हादसे में तीन अन्य गंभीर रूप से घायल हो गए।';

    // Act
    const figures = extractFigures(documentOf(text, 'hi'), []);

    // Assert
    expect(figures.map((f) => [f.value, f.unit])).toContainEqual([3, 'person']);
  });
});
