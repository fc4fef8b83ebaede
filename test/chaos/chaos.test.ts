/**
 * Fault injection: seeded, reproducible schedules of uploads (same and different keys, concurrently),
 * deletes, duplicated, reordered and delayed events, lost notifications and failing parse and metrics
 * invocations, against one embedded stack. After each schedule the faults are lifted, reconcile --fix
 * runs, and the invariant must hold: every object has its one current ingestion record and article, the
 * metrics equal their recomputation from the articles, and every dead letter is explained by the current
 * state. `npm test` runs CHAOS_SCHEDULES (default 25); `npm run chaos` runs 1,000. A failure prints its
 * seed: CHAOS_SEED=<seed> CHAOS_SCHEDULES=1 replays it. Crashes of the stack itself (kill -9, SIGTERM) are
 * in test/durability/.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../lambdas/reconcile/index.js';
import type { ReconcileTarget } from '../../lambdas/reconcile/index.js';
import { decodeS3EventKey } from '../../lambdas/shared/s3-keys.js';
import { embeddedS3Client } from '../../local/clients.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';
import { embeddedReconcileTargetOf } from '../durability/target.js';
import { articleBody, upload } from '../durability/support.js';
import { seeded } from '../support/random.js';

const SCHEDULES = Number(process.env.CHAOS_SCHEDULES ?? 25);
const FIRST_SEED = Number(process.env.CHAOS_SEED ?? 1);

let stack: EmbeddedStack;
let s3: S3Client;
let target: ReconcileTarget;

beforeAll(async () => {
  stack = await startEmbeddedStack({ inMemory: true, retryDelayMs: () => 5, concurrency: 4 });
  s3 = embeddedS3Client(stack);
  target = embeddedReconcileTargetOf(stack);
}, 120_000);
afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

type Op = () => Promise<void>;

interface Schedule {
  readonly ops: Op[];
  readonly describe: string[];
  /** Keys whose events were lost or failed on purpose: only these may differ before reconcile --fix. */
  readonly excused: Set<string>;
  /** Whether metrics were made to fail (a stream batch may be dead-lettered: metrics may differ). */
  metricsFaulted: boolean;
}

function schedule(seed: number): Schedule {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const prefix = `chaos/${seed}/`;
  const shared = [0, 1, 2].map((n) => `${prefix}shared-${n}.txt`);
  const ops: Op[] = [];
  const names: string[] = [];
  const result: Schedule = { ops, describe: names, excused: new Set(), metricsFaulted: false };
  const eventsOf = () =>
    stack
      .s3Events()
      .filter((event: S3Event) =>
        event.Records.some((r) => decodeS3EventKey(r.s3.object.key).startsWith(prefix)),
      );
  const count = 5 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    const roll = random();
    const key = random() < 0.6 ? pick(shared) : `${prefix}own-${i}.txt`;
    const body = articleBody(Math.floor(random() * 50), Math.floor(random() * 3));
    if (roll < 0.4) {
      names.push(`put ${key}`);
      ops.push(() => upload(s3, stack.bucket, key, body));
    } else if (roll < 0.5) {
      names.push(`delete ${key}`);
      ops.push(async () => void (await s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }))));
    } else if (roll < 0.62) {
      names.push('duplicate or reorder an earlier event');
      ops.push(async () => {
        const events = eventsOf();
        if (events.length > 0) stack.invokeParse(pick(events));
      });
    } else if (roll < 0.7) {
      const delay = Math.floor(random() * 200);
      names.push(`deliver an earlier event again after ${delay} ms`);
      ops.push(async () => {
        const events = eventsOf();
        if (events.length === 0) return;
        const event = pick(events);
        setTimeout(() => stack.invokeParse(event), delay);
        await new Promise((resolve) => setTimeout(resolve, delay + 10));
      });
    } else if (roll < 0.8) {
      names.push(`put ${key} with its notification lost`);
      result.excused.add(key);
      ops.push(async () => {
        stack.faults.dropNotifications(new RegExp(`^${escape(key)}$`));
        await upload(s3, stack.bucket, key, body);
        await stack.waitForIdle();
        stack.faults.dropNotifications(null);
      });
    } else if (roll < 0.92) {
      names.push(`put ${key} while parse fails for it`);
      result.excused.add(key);
      ops.push(async () => {
        stack.faults.set('parse', new RegExp(`^${escape(key)}$`));
        await upload(s3, stack.bucket, key, body);
        await stack.waitForIdle();
        stack.faults.set('parse', null);
      });
    } else {
      names.push(`put ${key} while metrics fails for a while`);
      result.metricsFaulted = true;
      ops.push(async () => {
        stack.faults.set('metrics', new RegExp(escape(prefix)));
        await upload(s3, stack.bucket, key, body);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 100)));
        stack.faults.set('metrics', null);
      });
    }
  }
  return result;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('Chaos: seeded fault schedules against the embedded stack', () => {
  it(`keeps the invariant after each of ${SCHEDULES} schedules (seeds ${FIRST_SEED}…${FIRST_SEED + SCHEDULES - 1})`, async () => {
    const started = Date.now();
    const broken: string[] = [];
    const explain = (seed: number, when: string, steps: string[], detail: unknown) =>
      `seed ${seed} (${when}) after:\n  ${steps.join('\n  ')}\n${JSON.stringify(
        detail,
        (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
        2,
      ).slice(0, 3000)}`;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SCHEDULES && broken.length === 0; seed++) {
      const plan = schedule(seed);
      // Concurrent groups of up to three operations.
      for (let i = 0; i < plan.ops.length; i += 3)
        await Promise.all(plan.ops.slice(i, i + 3).map((op) => op()));
      stack.faults.clear();
      stack.faults.dropNotifications(null);
      await stack.waitForIdle();
      // Duplicates, reordering, delays and concurrency alone never break the invariant.
      const before = await reconcile(target);
      const unexcused = before.findings.filter((f) => !plan.excused.has(f.key));
      const metricsOff = before.metrics.counterDiffs.length + before.metrics.guards.length > 0;
      if (unexcused.length > 0 || (metricsOff && !plan.metricsFaulted))
        broken.push(explain(seed, 'before reconcile', plan.describe, { unexcused, metrics: before.metrics }));
      // What was lost or failed on purpose, reconcile restores.
      await reconcile(target, { fix: true });
      await stack.waitForIdle();
      const after = await reconcile(target);
      if (after.differences !== 0) broken.push(explain(seed, 'after reconcile --fix', plan.describe, after));
    }
    console.info(`chaos: ${SCHEDULES} schedules in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(broken).toEqual([]);
  }, 3_600_000);
});
