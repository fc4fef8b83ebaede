/**
 * A village story written in Cyrillic or Hangul often names only its communes, by a transcription no list has,
 * and no province: two different communes heard by their sound key vouch for the one province that has both
 * (places/corroborated.ts). One commune alone, or none, still gives no province. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function placesOf(text: string): { primary: string | undefined; localities: string[] } {
  const r = extractArticle(new TextEncoder().encode(text));
  if (!r.ok) throw new Error(r.rejection.message);
  return { primary: r.article.primaryProvince?.slug, localities: r.article.localities.map((l) => l.slug) };
}

describe('pp35: two communes heard by sound agree on their province', () => {
  it.each([
    [
      'ru',
      'Жители коммуны Танг Тхань обсуждают поимку двух воров собак. Грабители мчались на мотоциклах в сторону коммуны Суан Тхань, сообщили местные власти.',
    ],
    [
      'ru, genitive plural type word',
      'В коммунах Танг Тхань прошёл сход жителей. Позже воры скрылись на мотоциклах в направлении коммун Суан Тхань, рассказал староста.',
    ],
    [
      'uk',
      'Мешканці комуни Танг Тхань обговорюють затримання двох крадіїв собак. Злодії втекли в бік комуни Суан Тхань, повідомила поліція.',
    ],
    [
      'ko',
      '땅타인사 주민들이 개 도둑 검거 소식에 떠들썩하다. 두 도둑은 오토바이를 타고 쑤언타인사 쪽으로 달아났다고 경찰이 밝혔다.',
    ],
  ])('%s', (_language, text) => {
    const found = placesOf(text);
    expect(found.primary).toBe('nghe-an');
    expect(found.localities).toEqual(expect.arrayContaining(['tang-thanh', 'xuan-thanh']));
  });

  it('one commune heard alone names no province', () => {
    expect(
      placesOf('Жители коммуны Суан Тхань обсуждают поимку двух воров собак, сообщили местные власти.')
        .primary,
    ).toBeUndefined();
  });
});
