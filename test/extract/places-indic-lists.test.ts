/**
 * A list of provinces sharing one type word after its last name, written in an Indic script ("A, B और C
 * प्रांतों में", "A, B এবং C প্রদেশে"): every name of the list is a province, read by its sound key like the last
 * one, whether the curated spellings or the key read that last one; a word of the list that names no province
 * ends it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function provincesOf(body: string, language: string): string[] {
  const found = findPlaces({ body, folded: fold(body), sentences: splitSentences(body), language });
  return found.provinces.map((p) => p.slug).sort();
}

describe('Function: findPlaces (lists of provinces before one type word, Indic scripts)', () => {
  it.each([
    [
      'hi',
      'पुलिस ने बताया कि गिरोह बाक निन्ह, हाई डुओंग और थाई बिन्ह प्रांतों में सक्रिय था।',
      ['bac-ninh', 'hai-duong', 'thai-binh'],
    ],
    ['hi', 'बाढ़ से क्वांग बिन्ह तथा क्वांग त्री प्रांत में सैकड़ों घर डूब गए।', ['quang-binh', 'quang-tri']],
    [
      'bn',
      'তদন্ত দলটি ভিন ফুক, হোয়া বিন এবং হ্যানয় প্রদেশে সন্দেহভাজনদের খুঁজে পেয়েছে।',
      ['ha-noi', 'hoa-binh', 'vinh-phuc'],
    ],
    [
      'bn',
      'ঝড়ে থান হোয়া, কোয়াং বিন ও কোয়াং ত্রি প্রদেশে অনেক বাড়ি ক্ষতিগ্রস্ত হয়েছে।',
      ['quang-binh', 'quang-tri', 'thanh-hoa'],
    ],
    ['te', 'ముఠా బాక్ నిన్, హై డువాంగ్ మరియు థాయ్ బిన్ ప్రావిన్సుల్లో పనిచేసింది.', ['bac-ninh', 'hai-duong', 'thai-binh']],
  ])('%s: reads every province of the list (%s)', (language, body, expected) => {
    // Act
    const found = provincesOf(body, language);

    // Assert
    expect(found).toEqual(expected);
  });

  it.each([
    ['hi', 'सेना और हा तिन्ह प्रांत की पुलिस ने मिलकर तलाशी ली।', ['ha-tinh']],
    ['bn', 'পুলিশ ও হা তিন প্রদেশের সীমান্তরক্ষীরা অভিযান চালায়।', ['ha-tinh']],
  ])('%s: a word before the joiner that names no province ends the list (%s)', (language, body, expected) => {
    // Act
    const found = provincesOf(body, language);

    // Assert
    expect(found).toEqual(expected);
  });
});
