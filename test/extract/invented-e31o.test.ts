/**
 * Invented whole articles about officials (session 31, helper e31o): twenty articles, one in each of the 18
 * lexicon languages and one each in uk and sr, each naming 2–3 officials the way the language's outlets do
 * (rank + full name, title after the name in ko/ja/zh/th, declined names, second mentions by surname or
 * title, the Ministry of Public Security in Hà Nội beside the provincial force, People's Committee chairmen,
 * courts, procuracies, border guards) and 1–2 named persons who must not be read (suspects, defendants,
 * drivers, victims, owners), with the figures and non-figures any such article has. Annotated before the
 * engine first ran on them. The per-file report (every miss and extra) is printed on each run.
 *
 * First reading (engine at 0140bb47, gold as annotated): language 1.00, primary 1.00, province F1 0.96,
 * people recall 0.98 (54/55) and precision 1.00, rank 0.98, figure recall 0.94, precision 0.95, topic 0.96.
 * Per language (people R/P, figures R/P): fr 1/1 1/1; pl 1/1 0.90/0.82; en 1/1 1/1; de 1/1 1/0.92; es 1/1 1/1;
 * it 1/1 0.78/0.78; cs 1/1 0.86/0.86; pt 1/1 1/1; nl 1/1 0.89/1; vi 1/1 1/1; ru 1/1 1/1; zh 1/1 0.89/0.89;
 * ja 1/1 0.92/0.92; ko 0.67/1 1/1; th 1/1 0.67/1; id 1/1 0.89/0.89; ms 1/1 0.89/0.89; ro 1/1 1/1; uk 1/1 1/1;
 * sr 1/1 1/1. Misses: a ko vice-chairwoman named before her office; province F1 lost on four datelines' Hanoi
 * (es ko ms ro); figures: pl "miliarda", th "ด่อง", zh 直升机, id "penghuni", it "cellulari", cs "občanů",
 * "§ 348", nl "één visser"; topics in a pt monthly round-up, uk tourists, ro helicopters of the fire service.
 * Gold fixed once after that reading (git log): a dateline's Hanoi is no province (tuning convention), 上校 is
 * Thượng tá (session 40: colonel again, as the real tuning gold reads 上校). After the fixes of session 31 (Korean one-word name before its office; pl genitive scales, th
 * "ด่อง", zh 架直升机, it "cellulari", occupants): province F1 1.00, people 1.00/1.00, rank 1.00, figure recall
 * 0.97, precision 0.97, topic 0.95; the thresholds guard that level. Left: it headline "23 arresti", cs
 * weekday + count + adjective and "§ 348", nl "één", de "Einer der", ja "カ所"/ms "gudang" read as points,
 * topics of a round-up's paragraphs (pt), tourists in a crash (uk), a fire service at a flood (ro).
 */
import { expect, it } from 'vitest';
import { describeGoldSet } from '../support/describe-gold-set.js';
import { subset } from '../support/gold-set.js';

describeGoldSet(
  'Invented e31o set (officials in whole articles): extraction against gold',
  {
    gold: 'test/fixtures/invented/e31o.gold.json',
    texts: 'test/fixtures/invented/e31o',
    print: 'invented e31o set',
    thresholds: {
      language: 1,
      primary: 1,
      provinceF1: 1,
      peopleRecall: 1,
      peoplePrecision: 1,
      rankAccuracy: 1,
      figureRecall: 0.96,
      figurePrecision: 0.96,
      topicAccuracy: 0.94,
    },
    // The gold lists spans that are dates, ages, distances, article numbers... per file.
    nonFigureCap: 0,
  },
  (set) => {
    const { gold } = set;
    for (const lang of [...new Set(gold.articles.map((g) => g.language))]) {
      const one = subset(set, (g) => g.language === lang).score;
      console.log(
        `e31o ${lang}: people ${one.peopleRecall.toFixed(2)}/${one.peoplePrecision.toFixed(2)} figures ${one.figureRecall.toFixed(2)}/${one.figurePrecision.toFixed(2)}`,
      );
    }

    it('has one article in each lexicon language and in uk and sr', () => {
      // Prepare
      const expected = [
        'cs',
        'de',
        'en',
        'es',
        'fr',
        'id',
        'it',
        'ja',
        'ko',
        'ms',
        'nl',
        'pl',
        'pt',
        'ro',
        'ru',
        'sr',
        'th',
        'uk',
        'vi',
        'zh',
      ];

      // Act
      const languages = gold.articles.map((g) => g.language).sort();

      // Assess
      expect(languages).toEqual(expected);
    });
  },
);
