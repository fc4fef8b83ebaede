/**
 * Names a copy's text writes, officials or not (session 24, lambdas/stories/text-names.ts, similarity.ts
 * textNameWeight): the defendant, the fugitive, the victim every copy of one story names with no rank, which
 * the people stage (officials only) leaves out. Before, two copies naming the same defendant in two languages
 * shared only a province and a small count. A later stage of the same case (the trial after the arrest) names
 * the same person and stays apart. The articles are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import {
  DEFAULT_PARAMS,
  foldName,
  pseudonymize,
  similarity,
  STORY_THRESHOLD,
  storyEvidence,
  type StoryEvidence,
} from '../../lambdas/stories/index.js';
import { textNames } from '../../lambdas/stories/text-names.js';

function read(id: string, lines: readonly string[], published = '2026-03-04'): StoryEvidence {
  const result = extractArticle(new TextEncoder().encode(lines.join('\n')));
  if (!result.ok) throw new Error(result.rejection.message);
  return storyEvidence({ ...result.article, id }, { published, dateSource: 'metadata' });
}

const OFF = { ...DEFAULT_PARAMS, textNameWeight: 0 };

describe('Story evidence: the names a text writes', () => {
  it('reads three-word Vietnamese names by shape, not places, namesakes or two-word runs', () => {
    const names = textNames(
      'en',
      [
        'Police in Ho Chi Minh City arrested Đinh Văn Khoát, 41, on Tran Hung Dao Street.',
        'His partner Hoa Binh and a neighbour, Lương Thị Mận, were questioned.',
      ],
      foldName,
    );
    expect(names).toEqual(['dinh van khoat', 'luong thi man']);
  });

  it('keeps them as keyed hashes in the index, as the officials', () => {
    const e = read('h', [
      'Fugitive caught in Lang Son',
      'Police in Lang Son province caught Đinh Văn Khoát, who had fled after a robbery in 2019.',
    ]);
    expect(e.names).toContain('dinh van khoat');
    const stored = pseudonymize(e, 'key');
    expect(stored.names).not.toContain('dinh van khoat');
    expect(stored.names).toHaveLength(e.names.length);
  });
});

describe('Similarity: a defendant or suspect both copies name', () => {
  it('joins an English and a French report of one verdict naming the defendant without a title', () => {
    const en = read('en', [
      'Businesswoman sentenced to death in Can Tho',
      'A court in Can Tho sentenced Lê Thị Hồng Nhung to death for embezzlement on Tuesday.',
      'Four accomplices received prison terms.',
    ]);
    const fr = read('fr', [
      'Peine de mort pour une femme d’affaires au Vietnam',
      'Le tribunal de Can Tho a condamné à mort Le Thi Hong Nhung pour détournement de fonds.',
      'Quatre complices ont été condamnés à des peines de prison.',
    ]);
    expect(similarity(en, fr, OFF)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(en, fr)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it('joins a Romanian and a German report of one fugitive caught', () => {
    const ro = read('ro', [
      'Fugar prins în Vietnam',
      'Poliția din provincia Lang Son l-a prins pe Đỗ Văn Khải, căutat de cinci ani pentru trafic de persoane.',
    ]);
    const de = read('de', [
      'Flüchtiger in Vietnam gefasst',
      'Die Polizei der Provinz Lang Son hat Do Van Khai festgenommen, der seit fünf Jahren wegen Menschenhandels gesucht wurde.',
    ]);
    expect(similarity(ro, de, OFF)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(ro, de)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it('joins two Vietnamese reports naming the victim and the suspect, the officials named by one only', () => {
    const a = read('a', [
      'Truy bắt nghi phạm đâm người ở Quảng Ngãi',
      'Công an tỉnh Quảng Ngãi đang truy bắt Phạm Văn Lũy, nghi phạm đâm chết anh Trương Công Hậu tối 2/3.',
      'Đại tá Hồ Sỹ Tuấn, Giám đốc Công an tỉnh, có mặt tại hiện trường.',
    ]);
    const b = read('b', [
      'Nghi phạm sát hại người đàn ông ở Quảng Ngãi bị bắt',
      'Phạm Văn Lũy đã bị bắt sau khi đâm anh Trương Công Hậu tử vong.',
    ]);
    expect(similarity(a, b, OFF)).toBeLessThan(STORY_THRESHOLD);
    expect(similarity(a, b)).toBeGreaterThanOrEqual(STORY_THRESHOLD);
  });

  it('leaves apart the trial of a defendant named in the arrest report', () => {
    const arrest = read(
      'arrest',
      [
        'Director arrested in Quang Nam',
        'Police in Quang Nam province arrested Trần Quốc Vượng, director of a construction firm, for fraud.',
      ],
      '2026-03-04',
    );
    const trial = read(
      'trial',
      [
        'Trial of construction director opens in Quang Nam',
        'The trial of Trần Quốc Vượng, charged with fraud, opened at the Quang Nam provincial court.',
      ],
      '2026-03-09',
    );
    expect(arrest.names).toEqual(trial.names);
    expect(similarity(arrest, trial)).toBeLessThan(STORY_THRESHOLD);
  });
});
