/**
 * Plural number nouns ("dozens of", "des dizaines de", "decenas de", "Dutzende", "tientallen", "dziesiątki",
 * "stovky", "сотни", "hàng chục", "عشرات", "puluhan") count nothing: the tuning gold writes 16 such phrases
 * as not_figures and none as a figure (session 27 count), and the engine follows it. Sentences written for
 * the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

describe('a plural number noun is a vague quantity, no figure', () => {
  it.each([
    ['en', 'Dozens of people were evacuated and hundreds of homes flooded.'],
    ['fr', 'Des dizaines de personnes ont été évacuées.'],
    ['es', 'Decenas de personas fueron evacuadas.'],
    ['de', 'Dutzende Menschen wurden evakuiert.'],
    ['nl', 'Tientallen mensen werden geëvacueerd.'],
    ['pl', 'Dziesiątki osób ewakuowano.'],
    ['cs', 'Stovky lidí byly evakuovány.'],
    ['ru', 'Сотни людей были эвакуированы.'],
    ['vi', 'Hàng chục người đã được sơ tán.'],
    ['ar', 'تم إجلاء عشرات الأشخاص.'],
    ['id', 'Puluhan orang dievakuasi.'],
  ])('%s: %s', (language, text) => {
    expect(extractFigures(documentOf(text, language), [])).toEqual([]);
  });
});
