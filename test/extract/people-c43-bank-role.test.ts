/**
 * Session 43, people: a function in a bank is a function in a business, no office (private.ts reads the
 * lexicon's privateCues in the role: "директор отделения банка", "director of the bank's branch"). The
 * gold lists officials only; a bank manager thanked at a police ceremony is not one (real tuning r2614).
 * A bank named in an earlier clause says nothing of the official after it. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function officials(text: string, language: string): string[] {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p) => p.name)
    .sort();
}

describe('Function: findPeople (a function in a bank is no office)', () => {
  it.each([
    ['ru', 'Товарищ Ле Ван Нам, директор отделения банка в городе Винь, вручил подарки полицейским коммуны.'],
    ['en', 'Mr Le Van Nam, director of the bank branch in Vinh, handed the gifts to the commune police.'],
    ['fr', "M. Le Van Nam, directeur de l'agence de la banque à Vinh, a remis les cadeaux à la police."],
    ['de', 'Herr Le Van Nam, Direktor der Filiale der Bank in Vinh, übergab der Polizei die Geschenke.'],
    [
      'es',
      'El señor Le Van Nam, director de la sucursal del banco en Vinh, entregó los regalos a la policía.',
    ],
    [
      'it',
      'Il signor Le Van Nam, direttore della filiale della banca a Vinh, ha consegnato i doni alla polizia.',
    ],
    ['pt', 'O senhor Le Van Nam, diretor da agência do banco em Vinh, entregou os presentes à polícia.'],
    ['pl', 'Pan Le Van Nam, dyrektor oddziału banku w Vinh, przekazał policji prezenty.'],
    ['cs', 'Pan Le Van Nam, ředitel pobočky banky ve Vinh, předal policii dary.'],
    [
      'nl',
      'De heer Le Van Nam, directeur van het filiaal van de bank in Vinh, overhandigde de politie geschenken.',
    ],
    ['sv', 'Herr Le Van Nam, chef för bankens kontor i Vinh, överlämnade gåvorna till polisen.'],
  ])('%s: no official in %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });

  it.each([
    [
      'en',
      "At the bank's office in Vinh, Colonel Tran Van Binh, director of the provincial police, spoke.",
      'Tran Van Binh',
    ],
    [
      'ru',
      'Получив сообщение от сотрудников банка, полковник Чан Ван Бинь, директор полиции провинции, приказал проверить счёт.',
      'Чан Ван Бинь',
    ],
  ])('%s: %s', (language, text, name) => {
    expect(officials(text, language)).toEqual([name]);
  });
});
