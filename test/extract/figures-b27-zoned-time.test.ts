/**
 * A clock time written with a dot and named by its time zone ("14.00 GMT", "(21.30 UTC)") is no count: texts
 * that write hours with a dot (Catalan, Italian, Nordic, some English) give the hour at home and then in GMT or
 * UTC, and the second was read as a bare number ("14"), a figure other copies of the story never give.
 * Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { documentOf } from '../support/document.js';

const figures = (language: string, text: string): [number, string][] =>
  extractFigures(documentOf(text, language), []).map((f) => [f.value, f.unit]);

describe('a dotted clock time before a time zone', () => {
  it.each<[language: string, text: string, hour: number, kept: [number, string]]>([
    [
      'ca',
      'El foc es va declarar cap a les 22.15 hora local (15.15 GMT) i 9 camions de bombers hi van acudir.',
      15.15,
      [9, 'vehicle'],
    ],
    [
      'it',
      "L'esplosione è avvenuta alle 7.40 (0.40 UTC) e 6 camion dei vigili del fuoco sono arrivati.",
      0.4,
      [6, 'vehicle'],
    ],
    [
      'en',
      'The boat capsized at 18.30 GMT; 11 people were rescued by the coast guard.',
      18.3,
      [11, 'person'],
    ],
    [
      'da',
      'Branden startede kl. 23.05 (16.05 UTC), og 4 personer blev bragt på hospitalet.',
      16.05,
      [4, 'person'],
    ],
  ])('%s: %s', (language, text, hour, kept) => {
    const read = figures(language, text);
    expect(read.map(([v]) => v)).not.toContain(hour);
    expect(read.map(([v]) => v)).not.toContain(Math.trunc(hour));
    expect(read).toContainEqual(kept);
  });

  it('a decimal before a word that is no time zone still counts', () => {
    expect(figures('en', 'Police seized 14.50 kg of heroin and 3 guns.')).toContainEqual([14.5, 'kg']);
  });
});
