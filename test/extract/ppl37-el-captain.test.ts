/**
 * Greek translations of police news write a captain καπετάνιος as often as λοχαγός ("ο καπετάνιος Νγκουγιέν Βαν
 * Χουνγκ"): both read as the rank before a name. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): { name: string; rank: string | null }[] {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => ({
    name: p.name,
    rank: p.rank,
  }));
}

describe('Function: findPeople (Greek captain καπετάνιος)', () => {
  it.each<[string, string]>([
    [
      'Ο καπετάνιος Νγκουγιέν Βαν Χουνγκ σταμάτησε το φορτηγό στο σημείο ελέγχου της εθνικής οδού.',
      'Νγκουγιέν Βαν Χουνγκ',
    ],
    [
      'Σύμφωνα με τον καπετάνιο Τραν Ντουκ Μινχ, η έρευνα συνεχίζεται στην περιοχή από σήμερα.',
      'Τραν Ντουκ Μινχ',
    ],
  ])('%s', (text, name) => {
    expect(people(text, 'el')).toContainEqual({ name, rank: 'captain' });
  });

  it('reads no one after the rank word when no name follows it', () => {
    expect(
      people('Ο καπετάνιος του σκάφους είπε ότι η θάλασσα ήταν πολύ ταραγμένη εκείνη τη νύχτα.', 'el'),
    ).toEqual([]);
  });
});
