/**
 * Invented whole articles of session 31 (helper e31a): 18 articles written for the project in Latin-script
 * lexicon languages (it, pt, id, ro, pl two each; en, fr, de, es, nl, cs, ms, vi one each), annotated before
 * the engine first ran on them. Each combines constructs that interact inside whole articles: a headline
 * repeating a figure in other words, counts far from their noun or in lists, a suspect's home province beside
 * the event's, the national ministry in Hanoi beside the provincial force, year-on-year comparisons, round-ups,
 * quoted speech over sentences, officials named in full and later by surname or title.
 * First reading (engine at e4ce23c, before any change this set informed): language 1.00, primary 1.00, province
 * F1 0.99 (Ho Chi Minh written as a bare name in pl missed), people recall 1.00 and precision 1.00, figure recall
 * 256/272 = 0.94, precision 256/276 = 0.93, topic 245/256 = 0.96, 11 listed non-figures read. Per language
 * (recall / precision / topic): cs 0.88/0.88/1.00, de 0.90/0.82/0.22, en 0.89/0.89/1.00, es 1.00/0.92/1.00,
 * fr 0.85/0.92/0.91, id 1.00/0.93/1.00, it 1.00/1.00/1.00, ms 0.93/0.93/1.00, nl 1.00/0.93/1.00,
 * pl 1.00/0.94/0.97, pt 0.81/0.81/0.92, ro 0.94/1.00/1.00, vi 1.00/1.00/1.00.
 * After the classes this set showed were fixed (figures-e31a-classes.test.ts: the Portuguese dong, phones that are
 * no cells, holidaymakers, listed singular nationals, counts compared as "three fewer" / "cu 12 mai multe"):
 * recall 267/272 = 0.98, precision 267/278 = 0.96, topic 0.955, 10 listed non-figures read; per language cs
 * 0.94/0.94/1.00, de 1.00/0.91/0.20, en 0.94/0.94/1.00, es 1.00/0.92/1.00, fr 0.92/0.92/0.92, id 1.00/0.93/1.00,
 * it 1.00/1.00/1.00, ms 0.93/0.93/1.00, nl 1.00/0.93/1.00, pl 1.00/0.94/0.97, pt 1.00/1.00/0.94, ro
 * 0.97/1.00/1.00, vi 1.00/1.00/1.00. The thresholds guard that level. Left: a German scam told by its transfer
 * and "Online-Betrug" in paragraphs apart from its fraud words (crime, not cyber); legal thresholds ("ponad
 * 100 gramów heroiny", "meer dan 1 miljard dong") and sizes ("berkapasitas 45 kursi", "camion de 15 tonnes",
 * "0,4 miligramos por litro") read as counts; "Of the cases, 41 involved drugs" (a verb after the number hides
 * the partitive); storeys burned ("două etaje"); cs "300 cihel heroinu a 80 tisíc pilulek" reads 80 tisíc only.
 * The per-file report (every miss and extra) is printed on each run.
 */
import { expect, it } from 'vitest';
import { describeGoldSet } from '../support/describe-gold-set.js';
import { subset } from '../support/gold-set.js';

describeGoldSet(
  'Invented whole articles e31a: extraction against gold',
  {
    gold: 'test/fixtures/invented/e31a.gold.json',
    texts: 'test/fixtures/invented/e31a',
    print: 'invented e31a set',
    thresholds: {
      language: 1,
      primary: 1,
      provinceF1: 0.99,
      peopleRecall: 1,
      peoplePrecision: 1,
      figureRecall: 0.98,
      figurePrecision: 0.96,
      topicAccuracy: 0.95,
    },
    // The gold lists spans that are dates, ages, sizes, legal thresholds, phone numbers... per file: a cap at
    // the level the set reaches (11 at the first reading).
    nonFigureCap: 10,
  },
  (set) => {
    const { gold } = set;

    it('has eighteen articles in the planned languages', () => {
      // Prepare
      const expected = [
        'cs',
        'de',
        'en',
        'es',
        'fr',
        'id',
        'id',
        'it',
        'it',
        'ms',
        'nl',
        'pl',
        'pl',
        'pt',
        'pt',
        'ro',
        'ro',
        'vi',
      ];

      // Act
      const languages = gold.articles.map((g) => g.language).sort();

      // Assess
      expect(languages).toEqual(expected);
    });

    it('reports each language apart', () => {
      // Act
      const languages = [...new Set(gold.articles.map((g) => g.language))].sort();
      const rows = languages.map((lang) => {
        const t = subset(set, (g) => g.language === lang).score;
        const f = (x: number): string => x.toFixed(2);
        return `${lang}: primary ${f(t.primary)} F1 ${f(t.provinceF1)} people ${f(t.peopleRecall)}/${f(t.peoplePrecision)} recall ${f(t.figureRecall)} precision ${f(t.figurePrecision)} topic ${f(t.topicAccuracy)}`;
      });
      console.log(rows.join('\n'));

      // Assess
      expect(rows).toHaveLength(13);
    });
  },
);
