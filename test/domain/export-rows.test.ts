import { describe, expect, it } from 'vitest';
import { BOM, formatRows } from '../../lambdas/export/format.js';
import { FIGURE_COLUMNS, figureRows, type ExportedArticle } from '../../lambdas/export/rows.js';
import { figure } from './factories.js';

const article = (overrides: Partial<ExportedArticle> = {}): ExportedArticle => ({
  id: 'a'.repeat(32),
  key: 'news/bài 1.txt',
  language: 'vi',
  primaryProvince: {
    name: 'Hà Giang',
    slug: 'ha-giang',
    successor: { name: 'Tuyên Quang', slug: 'tuyen-quang' },
  },
  provinces: [],
  localities: [],
  figures: [
    figure({ value: 2.5, unit: 'kg', topic: 'drugs', text: '2,5 kg "ma túy"', start: 40 }),
    figure({ value: 3, province: 'lao-cai' }),
  ],
  published: '2024-06-02',
  dateSource: 'metadata',
  ...overrides,
});

describe('Function: figureRows', () => {
  it('gives one row per figure, attributed as the metrics attribute it, with its provenance', () => {
    // Act
    const rows = figureRows(article());

    // Assess
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      articleId: 'a'.repeat(32),
      key: 'news/bài 1.txt',
      published: '2024-06-02',
      dateSource: 'metadata',
      storyId: '',
      counts: true,
      province: 'ha-giang',
      provinceName: 'Hà Giang',
      unit2025: 'tuyen-quang',
      unit2025Name: 'Tuyên Quang',
      value: 2.5,
      text: '2,5 kg "ma túy"',
      start: 40,
    });
    expect(rows[1]).toMatchObject({ province: 'lao-cai', provinceName: 'Lào Cai', unit2025: 'lao-cai' });
  });

  it('filters by province in either scheme, topic and period; reads the story fields when present', () => {
    // Prepare
    const copy = article({ storyId: 's1', storyRepresentative: false });

    // Act / Assess
    expect(figureRows(copy, { province: 'tuyen-quang', scheme: '2025' })).toHaveLength(1);
    expect(figureRows(copy, { province: 'tuyen-quang' })).toHaveLength(0);
    expect(figureRows(copy, { topic: 'crime' }).map((r) => r.province)).toEqual(['lao-cai']);
    expect(figureRows(copy, { period: { fromDay: '2024-06-03' } })).toEqual([]);
    expect(figureRows(copy)[0]).toMatchObject({ storyId: 's1', counts: false });
    expect(figureRows(article({ primaryProvince: null, figures: [figure()] }))[0]).toMatchObject({
      province: 'national',
      unit2025: 'national',
    });
  });
});

describe('Function: formatRows', () => {
  it('writes CSV with a BOM, a header only first, and quotes what needs quoting', () => {
    // Prepare
    const rows = figureRows(article());

    // Act
    const first = formatRows(rows, FIGURE_COLUMNS, 'csv', true);
    const next = formatRows(rows, FIGURE_COLUMNS, 'csv', false);

    // Assess
    expect(first.startsWith(`${BOM}articleId,key,language,published`)).toBe(true);
    expect(first).toContain('"2,5 kg ""ma túy"""');
    expect(first).toContain(',true,');
    expect(next.startsWith('aaaa')).toBe(true);
    expect(first.split('\r\n')).toHaveLength(4);
    expect(formatRows([], FIGURE_COLUMNS, 'csv', true)).toBe(`${BOM}${FIGURE_COLUMNS.join(',')}\r\n`);
  });

  it('writes JSON Lines, one object per row', () => {
    // Act
    const text = formatRows(figureRows(article()), FIGURE_COLUMNS, 'jsonl', true);

    // Assess
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).value),
    ).toEqual([2.5, 3]);
  });
});
