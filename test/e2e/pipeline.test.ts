/**
 * Acceptance of the pipeline: files dropped into the bucket become articles carrying exactly what the
 * engine extracts from them, and exact per-province aggregates, whatever the order, repetition or
 * concurrency of the events. Runs unchanged on every target (target.ts), including the embedded stack
 * emulating LocalStack's fixed S3 sequencers, where only S3's current state can order a key's events.
 */
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../lambdas/reconcile/index.js';
import { localstackProfile } from '../../local/emulation/localstack.js';
import { toS3Event } from '../../local/events/s3.js';
import type { RawS3Notification } from '../../local/events/s3.js';
import {
  api,
  compareMetrics,
  expectStoredAsExtracted,
  idOf,
  put,
  remove,
  scopeArticles,
  seed,
  seedFiles,
  ZERO,
} from './helpers.js';
import type { ArticleView, ProvinceMetrics, RunScope } from './helpers.js';
import { scenarioHooks } from './scenario.js';
import { announceSkip, targetAvailability, targetSpec, timingFor } from './target.js';
import type { Target } from './target.js';

const availability = await targetAvailability();
announceSkip(availability, 'pipeline scenarios');
const spec = targetSpec();
const timing = timingFor(spec);

let target: Target;
let scope: RunScope;
const run = `p${Date.now().toString(36)}`;
const keyFor = (prefix: string, name: string) => `${run}/${prefix}/${name}`;
const seeds = seedFiles();

async function article(key: string): Promise<ArticleView | undefined> {
  const answer = await api(target, `/articles/${idOf(target, key)}`);
  return answer.status === 200 ? (answer.body as ArticleView) : undefined;
}

/** Figures the metrics count: those of each story's representative. */
const countedFigures = (articles: readonly ArticleView[]) =>
  articles.filter((a) => a.storyRepresentative !== false).reduce((sum, a) => sum + a.figures.length, 0);

async function expectConsistent() {
  const { expected, published } = await compareMetrics(scope);
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

describe.skipIf(!availability.ok)(
  `Scenario: the pipeline on ${spec.label}`,
  { timeout: timing.testTimeoutMs },
  () => {
    scenarioHooks(`${run}/`, (opened) => ({ target, scope } = opened));

    it('turns the five seeds into five articles whose figures add up to every province metric', async () => {
      // Act
      const eTags = await Promise.all(seeds.map((name) => put(target, keyFor('seeds', name), seed(name))));
      for (const [index, name] of seeds.entries()) {
        await target.waitForIngestion(keyFor('seeds', name), { status: 'ok', eTag: eTags[index] });
      }
      await target.settle();
      // Assess
      const articles = (await scopeArticles(scope)).filter((one) => one.key.startsWith(`${run}/seeds/`));
      expect(articles).toHaveLength(seeds.length);
      expect(articles.reduce((count, one) => count + one.figures.length, 0)).toBeGreaterThan(0);
      for (const name of seeds) await expectStoredAsExtracted(target, keyFor('seeds', name), seed(name));
      await expectConsistent();
    });

    // The profile's point: with one sequencer for every event, only S3's state can order a key's events.
    it.runIf(spec.emulate === 'localstack')(
      "receives every S3 event with LocalStack's one fixed sequencer",
      async () => {
        // Act
        const ledgers = await Promise.all(
          seeds.map((name) => target.waitForIngestion(keyFor('seeds', name), { status: 'ok' })),
        );
        // Assess
        expect(new Set(ledgers.map((ledger) => ledger.sequencer))).toEqual(
          new Set([localstackProfile().s3.fixedSequencer]),
        );
      },
    );

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
      await expectStoredAsExtracted(target, key, Buffer.from(shorter));
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
      const articles = (await scopeArticles(scope)).filter((one) => one.key.startsWith(`${run}/many/`));
      expect(articles.map((one) => one.key).sort()).toEqual(keys);
      for (const [index, key] of keys.entries())
        await expectStoredAsExtracted(target, key, seed(seeds[index % seeds.length]!));
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
      const articles = (await scopeArticles(scope)).filter((one) => one.key === key);
      expect(articles).toHaveLength(1);
      expect(articles[0]?.eTag.replace(/"/g, '')).toBe(stored);
      // What the key holds now (s3rver does not make concurrent writes of one key atomic, so the bytes are
      // read back rather than looked up by eTag).
      const held = await target.s3.send(new GetObjectCommand({ Bucket: target.bucket, Key: key }));
      await expectStoredAsExtracted(target, key, await held.Body!.transformToByteArray());
      await expectConsistent();
    });

    it('counts a key deleted and uploaded again once, as a new version with the new content', async () => {
      // Prepare
      const key = keyFor('again', 'story.txt');
      await target.waitForIngestion(key, { status: 'ok', eTag: await put(target, key, seed(seeds[3]!)) });
      await target.settle();
      const first = (await article(key))!;
      // Act
      await remove(target, key);
      await target.waitForIngestion(key, { status: 'deleted' });
      await target.settle();
      const deleted = await expectConsistent();
      const deletedArticles = await scopeArticles(scope);
      await target.waitForIngestion(key, { status: 'ok', eTag: await put(target, key, seed(seeds[4]!)) });
      await target.settle();
      // Assess
      const again = (await article(key))!;
      expect(again.version).toBe(first.version + 1);
      await expectStoredAsExtracted(target, key, seed(seeds[4]!));
      const after = await expectConsistent();
      const figuresOf = (snapshot: Record<string, ProvinceMetrics>) =>
        Object.values(snapshot).reduce((sum, province) => sum + province.totals.figures, 0);
      // The run holds other copies of seed 4's story (the seed itself, modified versions): the new version
      // joins that story, which still counts once: the totals move by what the representatives' records say.
      const story = (await api(target, `/stories/${again.storyId}`)).body as {
        representative: string;
        members: { id: string; representative: boolean }[];
      };
      expect(story.members.map((m) => m.id)).toContain(again.id);
      expect(story.members.filter((m) => m.representative).map((m) => m.id)).toEqual([story.representative]);
      expect(again.storyRepresentative).toBe(story.representative === again.id);
      expect(figuresOf(after) - figuresOf(deleted)).toBe(
        countedFigures(await scopeArticles(scope)) - countedFigures(deletedArticles),
      );
    });

    it('takes a deleted article out of every aggregate, and empty aggregates read as zero', async () => {
      // Prepare
      const all = await scopeArticles(scope);
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
      // Assess: every province is back where it was before the run (zero on a fresh stack).
      expect((await api(target, `/articles/${all[0]!.id}`)).status).toBe(404);
      const published = await expectConsistent();
      for (const slug of slugs) {
        const answer = await api(target, `/provinces/${slug}/metrics`);
        expect(answer.status).toBe(200);
        expect(published[slug] ?? ZERO).toEqual(ZERO);
        if (!scope.baseline.has(slug)) {
          expect((answer.body as ProvinceMetrics).totals).toEqual({ articles: 0, stories: 0, figures: 0 });
          expect((answer.body as ProvinceMetrics).metrics).toEqual([]);
        }
      }
    });

    it('leaves nothing for reconcile to find: every object in step, metrics equal their recomputation', async () => {
      // Act
      await target.settle();
      const report = await reconcile(target.reconcileTarget);
      // Assess
      expect(report.findings).toEqual([]);
      expect(report.metrics.counterDiffs).toEqual([]);
      expect(report.metrics.guards).toEqual([]);
      expect(report.differences).toBe(0);
    });
  },
);
