/**
 * Crash schedules (schedule.ts) against `npm start` in a child process: concurrent uploads and deletes,
 * the stack or one of its engines killed at the seeded instant, the stack started again on the same data
 * directory, and the invariant checked with reconcile through the running stack's connection, as
 * `npm run reconcile` does. What must hold besides the invariant: SIGTERM drains and exits 0; when an
 * engine dies the stack stops by itself with exit code 1 (never half-alive); nothing outlives the stack;
 * every acknowledged upload to a key written once is in the bucket and processed.
 */
import { DeleteObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { embeddedTarget } from '../../bin/reconcile-targets.js';
import type { ReconcileReport } from '../../lambdas/reconcile/index.js';
import { embeddedS3Client } from '../../local/clients.js';
import {
  articleBody,
  isAlive,
  javaUnder,
  settledReport,
  spawnStack,
  until,
  upload,
} from '../durability/support.js';
import type { StackProcess } from '../durability/support.js';
import type { CrashKind, CrashOp, CrashSchedule } from './schedule.js';

const DRAIN_ARGS = ['--drain-timeout', '60'];

export interface CrashOutcome {
  /** What went wrong; empty when the schedule kept every promise. */
  readonly problems: string[];
  readonly acknowledged: number;
  readonly report: ReconcileReport | undefined;
  /** Milliseconds per phase (start, uploads until exit, restart, settle). */
  readonly phases: Record<string, number>;
}

function crash(stack: StackProcess, kind: CrashKind): void {
  // A victim already gone (the stack stopped by itself) is no crash to make: the exit check reports it.
  try {
    kill(stack, kind);
  } catch {
    // ESRCH
  }
}

function kill(stack: StackProcess, kind: CrashKind): void {
  const { pids } = stack.connection;
  switch (kind) {
    case 'kill -9 stack':
      stack.child.kill('SIGKILL');
      return;
    case 'SIGTERM stack':
      stack.child.kill('SIGTERM');
      return;
    case 'kill -9 S3 engine':
      process.kill(pids.host, 'SIGKILL');
      return;
    case 'kill -9 DynamoDB Local':
      process.kill(javaUnder(pids.java), 'SIGKILL');
  }
}

const EXPECTED_EXIT: Record<CrashKind, { code: number | null; signal: NodeJS.Signals | null }> = {
  'kill -9 stack': { code: null, signal: 'SIGKILL' },
  'SIGTERM stack': { code: 0, signal: null },
  'kill -9 S3 engine': { code: 1, signal: null },
  'kill -9 DynamoDB Local': { code: 1, signal: null },
};

async function apply(s3: S3Client, bucket: string, op: CrashOp): Promise<void> {
  if (op.kind === 'put') await upload(s3, bucket, op.key, articleBody(...op.body));
  else await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: op.key }));
}

/** Keys written once whose one upload was acknowledged, yet missing from the restarted stack's bucket. */
async function lostUploads(
  plan: CrashSchedule,
  acknowledged: readonly CrashOp[],
  restarted: StackProcess,
): Promise<string[]> {
  const writes = new Map<string, number>();
  for (const op of plan.ops) writes.set(op.key, (writes.get(op.key) ?? 0) + 1);
  const reader = embeddedS3Client(restarted.connection);
  try {
    const listed = await reader.send(
      new ListObjectsV2Command({ Bucket: restarted.connection.bucket, Prefix: plan.prefix }),
    );
    const stored = new Set((listed.Contents ?? []).map((object) => object.Key));
    return acknowledged
      .filter((op) => op.kind === 'put' && writes.get(op.key) === 1 && !stored.has(op.key))
      .map((op) => op.key);
  } finally {
    reader.destroy();
  }
}

/** One `npm start` on one data directory, crashed and restarted by each crash schedule in turn. */
export class CrashStack {
  private current: StackProcess | undefined;

  constructor(private readonly dataDir: string) {}

  private async running(): Promise<StackProcess> {
    this.current ??= await spawnStack(this.dataDir, DRAIN_ARGS);
    return this.current;
  }

  async run(plan: CrashSchedule): Promise<CrashOutcome> {
    const problems: string[] = [];
    const phases: Record<string, number> = {};
    let mark = Date.now();
    const phase = (name: string) => {
      phases[name] = Date.now() - mark;
      mark = Date.now();
    };
    const idle = this.current;
    if (idle && (idle.child.exitCode !== null || idle.child.signalCode !== null)) {
      // The stack the last crash schedule restarted stopped by itself while the event schedules ran.
      problems.push(
        `the stack restarted by the previous crash schedule had exited ` +
          `(${idle.child.exitCode ?? idle.child.signalCode}): ${idle.stderr().slice(-800)}`,
      );
      this.current = undefined;
    }
    const stack = await this.running();
    phase('start');
    const { connection } = stack;
    // One attempt per request: an upload the dying stack did not answer is simply not acknowledged.
    const s3 = embeddedS3Client(connection, { maxAttempts: 1 });
    const acknowledged: CrashOp[] = [];
    let crashed = false;
    const crashNow = () => {
      if (crashed) return;
      crashed = true;
      setTimeout(() => crash(stack, plan.crash), plan.afterMs);
    };
    if (plan.afterAcknowledged === 0) crashNow();
    let next = 0;
    const worker = async () => {
      while (next < plan.ops.length) {
        const op = plan.ops[next++] as CrashOp;
        try {
          await apply(s3, connection.bucket, op);
        } catch {
          continue; // refused (503 while draining) or the stack is gone: not acknowledged
        }
        acknowledged.push(op);
        if (acknowledged.length >= plan.afterAcknowledged) crashNow();
      }
    };
    await Promise.all(Array.from({ length: plan.workers }, worker));
    crashNow();
    const exit = await Promise.race([
      stack.exited,
      new Promise<'alive'>((resolve) => setTimeout(() => resolve('alive'), 90_000).unref()),
    ]);
    s3.destroy();
    this.current = undefined;
    phase('uploads and exit');
    if (exit === 'alive') {
      problems.push(`the stack was still running 90 s after '${plan.crash}'`);
      stack.child.kill('SIGKILL');
      await stack.exited;
    } else if (
      exit.code !== EXPECTED_EXIT[plan.crash].code ||
      exit.signal !== EXPECTED_EXIT[plan.crash].signal
    ) {
      problems.push(
        `after '${plan.crash}' the stack exited ${JSON.stringify(exit)}: ${stack.stderr().slice(-800)}`,
      );
    }
    const pids = [connection.pids.host, connection.pids.java];
    await until(() => (pids.some(isAlive) ? undefined : true), 15_000);
    const survivors = pids.filter(isAlive);
    if (survivors.length > 0) problems.push(`processes outlived the stack: ${survivors.join(', ')}`);

    // Restart on the same directory; its start-up reconcile re-drives what the crash left.
    phase('processes gone');
    const restarted = await this.running();
    phase('restart');
    const resolved = embeddedTarget(this.dataDir);
    if (!resolved.ok)
      return {
        problems: [...problems, resolved.reason],
        acknowledged: acknowledged.length,
        report: undefined,
        phases,
      };
    try {
      const report = await settledReport(resolved.target, 90_000);
      phase('settle');
      if (report.differences !== 0)
        problems.push(`reconcile found ${report.differences} difference(s) after the restart`);
      const lost = await lostUploads(plan, acknowledged, restarted);
      if (lost.length > 0) problems.push(`acknowledged uploads missing: ${lost.join(', ')}`);
      return { problems, acknowledged: acknowledged.length, report, phases };
    } catch (error) {
      // The restarted stack refused or dropped a connection: say so with what it printed and whether it
      // is still running, rather than as a bare error without the seed.
      const exit = restarted.child.exitCode ?? restarted.child.signalCode;
      problems.push(
        `after the restart: ${error instanceof Error ? error.message : String(error)}; the restarted stack ` +
          `${exit === null ? 'is running' : `exited (${exit})`}: ${restarted.stderr().slice(-800)}`,
      );
      return { problems, acknowledged: acknowledged.length, report: undefined, phases };
    } finally {
      resolved.target.s3.destroy();
    }
  }

  /** SIGTERM, as Ctrl-C: drains and exits. */
  async stop(): Promise<void> {
    const stack = this.current;
    this.current = undefined;
    if (!stack) return;
    stack.child.kill('SIGTERM');
    const exit = await Promise.race([
      stack.exited,
      new Promise<'alive'>((resolve) => setTimeout(() => resolve('alive'), 60_000).unref()),
    ]);
    if (exit === 'alive') stack.child.kill('SIGKILL');
  }
}
