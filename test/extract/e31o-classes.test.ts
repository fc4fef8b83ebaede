/**
 * Classes found by the invented e31o articles (session 31), on sentences written for this test:
 * - a Korean official's name written as one word opening its clause before the office, with or without the
 *   organisation's words between ("팜티투하 박닌성 인민위원회 부위원장은"); a place of that shape is none;
 * - Polish writes the scale in the genitive singular after a decimal ("2,4 miliarda", "1,5 miliona");
 * - Thai spells the dong "ด่อง" too; Chinese counts helicopters with 架 ("两架直升机");
 * - Italian "cellulari" (mobile phones) is no cell (group) of a network, "cellule" is;
 * - occupants of a house or a boarding house are persons in every noun-counting lexicon language.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../lambdas/extract/people/index.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';
import type { Document } from '../../lambdas/extract/types.js';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

function doc(body: string, language: string): Document {
  return { body, folded: fold(body), sentences: splitSentences(body), language };
}

// A stand-in gazetteer: the places stage provides the real one.
const PLACES = new Set(['하노이', '호찌민']);
const isPlaceName = (name: string) => PLACES.has(fold(name));

function people(body: string, language: string): Array<[string, string | null, string | null]> {
  return findPeople(doc(body, language), { isPlaceName }).map((p) => [p.name, p.rank, p.role]);
}

describe('Function: findPeople (a Korean one-word name opening its clause before the office)', () => {
  it.each([
    ['ko', '공장에 불이 났다. 쩐민훙 부위원장은 가족을 위로했다.', [['쩐민훙', null, '부위원장']]],
    ['ko', '홍수가 났다. 레티하 꽝찌성 인민위원회 위원장은 현장을 찾았다.', [['레티하', null, '위원장']]],
    ['ko', '"피해가 크다" 응우옌반떤 성 공안청장은 말했다.', [['응우옌반떤', null, '공안청장']]],
  ])('[%s] %s', (language, body, expected) => {
    // Act
    const found = people(body, language);

    // Assess
    expect(found).toEqual(expected);
  });

  it.each([
    ['ko', '하노이 인민위원회 위원장은 발표했다.'],
    ['ko', '호찌민 시장은 발표했다.'],
    ['ko', '푸토성 인민위원회 위원장은 발표했다.'],
  ])('[%s] reads no name from a place of that shape: %s', (language, body) => {
    expect(people(body, language)).toEqual([]);
  });
});

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const COUNTS: Case[] = [
  ['pl', 'Straty oszacowano na 3,7 miliarda VND.', [[3700000000, 'vnd']]],
  ['pl', 'Policja skonfiskowała 1,5 miliona VND w gotówce.', [[1500000, 'vnd']]],
  ['th', 'ตำรวจยึดเงินสด 5 ล้านด่อง', [[5000000, 'vnd']]],
  ['zh', '救援部门出动三架直升机搜救。', [[3, 'vehicle']]],
  [
    'it',
    'La polizia ha sequestrato 150 cellulari e 4 computer.',
    [
      [150, 'other'],
      [4, 'other'],
    ],
  ],
  ['it', 'Sono state smantellate 5 cellule del gruppo.', [[5, 'group']]],
  ['id', 'Petugas mengevakuasi 18 penghuni gedung itu.', [[18, 'person']]],
  ['ms', 'Bomba menyelamatkan 11 penghuni rumah itu.', [[11, 'person']]],
  ['fr', 'Les pompiers ont évacué 40 occupants de l’immeuble.', [[40, 'person']]],
  ['en', 'Firefighters rescued 9 occupants of the building.', [[9, 'person']]],
  ['es', 'Los bomberos rescataron a 13 ocupantes del edificio.', [[13, 'person']]],
  ['ro', 'Pompierii au evacuat 21 de locatari ai blocului.', [[21, 'person']]],
  ['ru', 'Пожарные эвакуировали 30 жильцов дома.', [[30, 'person']]],
];

describe('Function: extractFigures (scales, currencies and counted nouns of e31o)', () => {
  itReadsEach(COUNTS, valueAndUnit, '%s counts: %s');
});
