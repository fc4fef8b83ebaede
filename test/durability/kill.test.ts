/**
 * kill -9 of `npm start` while uploads are being processed: every acknowledged upload is processed after a
 * restart (the start-up reconcile re-drives what the crash left), checked with reconcile itself. A second
 * start on the same data directory meanwhile is refused.
 */
import { describe, expect, it } from 'vitest';
import { embeddedS3Client } from '../../local/clients.js';
import { embeddedReconcileTargetOf } from './target.js';
import { startEmbeddedStack } from '../../local/stack.js';
import { seeded } from '../support/random.js';
import { articleBody, durabilityHarness, settledReport, spawnStack, upload } from './support.js';

const run = durabilityHarness();

describe('Durability: kill -9 of the embedded stack', () => {
  it('loses no acknowledged upload when killed with SIGKILL while processing, and refuses a second start meanwhile', async () => {
    // Prepare
    const dataDir = run.freshDir();
    run.child = await spawnStack(dataDir);
    const { connection, exited } = run.child;
    const s3 = embeddedS3Client(connection);
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
          await upload(s3, connection.bucket, key, articleBody(n));
        } catch {
          return; // the stack is gone: not acknowledged
        }
        acknowledged.push(key);
        if (acknowledged.length === killAfter) run.child!.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await exited;
    s3.destroy();
    const stack = await startEmbeddedStack({ dataDir, log: () => undefined });
    run.stack = stack;
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
