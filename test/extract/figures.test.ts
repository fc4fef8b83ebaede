import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { FiguresLexiconSchema, lexiconFor } from '../../lambdas/extract/figures/lexicon.js';
import { readDigitRun } from '../../lambdas/extract/figures/tokens.js';
import { LEXICONS } from '../../lambdas/extract/lexicons/index.generated.js';
import { LANGUAGES } from '../../lambdas/shared/vocabulary.js';
import type { PlaceMention } from '../../lambdas/extract/types.js';
import { documentOf } from '../support/document.js';

describe('Function: FiguresLexiconSchema', () => {
  it.each(LANGUAGES.map((l) => [l]))('validates the figures data of %s', (language) => {
    // Prepare
    const raw = LEXICONS[language]?.['figures'];

    // Act
    const parsed = FiguresLexiconSchema.safeParse(raw);

    // Assess
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});

describe('Function: lexiconFor', () => {
  it('reads a language without figures data with what the runtime knows of its locale', () => {
    // Prepare: Latvian has no lexicon and no kin with one (lexicons/kinship.json); Intl knows its number
    // format, scale, month and unit words.
    const doc = documentOf(
      'Policija aizturēja 12 personas un konfiscēja 1 250 pakas un 3 miljoni tablešu 2024. gada 12. martā 35 kilometru attālumā.',
      'lv',
    );

    // Act
    const figures = extractFigures(doc, []);

    // Assess
    expect(lexiconFor('lv').language).toBe('lv');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [12, 'other'],
      [1250, 'other'],
      [3000000, 'other'],
    ]);
  });

  it.each([
    [
      'tr',
      "Polis 1.250 paket ve %12 ele geçirdi, 12 Mart 2024'te 35 kilometre.",
      [
        [1250, 'other'],
        [12, 'percent'],
      ],
    ],
    ['hu', 'A rendőrség 1 250 csomagot foglalt le 2024. március 12-én, 35 km-re.', [[1250, 'other']]],
    [
      'sv',
      'Beslag av 12 000 USD och 3 000 €.',
      [
        [12000, 'other', 'USD'],
        [3000, 'other', 'EUR'],
      ],
    ],
  ] as const)('%s without a lexicon: %s', (language, text, expected) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit, ...(f.currency ? [f.currency] : [])])).toEqual(expected);
  });

  it.each([
    ['da', 'Politiet beslaglagde 250 kilo kokain.'],
    ['tr', 'Polis 250 kilo eroin ele geçirdi.'],
    ['hi', 'पुलिस ने 250 किलो हेरोइन जब्त की।'],
  ] as const)('%s without a lexicon reads the clipped kilogram word: %s', (language, text) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[250, 'kg']]);
  });

  it.each([
    ['hi', 'गिरोह का नेतृत्व 45 वर्षीय एक महिला कर रही थी और पुलिस ने 12 किलो हेरोइन जब्त की।'],
    ['hi', 'अदालत ने 30 वर्ष के एक व्यक्ति को सजा सुनाई, जिसके पास 12 किलोग्राम हेरोइन मिली।'],
    ['ar', 'ضبطت الشرطة 12 كيلوغرامًا من الهيروين مع رجل يبلغ من العمر 30 سنة.'],
  ] as const)(
    "%s without a lexicon: any form of Intl's year word makes an age, of its kilogram word a mass: %s",
    (language, text) => {
      // Act
      const figures = extractFigures(documentOf(text, language), []);

      // Assess
      expect(figures.map((f) => [f.value, f.unit])).toEqual([[12, 'kg']]);
    },
  );

  it('reads a language without figures data with its own number format and calendar words (Intl)', () => {
    // Prepare: Hungarian writes "2,5" and groups with a space; "március" is a month. Without a lexicon an
    // unlisted noun counts as other (localeLexicon), a mass word from Intl is kg.
    const doc = documentOf('Police arrested 1 250 people on 12 március and seized 2,5 kg.', 'hu');

    // Act
    const figures = extractFigures(doc, []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [1250, 'other'],
      [2.5, 'kg'],
    ]);
  });
});

describe('Function: extractFigures (nouns after adjectives)', () => {
  it.each([
    // German capitalises nouns and not the adjectives before them: the noun still makes the number a count.
    [
      'de',
      'Die Polizei fand 3,5 kg Heroin und 2.400 synthetische Pillen.',
      [
        [3.5, 'kg'],
        [2400, 'other'],
      ],
    ],
    [
      'de',
      'Es wurden 12 kg Drogen und 5 weitere Mitglieder gefunden.',
      [
        [12, 'kg'],
        [5, 'person'],
      ],
    ],
    // A lower-case word and then punctuation is no noun: the number repeats the unit counted before.
    [
      'de',
      'Die Polizei nahm 14 Verdächtige fest, 6 davon geständig.',
      [
        [14, 'person'],
        [6, 'person'],
      ],
    ],
  ] as const)('%s: %s', (language, text, expected) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});

describe('Function: extractFigures (numbers spelled in several words)', () => {
  it.each([
    ['fr', 'Les agents ont saisi quatre cent douze armes.', [[412, 'weapon']]],
    [
      'fr',
      'Trois cents cartouches et deux mille cinq cents habitants.',
      [
        [300, 'other'],
        [2500, 'person'],
      ],
    ],
    [
      'fr',
      'Soixante-dix-sept personnes et quatre-vingt-dix-huit suspects.',
      [
        [77, 'person'],
        [98, 'person'],
      ],
    ],
    [
      'fr',
      'Dix-sept cas et vingt-deux suspects.',
      [
        [17, 'case'],
        [22, 'person'],
      ],
    ],
    [
      'en',
      'Police seized three hundred guns and two hundred and fifty rounds.',
      [
        [300, 'weapon'],
        [250, 'other'],
      ],
    ],
    ['es', 'Se detuvo a ciento veinte sospechosos.', [[120, 'person']]],
    ['pl', 'Zatrzymano trzysta dwanaście osób.', [[312, 'person']]],
    // Two numbers side by side that do not form one stay apart (neither 11 nor 56).
    ['en', 'They held five six suspects.', [[6, 'person']]],
  ] as const)('%s: %s', (language, text, expected) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});

describe('Function: extractFigures (pairs and ranges written in words)', () => {
  it.each([
    [
      'nl',
      'In totaal zijn 27 van de 29 procedures online.',
      [
        [27, 'procedure'],
        [29, 'procedure'],
      ],
    ],
    [
      'en',
      'Police checked 12 out of 15 communes.',
      [
        [12, 'locality'],
        [15, 'locality'],
      ],
    ],
    [
      'fr',
      'Au total, 21 des 30 communes ont été contrôlées.',
      [
        [21, 'locality'],
        [30, 'locality'],
      ],
    ],
    [
      'pl',
      'Kontrole objęły 40 ze 112 gmin.',
      [
        [40, 'locality'],
        [112, 'locality'],
      ],
    ],
    [
      'es',
      'Se revisaron 150 de los 210 municipios.',
      [
        [150, 'locality'],
        [210, 'locality'],
      ],
    ],
    // A range: the lower bound takes the unit and the scale written after the upper one.
    [
      'fr',
      'Les amendes vont de 8 à 10 millions de VND.',
      [
        [8_000_000, 'vnd'],
        [10_000_000, 'vnd'],
      ],
    ],
    [
      'pl',
      'Grzywny wynoszą od 8 do 10 milionów VND.',
      [
        [8_000_000, 'vnd'],
        [10_000_000, 'vnd'],
      ],
    ],
    [
      'en',
      'They seized 3 – 5 tonnes of goods.',
      [
        [3000, 'kg'],
        [5000, 'kg'],
      ],
    ],
    // Not a range: the second number is a duration, so neither is a count.
    ['fr', 'Il risque de 5 à 7 ans de prison.', []],
  ] as const)('%s: %s', (language, text, expected) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});

describe('Function: extractFigures ("more", "other" between the number and its noun)', () => {
  it.each([
    [
      'en',
      'Police arrested 20 more suspects, and 15 other communes joined.',
      [
        [20, 'person'],
        [15, 'locality'],
      ],
    ],
    ['fr', 'La police a arrêté 20 autres suspects.', [[20, 'person']]],
    ['pl', 'Zatrzymano 20 kolejnych podejrzanych.', [[20, 'person']]],
    // Alone, the word still lets the number repeat what the sentence counted.
    [
      'en',
      'Police held 12 suspects on Monday and 5 more on Tuesday.',
      [
        [12, 'person'],
        [5, 'person'],
      ],
    ],
  ] as const)('%s: %s', (language, text, expected) => {
    // Act
    const figures = extractFigures(documentOf(text, language), []);

    // Assess
    expect(figures.map((f) => [f.value, f.unit])).toEqual(expected);
  });
});

describe('Function: readDigitRun', () => {
  it.each([
    ['fr', '3 156', [3156]],
    ['fr', '3.156', [3156]],
    ['fr', '94,72', [94.72]],
    ['fr', '1.5', [1.5]],
    ['fr', '1 163 000', [1163000]],
    ['fr', '2024 300', [2024, 300]],
    ['en', '3,156', [3156]],
    ['en', '1.5', [1.5]],
    ['en', '7,1', [7.1]],
    ['en', '1,250,000', [1250000]],
    ['de', '2.615', [2615]],
    ['vi', '1.250,5', [1250.5]],
    ['pl', '88,03', [88.03]],
  ] as const)('%s reads "%s" as %j', (language, run, values) => {
    // Prepare
    const lex = lexiconFor(language);

    // Act
    const read = readDigitRun(run, 0, lex);

    // Assess
    expect(read.map((n) => n.value)).toEqual(values);
  });

  it('marks every part of a phone number', () => {
    // Prepare
    const lex = lexiconFor('fr');

    // Act
    const read = readDigitRun('0912 345 678', 0, lex);

    // Assess
    expect(read.every((n) => n.phone)).toBe(true);
  });
});

describe('Function: extractFigures', () => {
  it('gives the exact source span and its offset', () => {
    // Prepare
    const text = 'Bilan : près de 200 millions de VND saisis.';

    // Act
    const [figure] = extractFigures(documentOf(text, 'fr'), []);

    // Assess
    expect(figure).toMatchObject({
      value: 200000000,
      unit: 'vnd',
      text: '200 millions de VND',
      approximate: true,
    });
    expect(text.slice(figure!.start, figure!.start + figure!.text.length)).toBe(figure!.text);
  });

  it('names the province of a place mentioned in the same sentence, and only there', () => {
    // Prepare
    const text = 'À Cam Pha, 34 communes sont sans drogue.\nAilleurs, 12 cas ont été traités.';
    const at = text.indexOf('Cam Pha');
    const places: PlaceMention[] = [
      {
        start: at,
        end: at + 7,
        placeSlug: 'cam-pha',
        kind: 'city',
        provinceSlug: 'quang-ninh',
        explicit: false,
      },
    ];

    // Act
    const figures = extractFigures(documentOf(text, 'fr'), places);

    // Assess
    expect(figures.map((f) => [f.value, f.province])).toEqual([
      [34, 'quang-ninh'],
      [12, null],
    ]);
  });

  it('takes the topic from the paragraph when the clause has no cue', () => {
    // Prepare
    const text = 'Les incendies ont été nombreux cette saison. Au total, 14 foyers ont été touchés.';

    // Act
    const [figure] = extractFigures(documentOf(text, 'fr'), []);

    // Assess
    expect(figure).toMatchObject({ value: 14, unit: 'household', topic: 'fire' });
  });

  it('falls back to crime when nothing names a topic', () => {
    // Prepare
    const text = 'Police checked 14 households.';

    // Act
    const [figure] = extractFigures(documentOf(text, 'en'), []);

    // Assess
    expect(figure?.topic).toBe('crime');
  });

  // Speed, and how it scales to the largest accepted file, is measured by `npm run bench:extract`.
  it('reads a long text whole: every figure of 2,000 paragraphs', () => {
    // Prepare
    const paragraph =
      'Près de 3 156/3 332 comptes ont été activés, soit 94,72 % ; la police a saisi 1,2 tonne de drogue et arrêté 12 suspects en 2024.\n';
    const large = documentOf(paragraph.repeat(2000), 'fr');

    // Act
    const figures = extractFigures(large, []);

    // Assess
    expect(figures).toHaveLength(5 * 2000);
    expect(figures.at(-1)).toMatchObject({
      value: 12,
      unit: 'person',
      start: paragraph.length * 1999 + paragraph.indexOf('12 suspects'),
    });
  });
});
