import { describe, expect, it } from 'vitest';
import { isUpperAt } from '../../lambdas/extract/text/chars.js';

describe('isUpperAt', () => {
  it('answers /^\\p{Lu}/u on the code point at an offset, pairs and lone surrogates included', () => {
    const text = 'aZ é É ß Ǆ ǅ Ⅰ 𝐀 𝐚 \ud835 Я я 1 -';
    for (let i = 0; i < text.length; i++)
      expect(isUpperAt(text, i), `offset ${i}`).toBe(/^\p{Lu}/u.test(text.slice(i)));
  });
});
