/**
 * A role in apposition after a name, written with an English possessive before the role word: "X, the
 * province's vice chairman", "X, the commune's Party secretary". The possessive names whose role it is; the
 * role starts after it. Spec cases written for this test (not fixture text). The class is English: other
 * languages write the owner after the role ("vice-président de la province") or as a genitive word the role
 * lexicons do not hold; a few of those stand here as controls that must keep reading.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

function names(body: string, language: string): string[] {
  return findPeople(doc(body, language), { isPlaceName: () => false }).map((p) => p.name);
}

describe('A role after an English possessive reads the official', () => {
  it.each([
    ["Nguyen Thanh Binh, the province's vice chairman, was also present at the scene.", 'Nguyen Thanh Binh'],
    ["Ho Van Khun, the commune's Party secretary, said three bodies had been found.", 'Ho Van Khun'],
    ['Tran Van Nam, the district’s deputy police chief, said the search would go on.', 'Tran Van Nam'],
    ["Le Minh Hoang, the province's deputy director of police, led the raid.", 'Le Minh Hoang'],
    ["Pham Quoc Viet, the city's vice mayor, visited the injured in hospital.", 'Pham Quoc Viet'],
    ["Dang Van Son, the ministry's deputy spokesman, confirmed the toll on Tuesday.", 'Dang Van Son'],
    ["According to Vu Thi Lan, the district's vice chairwoman, 12 houses were buried.", 'Vu Thi Lan'],
    ["Hoang Van Duc, the agency's director, told reporters the border post was closed.", 'Hoang Van Duc'],
    ["Ngo Quang Huy, the unit's commander, said two officers were injured.", 'Ngo Quang Huy'],
    ["Bui Van Thanh, the provincial police's deputy director, announced the arrests.", 'Bui Van Thanh'],
  ])('en: %s', (sentence, name) => {
    expect(names(sentence, 'en')).toContain(name);
  });

  it.each([
    ['fr', 'Ho Van Khun, secrétaire du comité du Parti de la commune, a confirmé le bilan.', 'Ho Van Khun'],
    [
      'de',
      'Nguyen Thanh Binh, stellvertretender Vorsitzender der Provinz, war vor Ort.',
      'Nguyen Thanh Binh',
    ],
    ['es', 'Nguyen Thanh Binh, vicepresidente de la provincia, estuvo presente.', 'Nguyen Thanh Binh'],
  ])('%s (control): %s', (language, sentence, name) => {
    expect(names(sentence, language)).toContain(name);
  });

  it('a possessive before a word that opens no role reads no official', () => {
    expect(names("Nguyen Van An, the family's neighbour, called the police.", 'en')).toEqual([]);
  });
});
