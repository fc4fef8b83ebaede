import { describe, expect, it } from 'vitest';
import { buildArticleRecord, jsonBytes, type StorageMeta } from '../../lambdas/parse/article-record.js';
import { decodeS3EventKey } from '../../lambdas/shared/s3-keys.js';
import { compareSequencers, sequencerKey } from '../../lambdas/parse/sequencer.js';
import type { ExtractedArticle } from '../../lambdas/shared/article.js';
import { ArticleRecordSchema } from '../../lambdas/shared/records.js';
import { figure, ref } from './factories.js';

describe('Function: compareSequencers', () => {
  it.each([
    ['0055AED6DCD90281E5', '0055AED6DCD90281E6', -1],
    ['0055AED6DCD90281E5', '0055aed6dcd90281e5', 0],
    ['0055AED6DCD90281E5', '0055AED6DCD90281E5000', 0],
    ['0055AED6DCD90281F', '0055AED6DCD90281E5', 1],
    ['00A', '009F', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    // Act / Assess
    expect(Math.sign(compareSequencers(a, b))).toBe(expected);
  });

  it('orders padded keys as strings, as a DynamoDB condition compares them', () => {
    // Act / Assess
    expect(sequencerKey('00A') > sequencerKey('009F')).toBe(true);
    expect(() => sequencerKey('not-hex')).toThrow(RangeError);
  });
});

describe('Function: decodeS3EventKey', () => {
  it.each([
    ['news/my+file.txt', 'news/my file.txt'],
    ['b%C3%A0i+vi%E1%BA%BFt%2B1.txt', 'bài viết+1.txt'],
  ])('%s → %s', (encoded, decoded) => {
    // Act / Assess
    expect(decodeS3EventKey(encoded)).toBe(decoded);
  });
});

const META: StorageMeta = {
  id: 'f'.repeat(32),
  bucket: 'b',
  key: 'k.txt',
  version: 1,
  sequencer: '00A',
  eTag: 'e',
  size: 10,
  ingestedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  published: '2025-12-31',
  dateSource: 'text',
};

const extracted = (overrides: Partial<ExtractedArticle> = {}): ExtractedArticle => ({
  language: 'en',
  title: 'A title',
  sections: [{ heading: null, paragraphs: ['First paragraph.', 'Second paragraph.'] }],
  captions: ['A caption'],
  encoding: 'utf-8',
  contentHash: 'a'.repeat(64),
  wordCount: 5,
  primaryProvince: ref('alpha', 'omega'),
  provinces: [ref('alpha', 'omega')],
  localities: [],
  people: [],
  figures: [figure({ topic: 'drugs' }), figure({ topic: 'crime' }), figure({ topic: 'drugs' })],
  ...overrides,
});

describe('Function: buildArticleRecord', () => {
  it('adds storage metadata, the sparse index key and sorted topics', () => {
    // Act
    const result = buildArticleRecord(extracted(), META);

    // Assess
    expect(result.ok && ArticleRecordSchema.parse(result.record)).toMatchObject({
      primaryProvinceSlug: 'alpha',
      topics: ['crime', 'drugs'],
      truncated: false,
    });
  });

  it('omits the province index key of a national article', () => {
    // Act
    const result = buildArticleRecord(extracted({ primaryProvince: null }), META);

    // Assess
    expect(result.ok && result.record.primaryProvinceSlug).toBeUndefined();
  });

  it('cuts captions and trailing paragraphs to fit the budget, keeping figures', () => {
    // Prepare
    const long = 'word '.repeat(400);
    const article = extracted({
      sections: [{ heading: 'H', paragraphs: [long, long, long, long] }],
      captions: [long],
    });
    const budget = jsonBytes({ ...article, ...META }) - 2 * long.length;

    // Act
    const result = buildArticleRecord(article, META, budget);

    // Assess
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.truncated).toBe(true);
    expect(result.record.captions).toEqual([]);
    expect(result.record.sections[0]!.paragraphs[0]).toBe(long);
    expect(result.record.figures).toHaveLength(3);
    expect(jsonBytes(result.record)).toBeLessThanOrEqual(budget);
  });

  it('rejects as TOO_LARGE when the structured data alone exceeds the budget', () => {
    // Prepare
    const figures = Array.from({ length: 200 }, (_, i) => figure({ value: i }));

    // Act
    const result = buildArticleRecord(extracted({ figures }), META, 5_000);

    // Assess
    expect(result).toMatchObject({ ok: false, rejection: { reason: 'TOO_LARGE' } });
  });
});
