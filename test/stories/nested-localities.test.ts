/**
 * A locality named at two levels (session 51): one copy names the ward or commune, the other its district.
 * The gazetteer knows which district lists which commune (lambdas/stories/localities.ts), so such copies do not
 * name two places and the locality conflict (× 0.5) does not apply. Invented evidence, real gazetteer units.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  localitiesNest,
  nestedLocalities,
  similarity,
  STORY_THRESHOLD,
} from '../../lambdas/stories/index.js';
import { evidenceOf } from '../support/story-eval.js';

describe('Localities at two levels of one place', () => {
  it('knows a ward of a district, either way round, and not a ward of another district', () => {
    expect(nestedLocalities('ha-noi/phuc-xa', 'ha-noi/ba-dinh')).toBe(true);
    expect(nestedLocalities('ha-noi/ba-dinh', 'ha-noi/phuc-xa')).toBe(true);
    expect(nestedLocalities('ha-noi/phuc-xa', 'ha-noi/hoan-kiem')).toBe(false);
    // Two wards of one district are two places.
    expect(nestedLocalities('ha-noi/phuc-xa', 'ha-noi/truc-bach')).toBe(false);
    expect(localitiesNest(['ha-noi/truc-bach', 'ha-noi/kim-ma'], ['ha-noi/ba-dinh'])).toBe(true);
  });

  const figures = [
    { value: 14, unit: 'person' as const, count: 1 },
    { value: 3, unit: 'vehicle' as const, count: 1 },
  ];
  const ward = evidenceOf({ id: 'ward', provinces: ['ha-noi'], localities: ['ha-noi/phuc-xa'], figures });
  const district = evidenceOf({
    id: 'district',
    provinces: ['ha-noi'],
    localities: ['ha-noi/ba-dinh'],
    figures,
  });
  const elsewhere = evidenceOf({
    id: 'other',
    provinces: ['ha-noi'],
    localities: ['ha-noi/hoan-kiem'],
    figures,
  });

  it('a copy naming the ward and one naming its district are not halved as two places', () => {
    const off = { ...DEFAULT_PARAMS, nestedLocalities: false };
    expect(similarity(ward, district)).toBeCloseTo(2 * similarity(ward, district, off), 10);
    expect(similarity(ward, elsewhere)).toBeCloseTo(similarity(ward, elsewhere, off), 10);
    expect(similarity(ward, elsewhere)).toBeLessThan(similarity(ward, district));
  });

  it('adds no weight: two copies sharing little stay apart', () => {
    const thin = evidenceOf({ id: 'thin', provinces: ['ha-noi'], localities: ['ha-noi/ba-dinh'] });
    expect(similarity(ward, thin)).toBeLessThan(STORY_THRESHOLD);
  });
});
