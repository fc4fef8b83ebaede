/**
 * kill -9 of `npm start` while uploads are being processed: every acknowledged upload is processed after a
 * restart (the start-up reconcile re-drives what the crash left), checked with reconcile itself. A second
 * start on the same data directory meanwhile is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { embeddedS3Client } from '../../local/clients.js';
import { embeddedReconcileTargetOf } from './target.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';
import { seeded } from '../support/random.js';
import { articleBody, isAlive, settledReport, spawnStack, upload } from './support.js';
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

describe('Durability: kill -9 of the embedded stack', () => {
  it('loses no acknowledged upload when killed with SIGKILL while processing, and refuses a second start meanwhile', async () => {
    // Prepare
    const dataDir = freshDir();
    child = await spawnStack(dataDir);
    const s3 = embeddedS3Client(child.connection);
    const random = seeded(12);
    const total = 40;
    const killAfter = 10 + Math.floor(random() * 20);
    const acknowledged: string[] = [];
    // A second `npm start` on the same directory, while the first runs.
    const second = await spawnStack(dataDir).then(
      () => 'started',
      (error: Error) => error.message,
    );

    // Act: uploads 8 at a time; SIGKILL once `killAfter` of them were acknowledged.
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const n = next++;
        const key = `crash/${String(n).padStart(3, '0')}.txt`;
        try {
          await upload(s3, child!.connection.bucket, key, articleBody(n));
        } catch {
          return; // the stack is gone: not acknowledged
        }
        acknowledged.push(key);
        if (acknowledged.length === killAfter) child!.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await child.exited;
    s3.destroy();
    stack = await startEmbeddedStack({ dataDir, log: () => undefined });
    await stack.waitForIdle();
    const recovery = await stack.recovery;
    const report = await settledReport(embeddedReconcileTargetOf(stack), 30_000);

    // Assess
    expect(second).toMatch(/another stack \(pid \d+, started .*\) is running on/);
    const lost = recovery?.objects.findings.length ?? -1;
    console.info(
      `kill -9 after ${acknowledged.length} acknowledged uploads (${killAfter} targeted): ${lost} had not been processed; ` +
        `re-driven at restart: ${recovery?.objects.fixed?.redriven}; differences after: ${report.differences}`,
    );
    const keys = new Set(report.findings.map((f) => f.key));
    expect(acknowledged.filter((key) => keys.has(key))).toEqual([]);
    expect(report.objects).toBeGreaterThanOrEqual(acknowledged.length);
    expect(report.differences).toBe(0);
  }, 300_000);
});
