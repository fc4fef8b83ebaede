/**
 * `npm run export` against a running embedded stack: the figure rows the CLI streams are the rows of
 * GET /export/figures.csv, CSV with a BOM, JSON Lines, the other tables, and usage errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliStack } from '../support/cli-stack.js';

const harness = cliStack();
const { cli, file, keys } = harness;

const ARTICLE =
  'La police de la province de Quảng Ninh a saisi 5 kg de drogue.\n\nSelon le commandant, 12 personnes ont été arrêtées à Hạ Long.\n';

const ingest = (...args: string[]) => cli('bin/ingest.ts', ...args);
const exportCli = (...args: string[]) => cli('bin/export.ts', ...args);

describe('CLI: export', () => {
  beforeAll(async () => {
    const a = file('a.txt', ARTICLE);
    const b = file('b.txt', ARTICLE.replace('5 kg', '7 kg').replace('12 personnes', '3 personnes'));
    expect((await ingest('--prefix', 'jan/', '--published', '2024-01-15', a)).code).toBe(0);
    expect((await ingest('--prefix', 'feb/', '--published', '2024-02-03', b)).code).toBe(0);
    expect(await keys('')).toHaveLength(2);
  });

  it('streams the same figure rows as GET /export/figures.csv, as CSV with a BOM', async () => {
    // Act
    const out = join(harness.files, 'figures.csv');
    const result = await exportCli('figures', '--format', 'csv', '--out', out);
    const response = await fetch(`${harness.stack.apiUrl}/export/figures.csv`, {
      headers: { 'x-api-key': harness.stack.apiKey },
    });
    const written = readFileSync(out, 'utf8');

    // Assess
    expect(result.code).toBe(0);
    expect(written.startsWith('\uFEFFarticleId,key,language,published')).toBe(true);
    const rows = (text: string) =>
      (parse(text, { bom: true, columns: true }) as Record<string, string>[]).sort((x, y) =>
        `${x.articleId}${x.start}`.localeCompare(`${y.articleId}${y.start}`),
      );
    expect(rows(written)).toEqual(rows(await response.text()));
    expect(rows(written).length).toBeGreaterThanOrEqual(4);
    expect(rows(written).map((r) => r.provinceName)).toContain('Quảng Ninh');
  });

  it('filters by month and writes JSON Lines', async () => {
    // Act
    const result = await exportCli('figures', '--format', 'jsonl', '--from', '2024-02', '--to', '2024-02');

    // Assess
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(result.code).toBe(0);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.published === '2024-02-03' && r.key === 'feb/b.txt')).toBe(true);
  });

  it('exports articles, stories and monthly metrics', async () => {
    // Act
    const [articles, stories, metrics] = await Promise.all([
      exportCli('articles', '--format', 'jsonl'),
      exportCli('stories', '--format', 'jsonl'),
      exportCli('metrics', '--format', 'jsonl', '--province', 'quang-ninh', '--by', 'month'),
    ]);
    const lines = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));

    // Assess
    expect(
      lines(articles.stdout)
        .map((a) => a.published)
        .sort(),
    ).toEqual(['2024-01-15', '2024-02-03']);
    expect(lines(stories.stdout).reduce((n, s) => n + s.members, 0)).toBe(2);
    const months = lines(metrics.stdout);
    expect(new Set(months.map((m) => m.month))).toEqual(new Set(['2024-01', '2024-02']));
    expect(months.find((m) => m.month === '2024-02' && m.unit === 'kg')).toMatchObject({
      sum: 7,
      figures: 1,
    });
  });

  it.each([
    [['figures', '--format', 'xml']],
    [['figures']],
    [['everything', '--format', 'csv']],
    [['figures', '--format', 'csv', '--from', '2024-13']],
    [['figures', '--format', 'csv', '--from', '2024-03', '--to', '2024-02']],
  ])('refuses %j as a usage error', async (args) => {
    // Act / Assess
    expect((await exportCli(...args)).code).toBe(2);
  });
});
