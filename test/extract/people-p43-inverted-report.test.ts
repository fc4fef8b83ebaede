/**
 * Session 43 (ppl43): a verb of saying right after a clause break, then the next person's rank, is that
 * person's report written verb first ("Lieutenant X was hurt, said Colonel Y", "X получил ранение, сообщил
 * полковник Y"): the harmed officer before it does not speak, and stays a victim, unlisted. A clause that goes
 * on ("said that Colonel Y ...") or an act of the harmed officer himself keeps him. Russian glues a shortened
 * "зам" (deputy) to the office: "замначальника", "замглавы" are offices. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null] => [p.name, p.rank])
    .sort();
}

describe('an inverted report belongs to the name after it (p43)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['en', 'Lieutenant Nguyen Van Nam was injured, said Colonel Le Van Hoa.', [['Le Van Hoa', 'colonel']]],
    [
      'ru',
      'Старший лейтенант Нгуен Ван Нам получил ранение, сообщил полковник Ле Ван Хоа.',
      [['Ле Ван Хоа', 'colonel']],
    ],
    [
      'uk',
      'Старший лейтенант Нгуєн Ван Нам отримав поранення, повідомив полковник Ле Ван Хоа.',
      [['Ле Ван Хоа', 'colonel']],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(officials(text, language)).toEqual(expected);
  });

  it.each<[string, string, Array<[string, string | null]>]>([
    [
      'en',
      'Lieutenant Nguyen Van Nam, who was injured, said that Colonel Le Van Hoa led the raid.',
      [
        ['Le Van Hoa', 'colonel'],
        ['Nguyen Van Nam', 'lieutenant'],
      ],
    ],
    [
      'ru',
      'Майор Нгуен Ван Нам, раненный в руку, руководил операцией вместе с капитаном Ле Ван Хоа.',
      [
        ['Ле Ван Хоа', 'captain'],
        ['Нгуен Ван Нам', 'major'],
      ],
    ],
  ])('%s: the harmed officer who speaks or acts himself stays: %s', (language, text, expected) => {
    expect(officials(text, language)).toEqual(expected);
  });
});

describe('ru: "зам" glued to an office is a deputy (p43)', () => {
  it.each<[string, string]>([
    ['Замначальника департамента полиции Чинь Нгок Куен заявил, что дело возбуждено.', 'Чинь Нгок Куен'],
    ['Замглавы провинции Нгуен Ван Тхо посетил пострадавших.', 'Нгуен Ван Тхо'],
  ])('%s', (text, name) => {
    expect(officials(text, 'ru')).toEqual([[name, null]]);
  });
});
