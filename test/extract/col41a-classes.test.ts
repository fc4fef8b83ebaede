/**
 * Classes of batch 41a (col41a: bg el pl ru uk), on sentences written for this test:
 * - a half before a weight or a scale in the Slavic languages (lexicon `numberWords`, read by tokens.ts's
 *   placeHalves as en "half a tonne", de "eine halbe Tonne" are): ru "половину тонны", "пол тонны", uk "пів
 *   тонни", bg "половин тон", pl "pół tony", cs "půl tuny", sk "pol tony", sr "пола тоне"; before any other
 *   word the half stays a word ("пів години", half an hour; "половина задержанных", half of the detained);
 * - a road's chainage written with a spaced plus ("на 97-м км + 600", "Km 97 + 600"): the metres past the
 *   kilometre post are part of the place, no count (figures/read.ts isChainageTail);
 * - award nominees, laureates and finalists are persons (uk "номінант", ru "номинант", en "nominees"), and uk
 *   "премія" (an award) names the awards topic, as ru "премия" does (lexicon `units`, `topics`);
 * - ketamine, amphetamine and MDMA name the drugs topic in bg, el and sr, as they do in ru and uk.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const FIGURES: Array<[string, string, Array<[number, string]>]> = [
  ['ru', 'Пограничники изъяли половину тонны опиума.', [[500, 'kg']]],
  ['ru', 'В машине нашли пол тонны героина.', [[500, 'kg']]],
  ['uk', 'Митники знайшли пів тонни кокаїну в контейнері.', [[500, 'kg']]],
  ['bg', 'Граничарите откриха половин тон хероин в камион.', [[500, 'kg']]],
  ['pl', 'Straż graniczna przejęła pół tony marihuany.', [[500, 'kg']]],
  ['cs', 'Celníci zadrželi půl tuny pervitinu.', [[500, 'kg']]],
  ['sk', 'Colníci zaistili pol tony kokaínu.', [[500, 'kg']]],
  ['sr', 'Граничари су открили пола тоне кокаина.', [[500, 'kg']]],
  // A half before a word that is no weight or scale is a word: the count after it stands alone.
  ['uk', 'Пів години тому патруль затримав 4 осіб.', [[4, 'person']]],
  ['ru', 'Половина задержанных — 6 человек из соседней провинции.', [[6, 'person']]],
  ['pl', 'Pół godziny później policja zatrzymała 3 osoby.', [[3, 'person']]],
  // The chainage's metres are no count; a count after it is read.
  ['ru', 'Грузовик перевернулся на 212-м км + 350 трассы, погибли 2 человека.', [[2, 'person']]],
  ['ru', 'ДТП произошло на км 48 + 150 шоссе.', []],
  ['uk', 'Аварія сталася на 31-му км + 700 траси.', []],
  ['en', 'The truck overturned at Km 212 + 350 of the highway, killing 2 people.', [[2, 'person']]],
  // A plus between two weights is no chainage: both are read.
  [
    'ru',
    'Изъяли 3 кг + 200 граммов марихуаны.',
    [
      [3, 'kg'],
      [0.2, 'kg'],
    ],
  ],
  ['uk', 'Журі назвало 12 найкращих номінантів премії.', [[12, 'person']]],
  ['ru', 'Жюри назвало 8 лауреатов премии.', [[8, 'person']]],
  ['en', 'The committee announced 15 nominees for the award.', [[15, 'person']]],
];

const TOPICS: Array<[string, string, string]> = [
  ['bg', 'Митничарите откриха 30 килограма кетамин в пратка.', 'drugs'],
  ['el', 'Οι τελωνειακοί βρήκαν 30 κιλά κεταμίνης σε δέμα.', 'drugs'],
  ['sr', 'Carinici su pronašli 30 kilograma ketamina u paketu.', 'drugs'],
  ['uk', 'Журі назвало 12 найкращих номінантів премії.', 'awards'],
];

describe('Function: extractFigures (col41a classes)', () => {
  itReadsEach(FIGURES, valueAndUnit);

  it.each(TOPICS)('%s topic: %s', (language, text, topic) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => f.topic)).toEqual([topic]);
  });
});
