import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ApiModule from '../../lambdas/api/handler.js';
import { exportFigures } from '../../lambdas/api/export.js';
import { ExportQuerySchema } from '../../lambdas/api/schemas.js';
import { BOM } from '../../lambdas/export/format.js';
import { FIGURE_COLUMNS } from '../../lambdas/export/rows.js';
import type * as MetricsModule from '../../lambdas/metrics/handler.js';
import { buildArticleRecord } from '../../lambdas/parse/article-record.js';
import type { ExtractedArticle, Figure } from '../../lambdas/shared/article.js';
import { createDocumentClient } from '../../lambdas/shared/aws.js';
import type { ArticleRecord } from '../../lambdas/shared/records.js';
import { figure, ref } from '../domain/factories.js';
import { getEvent } from './support/api-events.js';
import { startDynamo, type LocalDynamo } from './support/dynamodb.js';
import { useLocalEnv } from './support/env.js';
import { lambdaContext } from './support/lambda-context.js';
import { streamEvent, streamRecord } from './support/stream-records.js';

let dynamo: LocalDynamo;
let doc: DynamoDBDocumentClient;
let api: typeof ApiModule;
const records: ArticleRecord[] = [];

function record(
  n: number,
  language: string,
  primary: ExtractedArticle['primaryProvince'],
  figures: Figure[],
): ArticleRecord {
  const built = buildArticleRecord(
    {
      language,
      title: `Title ${n}`,
      sections: [{ heading: null, paragraphs: [`Paragraph ${n}.`] }],
      captions: [],
      encoding: 'utf-8',
      contentHash: n.toString(16).padStart(64, '0'),
      wordCount: 2,
      primaryProvince: primary,
      provinces: primary ? [primary] : [],
      localities: [],
      people: [],
      figures,
    },
    {
      id: n.toString(16).padStart(32, '0'),
      bucket: 'b',
      key: `k${n}.txt`,
      version: 1,
      sequencer: '0A',
      eTag: 'e',
      size: 10,
      ingestedAt: `2026-01-0${n}T00:00:00.000Z`,
      updatedAt: `2026-01-0${n}T00:00:00.000Z`,
      published: `2025-0${n}-15`,
      dateSource: 'metadata',
    },
  );
  if (!built.ok) throw new Error('fixture too large');
  return built.record;
}

beforeAll(async () => {
  dynamo = await startDynamo();
  useLocalEnv({ dynamodb: dynamo.endpoint, tables: dynamo.tables, credentials: dynamo.credentials });
  process.env.BUCKET_NAME = 'b';
  process.env.DASHBOARD_ORIGIN = 'http://127.0.0.1:1234';
  doc = createDocumentClient(dynamo.client);
  api = await import('../../lambdas/api/handler.js');
  const metrics: typeof MetricsModule = await import('../../lambdas/metrics/handler.js');
  records.push(
    record(1, 'vi', ref('ha-giang', 'tuyen-quang'), [figure({ value: 2.5, unit: 'kg', topic: 'drugs' })]),
    record(2, 'fr', ref('tuyen-quang', 'tuyen-quang'), [
      figure({ value: 4 }),
      figure({ value: 1, province: 'ha-giang' }),
    ]),
    record(3, 'vi', null, [figure({ value: 7, unit: 'case', topic: 'drugs' })]),
  );
  for (const r of records) await doc.send(new PutCommand({ TableName: dynamo.tables.articles, Item: r }));
  await doc.send(
    new PutCommand({
      TableName: dynamo.tables.ingestions,
      Item: {
        objectId: records[0]!.id,
        bucket: 'b',
        key: 'k1.txt',
        status: 'ok',
        sequencer: '0A',
        sequencerKey: '0A',
        lastVersion: 1,
        articlePresent: true,
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    }),
  );
  await metrics.handler(
    streamEvent(...records.map((r) => streamRecord(undefined, r))),
    lambdaContext('metrics'),
  );
});
afterAll(async () => dynamo?.stop());

async function get(path: string, headers: Record<string, string> = {}) {
  const event = getEvent(path);
  const res = await api.handler(
    { ...event, headers: { ...event.headers, ...headers } },
    lambdaContext('api'),
  );
  return {
    status: res.statusCode,
    type: res.headers?.['content-type'],
    headers: res.headers ?? {},
    body: JSON.parse(res.body),
  };
}

describe('Function: api handler', () => {
  it('answers health, the OpenAPI document and 404 for unknown routes', async () => {
    // Act
    const [health, doc, unknown] = await Promise.all([get('/health'), get('/openapi.json'), get('/nowhere')]);

    // Assess
    expect(health).toMatchObject({
      status: 200,
      type: 'application/json; charset=utf-8',
      body: { status: 'ok' },
    });
    expect(doc.body.openapi).toBe('3.0.3');
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });

  it('lists unfiltered articles newest first, as documented', async () => {
    // Act
    const page = await get('/articles');

    // Assess: ingestedAt of records 1, 2, 3 is 2026-01-01, -02, -03.
    expect(page.body.items.map((a: ArticleRecord) => a.title)).toEqual(['Title 3', 'Title 2', 'Title 1']);
  });

  it('answers CORS for the dashboard origin only', async () => {
    // Act
    const dashboard = await get('/provinces', { origin: 'http://127.0.0.1:1234' });
    const other = await get('/provinces', { origin: 'https://evil.example' });

    // Assess
    expect(dashboard.headers['access-control-allow-origin']).toBe('http://127.0.0.1:1234');
    expect(other.status).toBe(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('reads one topic and unit in every province in one call, both schemes', async () => {
    // Act
    const named = await get('/metrics?topic=crime&unit=person');
    const merged = await get('/metrics?topic=crime&unit=person&scheme=2025');
    const bad = await get('/metrics?topic=crime');

    // Assess: record 2 (tuyen-quang) has 4 persons, and 1 person in ha-giang (part of tuyen-quang since 2025).
    expect(named.body).toMatchObject({ scheme: 'named', topic: 'crime', unit: 'person' });
    expect(named.body.provinces).toEqual([
      { slug: 'ha-giang', name: 'Hà Giang', sum: 1, mean: 1, figures: 1, articles: 1, stories: 1 },
      { slug: 'tuyen-quang', name: 'Tuyên Quang', sum: 4, mean: 4, figures: 1, articles: 1, stories: 1 },
    ]);
    expect(merged.body.provinces).toEqual([
      { slug: 'tuyen-quang', name: 'Tuyên Quang', sum: 5, mean: 2.5, figures: 2, articles: 1, stories: 1 },
    ]);
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
  });

  it('pages through articles with an opaque cursor', async () => {
    // Act
    const first = await get('/articles?limit=2');
    const second = await get(`/articles?limit=2&cursor=${first.body.nextCursor}`);

    // Assess
    expect(first.body.items).toHaveLength(2);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((a: ArticleRecord) => a.id).sort();
    expect(ids).toEqual(records.map((r) => r.id).sort());
  });

  it.each([
    ['province as named', '/articles?province=ha-giang', [1]],
    ['province as its 2025 unit', '/articles?province=tuyen-quang', [1, 2]],
    ['language', '/articles?language=vi', [1, 3]],
    ['language and topic', '/articles?language=vi&topic=crime', []],
    ['province, language and topic', '/articles?province=tuyen-quang&language=vi&topic=drugs', [1]],
  ])('filters articles by %s', async (_name, path, expected) => {
    // Act
    const res = await get(path);

    // Assess
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: ArticleRecord) => a.title).sort()).toEqual(
      expected.map((n) => `Title ${n}`),
    );
  });

  it.each([
    ['/articles?limit=0', 'limit'],
    ['/articles?topic=gardening', 'topic'],
    ['/articles?cursor=bm90LWpzb24', undefined],
    ['/provinces?scheme=1990', 'scheme'],
    ['/ingestions?status=pending', 'status'],
  ])('rejects %s with a 400', async (path, field) => {
    // Act
    const res = await get(path);

    // Assess
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_REQUEST');
    if (field)
      expect(res.body.error.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: field })]),
      );
  });

  describe('hostile cursors', () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const nextOf = async (path: string): Promise<string> => {
      const page = await get(path);
      expect(page.body.nextCursor).toEqual(expect.any(String));
      return page.body.nextCursor as string;
    };

    const merged = '/articles?province=tuyen-quang&limit=1';
    it.each<[string, () => Promise<string>, string]>([
      ['truncated', async () => (await nextOf('/articles?limit=1')).slice(0, 12), '/articles?limit=1'],
      ['forged: a number for a string key', async () => b64({ p: 0, k: { id: 5 } }), '/articles?limit=1'],
      ['forged: an object as a key value', async () => b64({ p: 0, k: { id: { S: 'x' } } }), merged],
      ['forged: a part beyond the query', async () => b64({ p: 7, k: {} }), merged],
      ['forged: JSON null', async () => b64(null), merged],
      ['forged: 2 KB of base64url noise', async () => 'A'.repeat(2048), merged],
      ['of another province', async () => nextOf(merged), '/articles?province=ha-giang&limit=1'],
      ['of another language', async () => nextOf('/articles?language=vi&limit=1'), '/articles?language=fr'],
      ['of another topic', async () => nextOf('/articles?limit=1&topic=crime'), '/articles?topic=drugs'],
      ['of an unfiltered listing', async () => nextOf('/articles?limit=1'), '/articles?topic=drugs'],
      ['of the articles listing', async () => nextOf('/articles?limit=1'), '/ingestions?limit=1'],
    ])('a cursor %s answers 400, never 500', async (_name, make, target) => {
      // Prepare: each cursor is sent to a query it was not issued for.
      const cursor = await make();
      const before = await get('/articles?limit=100');

      // Act
      const res = await get(`${target}${target.includes('?') ? '&' : '?'}cursor=${cursor}`);

      // Assess: a 400 with a reason, and the data untouched.
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
      expect(await get('/articles?limit=100')).toEqual(before);
    });

    it('still follows a cursor of the same query, across the parts of a merged province', async () => {
      // Act
      const first = await get('/articles?province=tuyen-quang&limit=1');
      const second = await get(`/articles?province=tuyen-quang&limit=1&cursor=${first.body.nextCursor}`);

      // Assess
      expect([...first.body.items, ...second.body.items].map((a: ArticleRecord) => a.title).sort()).toEqual([
        'Title 1',
        'Title 2',
      ]);
    });
  });

  it('returns one article, and 404 for an unknown id', async () => {
    // Act
    const found = await get(`/articles/${records[1]!.id}`);
    const missing = await get(`/articles/${'0'.repeat(32)}`);

    // Assess
    expect(found.body).toMatchObject({ id: records[1]!.id, version: 1 });
    expect(missing.status).toBe(404);
  });

  it('lists provinces with totals in both schemes', async () => {
    // Act
    const named = await get('/provinces');
    const merged = await get('/provinces?scheme=2025');
    const bySlug = (list: { slug: string }[], slug: string) => list.find((p) => p.slug === slug);

    // Assess
    expect(bySlug(named.body.provinces, 'ha-giang')).toEqual({
      slug: 'ha-giang',
      name: 'Hà Giang',
      articles: 2,
      stories: 2,
      figures: 2,
    });
    expect(bySlug(named.body.provinces, 'lai-chau')).toMatchObject({ articles: 0, figures: 0 });
    expect(bySlug(merged.body.provinces, 'tuyen-quang')).toMatchObject({ articles: 2, figures: 3 });
    expect(bySlug(merged.body.provinces, 'ha-giang')).toBeUndefined();
    expect(bySlug(merged.body.provinces, 'national')).toMatchObject({ articles: 1, figures: 1 });
  });

  it('reads one province by topic and unit; zeros for a known province, 404 for an unknown one', async () => {
    // Act
    const merged = await get('/provinces/tuyen-quang/metrics?scheme=2025');
    const empty = await get('/provinces/lai-chau/metrics');
    const unknown = await get('/provinces/atlantis/metrics');
    const wrongScheme = await get('/provinces/ha-giang/metrics?scheme=2025');

    // Assess
    expect(merged.body.totals).toEqual({ articles: 2, stories: 2, figures: 3 });
    expect(merged.body.metrics).toEqual(
      expect.arrayContaining([
        { topic: 'drugs', unit: 'kg', sum: 2.5, mean: 2.5, figures: 1, articles: 1, stories: 1 },
        { topic: 'crime', unit: 'person', sum: 5, mean: 2.5, figures: 2, articles: 1, stories: 1 },
      ]),
    );
    expect(empty).toMatchObject({
      status: 200,
      body: { totals: { articles: 0, stories: 0, figures: 0 }, metrics: [] },
    });
    expect(unknown.status).toBe(404);
    expect(wrongScheme.status).toBe(404);
  });

  it('filters articles by the month or day they were published', async () => {
    // Act
    const months = await get('/articles?from=2025-02&to=2025-03');
    const days = await get('/articles?from=2025-02-16');
    const one = await get('/articles?province=tuyen-quang&from=2025-01-15&to=2025-01-15');

    // Assess
    const titles = (r: { body: { items: ArticleRecord[] } }) => r.body.items.map((a) => a.title).sort();
    expect(titles(months)).toEqual(['Title 2', 'Title 3']);
    expect(titles(days)).toEqual(['Title 3']);
    expect(titles(one)).toEqual(['Title 1']);
  });

  it('reads a province over a range of months, and month by month', async () => {
    // Act
    const january = await get('/provinces/tuyen-quang/metrics?scheme=2025&from=2025-01&to=2025-01-31');
    const byMonth = await get('/provinces/tuyen-quang/metrics?scheme=2025&by=month');
    const allTime = await get('/provinces/tuyen-quang/metrics?scheme=2025');
    const none = await get('/provinces/tuyen-quang/metrics?scheme=2025&to=2024-12');

    // Assess
    expect(january.body).toMatchObject({
      period: { from: '2025-01', to: '2025-01' },
      totals: { articles: 1, stories: 1, figures: 1 },
      metrics: [{ topic: 'drugs', unit: 'kg', sum: 2.5, mean: 2.5, figures: 1, articles: 1, stories: 1 }],
    });
    expect(byMonth.body.months).toEqual([
      {
        month: '2025-01',
        totals: { articles: 1, stories: 1, figures: 1 },
        metrics: [{ topic: 'drugs', unit: 'kg', sum: 2.5, mean: 2.5, figures: 1, articles: 1, stories: 1 }],
      },
      {
        month: '2025-02',
        totals: { articles: 1, stories: 1, figures: 2 },
        metrics: [{ topic: 'crime', unit: 'person', sum: 5, mean: 2.5, figures: 2, articles: 1, stories: 1 }],
      },
    ]);
    expect(byMonth.body.totals).toEqual(allTime.body.totals);
    expect(allTime.body.months).toBeUndefined();
    expect(none.body).toMatchObject({ totals: { articles: 0, stories: 0, figures: 0 }, metrics: [] });
  });

  it.each([
    '/articles?from=2025-13',
    '/articles?to=2025-02-30',
    '/articles?from=2025-03&to=2025-01',
    '/articles?from=yesterday',
    '/provinces/tuyen-quang/metrics?from=2025-01-15',
    '/provinces/tuyen-quang/metrics?to=2025-01-30',
    '/provinces/tuyen-quang/metrics?by=week',
    '/provinces/tuyen-quang/metrics?from=2025-04&to=2025-03',
  ])('answers 400 for %s', async (path) => {
    // Act
    const res = await get(path);

    // Assess
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
  });

  describe('GET /export/figures.csv', () => {
    async function csvGet(path: string) {
      const res = await api.handler(getEvent(path), lambdaContext('api'));
      return { status: res.statusCode, headers: res.headers ?? {}, body: res.body };
    }
    const lines = (body: string) => body.replace(BOM, '').trimEnd().split('\r\n');

    it('answers every figure as CSV with a BOM and a header, filtered like the metrics', async () => {
      // Act
      const all = await csvGet('/export/figures.csv');
      const merged = await csvGet('/export/figures.csv?province=tuyen-quang&scheme=2025');
      const january = await csvGet('/export/figures.csv?from=2025-01&to=2025-01');

      // Assess
      expect(all.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(all.body.startsWith(`${BOM}articleId,key,`)).toBe(true);
      expect(lines(all.body)).toHaveLength(1 + 4);
      expect(all.headers['x-next-cursor']).toBeUndefined();
      expect(lines(merged.body)).toHaveLength(1 + 3);
      expect(
        lines(january.body)
          .slice(1)
          .map((l) => l.split(',')[3]),
      ).toEqual(['2025-01-15']);
    });

    it('pages with x-next-cursor and a Link header, every page a whole CSV file', async () => {
      // Act
      const pages = [];
      let path: string | undefined = '/export/figures.csv?limit=1';
      while (path) {
        const page = await csvGet(path);
        pages.push(page);
        const next = page.headers['x-next-cursor'];
        path = next ? `/export/figures.csv?limit=1&cursor=${next}` : undefined;
        if (next) expect(page.headers.link).toContain(`cursor=${next}`);
      }

      // Assess: with a 4 MB budget one response holds every page of one article
      expect(pages).toHaveLength(1);
      expect(lines(pages[0]!.body)).toHaveLength(5);
    });

    it('stops at the byte budget with a cursor, and answers 413 when one read alone is too large', async () => {
      // Prepare
      const q = ExportQuerySchema.parse({ limit: '1' });
      const tables = dynamo.tables;

      // Act
      const small = await exportFigures(doc, tables, q, 'b', {}, { soft: 1, hard: 10_000 });
      const rest =
        small.ok && small.nextCursor
          ? await exportFigures(
              doc,
              tables,
              { ...q, cursor: small.nextCursor },
              'b',
              {},
              { soft: 10_000, hard: 10_000 },
            )
          : undefined;
      const header = Buffer.byteLength(`${BOM}${FIGURE_COLUMNS.join(',')}\r\n`);
      const tiny = await exportFigures(doc, tables, q, 'b', {}, { soft: 1, hard: header + 10 });

      // Assess
      // One article per read: the first read passes the soft budget, the rest follow the cursor.
      const first = small.ok ? small.rows : 0;
      expect(first).toBeGreaterThan(0);
      expect(small.ok && small.nextCursor).toBeTruthy();
      expect(rest).toMatchObject({ ok: true, rows: 4 - first, nextCursor: null });
      expect(tiny).toMatchObject({ ok: false, status: 413 });
    });

    it.each([
      '/export/figures.csv?from=2025-02-30',
      '/export/figures.csv?scheme=old',
      '/export/figures.csv?x=1',
    ])('answers 400 for %s', async (path) => {
      expect((await csvGet(path)).status).toBe(400);
    });
  });

  it('lists ingestion records by status', async () => {
    // Act
    const ok = await get('/ingestions?status=ok');
    const rejected = await get('/ingestions?status=rejected');

    // Assess
    expect(ok.body.items).toHaveLength(1);
    expect(rejected.body).toEqual({ items: [], nextCursor: null });
  });

  describe('GET /metrics over a range of months', () => {
    // Last in the file: these records reach the Metrics table only (not the Articles table), in provinces
    // and a topic × unit the tests above do not read, besides record 1's 2.5 kg in January.
    beforeAll(async () => {
      const metrics: typeof MetricsModule = await import('../../lambdas/metrics/handler.js');
      const drugs = (value: number, province: string | null = null) =>
        figure({ value, unit: 'kg', topic: 'drugs', province });
      await metrics.handler(
        streamEvent(
          streamRecord(undefined, record(4, 'vi', ref('da-nang'), [drugs(3)])),
          streamRecord(undefined, record(5, 'vi', ref('da-nang'), [drugs(2), drugs(10, 'quang-nam')])),
          streamRecord(undefined, record(6, 'fr', ref('da-nang'), [drugs(1.1)])),
        ),
        lambdaContext('metrics'),
      );
    });

    it("sums only the range's months, per province, in both schemes", async () => {
      // Act: records 4, 5, 6 were published in April, May and June 2025; record 1 in January.
      const mayJune = await get('/metrics?topic=drugs&unit=kg&from=2025-05&to=2025-06-30');
      const merged = await get('/metrics?topic=drugs&unit=kg&scheme=2025&from=2025-05-01&to=2025-06');
      const untilApril = await get('/metrics?topic=drugs&unit=kg&to=2025-04');
      const fromJune = await get('/metrics?topic=drugs&unit=kg&from=2025-06');
      const allTime = await get('/metrics?topic=drugs&unit=kg');
      const before = await get('/metrics?topic=drugs&unit=kg&to=2024-12');

      // Assess
      expect(mayJune.body).toMatchObject({
        scheme: 'named',
        topic: 'drugs',
        unit: 'kg',
        period: { from: '2025-05', to: '2025-06' },
      });
      expect(mayJune.body.provinces).toEqual([
        { slug: 'da-nang', name: 'Đà Nẵng', sum: 3.1, mean: 1.55, figures: 2, articles: 2, stories: 2 },
        { slug: 'quang-nam', name: 'Quảng Nam', sum: 10, mean: 10, figures: 1, articles: 1, stories: 1 },
      ]);
      expect(merged.body.provinces).toEqual([
        { slug: 'da-nang', name: 'Đà Nẵng', sum: 13.1, mean: 4.366667, figures: 3, articles: 2, stories: 2 },
      ]);
      expect(untilApril.body.period).toEqual({ from: null, to: '2025-04' });
      expect(untilApril.body.provinces.map((p: { slug: string; sum: number }) => [p.slug, p.sum])).toEqual([
        ['da-nang', 3],
        ['ha-giang', 2.5],
      ]);
      expect(fromJune.body.provinces.map((p: { slug: string; sum: number }) => [p.slug, p.sum])).toEqual([
        ['da-nang', 1.1],
      ]);
      expect(allTime.body.period).toBeUndefined();
      expect(allTime.body.provinces.map((p: { slug: string; sum: number }) => [p.slug, p.sum])).toEqual([
        ['da-nang', 6.1],
        ['ha-giang', 2.5],
        ['quang-nam', 10],
      ]);
      expect(before.body.provinces).toEqual([]);
    });

    it.each([
      '/metrics?topic=drugs&unit=kg&from=2025-06&to=2025-05',
      '/metrics?topic=drugs&unit=kg&from=2025-05-02',
      '/metrics?topic=drugs&unit=kg&to=2025-05-30',
      '/metrics?topic=drugs&unit=kg&from=2025-13',
      '/metrics?topic=drugs&unit=kg&to=last-month',
    ])('answers 400 for %s', async (path) => {
      // Act
      const res = await get(path);

      // Assess
      expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    });
  });
});
