/**
 * Dates on every target: each article records the day it was published and where that day comes from
 * (object metadata, the key, the text's own dateline, the upload), and monthly figures follow that day.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, expectedMetrics, idOf, normalize, scopeArticles } from './helpers.js';
import type { ArticleView, ProvinceMetrics } from './helpers.js';
import { announceSkip, createTarget, targetAvailability, targetSpec, timingFor } from './target.js';
import type { Target } from './target.js';

const availability = await targetAvailability();
announceSkip(availability, 'date scenarios');
const spec = targetSpec();
const timing = timingFor(spec);

let target: Target;
const run = `d${Date.now().toString(36)}`;

/** A French report whose dateline names 14 March 2024 and whose figures name Quảng Ninh. */
const report = (n: number, dateline = 'Hạ Long, le 14 mars 2024 — ') =>
  `${dateline}La police de la province de Quảng Ninh a saisi ${n} kg de drogue.\n\n` +
  `Selon le commandant, ${n + 2} personnes ont été arrêtées dans la ville de Hạ Long au cours de l'opération.`;

async function upload(key: string, body: string, published?: string) {
  const out = await target.s3.send(
    new PutObjectCommand({
      Bucket: target.bucket,
      Key: key,
      Body: body,
      ...(published === undefined ? {} : { Metadata: { published } }),
    }),
  );
  const eTag = (out.ETag ?? '').replace(/"/g, '');
  await target.waitForIngestion(key, { status: 'ok', eTag });
  return eTag;
}

const PROVINCE = 'quang-ninh';

async function monthMetrics(query: string): Promise<ProvinceMetrics> {
  const answer = await api(target, `/provinces/${PROVINCE}/metrics?${query}`);
  expect(answer.status).toBe(200);
  return normalize(answer.body as ProvinceMetrics);
}

/** a − b, per topic × unit and totals (what this file's uploads added to a shared stack's figures). */
function minus(a: ProvinceMetrics, b: ProvinceMetrics): ProvinceMetrics {
  const key = (m: { topic: string; unit: string }) => `${m.topic}|${m.unit}`;
  const metrics = new Map(a.metrics.map((m) => [key(m), { ...m, mean: undefined }]));
  for (const m of b.metrics) {
    const into = metrics.get(key(m)) ?? {
      topic: m.topic,
      unit: m.unit,
      sum: 0,
      figures: 0,
      articles: 0,
      stories: 0,
    };
    metrics.set(key(m), {
      ...into,
      mean: undefined,
      sum: into.sum - m.sum,
      figures: into.figures - m.figures,
      articles: into.articles - m.articles,
      stories: into.stories - m.stories,
    });
  }
  return normalize({
    totals: {
      articles: a.totals.articles - b.totals.articles,
      stories: a.totals.stories - b.totals.stories,
      figures: a.totals.figures - b.totals.figures,
    },
    metrics: [...metrics.values()].map(({ mean: _mean, ...m }) => m),
  });
}

/** The province's figures recomputed from these article records alone. */
function recomputed(articles: ArticleView[]): ProvinceMetrics {
  return normalize(
    expectedMetrics(articles).get(PROVINCE) ?? {
      totals: { articles: 0, stories: 0, figures: 0 },
      metrics: [],
    },
  );
}

async function stored(key: string) {
  const answer = await api(target, `/articles/${idOf(target, key)}`);
  expect(answer.status).toBe(200);
  return answer.body as { published: string; dateSource: string; dateNote?: string };
}

describe.skipIf(!availability.ok)(
  `Scenario: dates on ${spec.label}`,
  { timeout: timing.testTimeoutMs },
  () => {
    beforeAll(async () => {
      target = await createTarget(`${run}/`);
    }, timing.hookTimeoutMs);
    afterAll(async () => {
      await target?.close();
    }, timing.hookTimeoutMs);

    it('dates an article from its metadata, else its key, else its text, else its upload', async () => {
      // Act
      await upload(`${run}/2023/05/06/meta.txt`, report(1), '2024-06-02');
      await upload(`${run}/2023/05/06/key.txt`, report(2));
      await upload(`${run}/text.txt`, report(3));
      await upload(`${run}/upload.txt`, report(4, ''));
      await upload(`${run}/bad-meta.txt`, report(5), 'June 2nd');
      await target.settle();

      // Assess
      const dates = await Promise.all(
        ['2023/05/06/meta', '2023/05/06/key', 'text', 'upload', 'bad-meta'].map((name) =>
          stored(`${run}/${name}.txt`),
        ),
      );
      expect(dates.map((d) => [d.published, d.dateSource])).toEqual([
        ['2024-06-02', 'metadata'],
        ['2023-05-06', 'key'],
        ['2024-03-14', 'text'],
        [new Date().toISOString().slice(0, 10), 'upload'],
        ['2024-03-14', 'text'],
      ]);
      expect(dates[4]?.dateNote).toMatch(/"June 2nd" is not a YYYY-MM-DD date/);
    });
    it('a month filter returns exactly that month’s figures, and a new date moves them exactly', async () => {
      // Prepare
      const months = ['2019-01', '2019-02', '2019-03'];
      const before = await Promise.all(months.map((m) => monthMetrics(`from=${m}&to=${m}`)));
      const keys = { jan: `${run}/m/jan.txt`, feb1: `${run}/m/feb1.txt`, feb2: `${run}/m/feb2.txt` };

      // Act
      await upload(keys.jan, report(11), '2019-01-10');
      await upload(keys.feb1, report(12), '2019-02-10');
      await upload(keys.feb2, report(13), '2019-02-28');
      await target.settle();
      const after = await Promise.all(months.map((m) => monthMetrics(`from=${m}&to=${m}`)));
      const listed = await api(target, '/articles?from=2019-02&to=2019-02-28&limit=100');
      const mine = (await scopeArticles({ target, prefix: `${run}/m/`, baseline: new Map() })).filter((a) =>
        a.key.startsWith(`${run}/m/`),
      );
      const byKey = (key: string) => mine.filter((a) => a.key === key);

      // Assess
      expect(minus(after[0]!, before[0]!)).toEqual(recomputed(byKey(keys.jan)));
      expect(minus(after[1]!, before[1]!)).toEqual(recomputed([...byKey(keys.feb1), ...byKey(keys.feb2)]));
      expect(minus(after[2]!, before[2]!)).toEqual(recomputed([]));
      expect(after[1]!.totals.figures - before[1]!.totals.figures).toBeGreaterThan(0);
      const listedKeys = (listed.body as { items: { key: string }[] }).items
        .map((a) => a.key)
        .filter((k) => k.startsWith(`${run}/m/`))
        .sort();
      expect(listedKeys).toEqual([keys.feb1, keys.feb2].sort());

      // Act: the January article is re-dated into March
      await upload(keys.jan, report(11), '2019-03-01');
      await target.settle();
      const moved = await Promise.all(months.map((m) => monthMetrics(`from=${m}&to=${m}`)));
      const quarter = await monthMetrics('from=2019-01&to=2019-03&by=month');

      // Assess
      expect(minus(moved[0]!, before[0]!)).toEqual(recomputed([]));
      expect(minus(moved[2]!, before[2]!)).toEqual(recomputed(byKey(keys.jan)));
      expect(quarter.totals.figures).toBe(moved.reduce((n, m) => n + m.totals.figures, 0));
    });

    it('the export’s rows sum to the API’s totals', async () => {
      // Prepare
      const prefix = `${run}/x/`;
      const before = await monthMetrics('from=2018-05&to=2018-05');
      await upload(`${prefix}a.txt`, report(21), '2018-05-03');
      await upload(`${prefix}b.txt`, report(22, 'Hà Nội, 5/5/2018 — '), '2018-05-20');
      await target.settle();

      // Act: every page of the CSV route for the province and month
      const rows: Record<string, string>[] = [];
      let cursor: string | undefined;
      do {
        const query = `province=${PROVINCE}&from=2018-05&to=2018-05&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await fetch(`${target.apiUrl}/export/figures.csv?${query}`, {
          headers: { 'x-api-key': target.apiKey },
        });
        expect(response.status).toBe(200);
        const text = await response.text();
        rows.push(...(parse(text, { bom: true, columns: true }) as Record<string, string>[]));
        cursor = response.headers.get('x-next-cursor') ?? undefined;
      } while (cursor);
      const after = await monthMetrics('from=2018-05&to=2018-05');

      // Assess: the rows of this file's uploads that count sum to what they added to the month's metrics
      const counted = rows.filter((r) => r.key?.startsWith(prefix) && r.counts === 'true');
      expect(counted.length).toBeGreaterThan(0);
      expect(counted.every((r) => r.province === PROVINCE && r.published?.startsWith('2018-05'))).toBe(true);
      const sums = new Map<string, { sum: number; figures: number }>();
      for (const r of counted) {
        const k = `${r.topic}|${r.unit}`;
        const s = sums.get(k) ?? { sum: 0, figures: 0 };
        sums.set(k, { sum: s.sum + Number(r.value), figures: s.figures + 1 });
      }
      const added = minus(after, before);
      expect(added.totals.figures).toBe(counted.length);
      expect(
        added.metrics.map((m) => [m.topic, m.unit, Math.round(m.sum * 1e6) / 1e6, m.figures]).sort(),
      ).toEqual(
        [...sums].map(([k, s]) => [...k.split('|'), Math.round(s.sum * 1e6) / 1e6, s.figures]).sort(),
      );
    });
  },
);
