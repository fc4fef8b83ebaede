/**
 * findHardestHit given the places a phrase could point at (places/hardest-hit.ts): the text is searched only in
 * the sentences holding one of them, since a hardest-hit phrase points only at a place of its own sentence. The
 * answer must be every phrase, as without the places, whenever one of them stands in such a sentence, and none
 * otherwise. Invented sentences (en, fr); the cue lists are written here, folded as the lexicons' are.
 */
import { describe, expect, it } from 'vitest';
import { findHardestHit } from '../../lambdas/extract/places/hardest-hit.js';
import { fold } from '../../lambdas/extract/text/fold.js';
import { splitSentences } from '../../lambdas/extract/text/sentences.js';

const CUES = ['hardest hit', 'worst affected', 'la plus touchee', 'most affected'];

function read(text: string, places?: readonly { start: number }[]) {
  const folded = fold(text);
  return findHardestHit(folded, splitSentences(text), CUES, places);
}

/** Where `word` starts in `text` (as a place mention's start). */
const at = (text: string, word: string): { start: number } => ({ start: text.indexOf(word) });

describe('perf35: hardest-hit phrases only where they can point at a place', () => {
  const text =
    'Rain fell over three provinces on Monday. The worst affected was Alpha, with four dead. Beta counted two. Officials said the hardest hit were the farms.';

  it('finds every phrase when one stands in a sentence holding a place', () => {
    const all = read(text);
    expect(all.map((c) => text.slice(c.start, c.end))).toEqual(['worst affected', 'hardest hit']);
    expect(read(text, [at(text, 'Alpha')])).toEqual(all);
  });

  it('finds none when the phrases stand only in sentences without a place', () => {
    expect(read(text, [at(text, 'Beta')])).toEqual([]);
    expect(read(text, [])).toEqual([]);
  });

  it('reads a phrase that starts in the sentence and runs past its end', () => {
    // Sentence spans given by hand: the first ends inside "la plus touchée".
    const fr = 'La province la plus touchée est Gamma.';
    const folded = fold(fr);
    const cut = fr.indexOf('plus');
    const sentences = [
      { start: 0, end: cut },
      { start: cut, end: fr.length },
    ];
    const found = findHardestHit(folded, sentences, CUES, [{ start: 3 }]);
    expect(found.map((c) => fr.slice(c.start, c.end))).toEqual(['la plus touchée']);
    expect(findHardestHit(folded, sentences, CUES, [{ start: cut + 20 }])).toEqual([]);
  });

  it('agrees with the whole-text search on mixed sentences and any places', () => {
    const pieces = [
      'Floods reached Delta and Epsilon.',
      'Epsilon was the most affected.',
      'Aid arrived by boat.',
      'The hardest hit district lies in Zeta.',
      'Roads stayed closed.',
      'In Eta, la plus touchée des communes attend.',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const chosen = pieces.filter(() => next() < 0.6);
      const body = chosen.join(' ');
      const all = read(body);
      const places = ['Delta', 'Epsilon', 'Zeta', 'Eta', 'Aid', 'Roads']
        .filter(() => next() < 0.4)
        .map((w) => at(body, w))
        .filter((p) => p.start >= 0);
      const holds = (s: { start: number; end: number }): boolean =>
        places.some((p) => p.start >= s.start && p.start < s.end);
      const expected = all.some((c) => holds(c.sentence)) ? all : [];
      expect(read(body, places)).toEqual(expected);
    }
  });
});
