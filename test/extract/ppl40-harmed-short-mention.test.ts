/**
 * Session 40: a ranked officer harmed under a later short mention (the same rank and the given name alone,
 * "Leutnant Lam wurde verletzt") is a victim the story tells of (people/victims.ts), and one being treated in
 * hospital is harmed. Sentences written for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

function people(text: string, language: string): Array<[string, string | null]> {
  return findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName }).map((p) => [
    p.name,
    p.rank,
  ]);
}

describe('Function: findPeople (a ranked officer harmed under a later short mention)', () => {
  it.each<[string, string]>([
    [
      'en',
      'Lieutenant Do Van Khanh and Major Le Van Hoa went to the scene. Lieutenant Khanh was seriously injured.',
    ],
    [
      'de',
      'Leutnant Do Van Khanh und Major Le Van Hoa fuhren zum Einsatz. Leutnant Khanh wurde schwer verletzt.',
    ],
    [
      'de',
      'Leutnant Do Van Khanh und Major Le Van Hoa fuhren zum Einsatz. Leutnant Khanh wird im Krankenhaus behandelt.',
    ],
    [
      'en',
      'Lieutenant Do Van Khanh and Major Le Van Hoa went to the scene. Lieutenant Khanh is being treated.',
    ],
  ])('%s: %s keeps the major only', (language, text) => {
    expect(people(text, language)).toEqual([['Le Van Hoa', 'major']]);
  });

  it.each<[string, string]>([
    // The short mention speaks: the officer acts in the story.
    ['en', 'Major Le Van Hoa led the raid. Later, Major Hoa said one officer was injured.'],
    // Another rank before the same given name is another officer.
    ['en', 'Major Le Van Hoa led the raid. Lieutenant Hoa, his deputy, was injured.'],
  ])('%s: %s keeps the major', (language, text) => {
    expect(people(text, language)).toEqual([['Le Van Hoa', 'major']]);
  });
});
