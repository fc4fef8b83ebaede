/**
 * Session 56 (perf56) class, read with sentences written for the purpose:
 * - Arabic glues any of its one-letter proclitics to a name before its apposition, ف (so) and ك (like, such
 *   as) as well as ل, ب and و (text/arabic-article.ts ARABIC_PROCLITICS, one set for every stage): the name
 *   starts after the letter, whole, not cut to its last words; a private apposition still names nobody.
 */
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../lambdas/extract/index.js';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { isLocalityName, isNamesake, isPlaceName } from '../../lambdas/extract/places/index.js';

type Case = [language: string, text: string, expected: Array<[string, string | null]>];

function itReadsEach(cases: Case[]): void {
  it.each<Case>(cases)('%s: %s lists %j', (language, text, expected) => {
    // Act
    const people = findPeople(makeDocument(text, language), { isPlaceName, isNamesake, isLocalityName });

    // Assess
    expect(people.map((p) => [p.name, p.rank])).toEqual(expected);
  });
}

describe('Function: findPeople (perf56 classes)', () => {
  describe('an Arabic name glued to ف or ك before its apposition is read whole', () => {
    itReadsEach([
      [
        'ar',
        'وتحدث مسؤولون كنجوين فان هونغ، نائب مدير شرطة المقاطعة، عن الحادث.',
        [['نجوين فان هونغ', null]],
      ],
      ['ar', 'فنجوين فان هونغ، نائب مدير شرطة المقاطعة، أكد أن التحقيق مستمر.', [['نجوين فان هونغ', null]]],
      // A private apposition names nobody, glued letter or not.
      ['ar', 'فنجوين فان هونغ، سائق الشاحنة، قال إن الطريق كان مغلقا.', []],
    ]);
  });
});
