/**
 * Session 31: place classes seen in batch 31's tuning articles. Sentences written for the project.
 * - Korean "지방경찰" / "지방 경찰청" (the provincial, "local", police) after a province's name is the force of
 *   that province, the article's subject, as "경찰" alone after it already was.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';

function places(text: string): { primary: string | null; provinces: string[] } {
  const result = extractArticle(Buffer.from(text, 'utf8'));
  if (!result.ok) return { primary: null, provinces: [] };
  return {
    primary: result.article.primaryProvince?.slug ?? null,
    provinces: result.article.provinces.map((p) => p.slug),
  };
}

describe('Function: extractArticle (Korean provincial police after a province)', () => {
  it.each([
    [
      '베트남 경찰이 국경 인근에서 사기 조직을 급습했다. 라이쩌우 지방경찰은 공안부와 협력해 조직원 40명을 체포했다. 총책은 라오까이 출신으로 밝혀졌다. 하노이에서도 회의가 열렸다.',
      'lai-chau',
    ],
    [
      '디엔비엔 지방 경찰청은 마약 운반책 5명을 체포했다고 밝혔다. 이들은 하노이와 하이퐁 출신으로 알려졌다. 하노이 당국도 조사에 나섰다.',
      'dien-bien',
    ],
  ] as const)('%s → %s', (text, primary) => {
    // Act
    const got = places(text);

    // Assess
    expect(got.primary).toBe(primary);
  });

  it('reads no province from the words alone', () => {
    // Act
    const got = places('베트남 지방 경찰은 사기 조직원 3명을 체포했다고 현지 매체가 29일 전했다.');

    // Assess
    expect(got.provinces).toEqual([]);
  });
});
