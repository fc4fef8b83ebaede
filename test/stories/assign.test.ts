import { describe, expect, it } from 'vitest';
import type { StoryMember } from '../../lambdas/shared/stories.js';
import {
  assign,
  newStoryId,
  type AssignInput,
  type Candidate,
  type StoryEvidence,
  type StoryState,
} from '../../lambdas/stories/index.js';
import { evidenceOf } from '../support/story-eval.js';

/** Evidence that scores 1 against any other built with the same figures (same province, day, values). */
const ev = (id: string, values: number[]): StoryEvidence =>
  evidenceOf({ id, figures: values.map((value) => ({ value, unit: 'kg', count: 1 })) });

function member(id: string, storyId: string, figures: number): StoryMember {
  return {
    id,
    storyId,
    key: `${id}.txt`,
    language: 'en',
    coverage: [figures, figures],
    province: 'quang-tri',
    published: '2024-06-12',
    blocks: [],
    blockSk: `D#2024-06-12#${id}`,
  };
}

function story(storyId: string, members: StoryMember[], representative: string, version = 1): StoryState {
  return { storyId, version, members, representative };
}

const next = (id: string, figures: number) => {
  const { storyId: _, ...m } = member(id, 'x'.repeat(32), figures);
  return { evidence: ev(id, [1234, 5678]), member: m };
};
const cand = (articleId: string, storyId: string): Candidate => ({
  articleId,
  storyId,
  evidence: ev(articleId, [1234, 5678]),
});
/** assign's input for `articleId`: version 1, removed, in no story, no candidates, unless the case says. */
const input = (articleId: string, given: Partial<Omit<AssignInput, 'articleId'>>): AssignInput => ({
  articleId,
  version: 1,
  next: undefined,
  currentStoryId: undefined,
  candidates: [],
  stories: new Map(),
  ...given,
});
const S = 'a'.repeat(32);
const T = 'b'.repeat(32);

describe('Function: assign', () => {
  it('starts a story named after the article version when no candidate reaches the threshold', () => {
    const plan = assign(input('n', { version: 3, next: next('n', 2) }));
    expect(plan).toMatchObject({ storyId: newStoryId('n', 3), representative: true, flips: [] });
    expect(plan.changes).toEqual([
      { before: undefined, after: expect.objectContaining({ version: 0, representative: 'n' }) },
    ]);
  });

  it('joins the best candidate story and takes over as representative when better covered', () => {
    const plan = assign(
      input('n', {
        next: next('n', 9),
        candidates: [cand('a', S)],
        stories: new Map([[S, story(S, [member('a', S, 2)], 'a')]]),
      }),
    );
    expect(plan).toMatchObject({ storyId: S, representative: true });
    expect(plan.flips).toEqual([{ articleId: 'a', storyId: S, representative: false }]);
  });

  it('hands the story over to the next copy when its representative is removed', () => {
    const plan = assign(
      input('a', {
        currentStoryId: S,
        stories: new Map([[S, story(S, [member('a', S, 9), member('b', S, 5), member('c', S, 7)], 'a')]]),
      }),
    );
    expect(plan.storyId).toBeUndefined();
    expect(plan.flips).toEqual([{ articleId: 'c', storyId: S, representative: true }]);
    expect(plan.changes[0]?.after).toMatchObject({ representative: 'c' });
  });

  it('deletes a story with its last member', () => {
    const plan = assign(
      input('a', { currentStoryId: S, stories: new Map([[S, story(S, [member('a', S, 9)], 'a', 4)]]) }),
    );
    expect(plan.changes).toEqual([{ before: expect.objectContaining({ version: 4 }), after: undefined }]);
    expect(plan.flips).toEqual([]);
  });

  it('merges the stories it links into the best one, leaving a tombstone, with one representative', () => {
    const plan = assign(
      input('n', {
        next: next('n', 1),
        candidates: [cand('a', S), cand('b', T)],
        stories: new Map([
          [S, story(S, [member('a', S, 3)], 'a')],
          [T, story(T, [member('b', T, 5)], 'b', 2)],
        ]),
      }),
    );
    // Equal scores: the smaller candidate id (a) names the surviving story.
    expect(plan.storyId).toBe(S);
    expect(plan.changes.find((c) => c.before?.storyId === T)?.after).toEqual({
      storyId: T,
      version: 2,
      mergedInto: S,
    });
    // b (5 figures) now represents the merged story; a loses the flag; b's record still names T.
    expect(plan.flips).toEqual([{ articleId: 'a', storyId: S, representative: false }]);
    expect(plan.representative).toBe(false);
  });

  it('follows a merged story to the live one for a member leaving it', () => {
    const plan = assign(
      input('b', {
        version: 2,
        currentStoryId: T,
        stories: new Map<string, StoryState>([
          [T, { storyId: T, version: 2, mergedInto: S }],
          [S, story(S, [member('a', S, 3), member('b', T, 5)], 'b', 3)],
        ]),
      }),
    );
    expect(plan.changes).toEqual([
      {
        before: expect.objectContaining({ storyId: S }),
        after: expect.objectContaining({ representative: 'a' }),
      },
    ]);
    expect(plan.flips).toEqual([{ articleId: 'a', storyId: S, representative: true }]);
  });

  it('keeps the story id of a sole member that changes and still matches nothing', () => {
    const plan = assign(
      input('a', {
        version: 5,
        next: next('a', 2),
        currentStoryId: S,
        stories: new Map([[S, story(S, [member('a', S, 9)], 'a', 3)]]),
      }),
    );
    expect(plan).toMatchObject({ storyId: S, representative: true, flips: [] });
    expect(plan.changes[0]?.after).toMatchObject({
      version: 3,
      members: [expect.objectContaining({ id: 'a' })],
    });
  });
});
