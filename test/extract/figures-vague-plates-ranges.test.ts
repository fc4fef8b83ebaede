/**
 * Sentences written for session 22's precision classes (own text, several languages), each failing before:
 * - a registration plate spaced with no dash ("30A 512.48"): the serial is no count and the series no gram;
 * - vague plural numerals alone ("dozens / tens / hundreds of", el δεκάδες, fi satoja, ur درجنوں, he מאות):
 *   no figure, as "dozens of people" is none in English; after a numeral they still multiply ("שלוש מאות");
 * - a range whose lower bound is written whole ("from 500,000 to 2 million"): it does not take the upper's
 *   scale; and "500.000" grouped with dots in a language whose decimal mark is the comma (ru, uk).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function figuresOf(language: string, text: string): string[] {
  const doc = { body: text, folded: fold(text), sentences: splitSentences(text), language };
  return extractFigures(doc, []).map((f) => `${f.value} ${f.unit}`);
}

describe('Figures: a plate spaced without a dash is a name', () => {
  it.each([
    ['ja', '警察はナンバープレート30A 512.48の車を止め、運転手2人を拘束した。', ['2 person']],
    ['en', 'The car with plate 37K 215.09 carried 4 passengers.', ['4 person']],
    ['fr', 'La voiture immatriculée 60B 123.45 transportait 12 kg de drogue.', ['12 kg']],
  ])('%s: %s', (language, text, expected) => {
    expect(figuresOf(language, text)).toEqual(expected);
  });
});

describe('Figures: vague plural numerals count nothing alone', () => {
  it.each([
    ['fa', 'ده‌ها نفر زخمی شدند و صدها خانه زیر آب رفت.', []],
    ['ur', 'درجنوں افراد زخمی ہوئے اور سینکڑوں مکانات زیر آب آگئے۔', []],
    ['el', 'Δεκάδες άνθρωποι τραυματίστηκαν και εκατοντάδες σπίτια πλημμύρισαν.', []],
    ['el', 'Συνελήφθησαν δεκάδες χιλιάδες άνθρωποι.', []],
    ['fi', 'Kymmeniä ihmisiä loukkaantui ja satoja taloja tulvi.', []],
    ['bg', 'Десетки хора бяха ранени, стотици къщи бяха наводнени.', []],
    ['sr', 'Десетине људи је повређено, стотине кућа је поплављено.', []],
    ['he', 'עשרות אנשים נפצעו ומאות בתים הוצפו.', []],
    ['is', 'Þúsundir manna voru fluttar á brott.', []],
    ['te', 'వందల మంది గాయపడ్డారు.', []],
  ])('%s: %s', (language, text, expected) => {
    expect(figuresOf(language, text)).toEqual(expected);
  });

  it.each([
    ['he', 'שלוש מאות אנשים נעצרו.', ['300 person']],
    ['sr', 'Uhapšeno je dvije stotine ljudi.', ['200 person']],
    ['is', 'Tvö hundruð manns voru handteknir.', ['200 person']],
    ['te', 'రెండు వందల మంది గాయపడ్డారు.', ['200 person']],
  ])('still multiplies after a numeral, %s: %s', (language, text, expected) => {
    expect(figuresOf(language, text)).toEqual(expected);
  });
});

describe('Figures: a range rises, and dots group thousands where the comma is decimal', () => {
  it.each([
    ['ru', 'Штраф составит от 500.000 до 2 миллионов донгов.', ['500000 vnd', '2000000 vnd']],
    ['en', 'Fines range from 500,000 to 2 million dong.', ['500000 vnd', '2000000 vnd']],
    ['fr', "L'amende va de 400 000 à 3 millions de dongs.", ['400000 vnd', '3000000 vnd']],
    ['de', 'Die Geldbuße beträgt zwischen 500.000 und 2 Millionen Dong.', ['500000 vnd', '2000000 vnd']],
    ['ru', 'Изъято 1.500 таблеток.', ['1500 other']],
    ['uk', 'Вилучено 500.000 таблеток.', ['500000 other']],
  ])('%s: %s', (language, text, expected) => {
    expect(figuresOf(language, text)).toEqual(expected);
  });

  it('still gives the lower bound the upper scale when it is below the upper', () => {
    expect(figuresOf('ru', 'Штраф составит от 5 до 10 миллионов донгов.')).toEqual([
      '5000000 vnd',
      '10000000 vnd',
    ]);
    expect(figuresOf('en', 'Fines range from 1.5 to 2 million dong.')).toEqual([
      '1500000 vnd',
      '2000000 vnd',
    ]);
  });
});
