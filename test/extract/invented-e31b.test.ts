/**
 * Invented whole articles in other scripts (session 31, helper e31b): sixteen articles written for the project
 * (ja ko zh th ru two each; uk bn hi ar tr sr one each), each combining the constructs the blind holdout's misses
 * come from: a headline repeating a figure in other words, counts far from their noun or in lists, a suspect's
 * home province beside the event's, the ministry in Hà Nội beside the provincial force, year-on-year
 * comparisons, round-ups, quoted speech, officials named in full then by name or title only. Annotated before
 * the engine first ran on them (gold: test/fixtures/invented/e31b.gold.json).
 *
 * First reading (engine at e4ce23cc, before any change informed by this set): language 1.00, primary 1.00,
 * province F1 0.98 (hi, tr: Hà Nội named in a dateline only, missed), people recall 1.00 and precision 1.00 (rank
 * 1.00), figure recall 0.92, precision 0.92, topic 0.85; listed non-figures read: 6. Per language (recall /
 * precision / topic): ja 1.00/0.87/1.00, ko 0.94/0.94/0.97, zh 1.00/1.00/0.50, th 0.94/0.97/0.97,
 * ru 0.91/0.91/0.93, uk 0.79/0.92/0.73, bn 0.92/0.92/1.00, hi 0.92/1.00/1.00, ar 0.80/0.80/0.00,
 * tr 0.80/0.80/0.92, sr 1.00/1.00/1.00.
 *
 * After the session's class fixes (lexicon data in every lexicon with the construct; figures-e31b-lexicon-classes)
 * and two gold mends (w01's repeated count of the two men, w08's offices as point too; see git log): figure
 * recall 0.96, precision 0.97, topic 0.90, listed non-figures read 2; per language ja 1.00/0.97/1.00,
 * ko 1.00/0.97/0.97, zh 1.00/1.00/0.50, th 0.97/1.00/0.97, ru 0.94/0.94/0.93, uk 0.93/1.00/0.77,
 * bn 1.00/1.00/1.00, hi 1.00/1.00/1.00, ar 0.80/0.80/1.00, tr 0.87/0.93/1.00, sr 1.00/1.00/1.00. The
 * thresholds guard that level. Left: zh online gambling read as crime (the tuning gold is split: 网络赌博 and
 * judi online cyber, cá độ qua mạng and 온라인 도박 crime), ru/uk "N единиц/одиниць + noun" (the unit word
 * hides the noun), ru "раскрыто 94, или 91,3%" (the count read as a percent), tr compounds ("4 balıkçı teknesi",
 * boats, read as fishermen) and "5'i ise", ar "منتج" (product) read as project, Hà Nội of a dateline (hi, tr).
 *
 * The per-file report (every miss and extra) is printed on each run.
 */
import { expect, it } from 'vitest';
import { describeGoldSet } from '../support/describe-gold-set.js';
import { subset } from '../support/gold-set.js';

describeGoldSet(
  'Invented set e31b (other scripts): extraction against gold',
  {
    gold: 'test/fixtures/invented/e31b.gold.json',
    texts: 'test/fixtures/invented/e31b',
    print: 'invented e31b set',
    thresholds: {
      language: 1,
      primary: 1,
      provinceF1: 0.97,
      peopleRecall: 1,
      peoplePrecision: 1,
      figureRecall: 0.95,
      figurePrecision: 0.96,
      topicAccuracy: 0.89,
    },
    // Listed non-figures (dates, identifiers, ages, distances, article numbers... per file): at most the two
    // left (first reading: 6): 1枚 of a negation ("1枚もなかった", not one) and 600g of a statute's threshold
    // ("헤로인 600g 이상").
    nonFigureCap: 2,
  },
  (set) => {
    const { gold } = set;
    for (const lang of [...new Set(gold.articles.map((g) => g.language))]) {
      const one = subset(set, (g) => g.language === lang);
      console.log(`e31b ${lang}: ${one.report.split('\n')[0]}`);
    }

    it('has sixteen articles in the planned languages', () => {
      // Prepare
      const expected = [
        'ar',
        'bn',
        'hi',
        'ja',
        'ja',
        'ko',
        'ko',
        'ru',
        'ru',
        'sr',
        'th',
        'th',
        'tr',
        'uk',
        'zh',
        'zh',
      ];

      // Act
      const languages = gold.articles.map((g) => g.language).sort();

      // Assess
      expect(languages).toEqual(expected);
    });
  },
);
