/**
 * Session 54 (st54), stories (issue 10): classes mended, on invented evidence and sentences.
 *
 * 1. Different named people (similarity.ts namesConflict): two reports that each write four names or more
 *    (officials and the names their texts write) and share at most one are reports of two cases, however
 *    much place, day and figures agree (a ring broken up in a district, and a crash in the same district
 *    the same week, both quoting the district's police chief).
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  namesDiffer,
  similarity,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { evidenceOf } from '../support/story-eval.js';

const place = {
  primary: 'quang-ninh',
  provinces: ['quang-ninh'],
  localities: ['quang-ninh/mong-cai', 'quang-ninh/hai-hoa'],
};
// A smuggling ring: four men named, the border post's commander quoted, 7 trucks and 2,350 kg seized.
const ring: StoryEvidence = evidenceOf({
  id: 'ring',
  ...place,
  people: ['ngo van trung'],
  names: ['dao van khiem', 'ha minh luc', 'lo thi tam', 'ngo van trung', 'vi van sang'],
  figures: [
    { value: 7, unit: 'vehicle', count: 1 },
    { value: 2350, unit: 'kg', count: 1 },
  ],
});
// Another ring of the same ward, the same commander quoted, other men named, the same 7 trucks.
const other: StoryEvidence = evidenceOf({
  id: 'other',
  ...place,
  people: ['ngo van trung'],
  names: ['chu van khai', 'ngo van trung', 'nong thi hue', 'tieu van dat', 'trieu minh hoang'],
  figures: [
    { value: 7, unit: 'vehicle', count: 1 },
    { value: 2350, unit: 'kg', count: 1 },
  ],
});
const off = { ...DEFAULT_PARAMS, namesConflict: 1 };

describe('Different named people: two cases, not two copies', () => {
  it('parts two reports writing four names or more each and sharing one, in either order', () => {
    expect(namesDiffer(ring, other, DEFAULT_PARAMS.namesConflictMin)).toBe(true);
    expect(similarity(ring, other, off)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(ring, other)).toBeCloseTo(similarity(ring, other, off) * DEFAULT_PARAMS.namesConflict);
    expect(similarity(other, ring)).toBe(similarity(ring, other));
    expect(similarity(ring, other)).toBeLessThan(STORY_THRESHOLD);
  });

  it('not when they share two names (a copy naming some of the same men)', () => {
    const copy = { ...other, names: [...other.names, 'ha minh luc'] };
    expect(namesDiffer(ring, copy, DEFAULT_PARAMS.namesConflictMin)).toBe(false);
    expect(similarity(ring, copy)).toBe(similarity(ring, copy, off));
  });

  it('not when one side writes fewer than four names (a brief naming only the commander)', () => {
    const brief = { ...other, names: ['ngo van trung', 'tieu van dat'] };
    expect(namesDiffer(ring, brief, DEFAULT_PARAMS.namesConflictMin)).toBe(false);
    expect(similarity(ring, brief)).toBe(similarity(ring, brief, off));
  });

  it('a name written in a script meets the other copy written in Latin, but never counts as written', () => {
    const korean = { ...other, names: other.names.slice(0, 4), scriptNames: ['dao van khiem'] };
    expect(namesDiffer(ring, korean, DEFAULT_PARAMS.namesConflictMin)).toBe(false);
    const fewLatin = { ...other, names: other.names.slice(0, 2), scriptNames: ['xa van a', 'xa van b'] };
    expect(namesDiffer(ring, fewLatin, DEFAULT_PARAMS.namesConflictMin)).toBe(false);
  });
});
