/**
 * Indic outlets that write a Vietnamese name from its English spelling (session 28): the gi of Giang as g, i
 * and the glide y before a ("गियांग", "গিয়াং"), which is gi and a, not the "iya" the Dravidian scripts write
 * for iê; and An as the English letter's name, "एन" ("एन गियांग" An Giang), while Yên, also "एन", keeps its
 * key first. Short reports written for these rules, never sentences of the tuning or holdout sets.
 */
import { describe, expect, it } from 'vitest';
import { indicSoundKeys, vietnameseIndicKeys } from '../../lambdas/extract/places/phonetic-devanagari.js';
import { primaryOf } from '../support/primary-choice.js';

describe('Places: Indic gi of Giang written g, i, y', () => {
  it('gives गियांग the key of Giang', () => {
    const keys = indicSoundKeys('किएन गियांग').keys;
    expect(vietnameseIndicKeys('Kiên Giang').some((k) => keys.includes(k))).toBe(true);
  });

  it.each([
    ['hi', 'किएन गियांग प्रांतीय पुलिस ने तीन लोगों को गिरफ्तार किया।', 'kien-giang'],
    ['hi', 'हाउ गियांग प्रांत में बाढ़ से दो घर बह गए।', 'hau-giang'],
    ['bn', 'কিয়েন গিয়াং প্রদেশে নৌকা ডুবে দুজন নিখোঁজ।', 'kien-giang'],
  ])('%s: %s', (language, body, want) => {
    expect(primaryOf(body, language)).toBe(want);
  });

  it('still reads the Dravidian "iya" of iê after another consonant', () => {
    expect(indicSoundKeys('டியன் பியன்').keys).toContain(vietnameseIndicKeys('Điện Biên', true)[0]);
  });
});

describe('Places: An written as the English letter "एन"', () => {
  it.each([
    ['hi', 'एन गियांग प्रांत की पुलिस ने पांच लोगों को हिरासत में लिया।', 'an-giang'],
    ['hi', 'एन जियांग प्रांत में नाव पलटने से तीन लोग लापता हैं।', 'an-giang'],
    ['bn', 'এন গিয়াং প্রদেশের পুলিশ চারজনকে আটক করেছে।', 'an-giang'],
  ])('%s: %s', (language, body, want) => {
    expect(primaryOf(body, language)).toBe(want);
  });

  it('keeps Yên first where "एन" names it', () => {
    expect(indicSoundKeys('एन बाई').keys[0]).toBe(vietnameseIndicKeys('Yên Bái')[0]);
    expect(primaryOf('एन बाई प्रांत में भूस्खलन से दो लोगों की मौत हो गई।', 'hi')).toBe('yen-bai');
  });

  it('reads no province from "एन" before a name no province has', () => {
    expect(primaryOf('एन तोक प्रांत में दो लोगों की मौत हो गई।', 'hi')).toBeNull();
  });
});
