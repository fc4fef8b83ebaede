import { describe, expect, it } from 'vitest';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

describe('Function: fold', () => {
  it('removes diacritics and case without moving offsets', () => {
    const text = 'Công an tỉnh Quảng Ninh – Đà Nẵng, Łódź';
    const folded = fold(text);
    expect(folded).toBe('cong an tinh quang ninh – da nang, lodz');
    expect(folded.length).toBe(text.length);
  });
});

describe('Function: splitSentences', () => {
  it('splits on sentence punctuation and line breaks but not inside decimals', () => {
    const text = 'Le taux atteint 94,72 %. Il y a 3.156 comptes ; bien.\nTitre sans point\nFin';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'Le taux atteint 94,72 %.',
      'Il y a 3.156 comptes ;',
      'bien.',
      'Titre sans point',
      'Fin',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
