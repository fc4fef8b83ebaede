/**
 * Session 26 (perf26): the scratch buffers kept between calls (fold's patch units, the word offsets, the places
 * stage's word arrays) grow only up to KEPT_SCRATCH_UNITS; a longer text is served by buffers of its own. What
 * each call returns must be the same on either side of the cap, and a text read after a long one must read as
 * it does alone.
 */
import { describe, expect, it } from 'vitest';
import { fold, foldChar } from '../../lambdas/extract/text/fold.js';
import { wordOffsets } from '../../lambdas/extract/text/words.js';
import { tokenize } from '../../lambdas/extract/places/tokens.js';
import { grownScratch, KEPT_SCRATCH_UNITS } from '../../lambdas/extract/text/scratch.js';

/** The fold one unit at a time (foldChar), the definition the whole-text fold keeps. */
function foldByUnit(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) parts.push(foldChar(text[i]!));
  return parts.join('');
}

function offsetWords(text: string, offsets: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < offsets.length; i += 2) out.push(text.slice(offsets[i], offsets[i + 1]));
  return out;
}

function placeWords(text: string): string[] {
  const tokens = tokenize(fold(text), text);
  const out: string[] = [];
  for (let k = 0; k < tokens.count; k++) out.push(tokens.word(k));
  return out;
}

/** `sentence` repeated to `length` units. */
function longText(sentence: string, length: number): string {
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

const SENTENCES = [
  ['fr', 'Une crue a coupé la départementale près de Bœuf-sur-Oise ; l’école reste fermée. '],
  ['pl', 'Straż z Łodzi ewakuowała 120 osób, a ŻÓŁW i źródło zostały nad rzeką. '],
  ['vi', 'Mưa lớn làm sạt lở đất ở huyện Đắk Glei, 3 người mất tích. '],
] as const;

describe('Functions: grownScratch', () => {
  it('doubles a kept buffer under the cap, never past it, and gives a need above the cap as asked', () => {
    expect(grownScratch(100, 150, 1000)).toBe(200);
    expect(grownScratch(600, 700, 1000)).toBe(1000);
    expect(grownScratch(0, 10, 1000)).toBe(10);
    expect(grownScratch(2000, 10, 1000)).toBe(1000);
    expect(grownScratch(10, 5000, 1000)).toBe(5000);
  });
});

describe('Functions: the scratch buffers either side of KEPT_SCRATCH_UNITS', () => {
  it.each(SENTENCES)(
    '%s: a fold above the cap is the fold unit by unit, and a short fold after it too',
    (_l, s) => {
      // Prepare
      const long = longText(s, KEPT_SCRATCH_UNITS + 1000);
      const short = longText(s, 5000);

      // Act
      const foldedLong = fold(long);
      const foldedShort = fold(short);

      // Assess
      expect(foldedLong.length).toBe(long.length);
      expect(foldedLong === foldByUnit(long)).toBe(true);
      expect(foldedShort === foldByUnit(short)).toBe(true);
    },
  );

  it.each(SENTENCES)('%s: word offsets above the cap and below it read the same words', (_l, s) => {
    // Prepare
    const one = offsetWords(s, wordOffsets(s));
    const copies = Math.ceil((KEPT_SCRATCH_UNITS + 1000) / s.length);

    // Act
    const long = wordOffsets(s.repeat(copies));
    const after = wordOffsets(s);

    // Assess
    expect(long.length).toBe(copies * 2 * one.length);
    expect(offsetWords(s.repeat(copies), long).slice(-one.length)).toEqual(one);
    expect(offsetWords(s, after)).toEqual(one);
  });

  it.each(SENTENCES)(
    '%s: the places words of a short text read after one above the cap are its own',
    (_l, s) => {
      // Prepare
      const alone = placeWords(s);
      const copies = Math.ceil((2 * KEPT_SCRATCH_UNITS + 1000) / s.length);

      // Act
      const long = placeWords(s.repeat(copies));
      const after = placeWords(s);

      // Assess
      expect(long.length).toBe(copies * alone.length);
      expect(long.slice(0, alone.length)).toEqual(alone);
      expect(after).toEqual(alone);
    },
  );
});
