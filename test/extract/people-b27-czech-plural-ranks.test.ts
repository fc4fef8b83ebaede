/**
 * Session 27, people: Czech and Slovak plural ranks ("podplukovníci", lieutenant colonels; "kapitáni",
 * captains) title every name of the list after them, joined by commas or "a" (and), as Polish
 * "podpułkownicy A i B" already did. The Czech lexicon serves Slovak, whose plurals are spelled alike.
 * Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function ranks(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('Function: findPeople (Czech and Slovak plural ranks and "a")', () => {
  it.each([
    [
      'cs',
      'Podplukovníci Nguyen Van Hung a Tran Van Nam vedli zásah proti gangu.',
      [
        ['Nguyen Van Hung', 'lieutenant-colonel'],
        ['Tran Van Nam', 'lieutenant-colonel'],
      ],
    ],
    [
      'cs',
      'Plukovníci Nguyen Van Hung, Tran Van Nam a Le Van Binh se zúčastnili jednání.',
      [
        ['Le Van Binh', 'colonel'],
        ['Nguyen Van Hung', 'colonel'],
        ['Tran Van Nam', 'colonel'],
      ],
    ],
    [
      'cs',
      'Kapitáni Le Van Binh a Pham Van Long zadrželi dva muže.',
      [
        ['Le Van Binh', 'captain'],
        ['Pham Van Long', 'captain'],
      ],
    ],
    [
      'sk',
      'Podplukovníci Nguyen Van Hung a Tran Van Nam viedli zásah proti gangu.',
      [
        ['Nguyen Van Hung', 'lieutenant-colonel'],
        ['Tran Van Nam', 'lieutenant-colonel'],
      ],
    ],
    [
      'pl',
      'Podpułkownicy Nguyen Van Hung i Tran Van Nam prowadzili akcję.',
      [
        ['Nguyen Van Hung', 'lieutenant-colonel'],
        ['Tran Van Nam', 'lieutenant-colonel'],
      ],
    ],
    // A singular rank titles its own name only: the name after "a" is another person.
    ['cs', 'Plukovník Nguyen Van Hung a Tran Van Nam vedli zásah.', [['Nguyen Van Hung', 'colonel']]],
  ])('%s: %s', (language, text, expected) => {
    expect(ranks(text, language)).toEqual(expected);
  });
});
