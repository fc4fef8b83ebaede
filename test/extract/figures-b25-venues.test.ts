/**
 * Places of entertainment counted (bars, karaoke parlours and rooms, nightclubs, "venues") are things of
 * unit other, as the real articles' annotators count them ("15.000 bar karaoke", "seven venues", "ba phòng
 * hát"); a point is a site, a spot or a hotspot where something is found or done. Sentences written for the
 * project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

type Case = [language: string, text: string, value: number, unit: string];

const CASES: Case[] = [
  ['en', 'Inspectors ordered 14 bars to close before midnight.', 14, 'other'],
  ['en', 'The festival was held at nine venues across the city.', 9, 'other'],
  ['fr', 'La police a contrôlé 23 bars du centre-ville.', 23, 'other'],
  ['it', 'I controlli hanno riguardato 31 bar della provincia.', 31, 'other'],
  ['es', 'Los inspectores clausuraron 6 bares sin licencia.', 6, 'other'],
  ['vi', 'Đoàn kiểm tra đã xử phạt 5 quán karaoke vi phạm.', 5, 'other'],
  ['vi', 'Lực lượng chức năng kiểm tra hai phòng hát trong đêm.', 2, 'other'],
  ['pt', 'A fiscalização fechou 8 bares no bairro.', 8, 'other'],
  // A site stays a point.
  ['en', 'Police dismantled 12 drug hotspots in the district.', 12, 'point'],
  ['vi', 'Công an triệt phá 3 tụ điểm ma túy.', 3, 'point'],
];

describe('places of entertainment are counted as other, sites as points', () => {
  it.each(CASES)('%s: %s', (language, text, value, unit) => {
    const got = extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);
    expect(got).toContainEqual([value, unit]);
  });
});
