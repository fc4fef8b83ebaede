import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { lexiconFor } from '../../lambdas/extract/figures/index.js';
import { candidatesFor, detectLanguage, toIso6391 } from '../../lambdas/extract/language/index.js';
import { LEXICONS } from '../../lambdas/extract/lexicons/index.generated.js';
import {
  KINSHIP,
  kinOf,
  lexiconLanguage,
  parseKinship,
  readingOrder,
} from '../../lambdas/extract/lexicons/load.js';
import { LexiconError } from '../../lambdas/shared/errors.js';
import { PRIMARY } from '../support/primary-choice.js';

/** Invented police news, one short paragraph per language read with a kin's lexicon. */
const PARAGRAPHS: readonly (readonly [string, string])[] = [
  [
    'sk',
    'Polícia v provincii Nghe An zadržala 12 osôb a zaistila 3,5 kilogramu heroínu. Podľa vyšetrovateľov skupina pašovala drogy cez hranicu z Laosu. Kriminalisti objasnili aj 8 prípadov krádeží.',
  ],
  [
    'da',
    'Politiet i provinsen Nghe An anholdt 7 personer og beslaglagde 2,5 kilo kokain. Ifølge efterforskerne smuglede gruppen narkotika over grænsen fra Laos. Ved en trafikulykke samme dag døde tre mennesker.',
  ],
  [
    'no',
    'Politiet i provinsen Nghe An pågrep 9 personer og beslagla 1,5 kilo heroin. Ifølge etterforskerne smuglet gruppen narkotika over grensen fra Laos. I en trafikkulykke samme dag omkom to personer.',
  ],
  [
    'uk',
    'Поліція провінції Нгеан затримала 12 осіб і вилучила 3,5 кілограма героїну. За даними слідчих, угруповання переправляло наркотики через кордон з Лаосу. Того ж дня у ДТП загинули дві людини.',
  ],
  [
    'be',
    'Міліцыя правінцыі Нгеан затрымала 7 асоб і канфіскавала 2 кілаграмы гераіну. Паводле звестак следчых, група перапраўляла наркотыкі праз мяжу з Лаоса. У той жа дзень у аварыі загінулі два чалавекі.',
  ],
  [
    'ca',
    "La policia de la província de Nghe An va detenir 12 persones i va comissar 3,5 quilograms d'heroïna. Segons els investigadors, el grup introduïa droga pel pas fronterer amb Laos. El mateix dia van morir dues persones en un accident de trànsit.",
  ],
  [
    'gl',
    'A policía da provincia de Nghe An detivo 12 persoas e incautou 3,5 quilos de heroína. Segundo os investigadores, o grupo introducía droga pola fronteira con Laos. O mesmo día morreron dúas persoas nun accidente de tráfico.',
  ],
  [
    'af',
    "Die polisie in die provinsie Nghe An het 12 persone gearresteer en 3,5 kilogram heroïen gekonfiskeer. Volgens die speurders het die bende dwelms oor die grens vanaf Laos gesmokkel. Op dieselfde dag is twee mense in 'n motorongeluk dood.",
  ],
];

describe('Data: lexicons/kinship.json', () => {
  const reportable = new Set(
    [...candidatesFor('Latin'), ...candidatesFor('Cyrillic'), ...candidatesFor('Devanagari')].map((c) =>
      toIso6391(c),
    ),
  );

  it.each(Object.entries(KINSHIP))('%s: read with kin that have files, for a reason', (language, entry) => {
    // Assess: the language lacks a lexicon of its own for some concern, its kin have one, and the detector
    // can report it (Danish and Ukrainian have their own figures file since session 6: their kin lend the rest)
    // (Bulgarian has its figures, people and places files since session 20: Russian lends its structure words.)
    expect(
      ['figures', 'people', 'places', 'structure'].some((c) => LEXICONS[language]?.[c] === undefined),
    ).toBe(true);
    expect(entry.kin.filter((k) => LEXICONS[k] === undefined)).toEqual([]);
    expect(entry.kin).not.toContain(language);
    expect(entry.reason.length).toBeGreaterThan(40);
    if (language !== 'no') expect(reportable).toContain(language);
  });

  it('fails with a LexiconError naming the file when an entry is malformed', () => {
    // Act
    const parse = () => parseKinship({ languages: { sk: { kin: ['ces'], reason: 'West Slavic' } } });

    // Assess
    expect(parse).toThrow(LexiconError);
    expect(parse).toThrow(/^lexicons\/kinship\.json: [^]*kin/);
  });
});

describe('Function: kinOf', () => {
  it.each([
    ['sk', ['cs', 'de', 'en'], ['cs']],
    ['ca', ['de', 'es', 'fr'], ['es', 'fr']],
    ['ca', ['de', 'fr'], ['fr']],
    ['sk', ['de', 'en'], []],
    ['cs', ['cs', 'de'], []],
    ['tr', ['cs', 'de'], []],
  ] as const)('%s among %j: %j', (language, available, expected) => {
    expect(kinOf(language, available)).toEqual(expected);
  });
});

describe('Function: readingOrder with kin', () => {
  it.each([
    ['places', 'sk', ['de', 'en', 'cs', 'vi'], ['cs', 'de', 'en', 'vi']],
    ['people', 'gl', ['de', 'es', 'pt', 'vi'], ['pt', 'es', 'de', 'vi']],
    ['places', 'tr', ['de', 'en', 'cs', 'vi'], ['de', 'en', 'cs', 'vi']],
    ['places', 'cs', ['de', 'en', 'cs', 'vi'], ['cs', 'vi', 'en']],
  ] as const)('%s in %s: %j', (concern, language, available, expected) => {
    expect(readingOrder(concern, language, available)).toEqual(expected);
  });
});

describe('Function: lexiconLanguage', () => {
  it.each([
    ['figures', 'sk', 'sk'],
    ['places', 'sk', 'sk'],
    ['people', 'sk', 'cs'],
    ['figures', 'da', 'da'],
    ['figures', 'uk', 'uk'],
    ['figures', 'no', 'no'],
    ['figures', 'be', 'ru'],
    ['figures', 'ca', 'es'],
    ['figures', 'cs', 'cs'],
    ['figures', 'tr', 'tr'],
    ['figures', 'hr', 'sr'],
    ['figures', 'bs', 'sr'],
    ['figures', 'mk', 'mk'],
    ['places', 'mk', 'mk'],
    ['places', 'hr', 'sr'],
    ['figures', 'sl', 'sl'],
    ['figures', 'lt', 'lt'],
    ['figures', 'lv', undefined],
    ['people', 'ne', 'hi'],
    ['figures', 'mr', 'hi'],
    ['figures', 'bg', 'bg'],
    ['people', 'bg', 'bg'],
    // Swedish people data (session 18) is read for Norwegian and Danish too.
    ['people', 'no', 'sv'],
    ['people', 'da', 'sv'],
  ] as const)('%s of %s: %s', (concern, language, expected) => {
    expect(lexiconLanguage(concern, language)).toBe(expected);
  });
});

describe('Function: lexiconFor (a kin language)', () => {
  it('keeps the language and its own number format, not the kin', () => {
    // Act
    const da = lexiconFor('da');
    const sv = lexiconFor('sv');

    // Assess: Danish groups thousands with '.', Swedish with a space
    expect(da.language).toBe('da');
    expect(da.thousands.has('.')).toBe(true);
    expect(sv.thousands.has('.')).toBe(false);
    expect(da.decimal).toBe(',');
  });
});

describe('Function: detectLanguage (languages read with a kin lexicon)', () => {
  it.each(PARAGRAPHS)('%s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('Function: extractArticle (a language read with a kin lexicon)', () => {
  it.each(PARAGRAPHS)('%s: the record keeps the detected language and the province', (language, text) => {
    // Act
    const result = extractArticle(Buffer.from(text, 'utf8'), { primary: PRIMARY });

    // Assess
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.language).toBe(language);
    expect(result.article.primaryProvince?.slug).toBe('nghe-an');
    expect(result.article.figures.map((f) => f.unit)).toContain('kg');
  });

  it.each([
    ['sk', 12, 'person'],
    ['da', 7, 'person'],
    ['no', 9, 'person'],
  ] as const)('%s: the kin names the counted noun (%d %s)', (language, value, unit) => {
    // Act
    const result = extractArticle(Buffer.from(PARAGRAPHS.find(([l]) => l === language)![1], 'utf8'), {
      primary: PRIMARY,
    });

    // Assess
    expect(result.ok && result.article.figures.find((f) => f.value === value)?.unit).toBe(unit);
  });
});

describe('Function: extractArticle (Ukrainian spellings of names and words the Russian data has)', () => {
  it.each([
    ['Підозрювані перевозили наркотики вантажівкою з провінції Хатінь до міста Вінь.', ['ha-tinh'], ['vinh']],
    ['Поліція провінції Хатінь затримала двох чоловіків у місті Вінь.', ['ha-tinh'], ['vinh']],
  ] as const)('%s', (text, provinces, localities) => {
    // Act
    const result = extractArticle(Buffer.from(text, 'utf8'), { primary: PRIMARY });

    // Assess: і, ї, є, ґ read as the Russian и, и, е, г
    expect(result.ok && result.article.provinces.map((p) => p.slug)).toEqual(provinces);
    expect(result.ok && result.article.localities.map((l) => l.slug)).toEqual(localities);
  });
});

describe('Function: detectLanguage (Croatian, Serbian and Bosnian, one trigram space)', () => {
  it.each([
    [
      'hr',
      'Policija u pokrajini Nghe An uhitila je 12 osoba i zaplijenila 3,5 kilograma heroina, izjavio je pukovnik Nguyen Van Hung. Osumnjičenici su drogu prevozili kamionom iz pokrajine Ha Tinh. Prije tjedan dana u prometnoj nesreći poginule su dvije osobe, priopćila je policijska uprava.',
    ],
    [
      'sr',
      'Policija u provinciji Nghe An uhapsila je 12 osoba i zaplenila 3,5 kilograma heroina, izjavio je pukovnik Nguyen Van Hung. Osumnjičeni su drogu prevozili kamionom iz provincije Ha Tinh. Pre nedelju dana u saobraćajnoj nesreći poginule su dve osobe, saopštila je policija.',
    ],
    [
      'sr',
      'Полиција у провинцији Нгеан ухапсила је 12 особа и запленила 3,5 килограма хероина, изјавио је пуковник Нгујен Ван Хунг. Осумњичени су дрогу превозили камионом из провинције Хатињ. Пре недељу дана у саобраћајној несрећи погинуле су две особе, саопштила је полиција.',
    ],
    [
      'bs',
      'Policija u provinciji Nghe An uhapsila je 12 osoba i zaplijenila 3,5 kilograma heroina, izjavio je pukovnik Nguyen Van Hung. Osumnjičeni su drogu prevozili kamionom iz provincije Ha Tinh. Prije sedmicu dana u saobraćajnoj nesreći poginule su dvije osobe, saopćila je policija.',
    ],
  ] as const)('%s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
