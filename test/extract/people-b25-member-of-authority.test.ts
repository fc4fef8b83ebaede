/**
 * Session 25, people: an official named then the authority he speaks for, with no office word ("X fra
 * politiet", "X из полиции провинции"), as the lexicons with member linkers already read it ("X z policji",
 * "X from the police"). Norwegian and Danish read the Swedish file (kinship.json), which now holds their
 * linker and police words; Russian (and Ukrainian, read with it) gets its linkers and authority stems. A name
 * from a place, or a suspect's, stays out. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.role])
    .sort();
}

describe('Function: findPeople (a name, then the authority its holder speaks for)', () => {
  it.each([
    ['no', 'Tran Van Hung fra politiet i provinsen sa at to menn ble pågrepet.', 'Tran Van Hung', 'politiet'],
    [
      'da',
      'Tran Van Hung fra politiet i provinsen oplyste, at sagen efterforskes.',
      'Tran Van Hung',
      'politiet',
    ],
    [
      'ru',
      'Чан Ван Хунг из полиции провинции рассказал, что двое мужчин задержаны.',
      'Чан Ван Хунг',
      'полиции',
    ],
    [
      'ru',
      'Чан Ван Хунг из министерства общественной безопасности заявил, что проверка продолжается.',
      'Чан Ван Хунг',
      'министерства',
    ],
    [
      'uk',
      'Чан Ван Хунг з поліції провінції розповів, що двох чоловіків затримано.',
      'Чан Ван Хунг',
      'поліції',
    ],
  ])('%s: %s', (language, text, name, role) => {
    expect(officials(text, language)).toEqual([[name, role]]);
  });

  it.each([
    ['no', 'Tran Van Hung fra provinsen Thanh Hoa ble pågrepet av politiet.'],
    ['no', 'Tran Van Hung fra det politiske partiet sa at valget var rettferdig.'],
    ['ru', 'Житель Чан Ван Хунг из деревни был задержан полицией провинции.'],
    ['ru', 'Чан Ван Хунг из государственной компании сообщил о сделке.'],
  ])('%s: no official in %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });
});
