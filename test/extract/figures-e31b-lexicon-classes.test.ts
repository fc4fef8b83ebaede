/**
 * Session 31 (e31b): lexicon classes the invented whole articles in other scripts showed missing, filled in
 * every language whose lexicon has the construct. Sentences written for the project; each group has a negative
 * case (what must not be read).
 * - counted nouns: defendants (uk підсудн*, ru подсудим*; new 'defendant' concept, the other audited
 *   languages had them) and the Ukrainian dative of the numerals 5-10 (шістьом підсудним); visitors (ru посетител*, uk відвідувач*, pl odwiedzających, ro vizitatori; the other
 *   audited languages had them: scripts/lexicon-concepts.json "visitor"), ships (tr gemi), drug crimes as
 *   cases (ru наркопреступлени*, uk наркозлочин*), the Korean classifier 덩어리 (lumps, bricks: `other` unless
 *   a noun names another, as 자루);
 * - measures that count nothing: nautical miles (tr mil, deniz mili; uk миль, as ru and the others), ko ㎜ of
 *   rain, ja "20キロの地点" (a point 20 km away, as キロ先); Bengali fishing boats ("মাছ ধরার নৌকা", three
 *   words, past the two-word noun window) and trawlers;
 * - "both" in Hindi (दोनों): two, before persons only, as ru оба and de beide;
 * - topic cues: rewards in Turkish (ödül) and Bengali (পুরস্কার), as the other lexicons have them; the
 *   Arabic counterfeit adjective (مقلد, المقلدة) is smuggling, as "hàng giả" and "counterfeit goods"; the
 *   Ukrainian drug prefix нарко- (наркозлочин, drug crime) is drugs, as Russian нарко*.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [lang: string, text: string, expected: [value: number, unit: string][]];

const UNITS: Case[] = [
  ['ru', 'В момент пожара в кафе находились 40 посетителей.', [[40, 'person']]],
  ['uk', 'Того дня музей прийняв 25 відвідувачів.', [[25, 'person']]],
  ['pl', 'W chwili pożaru w lokalu było 30 odwiedzających.', [[30, 'person']]],
  ['ro', 'În clădire se aflau 60 de vizitatori.', [[60, 'person']]],
  [
    'tr',
    'Kurtarma çalışmalarına 3 gemi ve 2 sahil güvenlik gemisi katıldı.',
    [
      [3, 'vehicle'],
      [2, 'vehicle'],
    ],
  ],
  ['uk', 'Суд виніс вирок шістьом підсудним у справі про шахрайство.', [[6, 'person']]],
  ['ru', 'Суд приговорил пятерых подсудимых к лишению свободы.', [[5, 'person']]],
  ['ru', 'С начала года в провинции выявлено 37 наркопреступлений.', [[37, 'case']]],
  ['uk', 'Цього року в місті виявлено 215 наркозлочинів.', [[215, 'case']]],
  ['ko', '경찰은 가방에서 헤로인 36덩어리를 발견했다.', [[36, 'other']]],
  ['hi', 'पुलिस ने दोनों संदिग्धों को गिरफ्तार किया।', [[2, 'person']]],
  ['tr', 'Tekne adanın yaklaşık 20 deniz mili açığında battı, 3 kişi kayboldu.', [[3, 'person']]],
  ['uk', 'Судно затонуло за 20 морських миль від острова, 3 людини зникли.', [[3, 'person']]],
  ['ko', '최대 200㎜의 비가 내려 3명이 숨졌다.', [[3, 'person']]],
  ['ja', '事故現場は市中心部から約20キロの地点で、5人が死亡した。', [[5, 'person']]],
  [
    'bn',
    'সমুদ্রে ১২টি মাছ ধরার নৌকা ডুবে গেছে এবং ৩টি ট্রলার নিখোঁজ।',
    [
      [12, 'vehicle'],
      [3, 'vehicle'],
    ],
  ],
  // negatives: a scale is no mile, kilograms stay kilograms, a visit is no visitor; "both countries" is no count; 덩어리 as a noun of its own is no count
  ['tr', 'Kurtarma ekibine 50 milyon dong verildi.', [[50000000, 'vnd']]],
  ['ja', '警察は麻薬20キロを押収した。', [[20, 'kg']]],
  ['ru', 'Посещение кафе было запрещено после пожара.', []],
  ['hi', 'दोनों देशों के बीच सहयोग बढ़ा है।', []],
  ['ko', '경찰은 큰 덩어리 하나를 발견했다.', []],
];

const TOPICS: [lang: string, text: string, topic: string][] = [
  ['tr', 'Valilik, kurtarma ekibine 50 milyon dong ödül verdi.', 'awards'],
  ['bn', 'প্রাদেশিক পুলিশ উদ্ধারকারী দলকে ৫০ মিলিয়ন ডং পুরস্কার দিয়েছে।', 'awards'],
  ['ar', 'ضبطت الشرطة 4200 حقيبة يد مقلدة في المستودع.', 'smuggling'],
  ['uk', 'Поліція розкрила 12 справ про наркозлочини у районі.', 'drugs'],
];

const NOT_TOPICS: [lang: string, text: string, topic: string][] = [
  // negatives: a reward word is needed; a bag is not counterfeit by itself
  ['tr', 'Valilik, kurtarma ekibine 50 milyon dong gönderdi.', 'awards'],
  ['ar', 'ضبطت الشرطة 4200 حقيبة يد في المستودع.', 'smuggling'],
];

describe('session 31 (e31b): counted nouns and numbers of other-script lexicons', () => {
  it.each(UNITS)('%s: %s', (lang, text, expected) => {
    const figures = extractFigures(documentOf(text, lang), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});

describe('session 31 (e31b): topic cues of other-script lexicons', () => {
  it.each(TOPICS)('%s: %s', (lang, text, topic) => {
    const figures = extractFigures(documentOf(text, lang), []);
    expect(figures.map((f) => f.topic)).toEqual([topic]);
  });
  it.each(NOT_TOPICS)('%s (negative): %s', (lang, text, topic) => {
    const figures = extractFigures(documentOf(text, lang), []);
    expect(figures.map((f) => f.topic)).not.toContain(topic);
  });
});
