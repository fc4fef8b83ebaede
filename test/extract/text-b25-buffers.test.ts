/**
 * Session 25 (perf25): the word offsets and the fold of a long text are built in buffers kept between calls.
 * What a caller gets must not change when the next call reuses the buffer, and the fold read back from it must
 * be the fold unit by unit, at every length the buffer path and its read-back parts take.
 */
import { describe, expect, it } from 'vitest';
import { fold, foldChar } from '../../lambdas/extract/text/fold.js';
import { wordOffsets } from '../../lambdas/extract/text/words.js';

/** The fold one unit at a time (foldChar), the definition the whole-text fold keeps. */
function foldByUnit(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

function words(text: string, offsets: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < offsets.length; i += 2) out.push(text.slice(offsets[i], offsets[i + 1]));
  return out;
}

describe('Functions: wordOffsets keeps its result apart from the next call', () => {
  it.each([
    [
      'fr',
      "Le préfet d'Ille-et-Vilaine a reçu la maire.",
      ['Le', 'préfet', "d'Ille-et-Vilaine", 'a', 'reçu', 'la', 'maire'],
    ],
    [
      'pl',
      'Wojewoda Łódzki spotkał się z posłanką.',
      ['Wojewoda', 'Łódzki', 'spotkał', 'się', 'z', 'posłanką'],
    ],
    ['vi', 'Ông Trần Văn Bình, Chủ tịch tỉnh.', ['Ông', 'Trần', 'Văn', 'Bình', 'Chủ', 'tịch', 'tỉnh']],
  ])('%s: the words of a text survive a longer text read after it', (_language, text, expected) => {
    // Prepare
    const first = wordOffsets(text);

    // Act
    const later = wordOffsets(`${text} `.repeat(200));

    // Assess
    expect(words(text, first)).toEqual(expected);
    expect(first.length).toBe(2 * expected.length);
    expect(later.length).toBe(400 * expected.length);
    expect(first[2 * expected.length]).toBeUndefined();
  });
});

describe('Functions: fold of a long text read back from its buffer', () => {
  it.each([
    ['fr', 'Une crue a coupé la route départementale près de Bœuf-sur-Oise, où l’école est fermée. '],
    ['pl', 'Straż pożarna z Łodzi ewakuowała 120 osób; ŻÓŁW i źródło są nad rzeką. '],
    ['vi', 'Mưa lớn làm sạt lở đất ở huyện Đắk Glei, tỉnh Kon Tum; 3 người mất tích. '],
    ['ascii', 'Floods cut the main road near the river for the third day. '],
  ])('%s: every length of the buffer path equals the fold unit by unit', (_language, sentence) => {
    for (const length of [127, 128, 129, 1024, 1025, 65_535, 65_536, 65_537, 140_000]) {
      // Prepare
      const text = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);

      // Act
      const folded = fold(text);

      // Assess
      expect(folded.length).toBe(text.length);
      expect(folded === foldByUnit(text)).toBe(true);
    }
  });

  it('keeps a lone surrogate and a letter beyond the BMP where they are, and a later fold leaves an earlier one alone', () => {
    // Prepare
    const text = `${'Évacuation à Nîmes \ud83c\udf0a '.repeat(20)}\ud800 fin`;

    // Act
    const first = fold(text);
    const copy = first.slice();
    fold('Żółta łódź płynęła po jeziorze przez całą noc. '.repeat(30));

    // Assess
    expect(first).toBe(foldByUnit(text));
    expect(first).toBe(copy);
  });
});
