/**
 * A wider toll that counts a local event (session 28, StoryEvidence.leadTollWide and .mainTolls;
 * similarity.ts, wideTollConflict): a national or regional count announced in Hà Nội ("floods have killed 40
 * across the central provinces") that places the local event's toll in its main province ("among them 12
 * workers in Quảng Ngãi") is a report of its own, not a copy of the local event's report. The articles are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import {
  DEFAULT_PARAMS,
  similarity,
  storyEvidence,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { evidenceOf } from '../support/story-eval.js';

function read(text: string): StoryEvidence {
  const result = extractArticle(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.rejection.message);
  return storyEvidence({ ...result.article, id: 'x' }, { published: '2026-11-29', dateSource: 'upload' });
}

describe('Evidence: a lead toll counted beyond the main province', () => {
  it('reads a toll told only about Hà Nội, with a part of it placed in the main province, as wide', () => {
    const e = read(
      [
        'Floods kill 40 in central Vietnam',
        'HANOI - The national disaster prevention committee in Hanoi said on Monday that floods and landslides have killed 40 people in the central provinces this month.',
        'Among the dead are 12 workers buried by a landslide at a hydropower site in Quang Ngai province.',
        'Rescuers in Quang Ngai province are still searching for 3 other workers.',
      ].join('\n'),
    );
    expect(e.primary).toBe('quang-ngai');
    expect(e.leadToll).toEqual({ value: 40 });
    expect(e.mainTolls).toEqual([12]);
    expect(e.leadTollWide).toBe(true);
  });

  it('not when the lead toll is told about the main province', () => {
    const e = read(
      [
        'Landslide kills 12 workers in Quang Ngai',
        'A landslide buried 12 workers at a hydropower site in Quang Ngai province on Sunday, the provincial authorities said.',
        'Rescuers in Quang Ngai province were joined by 40 soldiers on Monday.',
      ].join('\n'),
    );
    expect(e.leadToll).toEqual({ value: 12 });
    expect(e.leadTollWide).toBe(false);
  });
});

describe('Similarity: a wider toll against the local event it counts', () => {
  const persons = (...values: number[]) =>
    values.map((value) => ({ value, unit: 'person' as Figure['unit'], count: 1 }));
  // The local report: the landslide's 12 workers and 21 rescuers in Quảng Ngãi.
  const local = evidenceOf({
    id: 'a',
    primary: 'quang-ngai',
    provinces: ['quang-ngai'],
    figures: persons(3, 12, 21),
    leadToll: { value: 12 },
    mainTolls: [12, 21],
  });
  // The national committee's toll of the same day, counting the 12 among its 40.
  const wide = evidenceOf({
    id: 'b',
    primary: 'quang-ngai',
    provinces: ['quang-ngai'],
    figures: persons(3, 12, 21, 40),
    leadToll: { value: 40 },
    elsewhere: [40],
    leadTollWide: true,
    mainTolls: [12, 21],
  });
  const off = { ...DEFAULT_PARAMS, wideTollConflict: 1 };

  it('lowers the score by the factor, in either order, below the threshold', () => {
    expect(similarity(local, wide)).toBeCloseTo(
      similarity(local, wide, off) * DEFAULT_PARAMS.wideTollConflict,
    );
    expect(similarity(wide, local)).toBe(similarity(local, wide));
    expect(similarity(local, wide, off)).toBeGreaterThan(0.41);
    expect(similarity(local, wide)).toBeLessThan(0.41);
  });

  it('not when the local side gives the wider toll too, or a lead toll near it (an update)', () => {
    const gives = { ...local, figures: persons(3, 12, 21, 40) };
    expect(similarity(gives, wide)).toBe(similarity(gives, wide, off));
    const updated = { ...local, leadToll: { value: 38 } };
    expect(similarity(updated, wide)).toBe(similarity(updated, wide, off));
  });

  it('not when the wider report does not place the local lead toll in its main province', () => {
    const unplaced = { ...wide, mainTolls: [21] };
    expect(similarity(local, unplaced)).toBe(similarity(local, unplaced, off));
  });

  it('not between two wider reports', () => {
    const other = { ...local, leadTollWide: true };
    expect(similarity(other, wide)).toBe(similarity(other, wide, off));
  });
});
