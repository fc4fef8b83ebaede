/**
 * A street, an avenue or a company bearing a province's name ("Nghe An Street", "calle Thai Binh", "Thanh Hoa
 * Trading Company") names the street or the firm, not the province: the lexicons' namedBefore and namedAfter.
 * The province the story happens in is still read. Invented sentences in several languages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function provincesOf(text: string): { primary: string | undefined; provinces: string[] } {
  const r = extractArticle(new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.rejection.message);
  return { primary: r.article.primaryProvince?.slug, provinces: r.article.provinces.map((p) => p.slug) };
}

describe('pp35: a street or a company named after a province is not the province', () => {
  it.each([
    [
      'en street',
      'Police in Da Nang arrested a man who robbed a phone shop on Nghe An Street late on Monday night.',
    ],
    [
      'en company',
      'Customs officers in Hai Phong seized two tonnes of sugar from a truck of the Thai Binh Trading Company on Friday.',
    ],
    [
      'es',
      'La policía de Da Nang detuvo a un hombre que asaltó una tienda de teléfonos en la calle Nghe An el lunes.',
    ],
    ['fr', 'La police de Da Nang a arrêté lundi un homme qui avait dévalisé une boutique de la rue Nghe An.'],
    ['pt', 'A polícia de Da Nang prendeu na segunda-feira um homem que assaltou uma loja na rua Nghe An.'],
  ])('%s', (_case, text) => {
    const found = provincesOf(text);
    expect(found.provinces).toHaveLength(1);
    expect(['da-nang', 'hai-phong']).toContain(found.primary);
  });

  it('the province itself, named with its type word, is still read', () => {
    expect(
      provincesOf('Police in Nghe An province arrested a man who robbed a phone shop on Monday.').primary,
    ).toBe('nghe-an');
  });
});
