/**
 * Session 29 (b29p), places: three ways a place was lost or misread.
 * - The Urdu and Hindi press close a dateline with an ellipsis ("ہنوئے…"): the capital there is where the
 *   story was filed from, not its place.
 * - A site reposting a Chinese wire signs it first ("文/中央社記者…老街5日專電"): the dateline still names
 *   the place it was filed from, a short name read without its type word as a dateline's place.
 * - A Korean type suffix that also opens common words (동: 동쪽 "east", 동북부 "the north-east") types a name
 *   only when it ends its word: "하노이 동쪽" is east of Hanoi, not a ward.
 * Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../lambdas/extract/places/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function placesOf(body: string, language: string) {
  const doc = { body, folded: fold(body), sentences: splitSentences(body), language };
  const found = findPlaces(doc);
  return { provinces: found.provinces.map((p) => p.slug), primary: found.primaryProvince?.slug ?? null };
}

describe('Places: a dateline closed by an ellipsis', () => {
  it.each([
    [
      'ur',
      '12 جون ، 2021\nہنوئے… ویتنام میں سیلاب سے 20 افراد ہلاک ہو گئے۔ حکام نے امدادی کارروائیاں شروع کر دیں۔',
    ],
    ['hi', 'हनोई… वियतनाम में भारी बारिश से 20 लोगों की मौत हो गई। अधिकारियों ने राहत कार्य शुरू किया।'],
  ])('%s: the capital filed from is no primary province', (language, body) => {
    expect(placesOf(body, language).primary).toBeNull();
  });

  it('a province named before an ellipsis mid-sentence is still its place', () => {
    const body = 'پولیس نے بتایا کہ واقعہ ہنوئے… میں پیش آیا جہاں 20 افراد زخمی ہوئے۔ مزید تحقیقات جاری ہیں۔';
    expect(placesOf(body, 'ur').primary).toBe('ha-noi');
  });
});

describe("Places: a Chinese wire's dateline after a site's credit", () => {
  it.each([
    ['zh', '文/中央社記者王小明老街5日專電\n越南警方近日破獲一個走私集團,查獲大批貨物。'],
    ['zh', '文／中央社记者李华老街5日专电\n越南警方近日破获一个走私集团,查获大批货物。'],
  ])('%s: %s', (language, body) => {
    expect(placesOf(body, language).provinces).toContain('lao-cai');
  });

  it('the same two characters in a sentence are an old street, no province', () => {
    expect(placesOf('越南警方表示,這條老街5日晚上發生火災,無人受傷。', 'zh').provinces).not.toContain(
      'lao-cai',
    );
  });
});

describe('Places: a Korean suffix that opens another word', () => {
  it.each([
    ['박닌성은 하노이 동쪽에 있는 성으로, 경찰은 어제 밀수 조직을 적발했다고 밝혔다.'],
    ['박닌성은 베트남 수도 하노이 동북부에 있으며 경찰은 어제 밀수 조직을 적발했다.'],
  ])('%s', (body) => {
    expect(placesOf(body, 'ko').provinces).toEqual(['bac-ninh', 'ha-noi']);
  });

  it('a direction with no name before it names no place', () => {
    expect(
      placesOf('박닌성 경찰은 어제 동쪽 마을에서 밀수 조직을 적발했다고 밝혔다.', 'ko').provinces,
    ).toEqual(['bac-ninh']);
  });
});

describe('Places: a Devanagari name read in its twin scripts', () => {
  it.each([
    ['te', 'దక్షిణ వియత్నాంలోని క్వాంగ్ నామ్‌లో బస్సు ప్రమాదంలో 10 మంది మరణించారు.', 'quang-nam'],
    ['te', 'పోలీసులు క్వాంగ్ బిన్హ్ నుంచి వచ్చిన లారీని పట్టుకున్నారు, అందులో 20 కిలోల సరుకు ఉంది.', 'quang-binh'],
    ['kn', 'ಕ್ವಾಂಗ್ ನಾಮ್‌ನಲ್ಲಿ ಬಸ್ ಅಪಘಾತದಲ್ಲಿ 10 ಜನರು ಸಾವನ್ನಪ್ಪಿದ್ದಾರೆ ಎಂದು ಪೊಲೀಸರು ತಿಳಿಸಿದ್ದಾರೆ.', 'quang-nam'],
  ])('%s: %s', (language, body, slug) => {
    expect(placesOf(body, language).provinces).toContain(slug);
  });

  it('a name inside a longer word, or a short one read bare, is no place', () => {
    expect(placesOf('వారు అక్వాంగ్ నామ్ అనే పాటను పాడారు, సా పాలు తాగారు, 10 మంది వచ్చారు.', 'te').provinces).toEqual([]);
  });
});

describe('Places: a Chinese distance from a place makes it a point of reference', () => {
  it.each([
    ['越南警方在距离首都河内约80公里的海防市捣毁一个赌博团伙,逮捕了50名嫌犯。', 'hai-phong'],
    ['越南警方在距離河內約80公里的太原省查獲大批毒品,逮捕了12名嫌犯。', 'thai-nguyen'],
  ])('%s', (body, slug) => {
    expect(placesOf(body, 'zh').primary).toBe(slug);
  });

  it('a distance in time names no place of reference', () => {
    expect(placesOf('河内市公安局表示,距离春节还有10天,将加强巡逻。', 'zh').primary).toBe('ha-noi');
  });
});
