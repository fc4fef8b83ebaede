/**
 * Fault injection: seeded, reproducible schedules (schedule.ts). Event schedules run against one
 * long-lived in-process stack: concurrent uploads to the same and different keys, deletes, duplicated,
 * reordered and delayed events, lost notifications, failing parse and metrics invocations. Crash
 * schedules (one seed in 20) run against `npm start` in a child process (crash.ts): the stack killed with
 * SIGKILL or stopped with SIGTERM, or its S3 engine or DynamoDB Local killed, at a seeded instant during
 * concurrent uploads, then started again on the same data directory.
 *
 * After each schedule the invariant must hold, as reconcile sees it: every object has its one current
 * ingestion record and article, the metrics equal their recomputation from the articles, and every dead
 * letter is explained by the current state. For event schedules, duplicates, reordering, delays and
 * concurrency alone never break it (checked before any repair); what was lost or failed on purpose,
 * reconcile --fix restores. `npm test` runs CHAOS_SCHEDULES (default 200); `npm run chaos` runs 1,000 unless
 * CHAOS_SCHEDULES says otherwise. The seeds run are CHAOS_SEED (default 1) and the ones after it; a failure
 * prints its seed: CHAOS_SEED=<seed> CHAOS_SCHEDULES=1 npm run chaos replays it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { DeleteObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../lambdas/reconcile/index.js';
import type { ReconcileTarget } from '../../lambdas/reconcile/index.js';
import type { FunctionKey } from '../../lambdas/shared/wiring.js';
import { decodeS3EventKey } from '../../lambdas/shared/s3-keys.js';
import { embeddedS3Client } from '../../local/clients.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';
import { embeddedReconcileTargetOf } from '../durability/target.js';
import { articleBody, upload } from '../durability/support.js';
import { CrashStack } from './crash.js';
import { describeSchedule, planSchedule } from './schedule.js';
import type { EventOp, EventSchedule } from './schedule.js';

/** A whole number from the environment, or `fallback`; anything else stops the run (NaN would run nothing). */
function fromEnv(name: string, fallback: number, least: number): number {
  const text = process.env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < least) {
    throw new Error(`${name} must be a whole number of at least ${least}, not ${JSON.stringify(text)}`);
  }
  return value;
}

const SCHEDULES = fromEnv('CHAOS_SCHEDULES', 200, 1);
const FIRST_SEED = fromEnv('CHAOS_SEED', 1, 0);

let stack: EmbeddedStack;
let s3: S3Client;
let target: ReconcileTarget;
let crashDir: string;
let crashStack: CrashStack | undefined;
/** Why the in-process stack stopped itself, if it did (its engines died): said with the seed that saw it. */
let stackFailure: string | undefined;
/** The in-process stack's last log lines, printed with a schedule that threw. */
const stackLog: string[] = [];

beforeAll(async () => {
  stack = await startEmbeddedStack({
    inMemory: true,
    retryDelayMs: () => 5,
    concurrency: 4,
    pollIntervalMs: 10,
    onFailure: (why) => (stackFailure = why),
    log: (line) => {
      stackLog.push(line);
      if (stackLog.length > 20) stackLog.shift();
    },
  });
  s3 = embeddedS3Client(stack);
  target = embeddedReconcileTargetOf(stack);
  crashDir = mkdtempSync(join(tmpdir(), 'provincewire-chaos-'));
}, 120_000);
afterAll(async () => {
  s3?.destroy();
  await crashStack?.stop();
  await stack?.stop();
  if (crashDir) rmSync(crashDir, { recursive: true, force: true });
}, 120_000);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Faults of concurrent operations add up: each holds its pattern until it ends, and the stack's switch is
 * set to the union of those held.
 */
function faultSwitch(apply: (pattern: RegExp | null) => void) {
  const held = new Map<string, number>();
  const set = () => apply(held.size === 0 ? null : new RegExp([...held.keys()].join('|')));
  return {
    async holding<T>(pattern: string, work: () => Promise<T>): Promise<T> {
      held.set(pattern, (held.get(pattern) ?? 0) + 1);
      set();
      try {
        return await work();
      } finally {
        const left = (held.get(pattern) ?? 1) - 1;
        if (left === 0) held.delete(pattern);
        else held.set(pattern, left);
        set();
      }
    },
  };
}

const faultOf = (fn: FunctionKey) => faultSwitch((pattern) => stack.faults.set(fn, pattern));
let faults: {
  parse: ReturnType<typeof faultOf>;
  metrics: ReturnType<typeof faultOf>;
  drop: ReturnType<typeof faultOf>;
};

async function runOp(plan: EventSchedule, op: EventOp): Promise<void> {
  const eventsOf = () =>
    stack
      .s3Events()
      .filter((event: S3Event) =>
        event.Records.some((r) => decodeS3EventKey(r.s3.object.key).startsWith(plan.prefix)),
      );
  const exactly = (key: string) => `^${escape(key)}$`;
  switch (op.kind) {
    case 'put':
      return upload(s3, stack.bucket, op.key, articleBody(...op.body));
    case 'delete':
      return void (await s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: op.key })));
    case 'duplicate': {
      const events = eventsOf();
      if (events.length > 0) stack.invokeParse(events[Math.floor(op.pick * events.length)] as S3Event);
      return;
    }
    case 'delayed': {
      const events = eventsOf();
      if (events.length === 0) return;
      const event = events[Math.floor(op.pick * events.length)] as S3Event;
      setTimeout(() => stack.invokeParse(event), op.delayMs);
      await new Promise((resolve) => setTimeout(resolve, op.delayMs + 10));
      return;
    }
    case 'lost':
      return faults.drop.holding(exactly(op.key), async () => {
        await upload(s3, stack.bucket, op.key, articleBody(...op.body));
        await stack.waitForIdle();
      });
    case 'parse-fails':
      return faults.parse.holding(exactly(op.key), async () => {
        await upload(s3, stack.bucket, op.key, articleBody(...op.body));
        await stack.waitForIdle();
      });
    case 'metrics-fails':
      return faults.metrics.holding(escape(plan.prefix), async () => {
        await upload(s3, stack.bucket, op.key, articleBody(...op.body));
        await new Promise((resolve) => setTimeout(resolve, op.holdMs));
      });
  }
}

const explain = (seed: number, when: string, steps: string[], detail: unknown) =>
  `seed ${seed} (${when}) after:\n  ${steps.join('\n  ')}\n${JSON.stringify(
    detail,
    (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
    2,
  ).slice(0, 3000)}`;

/**
 * Where the event schedules' time goes, summed over the run and printed with the summary, so a CI log that
 * shows the suite slower says which phase grew: the operations (uploads and the pipeline behind them), the
 * first settle, reconcile's looks and its fix, the clean-up.
 */
const phases = { operations: 0, settle: 0, reconcile: 0, fix: 0, cleanup: 0 };
function clock(): (phase: keyof typeof phases) => void {
  let last = Date.now();
  return (phase) => {
    const now = Date.now();
    phases[phase] += now - last;
    last = now;
  };
}

/** Problems found after one event schedule (empty: the invariant held). */
async function runEvents(plan: EventSchedule): Promise<string[]> {
  const broken: string[] = [];
  const steps = describeSchedule(plan);
  const spent = clock();
  // Concurrent groups of up to three operations.
  for (let i = 0; i < plan.ops.length; i += 3)
    await Promise.all(plan.ops.slice(i, i + 3).map((op) => runOp(plan, op)));
  spent('operations');
  await stack.waitForIdle();
  spent('settle');
  const before = await reconcile(target);
  const unexcused = before.findings.filter((f) => !plan.excused.has(f.key));
  const metricsOff = before.metrics.counterDiffs.length + before.metrics.guards.length > 0;
  if (unexcused.length > 0 || (metricsOff && !plan.metricsFaulted))
    broken.push(explain(plan.seed, 'before reconcile', steps, { unexcused, metrics: before.metrics }));
  spent('reconcile');
  await reconcile(target, { fix: true });
  await stack.waitForIdle();
  spent('fix');
  const after = await reconcile(target);
  if (after.differences !== 0) broken.push(explain(plan.seed, 'after reconcile --fix', steps, after));
  spent('reconcile');
  // The schedule's objects go (through the pipeline: the next schedule's checks see the deletes), so the
  // bucket and the tables reconcile scans stay small however many schedules run.
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: plan.prefix }));
  await Promise.all(
    (listed.Contents ?? []).map((object) =>
      s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: object.Key })),
    ),
  );
  await stack.waitForIdle();
  spent('cleanup');
  return broken;
}

describe('Chaos: seeded fault schedules against the embedded stack', () => {
  it(`keeps the invariant after each of ${SCHEDULES} schedules (seeds ${FIRST_SEED}…${FIRST_SEED + SCHEDULES - 1})`, async () => {
    faults = {
      parse: faultOf('parse'),
      metrics: faultOf('metrics'),
      drop: faultSwitch((p) => stack.faults.dropNotifications(p)),
    };
    const started = Date.now();
    const time = { events: 0, crash: 0, crashes: 0 };
    const broken: string[] = [];
    let ran = 0;
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SCHEDULES && broken.length === 0; seed++) {
      ran += 1;
      const plan = planSchedule(seed);
      const at = Date.now();
      if (plan.kind === 'events') {
        // A schedule that throws (an engine refused a connection, say) is reported like a broken
        // invariant, with its seed and what the stack said, rather than as a bare error without either.
        broken.push(
          ...(await runEvents(plan).catch((error: unknown) => [
            explain(seed, 'threw', describeSchedule(plan), {
              error: error instanceof Error ? (error.stack ?? error.message) : String(error),
              stackFailure,
              stackLog,
            }),
          ])),
        );
        time.events += Date.now() - at;
        continue;
      }
      crashStack ??= new CrashStack(crashDir);
      const outcome = await crashStack.run(plan);
      time.crash += Date.now() - at;
      time.crashes += 1;
      console.info(`chaos: seed ${seed}, ${plan.crash}: ${JSON.stringify(outcome.phases)}`);
      if (outcome.problems.length > 0)
        broken.push(explain(seed, 'crash schedule', describeSchedule(plan), outcome));
    }
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    console.info(
      // The run stops at the first schedule that breaks the invariant: count what ran, not what was asked.
      `chaos: ${ran} of ${SCHEDULES} schedules in ${seconds(Date.now() - started)} s ` +
        `(${ran - time.crashes} event schedules in ${seconds(time.events)} s, ` +
        `${time.crashes} crash schedules in ${seconds(time.crash)} s); event schedules' phases: ` +
        Object.entries(phases)
          .map(([phase, ms]) => `${phase} ${seconds(ms)} s`)
          .join(', '),
    );
    expect(broken).toEqual([]);
  }, 7_200_000);
});
