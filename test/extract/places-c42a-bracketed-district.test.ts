/**
 * A district in brackets after a commune's name in Cyrillic (session 42, col42a): "в коммуне Йен Кхе (Кон
 * Кыонг)" writes the commune's district as Vietnamese does ("xã Yên Khê (Con Cuông)"), and the bracket reads
 * as the district's type word would, so a district no province is named with still names its province.
 * Sentences written for the project. Negative: a bracket after no commune's name reads nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

const primaryOf = (text: string): string | undefined =>
  (extractArticle(Buffer.from(text)) as { article?: { primaryProvince?: { slug: string } } }).article
    ?.primaryProvince?.slug;

describe('a Cyrillic district in brackets after a commune (c42a)', () => {
  it.each([
    'Вчера в коммуне Йен Кхе (Кон Кыонг) полиция задержала 3 человек, подозреваемых в краже скота у местных жителей.',
    'Вчера в коммуне Нги Йен (Нги Лок) полиция задержала 3 человек, подозреваемых в краже скота у местных жителей.',
    'Вчора в громаді Нги Йен (Нги Лок) поліція затримала 3 осіб, підозрюваних у крадіжці худоби в місцевих жителів.',
  ])('%s', (text) => {
    expect(primaryOf(text)).toBe('nghe-an');
  });

  it('a bracket after no commune reads nothing', () => {
    expect(
      primaryOf(
        'Вчера полиция (Кон Кыонг) задержала 3 человек, подозреваемых в краже скота у местных жителей.',
      ),
    ).toBeUndefined();
  });
});
