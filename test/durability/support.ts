/**
 * Helpers for the durability tests: `npm start` as a child process (to kill it), uploads of seed-derived
 * articles, and the invariant, checked with reconcile itself: every object has its one current ingestion
 * record and article, the metrics equal their recomputation, no unexplained dead letter.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { reconcile } from '../../lambdas/reconcile/index.js';
import type { ReconcileReport, ReconcileTarget } from '../../lambdas/reconcile/index.js';
import { loadConnection } from '../../local/connection.js';
import type { StackConnection } from '../../local/connection.js';
import { REPO_ROOT } from '../../local/engines/index.js';
import { descendantNamed } from '../../local/processes.js';
import type { EmbeddedStack } from '../../local/stack.js';
import { afterAll, afterEach } from 'vitest';

/** Whether a process runs; a zombie (dead, not yet reaped by whoever adopted it) does not. */
export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return process.platform !== 'linux';
  }
};

/**
 * DynamoDB Local's Java process: its launcher's pid or, on Linux, a descendant (the relay in its own
 * network namespace starts Java as its child).
 */
/** DynamoDB Local's Java process under the pid the stack reports (the relay, where Java runs in a namespace). */
export function javaUnder(pid: number): number {
  return descendantNamed(pid, 'java');
}

export async function until<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface StackProcess {
  readonly child: ChildProcess;
  readonly connection: StackConnection;
  readonly stderr: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm start -- --data-dir DIR` in a child process, resolved once its connection file names it. */
export async function spawnStack(dataDir: string, args: readonly string[] = []): Promise<StackProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/start.ts', '--data-dir', dataDir, ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const connection = await until(() => {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`npm start exited (${child.exitCode ?? child.signalCode}): ${stderr}`);
    const loaded = loadConnection(dataDir);
    return loaded.ok && loaded.connection.pids.stack === child.pid ? loaded.connection : undefined;
  }, 120_000);
  if (!connection) throw new Error(`the stack did not start within 120 s: ${stderr}`);
  return { child, connection, stderr: () => stderr, exited };
}

const SEEDS = readdirSync(join(REPO_ROOT, 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(REPO_ROOT, 'seeds', name), 'utf8'));

/** Article n: a seed with a numbered line, so every upload has its own content and ETag. */
export function articleBody(n: number, variant = 0): string {
  const seed = SEEDS[n % SEEDS.length] as string;
  return `${seed}\n\nRef. ${n}-${variant}: ${n * 7 + variant} cases were recorded.\n`;
}

export async function upload(s3: S3Client, bucket: string, key: string, body: string): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/plain' }));
}

/** The invariant, as reconcile sees it, polled until it holds or time is up (work may still be running). */
export async function settledReport(target: ReconcileTarget, timeoutMs: number): Promise<ReconcileReport> {
  const deadline = Date.now() + timeoutMs;
  let report = await reconcile(target);
  while (report.differences > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    report = await reconcile(target);
  }
  return report;
}

/** What a durability test starts: removed, killed or stopped after each test (directories after the file). */
export interface Harness {
  /** A new data directory in the system temp directory. */
  freshDir(): string;
  child: StackProcess | undefined;
  stack: EmbeddedStack | undefined;
}

/** Registers the clean-up hooks of a durability test file; call once at its top level. */
export function durabilityHarness(): Harness {
  const dirs: string[] = [];
  const harness: Harness = {
    freshDir: () => {
      const dir = mkdtempSync(join(tmpdir(), 'provincewire-durable-'));
      dirs.push(dir);
      return dir;
    },
    child: undefined,
    stack: undefined,
  };
  afterEach(async () => {
    const pid = harness.child?.child.pid;
    if (pid && isAlive(pid)) harness.child?.child.kill('SIGKILL');
    await harness.child?.exited;
    harness.child = undefined;
    await harness.stack?.stop();
    harness.stack = undefined;
  });
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return harness;
}
