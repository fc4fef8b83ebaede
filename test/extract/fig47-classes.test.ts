/**
 * Classes of session 47's figure fixes (fig47), on sentences written for the project (never an article's text):
 * - zh bare 元 is the dong: Chinese news of Vietnam writes a sum in dong with the bare unit ("损失约300亿元");
 *   a yuan or a Taiwan dollar is named, after the unit ("元人民币") or glued before the number, maybe with a
 *   word of approximation between ("损失约人民币8500元", "新台幣約2億元");
 * - a count of wild animals is no count of persons: the animal is the counted noun, an adjective of age after it
 *   ("adulți", "adulte") or a word it folds like (vi "hổ", tiger, folds to "hộ", household) does not make it one;
 * - two countries after a definite article or a demonstrative are the two sides of a bilateral relation, no
 *   count ("between the two countries", zh 二国);
 * - id/ms compound number words are one number: teens ("dua belas", 12), tens ("dua puluh lima", 25) and
 *   hundreds ("seratus dua puluh", 120; "tiga ratus lima puluh", 350), as Vietnamese multiplies its own;
 * - officials counted by a title word are persons, as the gold counts "5 funcionarios" (es "subdirectores",
 *   cs "náměstky", ru "заместителя": deputies).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, expected: [value: number, unit: string, currency?: string][]];

const read = (language: string, text: string) =>
  extractFigures(documentOf(text, language), []).map((f) =>
    f.currency === undefined ? [f.value, f.unit] : [f.value, f.unit, f.currency],
  );

const CASES: Case[] = [
  // Bare 元: the dong, in simplified and traditional script, with a scale glued to it
  ['zh', '这场火灾造成的损失约300亿元。', [[30000000000, 'vnd', 'VND']]],
  ['zh', '警方在車內查獲12億5000萬元現金。', [[1250000000, 'vnd', 'VND']]],
  // The yuan named after the unit, or before the number glued to the words before it
  ['zh', '他们共骗取了6万元人民币。', [[60000, 'other', 'CNY']]],
  ['zh', '此案损失约人民币4500元。', [[4500, 'other', 'CNY']]],
  ['zh', '该公司投资人民币2亿元。', [[200000000, 'other', 'CNY']]],
  // A Taiwan dollar, with a word of approximation between the currency and the number
  ['zh', '該工廠投資新台幣約2億元。', [[200000000, 'other', 'TWD']]],
  ['zh', '貨物價值約新台幣15億元。', [[1500000000, 'other', 'TWD']]],
  // Negative: the dong named as such stays the dong
  ['zh', '警方查获500万越南盾。', [[5000000, 'vnd', 'VND']]],
  // Wild animals, with an adjective of age or size that is also a noun of persons
  ['ro', 'Vameșii au găsit 12 tigri adulți într-o fermă.', [[12, 'other']]],
  [
    'it',
    'La polizia ha sequestrato 9 tigri adulte e 4 orsi.',
    [
      [9, 'other'],
      [4, 'other'],
    ],
  ],
  ['pl', 'Strażnicy znaleźli 6 tygrysów w klatkach.', [[6, 'other']]],
  [
    'cs',
    'Celníci zachránili 3 medvědi a 7 tygrů.',
    [
      [3, 'other'],
      [7, 'other'],
    ],
  ],
  [
    'ru',
    'Таможенники обнаружили 8 тигров и 2 медведя.',
    [
      [8, 'other'],
      [2, 'other'],
    ],
  ],
  ['vi', 'Lực lượng chức năng giải cứu 6 con hổ trưởng thành.', [[6, 'other']]],
  // Negative: a household is still one, and adults alone are persons
  ['vi', 'Trận lũ làm 15 hộ dân phải di dời.', [[15, 'household']]],
  ['ro', 'Au fost evacuați 30 de adulți.', [[30, 'person']]],
  // The two sides of a bilateral relation
  ['en', 'Trade between the two countries grew last year.', []],
  ['fr', 'La coopération entre les deux pays se renforce.', []],
  ['nl', 'De vriendschap tussen de twee landen groeit.', []],
  ['es', 'Los ministros de los dos países firmaron un acuerdo.', []],
  ['zh', '二国关系继续发展。', []],
  // Negative: a count of countries with no article stays
  [
    'en',
    'The ring sold drugs in 3 countries and two countries sent police.',
    [
      [3, 'country'],
      [2, 'country'],
    ],
  ],
  ['fr', 'Les suspects venaient de deux pays voisins.', [[2, 'country']]],
  // id/ms compound number words
  ['id', 'Petugas menahan dua belas pengedar narkoba.', [[12, 'person']]],
  ['id', 'Sebanyak dua puluh tujuh warga mengungsi.', [[27, 'person']]],
  ['id', 'Polisi menyita seratus dua puluh kilogram ganja.', [[120, 'kg']]],
  ['id', 'Empat ratus enam puluh warga dievakuasi.', [[460, 'person']]],
  ['id', 'Banjir merusak dua ribu tiga ratus rumah.', [[2300, 'other']]],
  ['ms', 'Polis menahan tiga belas suspek.', [[13, 'person']]],
  ['ms', 'Seramai lima puluh lapan mangsa dipindahkan.', [[58, 'person']]],
  // Negative: a bare hundred is a word, and digits keep their scale words
  ['id', 'Beberapa ratus warga berkumpul di balai desa.', []],
  ['id', 'Polisi menyita 5 ratus gram sabu.', [[0.5, 'kg']]],
  // Negative: a number repeated across a hyphen stays one ("both")
  ['ms', 'Polis menahan kedua-dua pemandu itu.', [[2, 'person']]],
  // Officials counted by a title word
  ['es', 'El ministerio cesó a dos subdirectores del departamento.', [[2, 'person']]],
  ['cs', 'Ministr odvolal čtyři náměstky.', [[4, 'person']]],
  ['ru', 'Суд арестовал двух заместителей директора.', [[2, 'person']]],
  ['en', 'Three deputies of the department were disciplined.', [[3, 'person']]],
];

describe('fig47 classes', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(read(language, text)).toEqual(expected);
  });
});
