/**
 * A roundup that counts an event is not a copy of it (session 50, similarity.ts wideTollConflict): a report
 * leading with a tally of several provinces ("48 dead across the northern provinces") that gives a local
 * event's toll among its figures ("12 of them in one district of Hà Giang") shares that event's place, day
 * and toll, but is another story when the local report neither gives nor writes the wider tally.
 * The evidence is invented.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  similarity,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { evidenceOf } from '../support/story-eval.js';

const persons = (...values: number[]) =>
  values.map((value) => ({ value, unit: 'person' as Figure['unit'], count: 1 }));

// The local report: a flash flood in one district of Hà Giang, 12 dead, 30 houses swept away.
const local: StoryEvidence = evidenceOf({
  id: 'local',
  primary: 'ha-giang',
  provinces: ['ha-giang'],
  localities: ['ha-giang/xin-man'],
  figures: [...persons(4, 12, 25), { value: 30, unit: 'other', count: 1 }],
  leadToll: { value: 12 },
});
// The same day's roundup: 48 dead in the northern provinces (each sentence giving it names another
// province), the 12 of Hà Giang among them.
const roundup: StoryEvidence = evidenceOf({
  id: 'roundup',
  primary: 'ha-giang',
  provinces: ['ha-giang', 'lao-cai', 'yen-bai'],
  localities: ['ha-giang/xin-man'],
  figures: persons(4, 12, 25, 48),
  leadToll: { value: 48 },
  elsewhere: [48],
});
const off = { ...DEFAULT_PARAMS, wideTollConflict: 1 };

describe('Similarity: a roundup leading with a wider tally', () => {
  it('lowers the score by the factor, in either order, below the threshold', () => {
    expect(similarity(local, roundup, off)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(local, roundup)).toBeCloseTo(
      similarity(local, roundup, off) * DEFAULT_PARAMS.wideTollConflict,
    );
    expect(similarity(roundup, local)).toBe(similarity(local, roundup));
    expect(similarity(local, roundup)).toBeLessThan(STORY_THRESHOLD);
  });

  it('not when the local report gives or writes the wider tally too (a copy of the roundup)', () => {
    const gives = { ...local, figures: [...local.figures, ...persons(48)] };
    expect(similarity(gives, roundup)).toBe(similarity(gives, roundup, off));
    const writes = { ...local, text: { numbers: [30, 48] } };
    expect(similarity(writes, roundup)).toBe(similarity(writes, roundup, off));
  });

  it('not when the two lead tolls are within 10 % (a toll updated between reports)', () => {
    const updated = { ...roundup, figures: persons(4, 12, 13, 25), leadToll: { value: 13 }, elsewhere: [13] };
    expect(similarity(local, updated)).toBe(similarity(local, updated, off));
  });

  it("not when the other's lead toll is a tally of elsewhere too (two roundups), nor when the roundup lacks it", () => {
    const tally = { ...local, elsewhere: [12] };
    expect(similarity(tally, roundup)).toBe(similarity(tally, roundup, off));
    const without = { ...roundup, figures: persons(4, 25, 48) };
    expect(similarity(local, without)).toBe(similarity(local, without, off));
  });

  it('not when the wide toll is told about the main province (a report of one big event)', () => {
    const here = { ...roundup, elsewhere: [] };
    expect(similarity(local, here)).toBe(similarity(local, here, off));
  });
});
