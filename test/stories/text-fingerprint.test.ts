/**
 * Session 16: a figure one copy's engine kept and the other copy's engine did not, but whose number the
 * other copy's text writes, counts as shared (similarity.ts textMatch, the text fingerprint of evidence.ts).
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PARAMS,
  MAX_TEXT_NUMBERS,
  similarity,
  textFingerprint,
  textNumbers,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import type { Figure } from '../../lambdas/shared/article.js';
import { evidenceOf } from '../support/story-eval.js';

function ev(
  id: string,
  figures: { value: number; unit: Figure['unit'] }[],
  numbers: number[] = [],
  over: Partial<StoryEvidence> = {},
): StoryEvidence {
  return evidenceOf({ id, figures: figures.map((f) => ({ ...f, count: 1 })), text: { numbers }, ...over });
}
const off = { ...DEFAULT_PARAMS, textMatch: 0 };

describe('Numbers a text writes', () => {
  const read = (text: string) => [...textNumbers(text)].sort((a, b) => a - b);

  it('keeps counts and amounts, leaves out small integers, dates, times, ranges and years', () => {
    expect(
      read('On 14/3/2023 at 09:45 officers found 6 boxes holding 48 phones; 2023 was a busy year.'),
    ).toEqual([48]);
    expect(read('Between 20-25 boats were out; 112 people were rescued.')).toEqual([112]);
  });

  it('reads a separator before three digits both ways, and a decimal comma', () => {
    expect(read('They seized 3.640 tablets.')).toEqual([3.64, 3640]);
    expect(read('A load of 1,250,000 cigarettes and 17,5 tonnes of sugar.')).toEqual([17.5, 1250000]);
    expect(read('Le montant atteint 2 400 000 dongs.')).toEqual([2400000]);
  });

  it('reads digits of any script', () => {
    expect(read('पुलिस ने ३७ लोगों को बचाया')).toEqual([37]);
    expect(read('警察は４８人を救助した')).toEqual([48]);
    expect(read('ตำรวจช่วยเหลือ ๕๖ คน')).toEqual([56]);
  });
});

describe('A figure kept on one side, written on the other', () => {
  const kept = ev('a', [
    { value: 57, unit: 'person' },
    { value: 4.2, unit: 'kg' },
  ]);

  it('counts as shared when the other text writes it', () => {
    const written = ev('b', [{ value: 4.2, unit: 'kg' }], [57]);
    expect(similarity(kept, written)).toBeGreaterThan(similarity(kept, written, off));
  });

  it('is symmetric', () => {
    const written = ev('b', [{ value: 4.2, unit: 'kg' }], [57]);
    expect(similarity(written, kept)).toBeCloseTo(similarity(kept, written), 12);
  });

  it('weighs nothing when the number is 31 or less (a day, an hour) or the other side keeps it already', () => {
    const small = ev('a', [
      { value: 23, unit: 'person' },
      { value: 4.2, unit: 'kg' },
    ]);
    const day = ev('b', [{ value: 4.2, unit: 'kg' }], [23]);
    expect(similarity(small, day)).toBe(similarity(small, day, off));
    const both = ev(
      'b',
      [
        { value: 4.2, unit: 'kg' },
        { value: 57, unit: 'person' },
      ],
      [57],
    );
    expect(similarity(kept, both)).toBe(similarity(kept, both, off));
  });

  it('evidence stored before the fingerprint reads as an empty text', () => {
    const stored = evidenceOf({ id: 'c', figures: [{ value: 4.2, unit: 'kg', count: 1 }] });
    expect(stored.text.numbers).toEqual([]);
    expect(similarity(kept, stored)).toBe(similarity(kept, stored, off));
  });
});

describe('The fingerprint stays small', () => {
  it('keeps at most MAX_TEXT_NUMBERS numbers, the first the text writes', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Row ${i + 100} lists ${i + 5000} bags.`).join(' ');
    const fp = textFingerprint([long]);
    expect(fp.numbers.length).toBe(MAX_TEXT_NUMBERS);
    expect(fp.numbers).toContain(100);
    expect(fp.numbers).not.toContain(299);
  });
});
