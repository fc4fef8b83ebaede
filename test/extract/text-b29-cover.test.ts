/**
 * coverOf and sortedByStart (text/search.ts): whether some range holds a span, asked by binary search, answers
 * as a pass over every range does, for ranges few and many, in any order, nested and overlapping. And
 * byNetwork (figures/topic.ts), whose paragraphs now find their hits by binary search: the same reading for hits
 * in order and out of order, in an article of many paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { byNetwork, type CueHit, type Range } from '../../lambdas/extract/figures/topic.js';
import { coverOf, sortedByStart } from '../../lambdas/extract/text/search.js';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function someRange(next: () => number, span: number): Range {
  const start = Math.floor(next() * span);
  return { start, end: start + Math.floor(next() * 40) };
}

describe('coverOf', () => {
  it.each([0, 1, 5, 16, 17, 60, 400])('answers as a pass over %i ranges does', (count) => {
    // prepare
    const next = random(count + 7);
    const ranges = Array.from({ length: count }, () => someRange(next, 1000));
    const asked = Array.from({ length: 2000 }, () => someRange(next, 1100));
    // act
    const covered = coverOf(ranges);
    // assess
    for (const q of asked) {
      expect(covered(q.start, q.end)).toBe(ranges.some((r) => r.start <= q.start && q.end <= r.end));
    }
  });

  it('finds a span held by an early long range behind later short ones, and not one crossing an end', () => {
    // prepare: a long range first, then many short ones after its start (the prefix's furthest end decides)
    const ranges = [
      { start: 0, end: 500 },
      ...Array.from({ length: 30 }, (_, i) => ({ start: 10 + i * 20, end: 15 + i * 20 })),
    ].reverse();
    // act
    const covered = coverOf(ranges);
    // assess
    expect(covered(300, 320)).toBe(true);
    expect(covered(495, 500)).toBe(true);
    expect(covered(495, 501)).toBe(false);
    expect(covered(600, 601)).toBe(false);
  });
});

describe('sortedByStart', () => {
  it('tells starts that never decrease from any other order', () => {
    expect(sortedByStart([])).toBe(true);
    expect(sortedByStart([{ start: 1 }, { start: 1 }, { start: 4 }])).toBe(true);
    expect(sortedByStart([{ start: 4 }, { start: 1 }])).toBe(false);
  });
});

describe('byNetwork over many paragraphs', () => {
  // Forty paragraphs of 100 units; cue hits placed by paragraph and kind (positions only: no text is read).
  const paragraphs: Range[] = Array.from({ length: 40 }, (_, i) => ({ start: i * 100, end: i * 100 + 90 }));
  const hit = (paragraph: number, at: number, kind?: CueHit['kind']): CueHit => {
    const start = paragraph * 100 + at;
    return kind ? { start, end: start + 5, topic: 'crime', kind } : { start, end: start + 5, topic: 'drugs' };
  };
  const topics = (hits: readonly CueHit[]) => byNetwork(hits, paragraphs).map((h) => `${h.start}:${h.topic}`);

  it('reads a fraud and a channel of one paragraph as cyber, whatever the hits order', () => {
    // prepare
    const hits = [hit(1, 3), hit(30, 10, 'fraud'), hit(30, 40, 'channel'), hit(35, 2)];
    // act
    const inOrder = topics(hits);
    const reversed = topics([...hits].reverse());
    // assess
    expect(inOrder).toEqual(['103:drugs', '3010:cyber', '3040:cyber', '3502:drugs']);
    expect([...reversed].sort()).toEqual([...inOrder].sort());
  });

  it('does not read a fraud and a channel of different paragraphs as cyber', () => {
    // prepare: the channel word in the paragraph after the fraud's
    const hits = [hit(30, 10, 'fraud'), hit(31, 40, 'channel')];
    // act
    const inOrder = topics(hits);
    const reversed = topics([...hits].reverse());
    // assess: the fraud is crime, the channel word no cue
    expect(inOrder).toEqual(['3010:crime']);
    expect(reversed).toEqual(['3010:crime']);
  });
});
