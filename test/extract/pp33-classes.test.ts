/**
 * Session 33 (pp33): place and people classes seen in the tuning misses. Sentences written for this test.
 * - Japanese: a katakana province name no list spells so ("ダックラック", small ッ) right before 省 is the province;
 * - Bengali and Hindi: Lai Châu's spellings ("লাই চাও", "लाई चौ");
 * - Arabic script: the n of a final -ng written twice ("ہائی فوننگ", Hải Phòng; "هواننغ", Hoàng);
 * - Hindi: Nguyễn spelt "नागुएन" / "न्गुएन", and a postposition written apart ("ने", "को") ends a name;
 * - Urdu: a movement verb written joined after a place ("جارہا", was going) makes it a destination;
 * - Malay: a name after jalan / jln / lorong is a street's, not a province;
 * - Korean: a one-word name before a rank is Vietnamese name syllables after a family name, and never ends
 *   in an office ending ("보안관", sheriff; "부반장", deputy team leader).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { arabicSpellings, withDoubledNoon } from '../../lambdas/extract/text/arabic-spellings.js';

function read(text: string): { primary: string | null; provinces: string[]; people: string[] } {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  if (!result.ok) return { primary: null, provinces: [], people: [] };
  return {
    primary: result.article.primaryProvince?.slug ?? null,
    provinces: result.article.provinces.map((p) => p.slug),
    people: result.article.people.map((p) => p.name),
  };
}

describe('Function: extractArticle (province spellings no list has)', () => {
  it.each([
    ['ダックラック省警察は、同省の村に住む男を逮捕した。男は村の警察官を刺したとされる。', 'dak-lak'],
    [
      'ভিয়েতনামের উত্তরের প্রদেশ লাই চাও এ রবিবার একটি বাস উল্টে যায়। পুলিশ জানিয়েছে পাঁচজন আহত হয়েছেন।',
      'lai-chau',
    ],
    ['उत्तरी प्रांत लाई चौ में रविवार को भूस्खलन से दो घर ढह गए। पुलिस ने बताया कि कोई घायल नहीं हुआ।', 'lai-chau'],
    ['ہائی فوننگ شہر کی پولیس نے بتایا کہ ایک گودام میں آگ لگنے سے تین افراد زخمی ہوئے۔', 'hai-phong'],
    ['قالت شرطة هاي فوننغ إن حريقا اندلع في مستودع وأصيب ثلاثة أشخاص.', 'hai-phong'],
    [
      'ویتنام میں ایک ٹرک الٹ گیا جس میں 3 افراد زخمی ہوگئے۔ ٹرک ہنوئی سے دانانگ شہر جارہا تھا کہ صوبہ نگے آن میں پل سے ٹکرا گیا۔',
      'nghe-an',
    ],
  ] as const)('%s → %s', (text, primary) => {
    // Act
    const got = read(text);

    // Assess
    expect(got.primary).toBe(primary);
  });

  it('reads no province from a Malay street named after one', () => {
    // Act
    const got = read(
      'Kemalangan berlaku di Jln Thai Binh dan Lorong Nam Dinh, bandar Da Nang. Polis Da Nang menyiasat.',
    );

    // Assess
    expect(got.provinces).toEqual(['da-nang']);
  });

  it('reads no province from a katakana word before 省 that names none', () => {
    // Act
    const got = read('ベトナムのトロピカル省という名前はない。警察は男を逮捕した。');

    // Assess
    expect(got.provinces).toEqual([]);
  });
});

describe('Function: arabicSpellings / withDoubledNoon (a final -ng with its ن twice)', () => {
  it('derives the doubled form of a final نغ only', () => {
    // Act
    const place = arabicSpellings('هاي فونغ');
    const opening = withDoubledNoon('نغوين');

    // Assess
    expect(place).toContain('هاي فوننغ');
    expect(opening).toEqual(['نغوين']);
    expect(withDoubledNoon('هوانغ')).toEqual(['هوانغ', 'هواننغ']);
  });
});

describe('Function: extractArticle (Hindi spellings of Nguyễn, and the word that ends a name)', () => {
  it.each([
    ['राजधानी में बाढ़ आई है। कृषि मंत्री नागुएन थान ने कहा कि फसलें बर्बाद हो गई हैं।', 'नागुएन थान'],
    ['राजधानी में बाढ़ आई है। उप मंत्री न्गुएन वान लोक ने राहत का वादा किया।', 'न्गुएन वान लोक'],
  ] as const)('%s → %s', (text, name) => {
    // Act
    const got = read(text);

    // Assess
    expect(got.people).toEqual([name]);
  });
});

describe('Function: extractArticle (Korean one-word names before a rank)', () => {
  it.each([
    ['보안관', []],
    ['부반장', []],
    ['쩐테끄엉', ['쩐테끄엉']],
    ['응우옌아인뚜언', ['응우옌아인뚜언']],
  ] as const)('%s → %j', (word, expected) => {
    // Act
    const got = read(
      `하노이에서 교통사고가 발생해 3명이 다쳤다. ${word} 중령은 현장을 찾아 원인을 조사하라고 지시했다.`,
    );

    // Assess
    expect(got.people).toEqual(expected);
  });
});
