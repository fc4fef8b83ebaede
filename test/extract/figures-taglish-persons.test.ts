/**
 * Tagalog news counts persons with English nouns as often as with its own (Taglish): "15 construction
 * workers", "3 police personnel" are persons, as "15 manggagawa" is. Sentences written for the project, not
 * taken from any article; each read a count of things (other) before the change.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function documentOf(text: string): Document {
  return { body: text, folded: fold(text), sentences: splitSentences(text), language: 'tl' };
}

const TAGLISH: [text: string, value: number][] = [
  ['Tinatayang 15 construction workers ang na-trap sa gumuhong gusali sa Cebu.', 15],
  ['Umabot sa 40 passengers ang nailigtas ng coast guard kahapon.', 40],
  ['Arestado ang 6 drug personalities sa isinagawang operasyon ng pulisya.', 6],
  ['Nasa 120 residents ang inilikas dahil sa pagbaha.', 120],
  ['Sugatan ang 3 police personnel matapos ang engkuwentro.', 3],
];

describe('English nouns of persons in Tagalog text count persons', () => {
  for (const [text, value] of TAGLISH)
    it(text, () => {
      const figures = extractFigures(documentOf(text), []);
      expect(figures.map((f) => [f.value, f.unit])).toContainEqual([value, 'person']);
    });
});
