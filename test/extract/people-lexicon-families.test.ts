/**
 * Word families of the people lexicons in the languages that have no people spec file yet (Dutch, Romanian,
 * Malay): plural ranks before a list of names, private persons' words (suspect, defendant, witness, age,
 * business), offices written with an enclitic article ("Vicepremierul X"), and the courtesy titles that vouch
 * for nobody alone. Sentences written for the purpose; the real gazetteer decides places.
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

describe('Function: findPeople (a plural rank before a list of names, nl ro)', () => {
  it.each([
    ['nl', 'De kolonels Hoang Van Binh en Dinh Cong Thanh zaten de vergadering voor.'],
    ['ro', 'Colonelii Hoang Van Binh și Dinh Cong Thanh au prezidat ședința.'],
    ['ro', 'Colonelii Hoang Van Binh si Dinh Cong Thanh au prezidat sedinta.'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([
      ['Dinh Cong Thanh', 'colonel'],
      ['Hoang Van Binh', 'colonel'],
    ]);
  });
});

describe('Function: findPeople (Romanian offices with the enclitic article)', () => {
  it.each([
    ['Vicepremierul Le Minh Tuan a vizitat zona afectată.'],
    ['Premierul Le Minh Tuan a cerut măsuri urgente.'],
    ['„Vom ajuta familiile”, a declarat prefectul Le Minh Tuan.'],
  ])('%s', (text) => {
    expect(officials(text, 'ro')).toEqual([['Le Minh Tuan', null]]);
  });
});

describe('Function: findPeople (private persons, ro ms)', () => {
  it.each([
    ['ro', 'Suspectul, domnul Le Van Tam, a recunoscut furtul.'],
    ['ro', 'Domnul Le Van Tam, în vârstă de 45 de ani, a fost arestat.'],
    ['ro', 'Tran Quoc Bao, directorul companiei Hai Long, a declarat că firma și-a plătit taxele.'],
    ['ro', 'Inculpatul Le Van Tam, fost director adjunct al Departamentului de Finanțe, a fost condamnat.'],
    ['ms', 'Suspek, Encik Le Van Tam, mengaku mencuri.'],
    ['ms', 'Tran Quoc Bao, pengarah syarikat Hai Long, berkata syarikat itu telah membayar cukai.'],
    ['ms', 'Encik Nguyen Van Phuc berkata air naik dengan cepat pada malam itu.'],
    ['nl', 'De heer Nguyen Van Phuc vertelde dat het water die nacht snel steeg.'],
  ])('[%s] %s', (language, text) => {
    expect(officials(text, language)).toEqual([]);
  });

  it.each([
    ['ro', 'Colonelul Hoang Van Binh, directorul Poliției provinciei, a prezidat ședința.', 'colonel'],
    ['ms', 'Kolonel Hoang Van Binh, Ketua Polis wilayah, mempengerusikan mesyuarat itu.', 'colonel'],
    [
      'nl',
      'Luitenant-kolonel Hoang Van Binh, hoofd van de verkeerspolitie, sprak de pers toe.',
      'lieutenant-colonel',
    ],
  ])('[%s] keeps the official: %s', (language, text, rank) => {
    expect(officials(text, language)).toEqual([['Hoang Van Binh', rank]]);
  });
});

describe('Function: findPeople (a role linker joins a courtesy-titled name to its office, ms)', () => {
  it('reads the office after "selaku"', () => {
    const text = 'Encik Ha Van Son selaku Pengerusi Jawatankuasa Rakyat berkata bantuan akan tiba.';
    expect(officials(text, 'ms')).toEqual([['Ha Van Son', null]]);
  });
});
