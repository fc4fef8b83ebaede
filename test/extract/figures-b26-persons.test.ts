/**
 * Persons the lexicons lacked, by occupation, kin or fate (passengers, firemen, customers, grandchildren, persons
 * sentenced to death counted by their sentences), and collectives of an approximate number ("asi stovku ľudí",
 * "около сотни человек", "a score of people"), also where a headline drops their article ("Twintigtal doden").
 * Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, value: number];

const PERSONS: Case[] = [
  ['sk', 'Autobus viezol 31 pasažierov z mesta do hôr.', 31],
  ['cs', 'Autobus vezl 27 pasažérů do Brna.', 27],
  ['sk', 'Obchod podviedol 40 zákazníkov.', 40],
  ['en', 'The blaze was fought by 35 firemen through the night.', 35],
  ['ta', 'அவர் ஐந்து வாடிக்கையாளர்களுடன் கடைக்குச் சென்றார்.', 5],
  ['en', 'Three of the farmer’s grandchildren were taken to hospital.', 3],
  ['es', 'Los tres nietos del comerciante resultaron heridos.', 3],
  ['it', 'La corte ha pronunciato nove condanne a morte per spaccio.', 9],
  ['en', 'The court handed down 11 death sentences for trafficking.', 11],
  ['fr', 'Le tribunal a prononcé 12 condamnations à mort pour trafic.', 12],
];

const COLLECTIVES: Case[] = [
  ['sk', 'Polícia predvolala asi stovku svedkov.', 100],
  ['cs', 'Policie vyslechla asi stovku lidí.', 100],
  ['ru', 'Полиция опросила около сотни человек.', 100],
  ['en', 'A score of people were hurt in the clash.', 20],
  ['nl', 'Tiental gewonden na botsing op snelweg', 10],
  ['fr', 'Vingtaine de blessés dans une collision', 20],
];

describe('persons the lexicons lacked', () => {
  it.each(PERSONS)('%s: %s', (language, text, value) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toContainEqual([value, 'person']);
  });
});

describe('collectives of an approximate number', () => {
  it.each(COLLECTIVES)('%s: %s', (language, text, value) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toContainEqual([value, 'person']);
  });

  it.each([
    ['sk', 'Stovky ľudí protestovali pred úradom.'],
    ['ru', 'Сотни людей вышли на улицы.'],
    ['nl', 'Er waren tientallen gewonden.'],
  ])('%s: a plural collective alone is no count: %s', (language, text) => {
    expect(extractFigures(documentOf(text, language), [])).toEqual([]);
  });
});
