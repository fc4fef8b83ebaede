/**
 * Figure classes of session 29 (b29f), Latin- and Cyrillic-script languages, on sentences written for the project
 * (never an article's text):
 * - deaths named as "death cases" (sr "smrtnih slučajeva", ru "смертельных случаев", "случаев смерти", uk, bg,
 *   mk, sl, en, es, pt, ro, id) count persons, as "deaths" does, and as ar "حالات وفاة" already did; a case of
 *   anything else stays a case;
 * - ru trials ("двух процессов") are cases, as fr "procès" is; lives ("15 жизней") are persons, as en "lives",
 *   sr "života" are; drug dealers with the prefix "нарко-" (наркодилер, наркоделец) are persons;
 *   "легковой/легковых" (passenger car, an adjective standing as its noun) is a vehicle;
 * - a Vietnamese residential group ("tổ dân phố") translated as es/pt "grupo residencial", fr "groupe
 *   résidentiel", it "gruppo residenziale" names an address, as en "residential group" does: its number is no
 *   count;
 * - fi lengths ("45 senttiä", "3 metriä") are distances, not counts;
 * - sr "se vodi kao nestalo" (is listed as missing) is a copula before a fate: the number before it counts
 *   persons, as "числятся пропавшими" does in ru;
 * - sk "jednu" (one, feminine accusative) is the numeral one ("najmenej jednu obeť"), as cs "jednu" is;
 * - ro "o sută" (a hundred) is a number ("o sută de mii", a hundred thousand), as "o mie" was;
 * - a scale joined to digits by a hyphen scales them (sk, cs "30-tisíc domov"), as after a space; a scale
 *   joined on to a further word ("30-thousand-strong") stays an attribute;
 * - a partitive of more than one word between a number and a noun of persons is skipped, as a one-word one
 *   was (id "lima di antaranya wisatawan", five of them tourists); before a noun of things it still is not.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const CASES: Case[] = [
  // death cases are persons; other cases stay cases
  [
    'sr',
    'Policija je zabeležila 7 smrtnih slučajeva i 4 slučaja krađe.',
    [
      [7, 'person'],
      [4, 'case'],
    ],
  ],
  ['sr', 'У округу је пријављено 5 смртних случајева.', [[5, 'person']]],
  [
    'ru',
    'Врачи зафиксировали 14 смертельных случаев и 3 случая смерти.',
    [
      [14, 'person'],
      [3, 'person'],
    ],
  ],
  ['ru', 'Полиция расследует 6 случаев мошенничества.', [[6, 'case']]],
  ['uk', 'Лікарі зафіксували 8 смертельних випадків.', [[8, 'person']]],
  ['bg', 'Властите съобщиха за 9 смъртни случая.', [[9, 'person']]],
  ['mk', 'Властите пријавија 9 смртни случаи.', [[9, 'person']]],
  ['sl', 'Reševalci so potrdili 5 smrtnih primerov.', [[5, 'person']]],
  [
    'en',
    'The ministry reported 7 death cases and 4 cases of theft.',
    [
      [7, 'person'],
      [4, 'case'],
    ],
  ],
  ['es', 'El hospital confirmó 7 casos de muerte.', [[7, 'person']]],
  ['pt', 'O hospital confirmou 7 casos de morte.', [[7, 'person']]],
  ['ro', 'Spitalul a confirmat 7 cazuri de deces.', [[7, 'person']]],
  [
    'id',
    'Rumah sakit mencatat 7 kasus kematian dan 3 kasus pencurian.',
    [
      [7, 'person'],
      [3, 'case'],
    ],
  ],
  // ru trials, lives, drug dealers
  ['ru', 'Суд провёл 3 процесса по делам о контрабанде.', [[3, 'case']]],
  ['ru', 'Пожар унес 9 жизней.', [[9, 'person']]],
  [
    'ru',
    'Полиция задержала 2 наркодилеров и 4 наркодельцов.',
    [
      [2, 'person'],
      [4, 'person'],
    ],
  ],
  [
    'ru',
    'Оползень засыпал два грузовика и три легковых.',
    [
      [2, 'vehicle'],
      [3, 'vehicle'],
    ],
  ],
  ['ru', 'Инспекторы остановили 6 легковых автомобилей.', [[6, 'vehicle']]],
  // a residential group's number names an address
  ['es', 'El fuego empezó en la casa 12, grupo residencial 5 Tran Phu, y dejó 3 heridos.', [[3, 'person']]],
  ['pt', 'O fogo começou na casa 12, grupo residencial 5 Tran Phu, e deixou 3 feridos.', [[3, 'person']]],
  ['fr', 'Le feu a pris au 12, groupe résidentiel 5 Tran Phu, et a fait 3 blessés.', [[3, 'person']]],
  [
    'it',
    'Il fuoco è partito dal civico 12, gruppo residenziale 5 Tran Phu, e ha causato 3 feriti.',
    [[3, 'person']],
  ],
  // fi lengths are no counts; a percentage still is one
  ['fi', 'Edellinen ennätys, 45 senttiä, jäi alle, kun vettä nousi 3 metriä.', []],
  [
    'fi',
    'Hinnat nousivat 20 prosenttia ja 40 ihmistä evakuoitiin.',
    [
      [20, 'percent'],
      [40, 'person'],
    ],
  ],
  // a copula of being listed before a fate
  [
    'sr',
    'Sedam ribara je poginulo, a 4 se vode kao nestali.',
    [
      [7, 'person'],
      [4, 'person'],
    ],
  ],
  ['sr', 'Још 3 се воде као нестала после поплава.', [[3, 'person']]],
  [
    'sr',
    'Policija je pronašla 6 vozila, a 2 se vode kao ukradena.',
    [
      [6, 'vehicle'],
      [2, 'other'],
    ],
  ],
  // sk "jednu" is the numeral one before its noun; no noun, no count
  ['sk', 'Požiar si vyžiadal najmenej jednu obeť.', [[1, 'person']]],
  ['sk', 'Polícia zaistila jednu zbraň.', [[1, 'weapon']]],
  ['sk', 'Na jednu stranu to pomohlo.', []],
  // ro "o sută" is a hundred
  ['ro', 'Au fost inundate peste o sută de mii de case.', [[100000, 'other']]],
  ['ro', 'Pompierii au salvat o sută de oameni.', [[100, 'person']]],
  // a scale joined by a hyphen
  ['sk', 'Evakuovali vyše 40-tisíc ľudí.', [[40000, 'person']]],
  ['cs', 'Poškozeno bylo přes 25-tisíc domů.', [[25000, 'other']]],
  ['en', 'A 30-thousand-strong crowd gathered and 5 people were hurt.', [[5, 'person']]],
  // a longer partitive before persons
  ['id', 'Semua korban warga lokal, tiga di antaranya nelayan.', [[3, 'person']]],
  ['id', 'Semua korban warga lokal, dua di antara mereka petani.', [[2, 'person']]],
  [
    'id',
    'Polisi menyita 9 mobil, dua di antaranya truk.',
    [
      [9, 'vehicle'],
      [2, 'vehicle'],
    ],
  ],
];

describe('session 29 (b29f): counted nouns and names in Latin- and Cyrillic-script languages', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    const figures = extractFigures(documentOf(text, language), []);
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});
