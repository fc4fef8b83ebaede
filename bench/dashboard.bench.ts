/**
 * npm run bench:dashboard — how fast the dashboard's views appear on the embedded stack holding N
 * articles (default 10,000: the seeds and the real test corpus uploaded under distinct keys through the
 * whole pipeline), in headless Chromium (Debian's chromium via playwright-core). For each view: the time
 * from navigation to the view on screen (key already in the browser), median of 5, plus the API calls'
 * own times. Target: the first view (the map) under 1 s.
 *   --articles N (default 10000)   --concurrency C uploads in flight (default 16)
 *   --direct   write the article records straight into the Articles table (what parse would write for
 *              each corpus file under a distinct key) instead of uploading: the metrics function still
 *              builds every aggregate from the stream, in a fraction of the time parse takes
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { extractArticle } from '../lambdas/extract/index.js';
import { buildArticleRecord } from '../lambdas/parse/article-record.js';
import { articleIdFor } from '../lambdas/shared/ids.js';
import { embeddedDynamoDbClient } from '../local/clients.js';
import { embeddedS3Client } from '../local/clients.js';
import { startEmbeddedStack } from '../local/stack.js';
import { launchChromium } from '../test/browser/chromium.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const articles = arg('articles', 10_000);
const concurrency = arg('concurrency', 16);
const direct = process.argv.includes('--direct');

const textFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
const corpus = [...textFiles('seeds'), ...textFiles('test/fixtures/real')].map((path) => readFileSync(path));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const KEY = 'bench-key-0123456789abcdef0123';

const stack = await startEmbeddedStack({ inMemory: true, apiKey: KEY, prebuildDashboard: true });
const browser = await launchChromium();
try {
  const s3 = embeddedS3Client(stack);
  const doc = DynamoDBDocumentClient.from(embeddedDynamoDbClient(stack), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const extracted = corpus.map((bytes) => extractArticle(bytes));
  /** The record parse writes for corpus file i % n under the key bench/i.txt, one minute apart. */
  const record = (i: number) => {
    const result = extracted[i % extracted.length]!;
    if (!result.ok) return [];
    const key = `bench/${i}.txt`;
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const built = buildArticleRecord(result.article, {
      id: articleIdFor(stack.bucket, key),
      bucket: stack.bucket,
      key,
      version: 1,
      sequencer: i.toString(16).padStart(16, '0'),
      eTag: 'bench',
      size: corpus[i % corpus.length]!.length,
      ingestedAt: at,
      updatedAt: at,
      published: at.slice(0, 10),
      dateSource: 'upload',
    });
    return built.ok ? [built.record] : [];
  };
  const t0 = performance.now();
  let next = 0;
  const take = (n: number) => {
    const start = next;
    next += n;
    return start;
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      if (direct) {
        for (let i = take(25); i < articles; i = take(25)) {
          let items = Array.from({ length: Math.min(25, articles - i) }, (_, k) => record(i + k)).flat();
          while (items.length > 0) {
            const out = await doc.send(
              new BatchWriteCommand({
                RequestItems: {
                  [stack.tableNames.articles]: items.map((Item) => ({ PutRequest: { Item } })),
                },
              }),
            );
            const left = out.UnprocessedItems?.[stack.tableNames.articles] ?? [];
            items = left.map((r) => r.PutRequest!.Item as (typeof items)[number]);
          }
        }
      } else {
        for (let i = take(1); i < articles; i = take(1))
          await s3.send(
            new PutObjectCommand({
              Bucket: stack.bucket,
              Key: `bench/${i}.txt`,
              Body: corpus[i % corpus.length],
            }),
          );
      }
    }),
  );
  await stack.waitForIdle();
  s3.destroy();
  doc.destroy();
  const loaded = (performance.now() - t0) / 1000;

  const api = async (path: string) => {
    const t = performance.now();
    const res = await fetch(`${stack.apiUrl}${path}`, { headers: { 'x-api-key': KEY } });
    const body = (await res.json()) as Record<string, unknown>;
    return { ms: performance.now() - t, body };
  };
  const { body: list } = await api('/provinces');
  const busiest = (list.provinces as { slug: string; articles: number }[])
    .filter((p) => p.slug !== 'national')
    .sort((a, b) => b.articles - a.articles)[0]!;
  const { body: newest } = await api('/articles?limit=1');
  const articleId = (newest.items as { id: string }[])[0]?.id;
  if (!articleId) throw new Error('no articles loaded');

  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(stack.dashboardUrl);
  await page.evaluate(`localStorage.setItem('provincewire.apiKey', '${KEY}')`);
  const views: [string, string, string, string][] = [
    [
      'map (first view)',
      '#/map?scheme=named&topic=drugs&unit=kg',
      '.map-view svg.tile-map',
      '/metrics?topic=drugs&unit=kg',
    ],
    [
      'province',
      `#/province/${busiest.slug}`,
      '.province-view table.metrics',
      `/provinces/${busiest.slug}/metrics`,
    ],
    ['article', `#/article/${articleId}`, '.article-view .article-body', `/articles/${articleId}`],
    ['ingestions', '#/ingestions', '.ingestions-view', '/ingestions?status=rejected&limit=100'],
  ];
  console.log(
    `${articles} articles loaded ${direct ? 'as records (--direct), metrics from the stream,' : 'through the pipeline'} in ${loaded.toFixed(1)} s; busiest province ${busiest.slug} (${busiest.articles})`,
  );
  for (const [name, hash, selector, call] of views) {
    const shown: number[] = [];
    const calls: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.goto('about:blank');
      const t = performance.now();
      await page.goto(`${stack.dashboardUrl}${hash}`);
      await page.waitForSelector(selector);
      shown.push(performance.now() - t);
      calls.push((await api(call)).ms);
    }
    console.log(
      `${name.padEnd(18)} on screen ${median(shown).toFixed(0).padStart(5)} ms   (${call}: ${median(calls).toFixed(0)} ms)`,
    );
  }
} finally {
  await browser.close();
  await stack.stop();
}
