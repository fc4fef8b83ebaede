/**
 * Two years joined by a dash or a range word are a span of time, no count (session 30, e30x; read.ts
 * inYearSpan): "2019-2022 polisi" is no count of police officers. A pair of year-sized numbers further apart
 * than a span of years, or a year alone before a count, leaves the count read. Sentences written for the
 * project (never an article's text).
 */
import { describe } from 'vitest';
import { itReadsEach, valueAndUnit } from '../support/figure-cases.js';

type Case = [language: string, text: string, expected: [value: number, unit: string][]];

const SPANS: Case[] = [
  ['id', 'Selama 2019-2022 petugas menangkap 17 tersangka narkoba.', [[17, 'person']]],
  ['ms', 'Antara 2018 hingga 2021 anggota polis merampas 9 kg syabu.', [[9, 'kg']]],
  ['vi', 'Giai đoạn 2019–2022 cán bộ chiến sĩ đã bắt 17 đối tượng.', [[17, 'person']]],
  ['en', 'During 2019-2022 officers arrested 17 suspects.', [[17, 'person']]],
];

const COUNTS: Case[] = [
  // a year alone, then a count: the count is read
  ['id', 'Pada tahun 2022, polisi menangkap 17 tersangka.', [[17, 'person']]],
  // far apart: a range of counts, not of years
  [
    'en',
    'Between 1200 and 1500 people were evacuated.',
    [
      [1200, 'person'],
      [1500, 'person'],
    ],
  ],
];

describe('e30x: a span of years is no count', () => {
  itReadsEach(SPANS, valueAndUnit);

  itReadsEach(COUNTS, valueAndUnit, '%s still counts: %s');
});
