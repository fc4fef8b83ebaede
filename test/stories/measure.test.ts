/**
 * Issue 10, item 1, measures (a) and (b): story identity read through the real engine (extractArticle) and
 * the real date resolver, grouped through the blocking index. Thresholds from the issue: pair precision and
 * recall ≥ 0.98 on the generated corpus; on the real fixtures, no false join among all of them, and every
 * story joined — which the engine's evidence does not allow yet for the stories listed in NOT_JOINED_YET
 * (tuning fixtures) and BLIND_NOT_JOINED / BLIND_FALSE_JOINS (fixtures collected blind, readings recorded).
 * Session 26 (st26, 2026-12-03): the frequency cap on busy keys (blocking.ts, MAX_BLOCK_ITEMS) moved no reading
 * of any set, generated or real (no range of the generated or tuning sets is busy: test/stories/busy-keys.test.ts;
 * every set's stories joined and apart as below): every P/R/joined line below stands as last recorded.
 */
import { describe, expect, it } from 'vitest';
import { groupIncrementally, groupStories } from '../../lambdas/stories/index.js';
import { checkPhrasebooks, generateStoryCorpus } from '../support/story-corpus.js';
import {
  generatedEvidence,
  loadRealStories,
  pairScore,
  STORY_FIXTURES,
  STORY_FIXTURES_BLIND,
  STORY_FIXTURES_BLIND2,
  STORY_FIXTURES_BLIND3,
  STORY_FIXTURES_BLIND4,
  STORY_FIXTURES_BLIND5,
  STORY_FIXTURES_BLIND6,
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

// Session 51 (st51, 2026-12-07): the corpora gain a later report of half the events (its prosecution,
// indictment, trial or verdict 3-20 days on, with the event's province, district, officer and figures; drawn
// from a random stream of their own, so every earlier copy is written as before). On the similarity of session
// 50 (stageConflict 0.5): tuning seed P 0.989 R 0.998 (993/1004/995 before, 1036/1047/1038 with them), seeds
// 1-3 P 0.993 → 0.983 (1416/1440/1425), seeds 4-6 P 0.991 → 0.990 (1409/1423/1420): a later report recalling
// every figure scores up to 0.83 before the stage factor, 0.41 after it. With stageConflict 0.45: tuning seed
// P 0.989 R 0.998, seeds 1-3 P 0.986 R 0.994 (1416/1436/1425), seeds 4-6 P 0.992 R 0.992 (1409/1421/1420); the
// false pairs left among them are prosecutions reported within a day of an event copy (prosecutionDays: the
// police announce both at once).
// Session 52 (st52): the stage reader's changes (a * inside a cue, the longer cue winning, 20 stage lists added)
// move no reading: tuning seed 1036/1047/1038, seeds 1-3 1416/1436/1425, seeds 4-6 1409/1421/1420; every real
// tuning set as after session 51 (no copy of them changes stage).
// Each case runs the whole engine over about a thousand generated copies: about 16 s on an idle 2-core machine, and
// 90 s when the machine is shared (the first CI run of session 55 timed out at the project's 60 s, made for one case).
describe('Generated corpus (truth known)', { timeout: 300_000 }, () => {
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
  s10: 'ms+ru joined since Cyrillic names are read (Нгуен Ван Лонг = Nguyen Van Long: 0.74); the en copy reads other figures (1/3/4/17 persons, 12, 100) and no name, the sl copy only numbers: 0.21–0.45',
  s14: 'no shared figure (13 or 15 dead, 39 or 40 aboard); nl copy names the wrong province, ro and ru none',
  s15: 'first reports (12 dead) and the update (32 dead) share at most one number: 0.05–0.29; it+ca joined since session 27 (0.38 → 0.44: the ca copy\'s "(14.00 GMT)" is a clock time, no figure)',
  s16: 'ar copy (no lexicon) shares only "30" with the it copies: 0.13–0.22 (the two it copies joined)',
};

// A TUNING set since 2026-11-29 (st10): its false and missed pairs were read while changing the similarity.
// Before that change: P 1.000, R 0.542 (39/72 pairs), 13/21 stories joined; after: P 1.000, R 0.639 (46/72),
// 14/21. The blind reading is test/fixtures/stories-blind (below). After session 8 (stage signal, tolls not
// shared weigh half, rounded grams, undated copies' localities): P 1.000, R 0.611 (44/72), 14/21. After
// session 9 (disaster stages; districts against a copy naming none; tolls updated between reports): P 1.000,
// R 0.694 (50/72), 15/21: s12's AFP and AP versions join (11/23/36 against 12/33/43: 33 and 36 within 10 %).
// After session 10 (figures weigh by specificity, a dated copy against an undated one × 0.9, places only
// × 0.5, names 3, threshold 0.42): P 1.000, R 0.625 (45/72), 14/21: s12 apart again (its copies share only head counts).
// After session 16 (the text fingerprint, then the session's extraction changes): P 1.000, R 0.722 (52/72), 15/21:
// s12 joined again (8,685 persons one copy keeps and the other's text writes, and the copies' new person counts).
// After session 21 (st21: undated copies read their provinces among the undated of ±21 upload days; the text's
// numbers are figure keys): P 1.000, R 0.764 (55/72), 16/21: s13's undated ro copy meets its undated tr copy
// (0.498: both name Đắk Lắk and Hồ Chí Minh City), which the index never compared.
// After session 24 (st24: the names a text writes by shape, officials or not, text-names.ts, textNameWeight 3):
// P 1.000, R 0.806 (58/72), 17/21: s20 joins (every copy writes the defendant Truong My Lan, a name the people
// stage, officials only, never kept).
// 2026-12-03, session 27 (st27: a dotted clock time before GMT or UTC is no figure, figures/read.ts): P 1.000,
// R 0.806 → 0.819 (59/72), 17/21: s15's ca and it copies join (the ca copy read "14.00 GMT" as 14, a figure
// no other copy gives: 0.382 → 0.44); s15's pl (the updated toll) and ro copies stay apart.
// 2026-12-03, session 30 (st30: the event's kind, StoryEvidence.kinds, measured as a factor and left off,
// kindConflict 1): P 1.000, R 0.819 (59/72), 17/21, unchanged; no kind setting joins s10, s14, s15 or s16
// (their copies share too little whatever their kind), and smoothing 3 at 0.44 reads the same here.
describeRealSet(
  'Real fixtures (test/fixtures/stories, a tuning set)',
  STORY_FIXTURES,
  'real fixtures',
  [],
  NOT_JOINED_YET,
);

/**
 * Real stories collected blind in session 5 (test/fixtures/stories-blind: 20 stories in 2-6 copies and 10
 * look-alike distractors, gathered by another helper while the similarity was being changed, not opened
 * before that change was final). The issue asks: no false join, every story joined. Its readings:
 * 1. FIRST READING, 2026-11-30 00:08 UTC, commit 7796489 (similarity of 5efde4f): pair precision 0.831 (59 of
 *    71 predicted pairs), recall 0.504, 9 of 20 joined; the similarity before 5efde4f read P 0.927, R 0.436, 8/20.
 * 2. After the engine's session-5 extraction changes (merge aefd846): P 0.730, R 0.556, 9/20; the false chain of
 *    reading 1 (three different tolls of 13 dead: t05, t10, t17) took in three more t10 copies.
 * 3. A change INSPIRED BY READING 2 (so this set is a tuning set from then on): head counts get no same-unit
 *    bonus (lambdas/stories/similarity.ts, NO_BONUS_UNITS); P 0.933, R 0.479, 9/20. The generated corpora stay
 *    at or above 0.98 (tuning seed, seeds 1-3, seeds 4-6); the older tuning fixtures keep P 1.000, 14/21.
 * 4. Session 6 (st6), tuned on this set and the older one: names in Cyrillic/katakana/Hangul/Han read back to
 *    Latin (t08's ja copy joins), a decimal amount matches its rounding (t03 joins), and copies whose main
 *    provinces differ get primaryConflict (the false join of reading 3 apart, t10's pl copy too), a value given
 *    as approximate matches one within 10 %, head counts aside (t02's "более 150" and 153 join; t09's
 *    "about 900 kg" and "about 1,000 kg" too): P 1.000, R 0.521, 11/20.
 * 5. Session 7: st7's blocking (year-less text dates) and first-amount conflict, then the session's extraction
 *    changes (officials and localities read in Cyrillic among them): P 1.000, R 0.564 (66 of 117 pairs), 12/20:
 *    t18's ru copy joins the other four.
 * 6. Session 8 (st8): P 1.000, R 0.650 (76 of 117), 12/20: t10's id copy joins its en copies (tolls not
 *    shared weigh half) and t11's de and vi copies (undated, one district) are compared at last.
 * 7. Session 9 (st9): districts one copy names weigh nothing against a copy naming none (unmatchedLocalities
 *    0): P 1.000, R 0.658 (77 of 117), 12/20: t10's nl copy joins its en and id copies. Then two head counts of
 *    10 or more within 10 % match at half weight (updatedToll 0.5: a toll updated between reports): P 1.000,
 *    R 0.684 (80 of 117), 12/20 (t05's tl and malaymail copies join).
 * 8. Session 10 (sy10: specificity, undated copies, threshold 0.42): P 1.000, R 0.581, 12/20. Session 11
 *    (sy11): names in Devanagari read back to Latin (गुयेन वान हंग = nguyen van hung): t08's hi copy joins
 *    ja+de+vi through two officials (it gave no other evidence but Gia Lai): P 1.000, R 0.607, 13/20.
 * 9. Session 12 (sy12, main cd8f649 and after its stage and name changes): P 1.000, R 0.598, 13/20 (the engine
 *    merged after session 11 moves one pair; no story lost).
 * 10. Session 14's engine (fg14 reads "12 billion VND" as 12,000,000,000 VND where it read a bare 12): P 1.000,
 *    R 0.573, 12/20: t20's vietnamnews copy leaves the other three (0.39 at best): the amount, which no other
 *    copy reports, now weighs 4 in its evidence where the bare 12 weighed 2.1.
 * 11. Session 16 (st16: a figure one copy keeps and the other's text writes counts as shared, textMatch 0.75,
 *    integers of 32 or more): P 1.000, R 0.598, 13/20: t20's vietnamnews copy joins vnnow (its 33 persons,
 *    which vnnow's text writes: 0.39 → 0.43).
 * 12. Session 20 (st20: a placeless copy × 0.7, threshold 0.41): P 1.000, R 0.632, 13/20: t17's saigoneer and
 *    undated de copies join again (0.410).
 * No false join is left; the stories not joined are named below with the measured reason, so the test fails
 * when either changes.
 */
const BLIND_FALSE_JOINS: { members: string[]; reason: string }[] = [
  // Reading 3's false join (t05/tl_inquirer and t17/de_blick, two fires with 13 dead, 0.487) is apart since
  // the main provinces differ (Hồ Chí Minh City against Hà Nội: primaryConflict, 0.487 → 0.365).
];

const BLIND_NOT_JOINED: Record<string, string> = {
  t05: 'five copies with different tolls and counts: vtv+ro+it joined, and since session 9 tl+malaymail (tolls updated between reports); the two pieces share only "13" and "22" persons: 0.30; session 49 (2026-12-06, the engine of 6ae5e68a): three pieces, vtv+ro, tl+malaymail and the undated it copy (0.401 with vtv, an undated copy against a dated one)',
  t07: 'the id copy gives no evidence (no place, no figure read); the two es copies joined (0.70)',
  t09: 'copies report other amounts (600/900 kg, 300/600/1,000 kg, 700 kg): cna+vnexpress+th joined (0.49-0.57; approximate 900 and 1,000 kg), the vietnamtimes copy shares only Nghe An (0.04-0.11; 0.01-0.04 since session 7, leadAmountConflict); session 49 (2026-12-06): cna+th joined, vnexpress apart (0.332 with cna: its official and district on one side only), vietnamtimes apart',
  t10: 'tolls differ by report; the te copy (no lexicon) has no province and unlabelled figures (0.15); the pl copy is mainly about Quang Tri, the others Da Nang (0.49 × 0.75 = 0.37 since primaryConflict); the two en and the id copy joined (since session 8: tolls not shared weigh half), and the nl copy (3 and 10 persons, no district) with them since session 9 (unmatchedLocalities)',
  t11: 'the en copy reports national statistics only (0.09-0.12); de+vi joined (0.46)',
  t12: 'three pt copies at different stages of the toll, sharing at most "37"/"40" persons: 0.00-0.43',
  t17: 'six copies sharing only "13" (and "12"), two with no province (hu, hy): nhandan+tl (0.64) and saigoneer+de (0.49) joined, the rest 0.00-0.29',
};

describeRealSet(
  'Real fixtures collected blind (test/fixtures/stories-blind, tuned on since its second reading)',
  STORY_FIXTURES_BLIND,
  'blind real fixtures',
  BLIND_FALSE_JOINS,
  BLIND_NOT_JOINED,
);

/**
 * Real stories collected blind in session 6 (test/fixtures/stories-blind2: 21 stories in 2-6 copies, 14
 * languages, 14 look-alike distractors, gathered by an annotator while the similarity and the engine were being
 * changed; nobody changing them opened it). FIRST READING, 2026-11-30 04:35 UTC, commit c2b88ec (the session's
 * final engine and similarity): pair precision 0.950 (38 of 40 predicted pairs), recall 0.494 (38 of 77), 8 of 21
 * stories joined, one false join. At that reading two of the stories not joined (u10, u14) scored above the
 * threshold on every pair but were never compared (blocking), u01 was vetoed by two year-less text dates, and the
 * false join was f01 with u03.
 * A TUNING SET SINCE SESSION 7 (st7, 2026-11-30): its misses were read to make three changes (year-less dates in
 * the blocking index, two year-less text dates no longer veto, a copy's first amount missing from the other
 * lowers the score). After them: P 1.000 (38 of 38), R 0.494 (38 of 77), 11 of 21 joined, no false join (on the
 * engine of main 53ed812); the same after session 8. The first reading above stays the set's blind
 * measurement; a new blind set judges the changes.
 */
const BLIND2_FALSE_JOINS: { members: string[]; reason: string }[] = [
  // The first reading's false join (f01, another Dien Bien seizure four days later, repeats two sentences of
  // u03 as background: 0.596 with its en copy) is apart since session 7: f01's first amount (7.5 kg) is not in
  // u03, which reports kg too (leadAmountConflict 0.6: 0.596 → 0.358).
];

// u10 and u14 joined since session 7 (st7): their copies shared localities, but the ones whose text date has no
// year were indexed as undated, and an undated copy neither reads nor is read by locality; they are now indexed
// by day of the year (lambdas/stories/blocking.ts: M# and Y# items). u01 joined since two year-less text dates
// far apart no longer veto (textDateFloor 0.5: the fr copy's first date, 3 January, is a background one; 0.479).
// Session 24 (st24: names a text writes, officials or not, textNameWeight): P 1.000, R 0.584 → 0.636, 11 → 12 of
// 21: u05 joins (its copies write the arrested men's names, Nguyen The Anh among them, with no rank).
const BLIND2_NOT_JOINED: Record<string, string> = {
  u06: 'the ar copy reads 45 persons and 99, the en copy 56 and 150 persons; they share 17: 0.25',
  u11: 'zh+fr+en vietnamplus joined (0.79-0.87); the dtinews copy reads 1,341 and 300 kg where they read 1,397 and 446: 0.15-0.30',
  u12: 'six copies with other tallies (380/395/530/533 persons, 400/435/436 million): pairs 0.06-0.80, in pieces',
  u15: 'the two ja copies report 8,800 kg against 8,000 kg and other amounts: 0.26 (0.09 since the first amounts disagree, leadAmountConflict)',
  u16: 'vnexpress+haiquanonline joined since session 21 (98 kg, the lead amount, a key: 0.446, never compared before); the ja copy reports other amounts (232/100/132 kg against 98/110 kg): 0.06-0.17',
  u17: 'the sggp copy is a later report (Dak Lak, Tay Ninh) sharing only 100 kg: 0.00',
  u18: 'six copies at several stages (100 bricks, 119 kg, 355 t of cargo): pairs 0.02-0.67, in pieces (the fr copy gives "about 100 kg", the vi copies 119 kg, more than 10 % apart: its first amount is not theirs, 0.51 → 0.18 with vi_phunuvagiadinh)',
  u20: 'the AP copy reads 0.25 and 0.6 kg, the VOV copy only 2 and 3 persons: 0.32',
  u21: 'three ko copies with other sums: hankookilbo+fnnews joined (0.54), viethantimes 0.01-0.11',
};

describeRealSet(
  'Real fixtures collected blind in session 6 (test/fixtures/stories-blind2, tuned on since session 7)',
  STORY_FIXTURES_BLIND2,
  'blind real fixtures (session 6)',
  BLIND2_FALSE_JOINS,
  BLIND2_NOT_JOINED,
);

/**
 * Real stories collected blind in session 7 (test/fixtures/stories-blind3: 18 stories in 2-11 copies, 16
 * languages, 15 look-alike distractors, several in the same district or commune, gathered by an annotator while
 * the engine and the similarity were being changed; nobody changing them opened it). Its readings:
 * 1. FIRST READING, 2026-11-30 06:33 UTC, on the engine and similarity of stop 17 (53ed812, with the session-7
 *    articles at 2b5c750): pair precision 0.940 (63 of 67 predicted pairs), recall 0.492 (63 of 128), 8 of 18
 *    joined; one false join (g08, the opening day of v12's trial, with v12's verdict reports).
 * 2. The session-7 change set (engine and similarity; nothing changed because of this set): P 0.849 (73 of 86),
 *    R 0.570, 11 of 18 joined (v11, v15, v16 join); two false joins: g08 with v12 as before, and g13 + g14 (the
 *    driver's prosecution and trial after v15's crash: the same persons, place and toll) with v15's reports.
 * A TUNING SET SINCE SESSION 8 (st8, 2026-11-30): both readings above stay on record as its blind
 * measurements. 3. Session 8's stage signal (a trial, a verdict, a prosecution days later are other stories):
 *    P 1.000 (70 of 70), R 0.547, 10 of 18: no false join; v12 is no longer joined (its vtcnews copy joined
 *    only through g08). Then head counts one copy gives and the other does not weigh half between copies
 *    sharing a toll (unsharedHeadCount 0.5): P 1.000 (95 of 95), R 0.742, 11 of 18 (v05 joins, v10 ten of
 *    eleven). Then a decimal amount matches its rounding at the other's decimals, within 1 % (roundedMatch;
 *    "263.16 g" and "263 g" of gold are 0.26316 and 0.263 kg): R 0.758, 12 of 18 (v01 joins).
 * 4. Session 9 (st9): two head counts of 10 or more within 10 %, neither on the other side, match at half
 *    weight (updatedToll 0.5): P 1.000, R 0.836, 13 of 18 (v10's ko_laodong copy, 46 + 3 aboard, joins).
 * 5. Session 10 (sy10): figures weigh by specificity, a dated copy against an undated one × 0.9, places
 *    only × 0.5, names 3, threshold 0.42: P 1.000, R 0.813, 13 of 18; the merged session-9 engine's false join (g12's Thai copy
 *    with v10 through two undated copies) is apart (0.433 with ko_chaovietnam, above the threshold, but the
 *    undated copy is not among its candidates: blocking).
 */
const BLIND3_FALSE_JOINS: { members: string[]; reason: string }[] = [
  // Reading 2's false joins are apart since session 8's stage signal: g08 (trial) and v12 (verdict), g13
  // (prosecution, six days after the crash) and g14 (trial) and v15 (the crash) are reports of different stages
  // (stageConflict 0.5: 0.55-0.73 → 0.30-0.36). The merged session-9 engine's (g12's Thai copy, another Ha
  // Long crash, with v10 through two undated copies sharing 1 and 20 persons: 0.46-0.51) is apart since
  // session 10: head counts weigh little, and an undated copy against a dated one × 0.9 (0.433 and 0.39).
];

// Session 24 (st24: names a text writes, officials or not, textNameWeight; a name counts only between copies of
// one stage, so g08's trial stays apart from v12's verdict): P 1.000, R 0.844 → 0.867, 13 → 14 of 18: v12 joins
// (every copy writes the four defendants, "bị cáo Phạm Trung Hiếu" among them).
// Session 35 (no change to the similarity; the session's place and people changes in the engine): P 1.000,
// R 0.867 → 0.898 (115 of 128), 14 → 15 of 18: v08's es_sisepuede copy joins its fr_blick and es_swissinfo copies.
const BLIND3_NOT_JOINED: Record<string, string> = {
  v06: 'sggp+panxmedia joined (Ho Duc Phoc; measured 2026-12-03, session 27); de_tagesschau 0.399 with panxmedia (an undated copy against a dated one), tr (no province) 0.34, de_brf (Hanoi, 4 and 60 persons) 0.20',
  v07: 'fr+ja (laodong) joined; the it copy apart',
  v09: "five copies in five pieces (three en, two ru; the ru vnanet copy is the next day's government order); session 49 (2026-12-06): four joined on the engine of 6ae5e68a, the ru vnanet copy apart (one official and Ho Chi Minh City: 0.06-0.07)",
};

describeRealSet(
  'Real fixtures collected blind in session 7 (test/fixtures/stories-blind3, tuned on since session 8)',
  STORY_FIXTURES_BLIND3,
  'blind real fixtures (session 7)',
  BLIND3_FALSE_JOINS,
  BLIND3_NOT_JOINED,
);

/**
 * Real stories collected blind in session 8 (test/fixtures/stories-blind4: 19 stories in 2-15 copies, 16
 * languages, 19 look-alike distractors, several of them later stages of the same disaster or case, gathered by
 * an annotator while the engine and the similarity were being changed; nobody changing them opened it). Its
 * readings:
 * 1. FIRST READING, 2026-11-30 09:52 UTC, on the engine and similarity of stop 18 (main bf8c9e8: a7c45ef with
 *    Norwegian reported as "no"): pair precision 0.792 (84 of 106 predicted pairs), recall 0.433 (84 of 194),
 *    7 of 19 joined; three false joins: g12 (all 22 bodies of the Quang Tri barracks recovered, days later) with
 *    v11 (the landslide); g15 (the posthumous promotion of the Hue officer) with v15 (his killing); v08 (three
 *    rescuers missing at Rao Trang) with v09 (their bodies found).
 * 2. The session-8 change set (st8's stage signal for court stages, tolls not shared, grams, undated blocking;
 *    the session's extraction changes): P 0.730 (103 of 141), R 0.531, 7 of 19 joined; the same three false
 *    joins, the third now also taking v10's two zh copies (Xinhua's national toll). The stage cues name court
 *    stages (prosecution, trial, verdict, appeal); the later stages of a disaster (recovery, funeral, honours)
 *    are not cues, so these follow-ups still join their event.
 * A TUNING SET SINCE SESSION 9 (st9, 2026-11-30): both readings above stay on record as its blind
 * measurements; its texts, false joins and misses were read from then on. 3. Session 9's stages of a disaster
 *    or a death (recovery: the search over, every victim found; funeral and honours; compensation; cues in
 *    all 35 stage lexicons) part the three false joins: g12 (recovery) from v11, g15 (posthumous promotion)
 *    from v15, v09 (all 13 bodies found) from v08, and v10 (Xinhua's toll, whose lead says the 13 missing
 *    were found) from v08. v09's two copies (recovery and, a day apart, the memorial announced with it) stay
 *    joined: recovery and funeral part only days apart, as the event and its prosecution. P 1.000 (85 of 85),
 *    R 0.438, 7 of 19 (v11's copies no longer chain through g12). 4. Districts one copy names weigh nothing
 *    against a copy naming none (unmatchedLocalities 0; a copy that names only the province or the city):
 *    P 1.000, R 0.541, 7 of 19 (v11's vietnamnet and fr copies join the agency copies, v06's en copy its
 *    vi copies). 5. Two head counts of 10 or more within 10 % match at half weight (updatedToll 0.5: "18
 *    dead" and, the next day, "19 dead"): P 1.000, R 0.644, 10 of 19 (v02, v06, v19 join).
 * 6. The merged session-9 engine: P 0.679, R 0.644, 10/19, two false joins (below). Session 10 (sy10:
 *    figures weigh by specificity, a dated copy against an undated one × 0.9, two reports sharing places
 *    only × 0.5, names 3, threshold 0.42): P 0.969, R 0.644, 11 of 19 (v03 joins; v15's vtc copy, which shares places only,
 *    leaves); one false join left, v09 with Xinhua's toll (v10).
 * 7. Session 12's merged engine: P 0.970, R 0.665, 12 of 19: v04's zh copy joins its two en copies (the
 *    engine's figures and places of it moved with session 12's extraction; not tuned for it).
 * 8. Session 16 (st16: a figure one copy keeps and the other's text writes counts as shared): P 0.975, R 0.794,
 *    13 of 19: v12's vietnam-aujourdhui copy joins (200 and 300 persons the other copies' texts write), and
 *    v11's maghress and baonghean zh copies join the eleven (337 and 10 written in the fr copy: 0.34 → 0.59).
 * 9. Session 17's merged engine: P 0.682, R 0.763, 11 of 19 (v08's Saigoneer copy with v11's alwatannews copy,
 *    0.420, below). Session 18 (st18: a report whose lead toll the other lacks and which gives the other's lead
 *    toll only about another province recalls another event, leadTollConflict): P 0.974, R 0.763, 11 of 19.
 * 10. Session 19 (st19: an undated copy's agreement counts whole when the two share amounts named alike,
 *    undatedStrong): P 0.974, R 0.768, 11 of 19 (v14's undated ar copy with its ettoday copy, 90 and 270 kg:
 *    0.420 → 0.466).
 * 11. Session 20 (st20: a placeless copy × 0.7, threshold 0.41): P 0.974, R 0.784, 12 of 19 (v12's
 *    vietnam-aujourdhui copy joins again: 0.418 and 0.414 with its islandtimes and sputnik copies).
 * 12. Session 21 (st21: the numbers a text writes are figure keys of the index, F#; undated copies read their
 *    provinces among the undated of ±21 upload days): P 0.975, R 0.789, 13 of 19 (v01's undated vov copy
 *    meets its thanhnien copy through the boats' registration numbers the thanhnien copy keeps as figures and
 *    the vov copy writes: 1.000, never compared before).
 */
// Session 24 (st24: names a text writes, officials or not): P 0.976 → 0.977, R 0.856 → 0.871, 13 of 19; the same
// false join (below), no new one (g15, the officer's posthumous honours, names his killer as v15 does: a funeral
// stage, so the name does not count).
// Session 49 (2026-12-06, after the merge): the romanizer reads Devanagari ै as an English short a too ("टैन" Tân,
// data/names-romanized.json), so v15's hi copy writes the suspect every other copy names ("nguyen tan sang", read
// by st49's script-name evidence): P 0.977 (173 of 177), R 0.871 → 0.892, 14 of 19 (v15 joined: kenh14,
// thanhnien, sggp and the vtc copy since session 24, the hi copy now); the same false join, no new one.
// Session 50 (st50, 2026-12-06: a roundup leading with a wider tally is not a copy of the event it counts,
// wideTollConflict): P 0.977 → 1.000 (173 of 173), R 0.892 (173 of 194), 14 of 19; no false join left.
const BLIND4_FALSE_JOINS: { members: string[]; reason: string }[] = [
  // The three false joins of both blind readings are apart since session 9's disaster stages (above) on st9's
  // branch. With the merged session-9 engine two were back: xf9's hyphen class reads "a 21-member rescue
  // team" as 21 persons, a count v08, v09, v10 and v11 share (13 and 21 persons). The first (v08's undated
  // Saigoneer copy with two v11 copies, 0.452) is apart since session 10: head counts weigh little and an
  // undated copy against a dated one × 0.9. The second is left: both are recovery reports of the same day,
  // district and tolls (13 and 21 persons, Phong Dien, Hue): 0.486 with specificity; no evidence the
  // engine reads tells a rescue team's bodies found from the national toll that counts them.
  // Back in session 17, at 0.420 against 0.42: as17's Arabic-script key reads Huế in v11's alwatannews copy (a
  // line of background: the 13 bodies of rescuers recovered there days before), so it shared Huế and 3, 13 and
  // about 100 persons with v08's Saigoneer copy, both undated. Apart since session 18 (leadTollConflict, mode 3):
  // the alwatannews copy gives v08's lead toll (13) only in sentences naming Huế, not its main province, and
  // v08's copy lacks its own lead toll (about 22): 0.420 → 0.336.
  // Session 50 (st50, 2026-12-06): the last one, the rescuers' bodies found (v09) with Xinhua's national toll of
  // the same day (v10), is apart: v10's copies lead with the toll of the central provinces (55, given only in
  // sentences naming other provinces than Huế) and give v09's lead toll (13) among their figures, while v09's
  // copies neither give nor write 55: a roundup counting the event (wideTollConflict 0.6: 0.526 → 0.316).
];

/** Apart at both blind readings and after session 9 (read with scripts/story-diagnose.ts). */
const BLIND4_NOT_JOINED: Record<string, string> = {
  v06: 'vi_anninhthudo+vi_autopro+en_inform joined; the zh copy apart since the fitted model became the primary-province default (session 16: its main province reads Ho Chi Minh City, not Lam Dong): 0.35',
  v11: 'thirteen copies joined (maghress and baonghean zh since session 16); ta (no province read) and nl (8 persons only) apart; session 49 (2026-12-06): fourteen joined (the ta copy too), the nl copy apart (0.377)',
  v14: 'ettoday+ar joined (90/270 kg; apart at 0.420 from session 16 to 18, an undated copy, joined again since session 19: undatedStrong); the es copy reads 540 kg and 5 persons: 0.07',
  v17: 'the bfm copy names no province (2, 9, 26 persons), the svoboda copy Da Lat and other counts: 0.25',
  v18: 'the ru copy names no province and reads 9 and 10 persons against 1/2/3/10: 0.27',
};

describeRealSet(
  'Real fixtures collected blind in session 8 (test/fixtures/stories-blind4, tuned on since session 9)',
  STORY_FIXTURES_BLIND4,
  'blind real fixtures (session 8)',
  BLIND4_FALSE_JOINS,
  BLIND4_NOT_JOINED,
);

/**
 * Collected blind in session 9 by an annotator (S9: 21 stories with 2-7 copies each, 14 of them in two or more
 * languages (vi en fr ja ru de ko hi), 32 look-alikes: later stages with the same names, texts recalling the
 * story, the same post, fire team or gauging station on another day). Never tuned on; read twice:
 * 1. On the engine of stop 19 (66ad98d), before session 9's changes: pair precision 0.902 (83 of 92 predicted
 *    pairs), recall 0.669 (83 of 124), 10 of 21 joined; three false joins: g15 (the Long Bien kidnapper turns
 *    out to be a police lieutenant, a later stage) with v14 (the kidnapping); g25 (the same flood two days
 *    later, downstream) with v18; v07 (the Dong Trieu train raid's follow-up a week later) with v06.
 * 2. Session 9's change set (disaster stages, hyphen counts, border gates, Thai dates, topic fields): P 0.876
 *    (78 of 89), R 0.629, 11 of 21 joined; the same three false joins (v07's English copy now with them too).
 * 3. Session 10's change set (figure specificity, threshold 0.42, undated and places-only factors, the province
 *    key, figure, topic and place classes): P 0.914 (74 of 81), R 0.597, 10 of 21 joined; the same three false
 *    joins, each smaller (v14's vietbao copy and v07's English copy have left them), and v07 apart.
 * 4. Session 14's change set (figure classes in es/pt/it/fr, ru/uk/cs/sk/de and vi; houses counted as `other`
 *    in every lexicon): P 0.925 (74 of 80), R 0.597 (74 of 124), 10 of 21 joined; g25 has left v18 (two false
 *    joins remain).
 * 5. Session 15's (weekday dates, Cyrillic provinces): P 0.929, R 0.637, 10 of 21 joined.
 * 6. Session 16's text fingerprint (a figure one copy keeps and the other copy's text writes is shared): P 0.921
 *    (82 of 89), R 0.661 (82 of 124), 11 of 21 joined: v06 whole, so its ja copy is now in the false group of
 *    v06 with v07's French copy too (the same false join, one member larger). With the fitted model as the
 *    primary-province default (end of session 16): P 0.930 (80 of 86), R 0.645, 11 of 21 joined; v14's
 *    vietnamnet English copy has left the kidnapping's false group.
 * Nothing was changed because of this set; its false joins and the stories it leaves apart are named below.
 */
const BLIND5_FALSE_JOINS: { members: string[]; reason: string }[] = [
  {
    // Session 24 (st24: the Vietnamese names a text writes) joined two more kidnapping copies into this group.
    members: [
      'g15/en_vnexpress.txt',
      'v14/en_baonghean.txt',
      'v14/en_englishworkvietnam.txt',
      'v14/en_vietnamnet.txt',
      'v14/vi_vietnamnet.txt',
    ],
    reason: 'a later stage of the kidnapping (who the kidnapper was) with the kidnapping',
  },
  {
    members: [
      'v06/ja_vietjo.txt',
      'v06/vi_danviet.txt',
      'v06/vi_tysobongda.txt',
      'v06/vi_vietyo.txt',
      'v07/fr_baonghean.txt',
    ],
    reason: "the raid's follow-up a week later with the raid",
  },
];

/**
 * Apart at both readings; not analysed, so that the set stays blind. v08 was apart too until session 18's merged
 * engine joined it (P 0.930 → 0.935, R 0.645 → 0.694, 11 → 12 of 21); v21 too until session 20's st20 (a copy
 * naming no province weighs 0.7, threshold 0.41): P 0.935, R 0.694 → 0.702, 12 → 13 of 21. Session 24's merged
 * engine (st24: the Vietnamese names a text writes, officials or not, are evidence): P 0.920 (92 of 100), R 0.742
 * (92 of 124), 13 of 21; no new false group: two more copies of v14 joined the group that already held g15.
 * Session 57 (fig57, figures only): v21 apart again, 12 of 21.
 */
const BLIND5_NOT_JOINED: Record<string, string> = Object.fromEntries(
  ['v02', 'v03', 'v04', 'v07', 'v14', 'v15', 'v18', 'v19', 'v21'].map((id) => [
    id,
    id === 'v07'
      ? 'apart at the first reading and after session 10 (joined, with the v06 false join, after session 9)'
      : id === 'v21'
        ? 'joined from session 20 near the threshold; apart again after session 57 (fig57), whose tally rule reads one more figure in one copy (the object of an arrest written "một"), not tuned on'
        : 'apart at the blind readings after sessions 9 and 10',
  ]),
);

// Engineers working on the similarity set BLIND_STORIES=skip so that its misses never reach their eyes; CI reads it.
(process.env.BLIND_STORIES === 'skip' ? () => undefined : describeRealSet)(
  'Real fixtures collected blind in session 9 (test/fixtures/stories-blind5, never tuned on)',
  STORY_FIXTURES_BLIND5,
  'blind real fixtures (session 9)',
  BLIND5_FALSE_JOINS,
  BLIND5_NOT_JOINED,
);

/**
 * Collected blind in session 11 by an annotator (S11: 10 stories with 2-8 copies each, six in two or more
 * languages (vi en fr de hi no), 14 look-alikes: the same landslide or sinking at a later stage (a body found),
 * fires in rented rooms with the same toll, the same pass or border post on another day). Never tuned on; read:
 * 1. On the engine of stop 21 (6e55b0b), before session 11's changes: pair precision 0.824 (61 of 74 predicted
 *    pairs), recall 0.610 (61 of 100), 5 of 10 joined; two false joins, both a later stage with its event: g01
 *    (the second body found two days after the v06 sinking) with v06's nghean24h copy, and v02 (the first body
 *    found two days after the v01 landslide) with v01.
 * 2. Session 11's change set (figure, topic, place and people classes; Devanagari names): P 0.816 (62 of 76),
 *    R 0.620, 6 of 10 joined (v06 now joined, with g01); the same two false joins.
 * 3. Session 19's final engine: P 0.808, R 0.590, 6 of 10. Session 20's st20 (a copy naming no province weighs
 *    0.7, threshold 0.41): P 0.816, R 0.620, 6 of 10; the same two false joins.
 * 4. Session 24's merged engine (st24: the Vietnamese names a text writes are evidence): P 0.814 (70 of 86),
 *    R 0.700 (70 of 100), 7 of 10 (v05 joined); the same two false groups, v01's no copy now in the second.
 * 5. Session 49's merged engine (2026-12-06; the Devanagari ै read as a short a too, and st49's names written in
 *    Hangul, Thai, Devanagari or katakana as story evidence, both tuned on stories-blind4 only): P 0.811 (77 of
 *    95), R 0.770 (77 of 100), 8 of 10: v01's hi copy joins its story, so v01 is whole, inside the second false
 *    group (the first body found two days after the landslide, with the landslide) as its other copies are.
 * Nothing was changed because of this set.
 */
const BLIND6_FALSE_JOINS: { members: string[]; reason: string }[] = [
  {
    members: ['g01/vi_vietnamplus.txt', 'v06/vi_nghean24h.txt', 'v06/vi_thanhnien.txt'],
    reason: 'the second body found two days after the sinking, with the sinking',
  },
  {
    members: [
      'v01/de_vjsvietnamvn.txt',
      'v01/en_vietnamnews.txt',
      'v01/hi_vietnamvn.txt',
      'v01/no_vietnamvn.txt',
      'v01/vi_24h.txt',
      'v01/vi_danviet.txt',
      'v01/vi_nld.txt',
      'v01/vi_vtcnews.txt',
      'v02/de_vjsvietnamvn.txt',
      'v02/en_laodong.txt',
    ],
    reason: 'the first body found two days after the landslide, with the landslide',
  },
];

/** Apart at the blind readings; not analysed, so that the set stays blind. (v01 joined at session 49's reading.) */
const BLIND6_NOT_JOINED: Record<string, string> = Object.fromEntries(
  ['v07', 'v10'].map((id) => [id, 'apart at the blind readings of stop 21 and session 11']),
);

(process.env.BLIND_STORIES === 'skip' ? () => undefined : describeRealSet)(
  'Real fixtures collected blind in session 11 (test/fixtures/stories-blind6, never tuned on)',
  STORY_FIXTURES_BLIND6,
  'blind real fixtures (session 11)',
  BLIND6_FALSE_JOINS,
  BLIND6_NOT_JOINED,
);

/**
 * One real set's reading, the same for every set: its pair precision and recall printed, its false joins and
 * the stories it leaves apart exactly the ones named (so the test fails when either changes, for better or
 * worse), and the pipeline's arrival order changing nothing.
 */
function describeRealSet(
  title: string,
  root: string,
  label: string,
  falseJoins: readonly { members: string[]; reason: string }[],
  notJoinedNamed: Record<string, string>,
): void {
  describe(title, () => {
    const real = loadRealStories(root);
    const stories = groupStories(real.map((r) => r.evidence)).stories;
    const storyOf = predicted(stories);
    const truth = new Map(real.map((r) => [r.evidence.id, r.story]));

    it('prints its pair precision and recall; the false joins are exactly the ones named', () => {
      const score = pairScore(truth, storyOf);
      console.log(`${label}:`, score);
      const mixed = stories
        .filter((s) => new Set(s.members.map((m) => truth.get(m))).size > 1)
        .map((s) => [...s.members].sort());
      expect(mixed).toEqual(falseJoins.map((f) => f.members));
      if (falseJoins.length === 0) expect(score.precision).toBe(1);
    });

    // Year-less copies are indexed by day of the year (session 7): the newer of two copies must find the
    // older whichever it is, so the pipeline's order must not matter.
    it('the pipeline makes the same stories whatever the arrival order', () => {
      const score = pairScore(truth, storyOf);
      const evidence = real.map((r) => r.evidence);
      for (const order of [
        [...evidence].reverse(),
        [...evidence].sort((a, b) => a.language.localeCompare(b.language)),
        [...evidence].sort((a, b) => a.published.localeCompare(b.published)),
        [...evidence].sort((a, b) => b.published.localeCompare(a.published)),
      ]) {
        expect(pairScore(truth, predicted(groupIncrementally(order).stories))).toEqual(score);
      }
    });

    it('every story is joined, except those named with their reason', () => {
      const members = new Map<string, string[]>();
      for (const r of real)
        if (r.kind === 'story')
          (members.get(r.story) ?? members.set(r.story, []).get(r.story)!).push(r.evidence.id);
      const notJoined = [...members]
        .filter(([, ids]) => new Set(ids.map((id) => storyOf.get(id))).size > 1)
        .map(([s]) => s);
      console.log(
        `${label} joined: ${members.size - notJoined.length}/${members.size}; not: ${notJoined.join(' ')}`,
      );
      expect(notJoined).toEqual(Object.keys(notJoinedNamed));
    });
  });
}
