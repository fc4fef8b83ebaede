/**
 * A decimal times a scale word is the value as written, not the product's last bits: "4.1 trillion" is
 * 4,100,000,000,000 (the product in doubles is 4099999999999.9995, which an export would print). Sentences
 * written for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lambdas/extract/figures/index.js';
import { roundValue } from '../../lambdas/extract/figures/finish.js';
import { documentOf } from '../support/document.js';

const values = (language: string, text: string): number[] =>
  extractFigures(documentOf(text, language), []).map((f) => f.value);

describe('a decimal times a scale', () => {
  it.each([
    ['en', 'The police of Hanoi seized 4.1 trillion dong in the case.', 4_100_000_000_000],
    ['vi', 'Công an thành phố Hà Nội đã thu giữ 4,1 nghìn tỷ đồng trong vụ án.', 4_100_000_000_000],
    ['fr', 'La police de Hanoï a saisi 1,1 million de comprimés dans cette affaire.', 1_100_000],
  ] as const)('%s: %s', (language, text, value) => {
    expect(values(language, text)).toContain(value);
  });

  it('keeps what a double holds exactly and six decimals', () => {
    expect(roundValue(4.1 * 1e12)).toBe(4_100_000_000_000);
    expect(roundValue(1_234_567_890_123)).toBe(1_234_567_890_123);
    expect(roundValue(0.1 + 0.2)).toBe(0.3);
    expect(roundValue(2.5)).toBe(2.5);
  });
});
