/**
 * Animals counted as things (other), as the gold counts them ("40.000 de animale", "180.000 dieren"): with no
 * animal noun in the lexicon, a verb of killing before the number or a fate after it ("the floods killed 300
 * cows", "murieron 12 cerdos") made persons of them. Filled from the lexicon-concepts audit
 * (scripts/lexicon-concepts.json) in every language whose lexicon counts nouns; vi, id and ms count animals by
 * their classifier (con, ekor). Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, values: number[]];

const CASES: Case[] = [
  ['en', 'The floods killed 300 cows and 45 buffaloes; 12 pigs drowned.', [300, 45, 12]],
  ['fr', 'La crue a tué 300 vaches et 45 buffles ; 12 porcs se sont noyés.', [300, 45, 12]],
  ['es', 'La riada mató a 300 vacas y 45 búfalos; murieron 12 cerdos.', [300, 45, 12]],
  ['de', 'Die Flut tötete 300 Kühe und 45 Büffel; 12 Schweine ertranken.', [300, 45, 12]],
  ['it', 'Il maltempo ha ucciso 300 mucche e 45 bufali; sono annegati 12 maiali.', [300, 45, 12]],
  ['pt', 'A cheia matou 300 vacas e 45 búfalos; morreram 12 porcos.', [300, 45, 12]],
  ['nl', 'De overstroming doodde 300 koeien en 45 buffels; 12 varkens verdronken.', [300, 45, 12]],
  ['pl', 'Powódź zabiła 300 krów i 45 bawołów; utonęło 12 świń.', [300, 45, 12]],
  ['cs', 'Povodeň zabila 300 krav a 45 buvolů; utonulo 12 prasat.', [300, 45, 12]],
  ['ru', 'Наводнение убило 300 коров и 45 буйволов; утонули 12 свиней.', [300, 45, 12]],
  ['ro', 'Inundațiile au ucis 300 de vaci și 45 de bivoli; 12 porci s-au înecat.', [300, 45, 12]],
  ['en', 'Customs seized 6 pangolins, 14 turtles and 30 birds; 2 bears were rescued.', [6, 14, 30, 2]],
  [
    'fr',
    'Les douaniers ont saisi 6 pangolins, 14 tortues et 30 oiseaux ; 2 ours ont été sauvés.',
    [6, 14, 30, 2],
  ],
  ['ru', 'Таможенники изъяли 6 панголинов, 14 черепах и 30 птиц.', [6, 14, 30]],
];

describe('animals are counted as things', () => {
  it.each(CASES)('%s: %s', (language, text, values) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    for (const value of values) expect(got).toContainEqual([value, 'other']);
    // None of them is a person, though a verb of killing or a fate stands beside the number.
    expect(got.filter(([, unit]) => unit === 'person')).toEqual([]);
  });

  it('still counts the persons beside them', () => {
    // Prepare: persons and animals in one clause of killing.
    const doc = documentOf('The landslide killed 3 villagers and 40 goats.', 'en');
    // Act
    const got = extractFigures(doc, []).map((f) => [f.value, f.unit]);
    // Assess
    expect(got).toContainEqual([3, 'person']);
    expect(got).toContainEqual([40, 'other']);
  });
});
