/**
 * Session 27 (perf27a): the figures stage's word and punctuation tokens keep the folded body and slice their
 * text from it only when read, told apart from the text by length. Whatever the body, a token's text must be
 * the body's units at its offsets, on the first read and every later one, and its kind must be its own.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lambdas/extract/figures/tokens.js';
import { lexiconFor } from '../../lambdas/extract/figures/lexicon.js';
import { fold } from '../../lambdas/extract/text/fold.js';

function read(text: string, language: string): { kind: string; text: string }[] {
  const folded = fold(text);
  const tokens = tokenize(text, folded, lexiconFor(language));
  for (const t of tokens)
    if (t.kind !== 'num') {
      // The first read slices, the second returns the kept slice: both the body's units at the offsets.
      expect(t.text).toBe(folded.slice(t.start, t.end));
      expect(t.text).toBe(folded.slice(t.start, t.end));
    }
  return tokens.map((t) => ({ kind: t.kind, text: t.kind === 'num' ? String(t.value) : t.text }));
}

describe('figures tokens read their text from the body', () => {
  it('reads words and punctuation of invented sentences in several languages', () => {
    expect(read('Trzej strażacy — ranni!', 'pl')).toEqual([
      { kind: 'num', text: '3' },
      { kind: 'word', text: 'strazacy' },
      { kind: 'punct', text: '—' },
      { kind: 'word', text: 'ranni' },
      { kind: 'punct', text: '!' },
    ]);
    expect(read('Deux bateaux, 12 marins.', 'fr')).toEqual([
      { kind: 'num', text: '2' },
      { kind: 'word', text: 'bateaux' },
      { kind: 'punct', text: ',' },
      { kind: 'num', text: '12' },
      { kind: 'word', text: 'marins' },
      { kind: 'punct', text: '.' },
    ]);
  });

  it('reads a body that is one word or one mark, whose text is the whole body', () => {
    expect(read('powódź', 'pl')).toEqual([{ kind: 'word', text: 'powodz' }]);
    expect(read('«', 'fr')).toEqual([{ kind: 'punct', text: '«' }]);
    expect(read('', 'fr')).toEqual([]);
  });
});
