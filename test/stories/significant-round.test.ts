/**
 * Session 22: a value one copy rounds at fewer significant digits than another ("12 billion" and "12.46
 * billion", "900" and "895") is the same value as a rewrite gives it, marked approximate or not; it weighs what
 * the rounded value weighs (significantRound). Midway values (38,500 against 39,000) round either way and are
 * no match; head counts stay aside (tolls of unrelated events are that close too often). Invented evidence.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  roundsToSignificant,
  similarity,
  STORY_THRESHOLD,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { evidenceOf } from '../support/story-eval.js';

const of = (unit: Figure['unit'], ...values: number[]) => values.map((value) => ({ value, unit, count: 1 }));
const OFF = { ...DEFAULT_PARAMS, significantRound: 0 };

describe('Similarity: values rounded at fewer significant digits (session 22)', () => {
  it('reads a rounding at the last significant digit, within 10 %, never midway', () => {
    expect(roundsToSignificant(12_460_000_000, 12_000_000_000, 0.1)).toBe(true);
    expect(roundsToSignificant(895, 900, 0.1)).toBe(true);
    expect(roundsToSignificant(4_870, 4_900, 0.1)).toBe(true);
    expect(roundsToSignificant(1_341, 1_400, 0.1)).toBe(false); // 1,300 is its rounding
    expect(roundsToSignificant(38_500, 39_000, 0.1)).toBe(false); // midway
    expect(roundsToSignificant(140, 100, 0.1)).toBe(false); // beyond 10 %
    expect(roundsToSignificant(900, 895, 0.1)).toBe(false); // the finer is not the rounding
  });

  it('joins a timber seizure whose copy rounds the volume and the fine', () => {
    // 4,870 m3 of timber and a fine of VND 1,238,000,000 in the local report; "about 4,900 m3" is read as
    // approximate elsewhere, so here the agency copy writes the rounded figures plainly.
    const local = evidenceOf({
      id: 'local',
      primary: 'kon-tum',
      figures: [...of('other', 4_870), ...of('vnd', 1_238_000_000), ...of('person', 3)],
    });
    const agency = evidenceOf({
      id: 'agency',
      primary: 'kon-tum',
      figures: [...of('other', 4_900), ...of('vnd', 1_200_000_000), ...of('person', 3)],
    });
    expect(similarity(local, agency, OFF)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(local, agency)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it('joins a fraud case told as "12 billion" in one copy and "11.6 billion" in another', () => {
    const en = evidenceOf({
      id: 'en',
      primary: 'da-nang',
      figures: [...of('other', 11_600_000_000), ...of('person', 2)],
    });
    const fr = evidenceOf({
      id: 'fr',
      primary: 'da-nang',
      figures: [...of('other', 12_000_000_000, 27), ...of('person', 2)],
    });
    expect(similarity(en, fr, OFF)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(en, fr)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it('a rounded lead amount meets the precise one: no amount conflict between 98 kg and 100 kg', () => {
    const precise = evidenceOf({
      id: 'p',
      primary: 'quang-ninh',
      localities: ['quang-ninh/mong-cai'],
      figures: [...of('kg', 98), ...of('person', 2)],
    });
    const rounded = evidenceOf({
      id: 'r',
      primary: 'quang-ninh',
      localities: ['quang-ninh/mong-cai'],
      figures: [...of('kg', 100), ...of('person', 2)],
    });
    expect(similarity(precise, rounded)).toBeGreaterThan(similarity(precise, rounded, OFF) * 1.5);
  });

  it('keeps apart look-alikes a few per cent apart that are no rounding, and tolls', () => {
    // 38,500 and 39,000 pills (midway), 1,341 and 1,400 kg, 13 dead and 12 dead.
    const a = evidenceOf({
      id: 'a',
      primary: 'nghe-an',
      figures: [...of('other', 38_500), ...of('kg', 1_341)],
    });
    const b = evidenceOf({
      id: 'b',
      primary: 'nghe-an',
      figures: [...of('other', 39_000), ...of('kg', 1_400)],
    });
    expect(similarity(a, b)).toBe(similarity(a, b, OFF));
    const c = evidenceOf({ id: 'c', primary: 'lao-cai', figures: of('person', 13, 120) });
    const d = evidenceOf({ id: 'd', primary: 'lao-cai', figures: of('person', 12, 100) });
    expect(similarity(c, d)).toBe(similarity(c, d, OFF));
  });
});
