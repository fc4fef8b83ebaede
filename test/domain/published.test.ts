import { describe, expect, it } from 'vitest';
import type { TextDate } from '../../lambdas/shared/article.js';
import { PublishedSchema, resolvePublished } from '../../lambdas/shared/published.js';

const td = (day: number, month: number, year: number | null = null): TextDate => ({
  day,
  month,
  year,
  text: 'x',
  start: 0,
});
const UPLOAD = '2026-11-29T10:00:00.000Z';

function resolve(input: Partial<Parameters<typeof resolvePublished>[0]>): [string, string] {
  const out = resolvePublished({ key: 'a.txt', uploadedAt: UPLOAD, ...input });
  expect(PublishedSchema.safeParse(out).success).toBe(true);
  return [out.published, out.dateSource];
}

describe('Function: resolvePublished', () => {
  it('takes the object metadata first (as the SDK returns it, or with its header prefix)', () => {
    expect(
      resolve({ metadata: { published: '2024-06-02' }, key: '2023/01/01/a.txt', textDate: td(5, 5) }),
    ).toEqual(['2024-06-02', 'metadata']);
    expect(resolve({ metadata: { 'x-amz-meta-published': '2024-06-02T23:30:00+07:00' } })).toEqual([
      '2024-06-02',
      'metadata',
    ]);
  });

  it('then a date in the key, as path segments or a prefix', () => {
    expect(resolve({ key: 'news/2024/06/02/story.txt', textDate: td(5, 5) })).toEqual(['2024-06-02', 'key']);
    expect(resolve({ key: '2024-06-02-lao-cai.txt' })).toEqual(['2024-06-02', 'key']);
    expect(resolve({ key: 'vn/2024-06-02/story.txt' })).toEqual(['2024-06-02', 'key']);
  });

  it('passes over an impossible or future metadata or key date', () => {
    expect(resolve({ metadata: { published: '2024-02-30' }, key: '2024/06/02/a.txt' })).toEqual([
      '2024-06-02',
      'key',
    ]);
    expect(resolve({ metadata: { published: 'yesterday' }, key: '2024-06-02-a.txt' })).toEqual([
      '2024-06-02',
      'key',
    ]);
    expect(resolve({ metadata: { published: '2027-01-01' } })).toEqual(['2026-11-29', 'upload']);
    expect(resolve({ key: '2030/01/01/a.txt', textDate: td(3, 3, 2025) })).toEqual(['2025-03-03', 'text']);
  });

  it('then the text date, with its own year when written', () => {
    expect(resolve({ textDate: td(11, 4, 2024) })).toEqual(['2024-04-11', 'text']);
  });

  it('a year-less text date takes the year the metadata or the key names', () => {
    expect(resolve({ metadata: { published: '2019' }, textDate: td(5, 11) })).toEqual(['2019-11-05', 'text']);
    expect(resolve({ key: 'archive/2018/dien-bien.txt', textDate: td(2, 1) })).toEqual([
      '2018-01-02',
      'text',
    ]);
    expect(resolve({ key: '2018-05/lao-cai.txt', textDate: td(15, 5) })).toEqual(['2018-05-15', 'text']);
  });

  it('else the upload year, never a day after the upload: a December date read in January is last year’s', () => {
    expect(resolve({ textDate: td(14, 7) })).toEqual(['2026-07-14', 'text']);
    expect(resolve({ uploadedAt: '2027-01-03T08:00:00Z', textDate: td(28, 12) })).toEqual([
      '2026-12-28',
      'text',
    ]);
    expect(resolve({ textDate: td(30, 11) })).toEqual(['2025-11-30', 'text']);
    expect(resolve({ textDate: td(29, 11) })).toEqual(['2026-11-29', 'text']);
  });

  it('drops a text date that is in the future or impossible in its year', () => {
    expect(resolve({ textDate: td(1, 1, 2027) })).toEqual(['2026-11-29', 'upload']);
    expect(resolve({ key: 'archive/2023/a.txt', textDate: td(29, 2) })).toEqual(['2026-11-29', 'upload']);
  });

  it('else the upload date', () => {
    expect(resolve({})).toEqual(['2026-11-29', 'upload']);
    expect(resolve({ textDate: null })).toEqual(['2026-11-29', 'upload']);
  });
});

describe('Function: resolvePublished, dateNote', () => {
  it('names a metadata value it passed over, and only then', () => {
    const at = (published: string) =>
      resolvePublished({ key: 'a.txt', uploadedAt: UPLOAD, metadata: { published } }).dateNote;
    expect(at('2024-06-02')).toBeUndefined();
    expect(resolvePublished({ key: 'a.txt', uploadedAt: UPLOAD }).dateNote).toBeUndefined();
    expect(at('02/06/2024')).toMatch(/"02\/06\/2024" is not a YYYY-MM-DD date/);
    expect(at('2024-02-30')).toMatch(/is not a real day/);
    expect(at('2027-01-01')).toMatch(/is after the upload day/);
  });
});
