/**
 * Classes of batch 48 (fig48: figures), on sentences written for this test:
 * - Urdu names the whole before its part with a genitive ("1000 بندوق کے پرزے"); an event after the particle is
 *   no part but what befell the whole ("3 گاڑیوں کے حادثات", accidents of 3 vehicles): the number counts the
 *   vehicles (figures/read.ts ownedThing).
 * - Urdu آگ (fire) right after a number counts fires as cases ("4 آگ"), as "آگ لگیں" (fires broke out) does, and
 *   ادارے (establishments) is a counted noun of its own, so the window stops there ("6 ادارے آگ سے بچاؤ…",
 *   six establishments breaking fire-prevention rules, counts establishments, not fires) (lexicon ur units).
 * - A numbered motto in quotation marks („3 spravedlivé, 4 jasné, 5 dalších“): the first number after the
 *   opening quote was already a slogan's; the numbers opening its later items, with no counted noun, number the
 *   motto's parts as well and count nothing (figures/read.ts inNumberedMotto).
 * - Japanese writes the US dollar bare as ドル ("9000万ドル"); ICU names it 米ドル only, and its other dollars
 *   (カナダドル) share the tail, so no locale data gives ドル a code: the lexicon names it USD, as every other
 *   lexicon names its language's "dollar" (lexicon ja currencies).
 * - A count of security forces counts persons, as German "Sicherheitskräfte" does: Czech and Slovak translate
 *   the Vietnamese "lực lượng" (personnel) as "bezpečnostních (a pořádkových) složek" (lexicon cs, sk units).
 * - Explosions counted are incidents, as fires are ("in due esplosioni", "27起爆炸事件"): the plural nouns of an
 *   explosion or a blast are unit case (lexicon en, it, fr, es, pt, de, nl, pl, cs, ru units); explosives
 *   ("49 explosive shells", "materiały wybuchowe") are no such noun.
 */
import { describe } from 'vitest';
import type { Figure } from '../../lambdas/shared/article.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

const URDU_PARTS: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'شاہراہ پر 3 گاڑیوں کے حادثات میں 2 افراد زخمی ہوئے۔',
    [
      [3, 'vehicle'],
      [2, 'person'],
    ],
  ],
  ['ur', 'پولیس نے 4 کاروں کے حادثے کی تحقیقات شروع کیں۔', [[4, 'vehicle']]],
  // A part of things after the genitive is still what the number counts.
  ['ur', 'پولیس نے 1000 بندوق کے پرزے ضبط کیے۔', [[1000, 'other']]],
];

describe('fig48: an event after an Urdu genitive is no part of the whole counted', () => {
  itReadsEach(URDU_PARTS, valueAndUnit);
});

const URDU_FIRES: Array<[string, string, Array<[number, string]>]> = [
  [
    'ur',
    'گزشتہ سال کے مقابلے میں ضلع میں 5 آگ، 9 حادثات کم ہوئے۔',
    [
      [5, 'case'],
      [9, 'case'],
    ],
  ],
  ['ur', 'معائنے میں 8 ادارے آگ سے بچاؤ کے ضوابط پر عمل نہیں کر رہے تھے۔', [[8, 'other']]],
  ['ur', 'ٹیم نے 12 کاروباری اداروں کا معائنہ کیا۔', [[12, 'other']]],
];

describe('fig48: Urdu fires counted are cases; establishments are counted as themselves', () => {
  itReadsEach(URDU_FIRES, valueAndUnit);
});

const MOTTOS: Array<[string, string, Array<[number, string]>]> = [
  ['cs', 'Jednotka se řídila heslem „3 čisté, 4 rychlé, 5 lepší“ a zadržela 11 osob.', [[11, 'person']]],
  [
    'en',
    'Officers kept the motto “2 clean, 3 clear, 4 more” and arrested 6 suspects, 2 women.',
    [
      [6, 'person'],
      [2, 'person'],
    ],
  ],
  ['fr', 'Le slogan « 3 non, 2 oui » a mobilisé 40 policiers.', [[40, 'person']]],
  // Numbers in a list outside quotation marks, or counting their own noun, still count.
  [
    'cs',
    'Policie zadržela 3 muže, 4 ženy a 5 dětí.',
    [
      [3, 'person'],
      [4, 'person'],
      [5, 'person'],
    ],
  ],
  [
    'en',
    'The campaign "5 no" reached 3 districts, 12 communes.',
    [
      [3, 'locality'],
      [12, 'locality'],
    ],
  ],
];

describe('fig48: the later numbers of a quoted numbered motto count nothing', () => {
  itReadsEach(MOTTOS, valueAndUnit);
});

const valueUnitAndCurrency = (f: Figure): [number, string, string | undefined] => [
  f.value,
  f.unit,
  f.currency,
];

const DOLLARS: Array<[string, string, Array<[number, string, string | undefined]>]> = [
  ['ja', '税関は3500万ドル相当の麻薬を押収した。', [[35000000, 'other', 'USD']]],
  ['ja', '男は約4,200ドルを受け取った。', [[4200, 'other', 'USD']]],
  [
    'ja',
    '容疑者は約80万円と500米ドルを隠していた。',
    [
      [800000, 'other', 'JPY'],
      [500, 'other', 'USD'],
    ],
  ],
];

describe('fig48: a bare Japanese ドル is the US dollar', () => {
  itReadsEach(DOLLARS, valueUnitAndCurrency);
});

const FORCES: Array<[string, string, Array<[number, string]>]> = [
  ['cs', 'Na akci dohlíželo přes 4 000 bezpečnostních složek.', [[4000, 'person']]],
  ['cs', 'Obec nasadila 800 bezpečnostních a pořádkových složek.', [[800, 'person']]],
  ['sk', 'Mesto nasadilo 900 bezpečnostných zložiek.', [[900, 'person']]],
  // Components with no word of security stay things.
  ['cs', 'Policie koordinovala práci 3 složek.', [[3, 'other']]],
];

describe('fig48: a count of security forces counts persons', () => {
  itReadsEach(FORCES, valueAndUnit);
});

const EXPLOSIONS: Array<[string, string, Array<[number, string]>]> = [
  [
    'it',
    'Almeno sei persone sono rimaste ferite in due esplosioni.',
    [
      [6, 'person'],
      [2, 'case'],
    ],
  ],
  ['en', 'Three blasts shook the market.', [[3, 'case']]],
  ['ru', 'В районе прогремело 2 взрыва.', [[2, 'case']]],
  ['pl', 'Na targu doszło do trzech wybuchów.', [[3, 'case']]],
  ['de', 'Bei zwei Explosionen brannte die Halle.', [[2, 'case']]],
  // Explosives are things, not incidents.
  ['en', 'Police seized 40 explosive shells.', [[40, 'other']]],
];

describe('fig48: explosions counted are incidents', () => {
  itReadsEach(EXPLOSIONS, valueAndUnit);
});
