/**
 * Session 26, people: an office written in the plural after a list of names ("A and B, deputy directors of
 * the provincial police") is every listed name's, as a plural rank before a list already is ("Colonels A and
 * B"); the apposition was read for the last name only. The plural form of the role word (lexicon
 * pluralRoleWords) decides: a singular office after the list is the last name's alone, and a private
 * person's list stays out. Polish lists with "i" and gets its plural ranks (pluralRanks). Sentences written for the purpose.
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

describe('Function: findPeople (a plural office after a list of names)', () => {
  it.each([
    [
      'en',
      'Le Thanh Tung and Pham Duc Long, deputy directors of the provincial police, visited the flooded commune.',
      ['Le Thanh Tung', 'Pham Duc Long'],
      'deputy directors of the provincial police',
    ],
    [
      'en',
      'Le Thanh Tung, Pham Duc Long and Vo Minh Chau, vice-chairmen of the provincial People’s Committee, opened the bridge.',
      ['Le Thanh Tung', 'Pham Duc Long', 'Vo Minh Chau'],
      'vice-chairmen of the provincial People’s Committee',
    ],
    [
      'fr',
      'Le Thanh Tung et Pham Duc Long, directeurs adjoints de la police provinciale, ont visité la commune inondée.',
      ['Le Thanh Tung', 'Pham Duc Long'],
      'directeurs adjoints de la police provinciale',
    ],
    [
      'de',
      'Le Thanh Tung und Pham Duc Long, stellvertretende Direktoren der Provinzpolizei, besuchten die überflutete Gemeinde.',
      ['Le Thanh Tung', 'Pham Duc Long'],
      'stellvertretende Direktoren der Provinzpolizei',
    ],
    [
      'es',
      'Le Thanh Tung y Pham Duc Long, subdirectores de la policía provincial, visitaron la comuna inundada.',
      ['Le Thanh Tung', 'Pham Duc Long'],
      'subdirectores de la policía provincial',
    ],
    [
      'it',
      'Le Thanh Tung e Pham Duc Long, vicedirettori della polizia provinciale, hanno visitato il comune allagato.',
      ['Le Thanh Tung', 'Pham Duc Long'],
      'vicedirettori della polizia provinciale',
    ],
    [
      'pt',
      'Le Thanh Tung e Pham Duc Long, vice-diretores da polícia provincial, visitaram a comuna inundada.',
      ['Le Thanh Tung', 'Pham Duc Long'],
      'vice-diretores da polícia provincial',
    ],
    [
      'ru',
      'Ле Тхань Тунг и Фам Дык Лонг, заместители начальника полиции провинции, посетили затопленную общину.',
      ['Ле Тхань Тунг', 'Фам Дык Лонг'],
      'заместители начальника полиции провинции',
    ],
    [
      'uk',
      'Ле Тхань Тунг і Фам Дик Лонг, заступники начальника поліції провінції, відвідали затоплену громаду.',
      ['Ле Тхань Тунг', 'Фам Дик Лонг'],
      'заступники начальника поліції провінції',
    ],
    [
      'pl',
      'Le Thanh Tung i Pham Duc Long, zastępcy komendanta policji prowincji, odwiedzili zalaną gminę.',
      ['Le Thanh Tung', 'Pham Duc Long'],
      'zastępcy komendanta policji prowincji',
    ],
  ])('%s: %s', (language, text, names, role) => {
    expect(officials(text, language)).toEqual(names.map((n) => [n, role]));
  });

  it.each([
    [
      'en',
      'Le Thanh Tung and Pham Duc Long, director of the provincial police, visited the flooded commune.',
      [['Pham Duc Long', 'director of the provincial police']],
    ],
    [
      'fr',
      'Le Thanh Tung et Pham Duc Long, directeur de la police provinciale, ont visité la commune inondée.',
      [['Pham Duc Long', 'directeur de la police provinciale']],
    ],
    ['en', 'Police arrested Le Thanh Tung and Pham Duc Long, officers of a logistics firm, on Monday.', []],
  ])('%s: only the last name, or none, in %s', (language, text, expected) => {
    expect(officials(text, language)).toEqual(expected);
  });

  // Polish lists names with "i" and writes its ranks in the plural ("pułkownicy A i B"); Italian's plural
  // article "i" before a rank stays no conjunction ("arrestato i colonnelli": arrested, not officials).
  it.each([
    [
      'pl',
      'Pułkownicy Le Thanh Tung i Pham Duc Long skontrolowali posterunek graniczny.',
      ['Le Thanh Tung', 'Pham Duc Long'],
    ],
    [
      'it',
      'I colonnelli Le Thanh Tung e Pham Duc Long hanno ispezionato il posto.',
      ['Le Thanh Tung', 'Pham Duc Long'],
    ],
    ['it', 'La polizia ha arrestato i colonnelli Le Thanh Tung e Pham Duc Long per corruzione.', []],
  ])('%s: ranks of %s', (language, text, names) => {
    expect(
      findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
        p.name,
        p.rank,
      ]),
    ).toEqual(names.map((n) => [n, 'colonel']));
  });
});
