/**
 * Index keys of session 21 (lambdas/stories/blocking.ts), each for pairs the similarity joins but the index
 * never compared: (1) a number one copy keeps as a figure and the other only writes in its text (the text
 * match, similarity.ts textMatch) is a figure key (F#) of both; (2) undated copies write their provinces
 * (P#) under their upload day and read them among the undated of ±dateMaxDays upload days, as they do their
 * districts; (3) the lead amount and lead toll are figure keys whatever their rank among the article's
 * values. The evidence is invented.
 */
import { describe, expect, it } from 'vitest';
import {
  BlockIndex,
  blockingKeys,
  candidateQueries,
  groupIncrementally,
  MAX_TEXT_NUMBER_KEYS,
  similarity,
  STORY_THRESHOLD,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { evidenceOf, UNDATED_SOURCE } from '../support/story-eval.js';

const of = (unit: Figure['unit'], ...values: number[]) => values.map((value) => ({ value, unit, count: 1 }));
const text = (...numbers: number[]) => ({ numbers });
const undated = (over: Partial<StoryEvidence> & { id: string }) => evidenceOf({ ...UNDATED_SOURCE, ...over });

/** Whether each of a and b finds the other, whichever arrives second. */
function meet(a: StoryEvidence, b: StoryEvidence): boolean {
  const finds = (first: StoryEvidence, second: StoryEvidence) => {
    const index = new BlockIndex();
    index.add(first);
    return index.candidates(second).includes(first.id);
  };
  return finds(a, b) && finds(b, a);
}

describe('Index keys: a number one copy keeps and the other only writes', () => {
  // A dated report keeps the boats' registration numbers as figures; an undated copy writes them in a
  // sentence its engine reads no figure from. They share the province, a commune and "4 boats".
  const kept = evidenceOf({
    id: 'kept',
    published: '2025-03-14',
    provinces: ['khanh-hoa'],
    localities: ['khanh-hoa/ninh-hai'],
    figures: [...of('other', 4817, 62093, 71154), ...of('vehicle', 4)],
    text: text(4817, 62093, 71154),
  });
  const written = undated({
    id: 'written',
    provinces: ['khanh-hoa'],
    localities: ['khanh-hoa/ninh-hai'],
    figures: of('vehicle', 4),
    text: text(4817, 62093, 71154),
  });

  it('writes the text numbers as F# keys, the most specific first, at most MAX_TEXT_NUMBER_KEYS', () => {
    const keys = blockingKeys(undated({ id: 'x', text: text(12, 31, 45, 880, 2.5, 1934, 60211, 300) }));
    // 12 and 31: below textMinValue (a day of the month, an hour); the rest by weight (1934 and 60211 at the
    // cap, 880, 300, then a decimal's 3), ties smaller first; 2.5 and 45 left out by the cap.
    expect(keys.filter((k) => k.startsWith('F#'))).toEqual(['F#1934', 'F#60211', 'F#880', 'F#300']);
    expect(MAX_TEXT_NUMBER_KEYS).toBe(4);
  });

  it('does not write a number twice when the article keeps it as a figure too', () => {
    const keys = blockingKeys(kept);
    expect(keys.filter((k) => k === 'F#4817')).toHaveLength(1);
  });

  it('the two copies meet in either arrival order, and join', () => {
    expect(similarity(kept, written)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(meet(kept, written)).toBe(true);
    const { stories } = groupIncrementally([written, kept]);
    expect(stories).toHaveLength(1);
  });

  it('without the numbers in its text the undated copy is never compared (as before session 21)', () => {
    const bare = { ...written, text: text() };
    expect(meet(kept, bare)).toBe(false);
  });
});

describe('Index keys: undated copies meet through their provinces', () => {
  // Two undated reports of one bus crash on the road between two provinces: early and later tolls, no
  // district or name in common, only the two provinces.
  const early = undated({
    id: 'early',
    provinces: ['lam-dong', 'khanh-hoa'],
    primary: 'lam-dong',
    figures: [...of('person', 17), { value: 26, unit: 'person', count: 1, approximate: true }],
    text: text(17, 26),
  });
  const later = undated({
    id: 'later',
    published: '2026-11-20',
    provinces: ['lam-dong', 'khanh-hoa'],
    primary: 'lam-dong',
    figures: of('person', 18, 25),
    text: text(18, 25),
  });

  it('two undated copies uploaded within ±21 days meet', () => {
    expect(blockingKeys(early)).toContain('P#lam-dong');
    expect(meet(early, later)).toBe(true);
  });

  it('undated copies uploaded further apart do not', () => {
    expect(meet(early, { ...later, published: '2026-10-01' })).toBe(false);
  });

  it("an undated copy reads only the undated part of its provinces; a dated copy never reads it (its province's whole history)", () => {
    for (const q of candidateQueries(early).filter((q) => q.key.startsWith('P#'))) {
      expect(q.from?.startsWith('U#')).toBe(true);
      expect(q.to?.startsWith('U#')).toBe(true);
    }
    // A dated report of the same provinces sharing no figure key: only the province could link them.
    const dated = evidenceOf({ id: 'dated', provinces: ['lam-dong', 'khanh-hoa'], figures: of('person', 3) });
    for (const q of candidateQueries(dated).filter((q) => q.key.startsWith('P#')))
      expect(q.from?.startsWith('U#')).toBe(false);
    expect(meet(early, dated)).toBe(false);
  });
});

describe('Index keys: the lead amount and lead toll, whatever their rank', () => {
  // A long report opens on 64 kg seized and then gives six larger, rarer background values; its short copy,
  // a year-less date guessed in another year, gives only the 64 kg and the province.
  const long = evidenceOf({
    id: 'long',
    published: '2021-04-10',
    provinces: ['quang-binh'],
    figures: [...of('kg', 64, 3.5, 7.25, 18.5), ...of('other', 250, 480, 12600), ...of('vnd', 340000000)],
    leadAmount: { value: 64, unit: 'kg' },
  });
  const short = evidenceOf({
    id: 'short',
    published: '2026-04-06',
    dateSource: 'text',
    datePrecision: 'day-month',
    provinces: ['quang-binh'],
    figures: of('kg', 64),
    leadAmount: { value: 64, unit: 'kg' },
  });

  it('keys the lead amount beyond the cap of the most specific values', () => {
    const keys = blockingKeys(long).filter((k) => k.startsWith('F#'));
    expect(keys).toContain('F#64');
    expect(keys.length).toBe(7);
  });

  it('keys the lead toll too, once', () => {
    const e = evidenceOf({
      id: 't',
      figures: [...of('person', 14), ...of('other', 300, 420, 560, 780, 910, 1200)],
      leadToll: { value: 14 },
    });
    expect(blockingKeys(e).filter((k) => k === 'F#14')).toHaveLength(1);
  });

  it('the two copies meet in either arrival order', () => {
    expect(meet(long, short)).toBe(true);
  });
});
