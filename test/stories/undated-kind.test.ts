/**
 * Undated copies that disagree on the event's kind (session 55, similarity.ts undatedKindConflict): the date
 * gate parts look-alikes of other days only between dated copies, so an undated fire report and an undated
 * fraud report of one city, sharing head counts by chance, met on province and figures alone. Their kinds
 * (StoryEvidence.kinds, stored since session 55) are the evidence left. Classes:
 *   - an undated side, kinds that share none: the factor applies (both undated, or one);
 *   - negative cases: two dated copies (the date gate parts them; kindConflict stays off), an undated pair of
 *     one kind, and a side whose kind is unknown (no figure names a topic, or evidence stored before) read as
 *     before.
 * The articles and evidence are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import {
  DEFAULT_PARAMS,
  similarity,
  STORY_THRESHOLD,
  storyEvidence,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { evidenceOf, UNDATED_SOURCE } from '../support/story-eval.js';

const OFF = { ...DEFAULT_PARAMS, undatedKindConflict: 1 };

// Two reports of one city sharing three head counts: a fire (27 injured, 100 rescued, 200 firefighters)
// and a fraud ring (27 arrested in a second raid, 100 officers, 200 victims).
const heads = (...values: number[]) => values.map((value) => ({ value, unit: 'person' as const, count: 1 }));
const fire = (over: Partial<StoryEvidence> = {}) =>
  evidenceOf({
    id: 'fire',
    provinces: ['ho-chi-minh'],
    primary: 'ho-chi-minh',
    figures: heads(13, 27, 100, 200),
    kinds: ['fire'],
    ...UNDATED_SOURCE,
    ...over,
  });
const fraud = (over: Partial<StoryEvidence> = {}) =>
  evidenceOf({
    id: 'fraud',
    provinces: ['ho-chi-minh'],
    primary: 'ho-chi-minh',
    figures: heads(27, 52, 100, 200),
    kinds: ['cyber'],
    ...UNDATED_SOURCE,
    ...over,
  });

describe('Similarity: an undated copy of another kind of event', () => {
  it('parts two undated reports that share head counts but not what they count', () => {
    expect(similarity(fire(), fraud(), OFF)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(fire(), fraud())).toBeCloseTo(similarity(fire(), fraud(), OFF) * 0.6, 6);
    expect(similarity(fire(), fraud())).toBeLessThan(STORY_THRESHOLD);
  });

  it('parts a dated report and an undated one too', () => {
    const dated = fraud({ published: '2024-06-12', dateSource: 'metadata', datePrecision: 'day' });
    expect(similarity(fire(), dated)).toBeCloseTo(similarity(fire(), dated, OFF) * 0.6, 6);
  });

  it('leaves two dated copies, one kind, and an unknown kind as they were', () => {
    const dated = { published: '2024-06-12', dateSource: 'metadata', datePrecision: 'day' } as const;
    expect(similarity(fire(dated), fraud(dated))).toBe(similarity(fire(dated), fraud(dated), OFF));
    const otherFire = fraud({ kinds: ['fire'] });
    expect(similarity(fire(), otherFire)).toBe(similarity(fire(), otherFire, OFF));
    expect(similarity(fire(), otherFire)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    for (const unknown of [fraud({ kinds: [] }), fraud({ kinds: undefined })])
      expect(similarity(fire(), unknown)).toBe(similarity(fire(), unknown, OFF));
  });

  it('reads the kinds into the evidence the pipeline stores', () => {
    const result = extractArticle(
      new TextEncoder().encode(
        'Police seize 14 kg of heroin in Son La\nSon La provincial police seized 14 kg of heroin and arrested 3 drug traffickers.',
      ),
    );
    if (!result.ok) throw new Error(result.rejection.message);
    const stored = storyEvidence(
      { ...result.article, id: 's' },
      { published: '2026-11-20', dateSource: 'metadata' },
    );
    expect(stored.kinds?.[0]).toBe('drugs');
    const before = storyEvidence(
      { ...result.article, id: 's' },
      { published: '2026-11-20', dateSource: 'metadata' },
      { kinds: false },
    );
    expect('kinds' in before).toBe(false);
  });
});
