/**
 * The non-figure check of the gold sets (test/support/gold-set.ts) is positional: an output is flagged only when
 * it was read inside an occurrence of a span the gold lists as not a figure, and excused only when read inside
 * its own gold figure's evidence. Its text merely being a substring of either decides nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { decodeText } from '../../lambdas/extract/decode/index.js';
import { parseStructure } from '../../lambdas/extract/structure/index.js';
import { GoldSchema, formatReport, score, type Gold } from '../support/gold-score.js';
import { listedNonFigures, type ScoredSet } from '../support/gold-set.js';

// Invented: a seizure whose suspect's birth year ends in the count of boxes seized.
const TEXT = [
  'La police de Quang Ninh saisit des pétards',
  'La police de la province de Quang Ninh a arrêté un homme né en 1986 qui transportait 6 boîtes de pétards.',
  "L'homme a été placé en garde à vue et l'enquête se poursuit.",
].join('\n\n');

function setOf(notFigures: string[], figures: Gold['articles'][number]['figures']): ScoredSet {
  const bytes = new TextEncoder().encode(TEXT);
  const result = extractArticle(bytes);
  if (!result.ok) throw new Error(result.rejection.message);
  const decoded = decodeText(bytes, { maxBytes: bytes.length + 1 });
  if (!decoded.ok) throw new Error('undecodable');
  const gold = GoldSchema.parse({
    articles: [
      {
        file: 'invented.txt',
        language: 'fr',
        primary_province: 'Quang Ninh',
        provinces: ['Quang Ninh'],
        people: [],
        figures,
        not_figures: notFigures,
      },
    ],
  });
  const s = score(gold.articles, [result.article]);
  return {
    gold,
    records: [result.article],
    bodies: [parseStructure(decoded.text).body],
    score: s,
    report: formatReport(s),
  };
}

const BOXES = {
  value: 6,
  unit: 'other',
  topic: 'smuggling',
  evidence: '6 boîtes de pétards',
  alt_units: [],
  caption: false,
};

describe('listedNonFigures: the gold sets’ non-figure check', () => {
  it('does not flag a figure read outside the listed span whose text is a substring of it', () => {
    // Prepare: "6" of the boxes is also the last digit of "né en 1986"; no gold figure excuses it (an extra,
    // not a listed non-figure).
    const set = setOf(['né en 1986'], []);
    expect(set.records[0]!.figures.map((f) => f.value)).toContain(6);

    // Act / Assess
    expect(listedNonFigures(set)).toEqual([]);
  });

  it('flags a figure read inside a listed span', () => {
    // Prepare: the boxes' own span listed as not a figure, and no gold figure to excuse it.
    const set = setOf(['6 boîtes de pétards'], []);

    // Act / Assess
    expect(listedNonFigures(set)).toEqual([expect.stringContaining('invented.txt: «6')]);
  });

  it('excuses a figure read inside its own gold figure’s evidence, even when a listed span holds it', () => {
    // Prepare: a listed span covering the figure's evidence.
    const set = setOf(['transportait 6 boîtes de pétards'], [BOXES]);

    // Act / Assess
    expect(listedNonFigures(set)).toEqual([]);
  });
});
