/** SIGTERM drains: what was acknowledged is processed before the stack exits, and nothing is dead-lettered. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { reconcile } from '../../lambdas/reconcile/index.js';
import { embeddedS3Client } from '../../local/clients.js';
import { embeddedReconcileTargetOf } from './target.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';
import { articleBody, isAlive, spawnStack, upload } from './support.js';
import type { StackProcess } from './support.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'provincewire-durable-'));
  dirs.push(dir);
  return dir;
};
let child: StackProcess | undefined;
let stack: EmbeddedStack | undefined;

afterEach(async () => {
  if (child?.child.pid && isAlive(child.child.pid)) child.child.kill('SIGKILL');
  child = undefined;
  await stack?.stop();
  stack = undefined;
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('Durability: SIGTERM of the embedded stack', () => {
  it('drains on SIGTERM: every acknowledged upload is processed before the stack exits, nothing dead-lettered', async () => {
    // Prepare
    const dataDir = freshDir();
    child = await spawnStack(dataDir, ['--drain-timeout', '120']);
    const s3 = embeddedS3Client(child.connection);
    const keys = Array.from({ length: 30 }, (_, n) => `drain/${n}.txt`);

    // Act
    await Promise.all(keys.map((key, n) => upload(s3, child!.connection.bucket, key, articleBody(n, 1))));
    child.child.kill('SIGTERM');
    const exit = await child.exited;
    s3.destroy();
    // No repair at start: what is in step was made so before the stop.
    stack = await startEmbeddedStack({ dataDir, reconcileAtStart: false });
    const report = await reconcile(embeddedReconcileTargetOf(stack));

    // Assess
    expect(exit).toEqual({ code: 0, signal: null });
    expect(report.findings).toEqual([]);
    expect(report.metrics.counterDiffs).toEqual([]);
    expect(report.metrics.guards).toEqual([]);
    expect(stack.deadLetters.list()).toEqual([]);
    expect(report.objects).toBe(keys.length);
  }, 300_000);
});
