/**
 * Session 57 people classes (ppl57: id, ms, sk), read with sentences written for this test:
 * - a source word that opens a sentence is capitalised, so it is read into the title run before an office
 *   ("Menurut Kepala Polisi X, ...", "Kata Ketua Polis X, ..."): the title's first word is read with the
 *   words before it, so the holder is the speaker and the clause after the name the story told, whose suspects
 *   are not his (judge.ts speakerEnd); Indonesian and Malay list their source words ("menurut", "kata", "ujar";
 *   lexicon sourceWords). A suspect named after the source word stays a suspect;
 * - Slovak offices whose spelling the Czech lexicon (Slovak's kin) does not start: "predstaviteľ" (official),
 *   "vedúci" (head), "námestník" (deputy minister), and the feminine "hovorkyňa", "zástupkyňa", "tajomníčka"
 *   (lexicon cs roleWords). A head of a business is still no official;
 * - the speaker a source word names right before his rank, with no comma after the name (German and Dutch put
 *   the verb right after the phrase: "Laut Oberstleutnant X wurden zwei Menschen verletzt", "Volgens
 *   luitenant-kolonel X zijn twee mensen gewond"): the harm in the sentence is the story he tells, not his own
 *   (victims.ts, lexicon sourceAtEnd). An officer whom the source word does not name ("Laut Polizei wurde
 *   Oberstleutnant X verletzt") is still the one harmed.
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

describe('Function: findPeople (ppl57 classes)', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // A sentence-opening source word before an office: the holder speaks, the suspects are the story's.
    [
      'id',
      'Menurut Kepala Polisi Bui Van Tuan, tersangka melarikan diri ke hutan.',
      [['Bui Van Tuan', null]],
    ],
    ['id', 'Menurut Kepala Polisi Bui Van Tuan, para pelaku sudah ditangkap.', [['Bui Van Tuan', null]]],
    [
      'ms',
      'Menurut Ketua Polis Daerah Bui Van Tuan, suspek melarikan diri ke hutan.',
      [['Bui Van Tuan', null]],
    ],
    ['ms', 'Kata Ketua Polis Daerah Bui Van Tuan, suspek sudah ditahan.', [['Bui Van Tuan', null]]],
    // Negative: a suspect named after the source word is no speaking official.
    ['id', 'Menurut tersangka Bui Van Tuan, polisi datang terlambat.', []],
    ['id', 'Tersangka Bui Van Tuan, menurut polisi, melarikan diri.', []],
    // Slovak offices in their own spellings.
    ['sk', 'Predstaviteľ okresnej polície Do Van Minh uviedol, že most sa zrútil.', [['Do Van Minh', null]]],
    [
      'sk',
      'Do Van Minh, vedúci oddelenia dopravnej polície, uviedol, že vodič ušiel.',
      [['Do Van Minh', null]],
    ],
    ['sk', 'Hovorkyňa polície Le Thi Hoa povedala, že pátranie pokračuje.', [['Le Thi Hoa', null]]],
    // Negative: the head of a firm, a suspect.
    ['sk', 'Vedúci firmy Do Van Minh povedal, že sklad vyhorel.', []],
    ['sk', 'Podozrivý Do Van Minh bol zadržaný na hranici.', []],
    // A speaker with no comma after the name: the harm is the story's.
    [
      'de',
      'Laut Oberstleutnant Do Van Minh wurden zwei Menschen verletzt.',
      [['Do Van Minh', 'lieutenant-colonel']],
    ],
    [
      'nl',
      'Volgens luitenant-kolonel Do Van Minh zijn twee mensen gewond geraakt.',
      [['Do Van Minh', 'lieutenant-colonel']],
    ],
    [
      'id',
      'Menurut Letnan Kolonel Do Van Minh dua orang terluka dalam kejadian itu.',
      [['Do Van Minh', 'lieutenant-colonel']],
    ],
    // Negative: the officer the source word does not name is the one harmed.
    ['de', 'Laut Polizei wurde Oberstleutnant Do Van Minh bei dem Einsatz verletzt.', []],
    ['nl', 'Volgens de politie raakte luitenant-kolonel Do Van Minh gewond.', []],
  ])('%s: %s', (language, text, expected) => {
    // Act
    const got = people(text, language);

    // Assess
    expect(got).toEqual(expected);
  });
});
