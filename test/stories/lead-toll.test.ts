/**
 * A report's lead toll and the tolls it places elsewhere (session 18, StoryEvidence.leadToll and .elsewhere;
 * similarity.ts, leadTollConflict): a report of one disaster that recalls another in a province that is not
 * its main one ("a week after another landslide in Huế killed 13") shares the other's toll, not its own.
 * The articles are invented.
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
import { evidenceOf, UNDATED_SOURCE } from '../support/story-eval.js';

function read(text: string): StoryEvidence {
  const result = extractArticle(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.rejection.message);
  return storyEvidence({ ...result.article, id: 'x' }, UNDATED_SOURCE);
}

describe('Evidence: the lead toll and tolls elsewhere', () => {
  it('reads the first head count of the lead and a toll told in a sentence about another province', () => {
    const e = read(
      [
        'Landslide buries 22 soldiers in Quang Tri',
        'A landslide hit a military camp in Quang Tri province on Sunday night, burying 22 soldiers, the provincial authorities said.',
        'Rescuers from the army and the police searched the site through the night with excavators.',
        'The disaster came a week after another landslide in Thua Thien Hue province killed 13 people, all of them members of a rescue team.',
      ].join('\n'),
    );
    expect(e.primary).toBe('quang-tri');
    expect(e.leadToll).toEqual({ value: 22 });
    expect(e.elsewhere).toEqual([13]);
  });

  it('counts below 10 are no toll; a toll told about the main province is not elsewhere', () => {
    const e = read(
      [
        'Fire kills 4 in Nghe An',
        'A fire at a karaoke bar in Nghe An province killed 4 people on Saturday, the provincial police said.',
        'Firefighters rescued 15 people from the building in Nghe An.',
      ].join('\n'),
    );
    expect(e.leadToll).toEqual({ value: 15 });
    expect(e.elsewhere).toEqual([]);
  });
});

describe('Similarity: a report recalling another event elsewhere', () => {
  const persons = (...values: number[]) =>
    values.map((value) => ({ value, unit: 'person' as Figure['unit'], count: 1 }));
  // The rescuers' landslide in Huế: its own lead toll is 13.
  const rescue = evidenceOf({
    id: 'a',
    primary: 'hue',
    provinces: ['hue'],
    figures: persons(13, 21, 100),
    leadToll: { value: 13 },
  });
  // Another landslide in Quảng Trị whose body recalls the rescuers' 13 dead in Huế.
  const other = evidenceOf({
    id: 'b',
    primary: 'quang-tri',
    provinces: ['hue', 'quang-tri'],
    figures: persons(13, 22, 100),
    leadToll: { value: 22, approximate: true },
    elsewhere: [13],
  });
  const off = { ...DEFAULT_PARAMS, leadTollConflict: 1 };

  it('lowers the score by the factor, in either order', () => {
    expect(similarity(rescue, other)).toBeCloseTo(
      similarity(rescue, other, off) * DEFAULT_PARAMS.leadTollConflict,
    );
    expect(similarity(other, rescue)).toBe(similarity(rescue, other));
  });

  it('not when the other side gives the lead toll too, or an update of it', () => {
    const gives = { ...rescue, figures: persons(13, 21, 22, 100) };
    expect(similarity(gives, other)).toBe(similarity(gives, other, off));
    const updated = { ...rescue, leadToll: { value: 21 } };
    expect(similarity(updated, other)).toBe(similarity(updated, other, off));
  });

  it('not when the recalled toll is told about the main province (a copy that opens on another count)', () => {
    const here = { ...other, elsewhere: [] };
    expect(similarity(rescue, here)).toBe(similarity(rescue, here, off));
  });
});
