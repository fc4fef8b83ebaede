/**
 * Classes of batch 44 (fig44: figures), on sentences written for this test:
 * - a list of casualties opened by its phrase (lexicon casualtyLists: ur "ہلاک ہونے والوں میں", en "among the
 *   dead", fr "parmi les blessés", de "unter den Toten", hi "मृतकों में") counts each person named there with the
 *   indefinite article, one each, though no fate follows the noun; an age, a genitive or a noun qualifying the
 *   person's may stand between the article and the noun (figures/casualty-list.ts). A clause-opening ur "ایک"
 *   with no such phrase stays the article (session 39's rule), a thing in the list is no person, and a
 *   victim of a fraud is no casualty.
 * - 113, Vietnam's police emergency line, beside a word of the police (lexicon policeWords) names the police's
 *   rapid-response force, as translations keep it ("경찰 113명", "113 сотрудникам полиции"): no count; other
 *   numbers beside the word still count officers (figures/police-line.ts).
 * - a registration plate after its word (lexicon plateWords: hi, ur, bn, ko) is no count, its series letter
 *   written in the translation's script and spaced ("29 ए 123.45", "29가 1234") as much as in capitals; a count
 *   after the plate still counts (figures/plate-word.ts).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const CASUALTY_LISTS: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'مرنے والوں میں ایک بزرگ مزدور اور شہر کا ایک راہگیر بھی شامل ہے۔',
    [
      [1, 'person'],
      [1, 'person'],
    ],
  ],
  ['ur', 'زخمیوں میں ایک نو سال کا بچہ بھی شامل ہے جسے ہسپتال لے جایا گیا۔', [[1, 'person']]],
  ['ur', 'ہلاک ہونے والوں میں ایک ٹیکسی ڈرائیور بھی شامل ہے۔', [[1, 'person']]],
  // No list's phrase: the clause-opening article, as col39b-classes reads it.
  ['ur', 'ایک شخص نے پولیس کو فون کیا اور 3 ملزمان پکڑے گئے۔', [[3, 'person']]],
  // A thing in the list is no person.
  ['ur', 'ہلاک ہونے والوں میں ایک گائے بھی شامل تھی۔', []],
  [
    'en',
    'Among the dead were a retired teacher and a 12-year-old boy, officials said.',
    [
      [1, 'person'],
      [1, 'person'],
    ],
  ],
  // Victims of a fraud are no casualties: "victims" opens no list.
  ['en', 'Among the victims was a shop owner who lost his savings.', []],
  // A number with a noun of its own counts them; the article is the family's.
  ['en', 'Among the dead was a family of 4 people.', [[4, 'person']]],
  [
    'fr',
    'Parmi les blessés figurent un policier et une jeune femme.',
    [
      [1, 'person'],
      [1, 'person'],
    ],
  ],
  ['de', 'Unter den Toten ist auch ein Feuerwehrmann.', [[1, 'person']]],
  ['hi', 'घायलों में एक बुजुर्ग किसान भी शामिल है।', [[1, 'person']]],
];

describe('fig44: persons named with the article in a list of casualties count one each', () => {
  itReadsEach(CASUALTY_LISTS, valueAndUnit);
});

const POLICE_LINE: Array<[string, string, Array<[number, string]>]> = [
  ['ko', '화재 현장에 경찰 113명과 구급차 4대가 출동했다.', [[4, 'vehicle']]],
  [
    'ko',
    '화재 현장에 경찰 60명과 구급차 4대가 출동했다.',
    [
      [60, 'person'],
      [4, 'vehicle'],
    ],
  ],
  ['ru', 'Губернатор поздравил 113 сотрудникам полиции с праздником.', []],
  ['ru', 'Губернатор вручил награды 38 сотрудникам полиции.', [[38, 'person']]],
  ['ru', 'Патруль полиции 113 задержал 2 подозреваемых.', [[2, 'person']]],
  ['en', 'Police 113 officers detained 5 suspects.', [[5, 'person']]],
];

describe('fig44: 113 beside a word of the police names the force', () => {
  itReadsEach(POLICE_LINE, valueAndUnit);
});

const PLATE_WORDS: Array<[string, string, Array<[number, string]>]> = [
  ['hi', 'पुलिस ने नंबर प्लेट 30 बी 456.78 वाली एक कार रोकी।', []],
  ['hi', 'लाइसेंस प्लेट 60 सी 24680 वाले ट्रक में 4 लोग सवार थे।', [[4, 'person']]],
  ['ur', 'نمبر پلیٹ 43 بی 246.80 والی کار کو روکا گیا۔', []],
  ['bn', 'লাইসেন্স প্লেট 30 সি 135.79 যুক্ত একটি গাড়ি থামানো হয়।', []],
  ['ko', '번호판 30나 5678 승합차에서 2명이 다쳤다.', [[2, 'person']]],
];

describe('fig44: a plate after its word is no count', () => {
  itReadsEach(PLATE_WORDS, valueAndUnit);
});
