/**
 * Issue 10, item 1, measures (a) and (b): story identity read through the real engine (extractArticle) and
 * the real date resolver, grouped through the blocking index. Thresholds from the issue: pair precision and
 * recall ≥ 0.98 on the generated corpus; on the real fixtures, no false join among all of them, and every
 * story joined — which the engine's evidence does not allow yet for the stories listed in NOT_JOINED_YET.
 */
import { describe, expect, it } from 'vitest';
import { groupIncrementally, groupStories } from '../../lambdas/stories/index.js';
import { checkPhrasebooks, generateStoryCorpus } from '../support/story-corpus.js';
import {
  generatedEvidence,
  loadRealStories,
  pairScore,
  STORY_FIXTURES_BLIND,
} from '../support/story-eval.js';

function predicted(stories: { id: string; members: readonly string[] }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stories) for (const m of s.members) out.set(m, s.id);
  return out;
}

function pooledScore(seeds: readonly number[]) {
  const copies = seeds.flatMap((seed) =>
    generateStoryCorpus({ seed, stories: 80 }).map((c) => ({
      ...c,
      id: `${seed}:${c.id}`,
      story: `${seed}:${c.story}`,
    })),
  );
  const { evidence, truth } = generatedEvidence(copies);
  return pairScore(truth, predicted(groupStories(evidence).stories));
}

describe('Generated corpus (truth known)', () => {
  it('its counted nouns are nouns the lexicons give the intended unit', () => {
    expect(checkPhrasebooks()).toEqual([]);
  });

  // The tuning corpus: the similarity and threshold were chosen on it (scripts/story-sweep.ts --stories 200).
  it('tuning corpus: pair precision and recall ≥ 0.98', () => {
    const { evidence, truth } = generatedEvidence(generateStoryCorpus({ seed: 20261129, stories: 200 }));
    const score = pairScore(truth, predicted(groupStories(evidence).stories));
    console.log('generated, tuning seed:', score);
    expect(score.truePairs).toBeGreaterThan(900);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
    // The pipeline assigns as copies arrive (assign.ts): in a reversed and an interleaved order it must
    // make the same stories, so the measurement holds for it too.
    const interleaved = [
      ...evidence.filter((_, i) => i % 2 === 1),
      ...evidence.filter((_, i) => i % 2 === 0),
    ];
    for (const order of [[...evidence].reverse(), interleaved]) {
      expect(pairScore(truth, predicted(groupIncrementally(order).stories))).toEqual(score);
    }
  });

  // Seeds 1-3, pooled, never used to choose values. Before the placeless, same-unit and amount-conflict
  // factors: P 0.978-0.980, R 0.984 (precision below 0.98: look-alikes with the same figures in a copy that
  // names no place). Their false pairs were read to find those factors, so they are no longer blind; seeds
  // 4-6 below were first read after the change. Measured after: P 0.989, R 0.981.
  it('unseen seeds 1-3: pair precision and recall ≥ 0.98', () => {
    const score = pooledScore([1, 2, 3]);
    console.log('generated, unseen seeds 1-3:', score);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
  });

  // Seeds 4-6, first read on 2026-11-30 after the similarity change: P 0.971, R 0.987. Their false pairs showed
  // a generator bug (the "same figures, another province" look-alike drawn in the same province and district:
  // the same event by every measure but the officer's name); with it fixed (story-corpus.ts): P 0.983,
  // R 0.987 (the similarity before the change, on the same corpora: P 0.967, R 0.989).
  it('fresh seeds 4-6: pair precision and recall ≥ 0.98', () => {
    const score = pooledScore([4, 5, 6]);
    console.log('generated, fresh seeds 4-6:', score);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
  });
});

/**
 * Real stories the engine's evidence cannot join yet, and why (measured 2026-11-29; s11 joined since the cs copy's
 * declined 'Hanoji' is read, s02 since a specific value with its unit named alike on both sides ("170 kg")
 * weighs more; see lambdas/stories/README.md). A story leaving this list (joined at last) fails the test on
 * purpose: move it.
 */
const NOT_JOINED_YET: Record<string, string> = {
  s10: 'the en copy reads other figures (1/3/4/17 persons, 12, 100) than the vietnam.vn translations: 0.25–0.46',
  s12: 'AFP and AP versions give other tolls (11/23/36 against 12/33/43): nl+sr 0.48 misses, en+it joined',
  s13: 'early and later tolls (34/21 against 35/23), ro copy shares nothing: only ru+tr+sk joined',
  s14: 'no shared figure (13 or 15 dead, 39 or 40 aboard); nl copy names the wrong province, ro and ru none',
  s15: 'first reports (12 dead) and the update (32 dead) share at most one number: 0.09–0.31',
  s16: 'ar copy (no lexicon) shares only "30" with the it copies: 0.13–0.22 (the two it copies joined)',
  s20: 'the three copies share Truong My Lan, Ho Chi Minh City and "304" but each reads other amounts and scales: 0.36–0.38',
};

// A TUNING set since 2026-11-29 (st10): its false and missed pairs were read while changing the similarity.
// Before that change: P 1.000, R 0.542 (39/72 pairs), 13/21 stories joined; after: P 1.000, R 0.639 (46/72),
// 14/21. The blind reading is test/fixtures/stories-blind (below).
describe('Real fixtures (test/fixtures/stories, a tuning set)', () => {
  const real = loadRealStories();
  const grouping = groupStories(real.map((r) => r.evidence));
  const storyOf = predicted(grouping.stories);
  const truth = new Map(real.map((r) => [r.evidence.id, r.story]));

  it('no false join among all fixtures (stories and look-alike distractors)', () => {
    const score = pairScore(truth, storyOf);
    console.log('real fixtures:', score);
    expect(score.precision).toBe(1);
  });

  it('the pipeline makes the same stories whatever the arrival order', () => {
    const score = pairScore(truth, storyOf);
    const evidence = real.map((r) => r.evidence);
    for (const order of [
      [...evidence].reverse(),
      [...evidence].sort((a, b) => a.language.localeCompare(b.language)),
    ]) {
      expect(pairScore(truth, predicted(groupIncrementally(order).stories))).toEqual(score);
    }
  });

  it('every story is joined, except those the engine cannot yet give shared evidence for (named)', () => {
    const members = new Map<string, string[]>();
    for (const r of real)
      if (r.kind === 'story')
        (members.get(r.story) ?? members.set(r.story, []).get(r.story)!).push(r.evidence.id);
    const joined = [...members]
      .filter(([, ids]) => new Set(ids.map((id) => storyOf.get(id))).size === 1)
      .map(([s]) => s);
    const notJoined = [...members.keys()].filter((s) => !joined.includes(s));
    console.log(
      `real stories joined: ${joined.length}/${members.size} (${joined.join(' ')}); not: ${notJoined.join(' ')}`,
    );
    expect(notJoined).toEqual(Object.keys(NOT_JOINED_YET));
  });
});

/**
 * Blind real stories (test/fixtures/stories-blind: 20 stories in 2-6 copies and 10 look-alike distractors,
 * collected in session 5 by another helper while the similarity was being changed, never opened before the
 * change was final). Read once, on the final similarity; never tuned on. The issue asks: no false join, every
 * story joined. Stories the evidence did not join at that first reading are named here with the measured reason.
 */
const BLIND_NOT_JOINED: Record<string, string> = {};

describe('Real blind fixtures (test/fixtures/stories-blind, never tuned on)', () => {
  const blind = loadRealStories(STORY_FIXTURES_BLIND);
  const storyOf = predicted(groupStories(blind.map((r) => r.evidence)).stories);
  const truth = new Map(blind.map((r) => [r.evidence.id, r.story]));

  it('no false join among all blind fixtures (precision 1.0)', () => {
    const score = pairScore(truth, storyOf);
    console.log('blind real fixtures:', score);
    expect(score.precision).toBe(1);
  });

  it('every blind story is joined, except those named with their reason', () => {
    const members = new Map<string, string[]>();
    for (const r of blind)
      if (r.kind === 'story')
        (members.get(r.story) ?? members.set(r.story, []).get(r.story)!).push(r.evidence.id);
    const notJoined = [...members]
      .filter(([, ids]) => new Set(ids.map((id) => storyOf.get(id))).size > 1)
      .map(([s]) => s);
    console.log(
      `blind stories joined: ${members.size - notJoined.length}/${members.size}; not: ${notJoined.join(' ')}`,
    );
    expect(notJoined).toEqual(Object.keys(BLIND_NOT_JOINED));
  });
});
