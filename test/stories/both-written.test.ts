/**
 * Session 29: a number both copies' texts write and neither engine kept as a figure (a lane's or a house's
 * number, a plate's, a case's) counts as shared, at a text match's weight (similarity.ts textBothWrite). Before,
 * two copies of one fire sharing a toll, a district and the house's number scored as the toll and the district
 * alone. A later stage of the same case (the owner prosecuted days later) writes the same number and stays
 * apart: the number is the case's, as a defendant's name is. The articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import {
  DEFAULT_PARAMS,
  similarity,
  STORY_THRESHOLD,
  storyEvidence,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';

function read(id: string, lines: readonly string[], published: string): StoryEvidence {
  const result = extractArticle(new TextEncoder().encode(lines.join('\n')));
  if (!result.ok) throw new Error(result.rejection.message);
  return storyEvidence({ ...result.article, id }, { published, dateSource: 'metadata' });
}

const OFF = { ...DEFAULT_PARAMS, textBothWrite: 0 };

const en = read(
  'en',
  [
    'Fire kills six in Hanoi rented house',
    'A fire broke out before dawn on Sunday in a rented house at No. 247 in a narrow lane of Hanoi’s Ba Dinh District, killing 6 people.',
    'Two other people were injured. The house had 14 rooms for rent, and 23 tenants had registered with the ward.',
    'Firefighters put the blaze out after an hour; the cause is being investigated.',
  ],
  '2026-02-08',
);
const fr = read(
  'fr',
  [
    'Hanoï : six morts dans l’incendie d’une maison louée',
    'Un incendie s’est déclaré dimanche à l’aube dans une maison louée au numéro 247 d’une ruelle du district de Ba Dinh, à Hanoï, tuant 6 personnes.',
    'Le vice-ministre de la Sécurité publique, le général Lê Quốc Hùng, s’est rendu sur place pour diriger les secours.',
    'Les pompiers ont maîtrisé le feu en une heure ; une enquête est ouverte.',
  ],
  '2026-02-08',
);

describe('Similarity: a number both texts write that neither engine kept', () => {
  it('neither engine keeps the house number as a figure; both texts write it', () => {
    for (const e of [en, fr]) {
      expect(e.figures.map((f) => f.value)).not.toContain(247);
      expect(e.text.numbers).toContain(247);
    }
  });

  it('joins an English and a French report of one fire through the house number', () => {
    expect(similarity(en, fr, OFF)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(en, fr)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
    expect(similarity(fr, en)).toBeCloseTo(similarity(en, fr), 12);
  });

  it('keeps apart the owner prosecuted days later, which writes the same number', () => {
    const later = read(
      'later',
      [
        'Hanoi police prosecute landlord over deadly fire',
        'Hanoi police decided to prosecute the owner of the rented house at No. 247 in a lane of Ba Dinh District, where 6 people died in a fire.',
      ],
      '2026-02-13',
    );
    expect(later.text.numbers).toContain(247);
    expect(similarity(en, later)).toBe(similarity(en, later, OFF));
    expect(similarity(en, later)).toBeLessThan(STORY_THRESHOLD);
  });

  it('keeps apart another fire of the same district and day at another house', () => {
    const other = read(
      'other',
      [
        'Fire kills four in Hanoi',
        'A fire broke out on Sunday in a house at No. 312 in a lane of Hanoi’s Ba Dinh District, killing 4 people.',
      ],
      '2026-02-08',
    );
    expect(similarity(en, other)).toBe(similarity(en, other, OFF));
    expect(similarity(en, other)).toBeLessThan(STORY_THRESHOLD);
  });

  it('leaves out a number read both ways when one reading is a figure ("12.500": 12.5 and 12,500)', () => {
    const a = {
      ...en,
      figures: [...en.figures, { value: 12500, unit: 'other' as const, count: 1 }],
      text: { numbers: [12.5, 12500] },
    };
    const b = {
      ...fr,
      figures: [...fr.figures, { value: 12500, unit: 'other' as const, count: 1 }],
      text: { numbers: [12.5, 12500] },
    };
    expect(similarity(a, b)).toBe(similarity(a, b, OFF));
  });

  it('leaves out small integers (a day, an hour) as a text match does', () => {
    const a = { ...en, text: { numbers: [24] } };
    const b = { ...fr, text: { numbers: [24] } };
    expect(similarity(a, b)).toBe(similarity(a, b, OFF));
  });
});
