/**
 * Origins, destinations and homes written after the name in Bengali, Hindi and Urdu ("X থেকে", "X की ओर",
 * "X کے رہائشی"): the postpositions of these languages say what the verbs of others say before the name, and a
 * province named so is on a route or a person's home, not where the story happens. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function primaryOf(body: string, language: string): string | null {
  const found = findPlaces({ body, folded: fold(body), sentences: splitSentences(body), language });
  return found.primaryProvince?.slug ?? null;
}

describe('Function: findPlaces (routes and homes after the name, Indic and Urdu)', () => {
  it.each([
    [
      'bn',
      'ট্রাক দুর্ঘটনা\n\nট্রাকটি হাই ফং থেকে যাচ্ছিল। হাই ফং থেকে আসা আরও দুটি গাড়ি আটকে যায়। দুর্ঘটনাটি ঘটে নিন বিন প্রদেশে।',
      'ninh-binh',
    ],
    ['hi', 'बस हादसा\n\nबस हनोई से चली थी। हनोई से आए यात्री घायल हुए। हादसा न्घे आन प्रांत में हुआ।', 'nghe-an'],
    [
      'hi',
      'तस्करी\n\nआरोपी हा तिन्ह प्रांत के निवासी हैं। आरोपी हा तिन्ह प्रांत के निवासी भी हैं। उन्हें क्वांग बिन्ह प्रांत में पकड़ा गया।',
      'quang-binh',
    ],
    [
      'ur',
      'گرفتاری\n\nملزمان ہنوئی کے رہائشی ہیں۔ وہ ہنوئی سے آئے تھے۔ انہیں لانگ سون میں گرفتار کیا گیا۔',
      'lang-son',
    ],
  ])('%s: the province named after a route or a home is not the story (%#)', (language, body, expected) => {
    // Act
    const primary = primaryOf(body, language);

    // Assert
    expect(primary).toBe(expected);
  });
});
