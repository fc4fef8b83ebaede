/**
 * SIGTERM drains: what was acknowledged is processed before the stack exits, nothing is dead-lettered, and
 * from the moment the drain starts the local S3 refuses uploads (503) instead of acknowledging work the
 * stopping stack would leave behind.
 */
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../lambdas/reconcile/index.js';
import { embeddedS3Client } from '../../local/clients.js';
import { embeddedReconcileTargetOf } from './target.js';
import { startEmbeddedStack } from '../../local/stack.js';
import { articleBody, durabilityHarness, spawnStack, until, upload } from './support.js';

const run = durabilityHarness();

describe('Durability: SIGTERM of the embedded stack', () => {
  it('drains on SIGTERM: every acknowledged upload is processed before the stack exits, nothing dead-lettered', async () => {
    // Prepare
    const dataDir = run.freshDir();
    run.child = await spawnStack(dataDir, ['--drain-timeout', '120']);
    const { connection } = run.child;
    const s3 = embeddedS3Client(connection);
    const keys = Array.from({ length: 30 }, (_, n) => `drain/${n}.txt`);

    // Act
    await Promise.all(keys.map((key, n) => upload(s3, connection.bucket, key, articleBody(n, 1))));
    run.child.child.kill('SIGTERM');
    const exit = await run.child.exited;
    s3.destroy();
    // No repair at start: what is in step was made so before the stop.
    run.stack = await startEmbeddedStack({ dataDir, reconcileAtStart: false });
    const report = await reconcile(embeddedReconcileTargetOf(run.stack));

    // Assess
    expect(exit).toEqual({ code: 0, signal: null });
    expect(report.findings).toEqual([]);
    expect(report.metrics.counterDiffs).toEqual([]);
    expect(report.metrics.guards).toEqual([]);
    expect(run.stack.deadLetters.list()).toEqual([]);
    expect(report.objects).toBe(keys.length);
  }, 300_000);

  it('refuses uploads with 503 ServiceUnavailable once the drain has started, and stores none of them', async () => {
    // Prepare: one event keeps failing with a long retry delay, so the drain lasts its whole timeout.
    const dataDir = run.freshDir();
    const stack = await startEmbeddedStack({
      dataDir,
      reconcileAtStart: false,
      retryDelayMs: () => 60_000,
      drainTimeoutMs: 3_000,
    });
    run.stack = stack;
    // One attempt per request: the SDK would otherwise retry a 503 (as it does against AWS).
    const s3 = embeddedS3Client(stack, { maxAttempts: 1 });
    stack.faults.set('parse', /^slow\//);
    await upload(s3, stack.bucket, 'slow/0.txt', articleBody(0));
    const outcomes: { key: string; status: number | 'refused-connection' }[] = [];

    // Act: uploads one after another from the moment stop() is called until it returns.
    let stopped = false;
    const stopping = stack.stop().then(() => (stopped = true));
    for (let n = 0; !stopped && n < 10_000; n++) {
      const key = `probe/${n}.txt`;
      try {
        await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: articleBody(n) }));
        outcomes.push({ key, status: 200 });
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number }; name?: string }).$metadata
          ?.httpStatusCode;
        outcomes.push({ key, status: status ?? 'refused-connection' });
        if (status === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
        else expect((error as Error).name).toBe('ServiceUnavailable');
      }
    }
    await stopping;
    s3.destroy();
    run.stack = await startEmbeddedStack({ dataDir, reconcileAtStart: false });
    const reader = embeddedS3Client(run.stack);
    const listed = await reader.send(
      new ListObjectsV2Command({ Bucket: run.stack.bucket, Prefix: 'probe/' }),
    );
    reader.destroy();

    // Assess: accepted uploads only before the first 503; no refused key in the bucket.
    const firstRefusal = outcomes.findIndex((outcome) => outcome.status === 503);
    const stored = new Set((listed.Contents ?? []).map((object) => object.Key));
    expect(firstRefusal).toBeGreaterThanOrEqual(0);
    expect(outcomes.slice(firstRefusal).filter((outcome) => outcome.status === 200)).toEqual([]);
    expect(outcomes.filter((o) => o.status !== 200 && stored.has(o.key))).toEqual([]);
    expect(outcomes.filter((o) => o.status === 200 && !stored.has(o.key))).toEqual([]);
  }, 300_000);

  it('stops during a failing stream batch without dead-lettering it or checkpointing past it', async () => {
    // Prepare: metrics fails (retried every 500 ms, dead-lettered after 5 retries) while the stack stops.
    const dataDir = run.freshDir();
    const seen: string[] = [];
    let failing = true;
    const handlers = {
      parse: async () => undefined,
      metrics: async (event: DynamoDBStreamEvent) => {
        seen.push(...event.Records.map((record) => record.dynamodb?.Keys?.id?.S ?? ''));
        if (failing) throw new Error('metrics is down');
      },
      api: async () => ({ statusCode: 200, body: '{}' }),
    };
    const start = () =>
      startEmbeddedStack({
        dataDir,
        handlers: handlers as never,
        retryDelayMs: () => 500,
        drainTimeoutMs: 1_000,
      });
    const first = await start();
    run.stack = first;
    const db = new DynamoDBClient({});
    await db.send(
      new PutItemCommand({ TableName: first.tableNames.articles, Item: { id: { S: 'in-flight' } } }),
    );
    db.destroy();
    await until(() => (seen.length > 0 ? true : undefined), 60_000);

    // Act
    await first.stop();
    const lettersAfterStop = first.deadLetters.list();
    failing = false;
    seen.length = 0;
    const second = await start();
    run.stack = second;
    await second.waitForIdle();

    // Assess: the record comes again after the restart, and succeeds; no letter at any point.
    expect(lettersAfterStop).toEqual([]);
    expect(seen).toContain('in-flight');
    expect(second.deadLetters.list()).toEqual([]);
  }, 300_000);
});
