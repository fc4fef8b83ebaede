/**
 * What the scenarios share: API calls, uploads, the metrics oracle recomputed from article records, and
 * the engine's own output for an uploaded file. Every comparison is limited to a run scope: the test
 * file's key prefix, and metric totals as the difference from what the stack published when it started.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { expect } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { articleIdFor } from '../../lambdas/shared/ids.js';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/shared/wiring.js';
import { REPO_ROOT } from '../../local/engines/index.js';
import type { Target } from './target.js';

export interface Figure {
  value: number;
  unit: string;
  topic: string;
  province: string | null;
}
export interface ArticleView {
  id: string;
  key: string;
  eTag: string;
  version: number;
  contentHash: string;
  primaryProvince: { slug: string } | null;
  figures: Figure[];
  storyId?: string;
  /** false: a copy whose story another article represents (its figures do not count). */
  storyRepresentative?: boolean;
}
export interface ProvinceMetrics {
  totals: { articles: number; stories: number; figures: number };
  /** `mean` as the API publishes it; the oracle computes it in normalize(). */
  metrics: {
    topic: string;
    unit: string;
    sum: number;
    mean?: number;
    figures: number;
    articles: number;
    stories: number;
  }[];
}

export const SEED_DIR = join(REPO_ROOT, 'seeds');
export const seedFiles = () =>
  readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
export const seed = (name: string) => readFileSync(join(SEED_DIR, name));

export async function api(target: Target, path: string, key: string | null = target.apiKey) {
  const response = await fetch(`${target.apiUrl}${path}`, {
    headers: key === null ? {} : { 'x-api-key': key },
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers };
}

export async function put(target: Target, key: string, body: Buffer | string) {
  const answer = await target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: body }));
  return (answer.ETag ?? '').replace(/"/g, '');
}

export async function remove(target: Target, key: string) {
  await target.s3.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: key }));
}

export const idOf = (target: Target, key: string) => articleIdFor(target.bucket, key);

/** Every article, listed page by page, then each read from GET /articles/{id}. */
export async function allArticles(target: Target): Promise<ArticleView[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await api(target, `/articles?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    if (page.status !== 200) throw new Error(`GET /articles: ${page.status} ${JSON.stringify(page.body)}`);
    const body = page.body as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...body.items.map((item) => item.id));
    cursor = body.nextCursor;
  } while (cursor);
  const articles: ArticleView[] = [];
  for (const id of ids) {
    const one = await api(target, `/articles/${id}`);
    if (one.status !== 200) throw new Error(`GET /articles/${id}: ${one.status}`);
    articles.push(one.body as ArticleView);
  }
  return articles;
}

type Aggregate = Map<string, ProvinceMetrics>;
const NATIONAL = 'national';

/**
 * The published aggregation rule (lambdas/shared/records.ts), recomputed here independently: a figure
 * counts for its own province, else the article's primary province, else 'national'; an article counts
 * once for each province it has a figure in or that is its primary province.
 */
export function expectedMetrics(articles: readonly ArticleView[]): Aggregate {
  const out: Aggregate = new Map();
  const entry = (slug: string) => {
    let province = out.get(slug);
    if (!province)
      out.set(slug, (province = { totals: { articles: 0, stories: 0, figures: 0 }, metrics: [] }));
    return province;
  };
  for (const article of articles) {
    // A story counts once: every copy is an article, only the representative's figures and story count.
    const counts = article.storyRepresentative !== false;
    const primary = article.primaryProvince?.slug ?? NATIONAL;
    const touched = new Set([primary]);
    const topicUnits = new Set<string>();
    for (const figure of article.figures) {
      const slug = figure.province ?? primary;
      touched.add(slug);
      const province = entry(slug);
      let metric = province.metrics.find((m) => m.topic === figure.topic && m.unit === figure.unit);
      if (!metric)
        province.metrics.push(
          (metric = { topic: figure.topic, unit: figure.unit, sum: 0, figures: 0, articles: 0, stories: 0 }),
        );
      if (counts) {
        province.totals.figures += 1;
        metric.sum += figure.value;
        metric.figures += 1;
      }
      const tu = `${slug}|${figure.topic}|${figure.unit}`;
      if (!topicUnits.has(tu)) {
        topicUnits.add(tu);
        metric.articles += 1;
        if (counts) metric.stories += 1;
      }
    }
    for (const slug of touched) {
      entry(slug).totals.articles += 1;
      if (counts) entry(slug).totals.stories += 1;
    }
  }
  return out;
}

export function normalize(metrics: ProvinceMetrics): ProvinceMetrics {
  return {
    totals: metrics.totals,
    metrics: metrics.metrics
      .filter((m) => m.figures > 0)
      .map((m) => ({
        ...m,
        sum: Math.round(m.sum * 1e6) / 1e6,
        mean: m.mean ?? Math.round((m.sum / m.figures) * 1e6) / 1e6,
      }))
      .sort((a, b) => `${a.topic}|${a.unit}`.localeCompare(`${b.topic}|${b.unit}`)),
  };
}

/** GET /provinces/{slug}/metrics for every province that has or should have numbers. */
export async function publishedMetrics(target: Target, slugs: Iterable<string>): Promise<Aggregate> {
  const list = await api(target, '/provinces');
  const listed = (list.body as { provinces: { slug: string; articles: number; figures: number }[] }).provinces
    .filter((province) => province.articles > 0 || province.figures > 0)
    .map((province) => province.slug);
  const out: Aggregate = new Map();
  for (const slug of new Set([...slugs, ...listed])) {
    const answer = await api(target, `/provinces/${slug}/metrics`);
    if (answer.status !== 200) throw new Error(`GET /provinces/${slug}/metrics: ${answer.status}`);
    out.set(slug, normalize(answer.body as ProvinceMetrics));
  }
  return out;
}

export const ZERO: ProvinceMetrics = { totals: { articles: 0, stories: 0, figures: 0 }, metrics: [] };

/** What one test file owns: its key prefix, and the aggregates the stack published before it started. */
export interface RunScope {
  readonly target: Target;
  /** Every key of the file starts with this (ends with '/'). */
  readonly prefix: string;
  readonly baseline: Aggregate;
}

export async function openScope(target: Target, prefix: string): Promise<RunScope> {
  return { target, prefix, baseline: await publishedMetrics(target, []) };
}

/** The run's own articles. */
export async function scopeArticles(scope: RunScope): Promise<ArticleView[]> {
  return (await allArticles(scope.target)).filter((one) => one.key.startsWith(scope.prefix));
}

/** a − b, per topic × unit (means recomputed from the differences by normalize). */
function minus(a: ProvinceMetrics, b: ProvinceMetrics): ProvinceMetrics {
  const metrics = a.metrics.map((m) => {
    const before = b.metrics.find((o) => o.topic === m.topic && o.unit === m.unit);
    return {
      topic: m.topic,
      unit: m.unit,
      sum: m.sum - (before?.sum ?? 0),
      figures: m.figures - (before?.figures ?? 0),
      articles: m.articles - (before?.articles ?? 0),
      stories: m.stories - (before?.stories ?? 0),
    };
  });
  for (const m of b.metrics) {
    if (!a.metrics.some((o) => o.topic === m.topic && o.unit === m.unit)) {
      metrics.push({
        topic: m.topic,
        unit: m.unit,
        sum: -m.sum,
        figures: -m.figures,
        articles: -m.articles,
        stories: -m.stories,
      });
    }
  }
  return {
    totals: {
      articles: a.totals.articles - b.totals.articles,
      stories: a.totals.stories - b.totals.stories,
      figures: a.totals.figures - b.totals.figures,
    },
    metrics: metrics.filter((m) => m.figures !== 0 || m.articles !== 0 || m.sum !== 0),
  };
}

/**
 * The run's share of the published aggregates (published now − baseline) and the same recomputed from
 * the run's article records, for every province either side knows, normalized. On a fresh stack the
 * baseline is empty and this compares whole tables.
 */
export async function compareMetrics(scope: RunScope) {
  const expected = expectedMetrics(await scopeArticles(scope));
  const published = await publishedMetrics(scope.target, [...expected.keys(), ...scope.baseline.keys()]);
  const slugs = [...new Set([...expected.keys(), ...published.keys()])].sort();
  const share = (slug: string) => minus(published.get(slug) ?? ZERO, scope.baseline.get(slug) ?? ZERO);
  return {
    expected: Object.fromEntries(slugs.map((slug) => [slug, normalize(expected.get(slug) ?? ZERO)])),
    published: Object.fromEntries(slugs.map((slug) => [slug, normalize(share(slug))])),
  };
}

/** What the engine itself makes of a file (the pipeline must store exactly this). */
export function engineArticle(body: Uint8Array) {
  const result = extractArticle(body, { maxBytes: DEFAULT_MAX_OBJECT_BYTES });
  if (!result.ok) throw new Error(`the engine rejects the file: ${result.rejection.reason}`);
  return result.article;
}

/** The stored article of `key` carries the engine's figures, places and language for `body`. */
export async function expectStoredAsExtracted(target: Target, key: string, body: Uint8Array) {
  const answer = await api(target, `/articles/${idOf(target, key)}`);
  expect(answer.status).toBe(200);
  const stored = answer.body as Record<string, unknown>;
  const article = JSON.parse(JSON.stringify(engineArticle(body))) as Record<string, unknown>;
  const fields = ['contentHash', 'language', 'primaryProvince', 'provinces', 'figures'] as const;
  expect(Object.fromEntries(fields.map((field) => [field, stored[field]]))).toEqual(
    Object.fromEntries(fields.map((field) => [field, article[field]])),
  );
}
