/**
 * Sentences written for session 23's other-language precision class "identifiers" (own text, several
 * languages), each failing before: the first readings of batches 16–22 kept numbers that name, not count
 * ("Center 114", "Pomina 2", "Wad 10", "ہائی وے 743", road DT 743).
 * - a bare number right after a capitalised word inside a sentence labels a plant, a centre or a street
 *   (read.ts isProperNameLabel), in any language that does not capitalise every noun;
 * - words of roads, hotlines, call centres and wards name the number after them (lexicon nameWords) in the
 *   languages that had few of them; Hebrew reads the word behind its proclitic letter ("בכביש 6").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

function figuresOf(language: string, text: string): string[] {
  const doc = { body: text, folded: fold(text), sentences: splitSentences(text), language };
  return extractFigures(doc, []).map((f) => `${f.value} ${f.unit}`);
}

describe('Figures: a bare number after a capitalised name labels it', () => {
  it.each([
    ['sv', 'Det brann i fabriken Formosa 2 och 5 arbetare skadades.', ['5 person']],
    ['tr', "Dün fabrika Vinamilk 3'te yangın çıktı, 4 işçi yaralandı.", ['4 person']],
    ['el', 'Η φωτιά ξεκίνησε στην οδό Πατησίων 45 και 2 άτομα τραυματίστηκαν.', ['2 person']],
    ['en', 'The blaze started at the Formosa 2 plant, injuring 5 workers.', ['5 person']],
    ['pt', 'O incêndio começou no armazém Tan Cang 3 e feriu 6 pessoas.', ['6 person']],
  ])('%s: %s', (language, text, expected) => {
    expect(figuresOf(language, text)).toEqual(expected);
  });

  it.each([
    ['sw', 'Watu 15 wamefariki katika ajali hiyo.', ['15 person']],
    ['en', 'Landslides Bury 12 Workers In Mountain Pass', ['12 person']],
  ])('still counts where the capital opens a sentence or a headline, %s: %s', (language, text, expected) => {
    expect(figuresOf(language, text)).toEqual(expected);
  });
});

describe('Figures: roads, hotlines and wards name the number after them', () => {
  it.each([
    ['el', 'Στην εθνική οδό 8 σκοτώθηκαν 3 άνθρωποι.', ['3 person']],
    ['he', 'התאונה אירעה בכביש 6 ושלושה בני אדם נהרגו.', ['3 person']],
    ['sv', 'Larmcentralen 112 fick ett samtal och 3 personer fördes till sjukhus.', ['3 person']],
    ['tl', 'Sa Distrito 7 nasawi ang 3 katao.', ['3 person']],
    ['ms', 'Kebakaran berlaku di sebuah kedai di Wad 7, 3 orang cedera.', ['3 person']],
    ['ur', 'ٹرک ہائی وے 51 پر الٹ گیا اور 2 افراد زخمی ہوئے۔', ['2 person']],
  ])('%s: %s', (language, text, expected) => {
    expect(figuresOf(language, text)).toEqual(expected);
  });
});
