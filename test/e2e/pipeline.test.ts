/**
 * Acceptance of the pipeline: files dropped into the bucket become articles and exact per-province
 * aggregates, whatever the order, repetition or concurrency of the events. Runs on the embedded stack by
 * default and unchanged on LocalStack (TARGET=localstack).
 */
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toS3Event } from '../../local/events/s3.js';
import type { RawS3Notification } from '../../local/events/s3.js';
import { allArticles, api, compareMetrics, idOf, put, remove, seed, seedFiles, ZERO } from './helpers.js';
import type { ArticleView, ProvinceMetrics } from './helpers.js';
import { announceSkip, createTarget, targetAvailability } from './target.js';
import type { Target } from './target.js';

const availability = await targetAvailability();
announceSkip(availability, 'pipeline scenarios');

let target: Target;
const run = `p${Date.now().toString(36)}`;
const keyFor = (prefix: string, name: string) => `${run}/${prefix}/${name}`;
const seeds = seedFiles();

async function article(key: string): Promise<ArticleView | undefined> {
  const answer = await api(target, `/articles/${idOf(target, key)}`);
  return answer.status === 200 ? (answer.body as ArticleView) : undefined;
}

async function expectConsistent() {
  const { expected, published } = await compareMetrics(target);
  expect(published).toEqual(expected);
  return published;
}

/** A real event, rebuilt from what the pipeline recorded about the upload (works on every target). */
function rebuiltEvent(
  key: string,
  ingestion: { sequencer: string; eTag?: string; size?: number },
  operation: RawS3Notification['operation'] = 'Put',
) {
  return toS3Event(
    {
      operation,
      bucket: target.bucket,
      key,
      ...(operation === 'Delete' ? {} : { size: ingestion.size ?? 0, eTag: ingestion.eTag ?? '' }),
      sourceIp: '127.0.0.1',
      requestId: 'E2EREDELIVERY',
      time: new Date().toISOString(),
    },
    { region: target.region, sequencer: ingestion.sequencer, configurationId: 'e2e', principalId: 'E2E' },
  );
}

describe.skipIf(!availability.ok)(`Scenario: the pipeline on ${availability.name}`, () => {
  beforeAll(async () => {
    target = await createTarget();
  });
  afterAll(async () => {
    await target?.close();
  });

  it('turns the five seeds into five articles whose figures add up to every province metric', async () => {
    // Act
    const eTags = await Promise.all(seeds.map((name) => put(target, keyFor('seeds', name), seed(name))));
    for (const [index, name] of seeds.entries()) {
      await target.waitForIngestion(keyFor('seeds', name), { status: 'ok', eTag: eTags[index] });
    }
    await target.settle();
    // Assess
    const articles = (await allArticles(target)).filter((one) => one.key.startsWith(`${run}/seeds/`));
    expect(articles).toHaveLength(seeds.length);
    expect(articles.reduce((count, one) => count + one.figures.length, 0)).toBeGreaterThan(0);
    await expectConsistent();
  });

  it('changes nothing when identical content is uploaded again', async () => {
    // Prepare
    const before = await expectConsistent();
    const versions = await Promise.all(seeds.map((name) => article(keyFor('seeds', name))));
    // Act
    for (const name of seeds) {
      const eTag = await put(target, keyFor('seeds', name), seed(name));
      await target.waitForIngestion(keyFor('seeds', name), { eTag });
    }
    await target.settle();
    // Assess
    expect(await expectConsistent()).toEqual(before);
    const after = await Promise.all(seeds.map((name) => article(keyFor('seeds', name))));
    expect(after.map((one) => [one?.version, one?.contentHash])).toEqual(
      versions.map((one) => [one?.version, one?.contentHash]),
    );
  });

  it('moves the metrics by exactly the difference when an article is modified', async () => {
    // Prepare: the seed with the most figures, cut to the first half of its lines.
    const key = keyFor('seeds', seeds[0]!);
    const original = (await article(key))!;
    const lines = seed(seeds[0]!).toString('utf8').split('\n');
    const shorter = lines.slice(0, Math.ceil(lines.length / 2)).join('\n');
    const before = await expectConsistent();
    // Act
    const eTag = await put(target, key, shorter);
    await target.waitForIngestion(key, { status: 'ok', eTag });
    await target.settle();
    // Assess
    const modified = (await article(key))!;
    expect(modified.version).toBe(original.version + 1);
    const after = await expectConsistent();
    // Outside the provinces the article touches, nothing moved.
    const touched = new Set(
      [original, modified].flatMap((one) => [
        one.primaryProvince?.slug ?? 'national',
        ...one.figures.map((f) => f.province ?? one.primaryProvince?.slug ?? 'national'),
      ]),
    );
    for (const slug of Object.keys({ ...before, ...after }).filter((slug) => !touched.has(slug))) {
      expect(after[slug] ?? ZERO).toEqual(before[slug] ?? ZERO);
    }
    const figuresOf = (snapshot: Record<string, ProvinceMetrics>) =>
      Object.values(snapshot).reduce((sum, province) => sum + province.totals.figures, 0);
    expect(figuresOf(after) - figuresOf(before)).toBe(modified.figures.length - original.figures.length);
  });

  it('reaches the same state whether an event arrives once, three times or out of order', async () => {
    // Prepare: two real uploads of one key, then their events rebuilt from the ingestion ledger.
    const key = keyFor('order', 'story.txt');
    const first = await target.waitForIngestion(key, { eTag: await put(target, key, seed(seeds[1]!)) });
    const second = await target.waitForIngestion(key, { eTag: await put(target, key, seed(seeds[2]!)) });
    await target.settle();
    const before = await expectConsistent();
    const current = await article(key);
    // Act
    for (const event of [
      rebuiltEvent(key, second),
      rebuiltEvent(key, second),
      rebuiltEvent(key, first),
      rebuiltEvent(key, second),
    ]) {
      await target.deliverS3Event(event);
    }
    await target.settle();
    // Assess
    expect(await expectConsistent()).toEqual(before);
    const after = await article(key);
    expect([after?.version, after?.eTag]).toEqual([current?.version, current?.eTag]);
  });

  it('keeps exact totals under 20 concurrent uploads of different files', async () => {
    // Prepare
    const keys = Array.from({ length: 20 }, (_, index) =>
      keyFor('many', `${String(index).padStart(2, '0')}.txt`),
    );
    // Act
    const eTags = await Promise.all(
      keys.map((key, index) => put(target, key, seed(seeds[index % seeds.length]!))),
    );
    for (const [index, key] of keys.entries())
      await target.waitForIngestion(key, { status: 'ok', eTag: eTags[index] });
    await target.settle();
    // Assess
    const articles = (await allArticles(target)).filter((one) => one.key.startsWith(`${run}/many/`));
    expect(articles.map((one) => one.key).sort()).toEqual(keys);
    await expectConsistent();
  });

  it('keeps one article, the last one stored, under 10 concurrent uploads to the same key', async () => {
    // Prepare
    const key = keyFor('same', 'contested.txt');
    const bodies = Array.from(
      { length: 10 },
      (_, index) => `${seed(seeds[index % seeds.length]!).toString('utf8')}\n\n${'\n'.repeat(index)}`,
    );
    // Act
    await Promise.all(bodies.map((body) => put(target, key, body)));
    const head = await target.s3.send(new HeadObjectCommand({ Bucket: target.bucket, Key: key }));
    const stored = (head.ETag ?? '').replace(/"/g, '');
    await target.waitForIngestion(key, { status: 'ok', eTag: stored });
    await target.settle();
    // Assess
    const articles = (await allArticles(target)).filter((one) => one.key === key);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.eTag.replace(/"/g, '')).toBe(stored);
    await expectConsistent();
  });

  it('takes a deleted article out of every aggregate, and empty aggregates read as zero', async () => {
    // Prepare
    const all = (await allArticles(target)).filter((one) => one.key.startsWith(`${run}/`));
    const slugs = new Set(
      all.flatMap((one) => [
        one.primaryProvince?.slug ?? 'national',
        ...one.figures.map((f) => f.province ?? 'national'),
      ]),
    );
    // Act
    await Promise.all(all.map((one) => remove(target, one.key)));
    for (const one of all) await target.waitForIngestion(one.key, { status: 'deleted' });
    await target.settle();
    // Assess
    expect((await api(target, `/articles/${all[0]!.id}`)).status).toBe(404);
    await expectConsistent();
    for (const slug of slugs) {
      const answer = await api(target, `/provinces/${slug}/metrics`);
      expect(answer.status).toBe(200);
      expect((answer.body as ProvinceMetrics).totals).toEqual({ articles: 0, figures: 0 });
      expect((answer.body as ProvinceMetrics).metrics).toEqual([]);
    }
  });
});
