/**
 * Session 27, people, on sentences written for the purpose:
 * - Estonian names an office in the genitive before the name ("presidendi X sõnul", according to president
 *   X), and its stem changes there (president → presidendi, minister → ministri, esimees → esimehe): those
 *   forms are role words too. Lithuanian's stem keeps (prezidentas → prezidento), as the check beside shows.
 * - French Vietnamese press writes thượng úy as "lieutenant-chef": a senior lieutenant, as "premier
 *   lieutenant" and German "Oberleutnant" are, not a lieutenant.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName })
    .map((p): [string, string | null, string | null] => [p.name, p.rank, p.role])
    .sort();
}

describe('Function: findPeople (session 27: oblique offices and chief ranks)', () => {
  it.each([
    [
      'et',
      'Punase Risti presidendi Nguyen Van Binh sõnul on olukord raske.',
      'Nguyen Van Binh',
      'presidendi',
    ],
    ['et', 'Ministri Tran Van Nam sõnul jätkub koostöö kahe riigi vahel.', 'Tran Van Nam', 'Ministri'],
    ['et', 'Parlamendi esimehe Le Thi Hoa sõnul on eelarve valmis.', 'Le Thi Hoa', 'Parlamendi esimehe'],
    [
      'lt',
      'Raudonojo Kryžiaus prezidento Nguyen Van Binh teigimu, padėtis sunki.',
      'Nguyen Van Binh',
      'prezidento',
    ],
  ])('%s: %s', (language, text, name, role) => {
    expect(people(text, language)).toEqual([[name, null, role]]);
  });

  it.each([
    ['fr', 'Le lieutenant-chef Nguyen Van Hung a dirigé l’opération contre le réseau.', 'Nguyen Van Hung'],
    ['fr', 'Selon le lieutenant chef Pham Van Long, trois suspects ont été arrêtés.', 'Pham Van Long'],
    ['de', 'Oberleutnant Nguyen Van Hung leitete den Einsatz gegen die Bande.', 'Nguyen Van Hung'],
  ])('%s: %s', (language, text, name) => {
    const found = people(text, language);
    expect(found.map(([n, rank]) => [n, rank])).toEqual([[name, 'senior lieutenant']]);
  });
});
