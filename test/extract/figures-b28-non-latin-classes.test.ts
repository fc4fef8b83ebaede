/**
 * Figure classes of session 28 (b28g), non-Latin scripts, on sentences written for the project (never an
 * article's text):
 * - Chinese "一起" after a word of occurring (lexicon oneCaseAfter: "发生一起…事故") is one incident; elsewhere
 *   it stays "together";
 * - Chinese "口" is no person unit: it counts wells, vats and boxes too (session 28 review);
 * - the Korean classifier "개" counts a place noun spaced after it ("4개 장소") as points;
 * - Russian "подданные" (nationals of a country) are persons;
 * - Hindi reads one more word for the noun (nounWindow 4): a count, an agent modifier of three words, then the
 *   noun ("तीन मछली पकड़ने वाली नावें", three fishing boats);
 * - a Tamil plural of persons with a case ending and the doubled consonant of the next word ("வீரர்களைக்"); "more
 *   than N persons" written with the noun of persons மேற்பட்டவர்கள் as with மேற்பட்டோர்.
 * - a Japanese classifier after the topic particle は counts the noun the particle closes ("車は5台", the cars:
 *   five), as it counts a noun glued before it ("車5台"); a noun of persons there is no noun of a classifier of
 *   things ("男は2台を盗んだ");
 * - "half" as a number before a scale or a measure in fa, ur, bn and ta ("آدھا ٹن", "அரை டன்"), as ar "نصف"
 *   and hi "आधा" already were; not before a duration.
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  // one incident after a word of occurring
  ['zh', '周日清晨,国道上发生一起严重车祸。', [[1, 'case']]],
  // A fire "occurred" is an article, as "a" is elsewhere: the gold counts one accident, not one fire (session 30).
  ['zh', '昨晚市區發生一起民宅火災。', []],
  ['zh', '昨天发生了一起交通事故。', [[1, 'case']]],
  // Korean place nouns after the classifier
  ['ko', '경찰은 시내 4개 장소를 동시에 수색했다.', [[4, 'point']]],
  ['ko', '단속반은 6개 지점에서 검문을 벌였다.', [[6, 'point']]],
  // Russian nationals
  ['ru', 'Пограничники задержали трёх подданных Лаоса.', [[3, 'person']]],
  // Hindi agent modifiers
  ['hi', 'पुलिस ने तीन मछली पकड़ने वाली नावें जब्त कीं।', [[3, 'vehicle']]],
  ['hi', 'आग में दो सामान ढोने वाले ट्रक जल गए।', [[2, 'vehicle']]],
  // Tamil plural with the next word's doubled consonant
  ['ta', 'நிலச்சரிவில் மாட்டிக்கொண்ட 15 ராணுவ வீரர்களைக் காணவில்லை.', [[15, 'person']]],
  ['ta', 'தீ விபத்தில் 25 க்கும் மேற்பட்டவர்கள் மருத்துவமனையில் சேர்க்கப்பட்டனர்.', [[25, 'person']]],
  // Japanese topic particle
  ['ja', '押収した車は5台だった。', [[5, 'vehicle']]],
  ['ja', '川で見つかった遺体は4体に上った。', [[4, 'person']]],
  // half before a measure or a scale
  ['ur', 'پولیس نے ایک گودام سے آدھا ٹن منشیات برآمد کی۔', [[500, 'kg']]],
  ['ta', 'காவல்துறை அரை டன் கஞ்சாவை பறிமுதல் செய்தது.', [[500, 'kg']]],
  ['bn', 'পুলিশ একটি গুদাম থেকে আধা টন মাদক জব্দ করেছে।', [[500, 'kg']]],
  ['fa', 'این باند نیم میلیون دلار پولشویی کرد.', [[500000, 'other']]],
];

const NOT_COUNTED: Case[] = [
  // 口 is also the classifier of wells, vats and boxes: no person unit (session 28 review)
  ['zh', '村民打了3口井。', []],
  // "together"
  ['zh', '他和同事一起赶到现场。', []],
  ['zh', '两名司机一起遭遇车祸。', [[2, 'person']]],
  // a person before は is not what a classifier of things counts
  ['ja', '男は2台を盗んだ。', [[2, 'other']]],
  // a function word still closes the window
  ['hi', 'पुलिस ने कहा कि पांच की जांच में नावें शामिल थीं।', []],
  // half an hour is a duration
  ['fa', 'پس از نیم ساعت پلیس 3 نفر را دستگیر کرد.', [[3, 'person']]],
  ['ta', 'அரை மணி நேரத்தில் 4 பேர் கைது செய்யப்பட்டனர்.', [[4, 'person']]],
];

describe('session 28 (b28g): incidents, households, places, nationals and halves of non-Latin scripts', () => {
  itReadsEach(CASES, valueAndUnit, '%s counts: %s');

  itReadsEach(NOT_COUNTED, valueAndUnit, '%s reads no such count: %s');
});
