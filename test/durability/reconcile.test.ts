/** npm run reconcile finds objects planted without events and metrics changed behind the pipeline; --fix repairs. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../lambdas/reconcile/index.js';
import { embeddedS3Client } from '../../local/clients.js';
import { connectionFor, saveConnection } from '../../local/connection.js';
import { embeddedReconcileTargetOf } from './target.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';
import { articleBody, durabilityHarness, upload } from './support.js';

const run = durabilityHarness();

describe('Reconcile: npm run reconcile on the embedded stack', () => {
  it('finds objects planted without events and metrics changed behind the pipeline, and --fix repairs both', async () => {
    // Prepare
    const dataDir = run.freshDir();
    const stack = await startEmbeddedStack({ dataDir });
    run.stack = stack;
    saveConnection(dataDir, connectionFor(stack));
    const s3 = embeddedS3Client(stack);
    for (let n = 0; n < 3; n++) await upload(s3, stack.bucket, `kept/${n}.txt`, articleBody(n, 2));
    await stack.waitForIdle();
    stack.faults.dropNotifications(/^planted\//);
    for (let n = 0; n < 3; n++) await upload(s3, stack.bucket, `planted/${n}.txt`, articleBody(n, 3));
    await stack.waitForIdle();
    stack.faults.dropNotifications(null);
    const target = embeddedReconcileTargetOf(stack);
    await corruptOneCounter(stack);

    // Act
    const before = await runReconcile(dataDir, []);
    const fixed = await runReconcile(dataDir, ['--fix']);
    await stack.waitForIdle();
    const after = await reconcile(target);
    s3.destroy();

    // Assess
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('missing 3, stale 0, wrong 0');
    expect(before.stdout).toMatch(/differing 1, guards out of step 0/);
    expect(before.stdout).toContain('differences: 4');
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('fixed: 3 objects re-driven through parse');
    expect(after.differences).toBe(0);
    expect(after.objects).toBe(6);
    expect(after.articles).toBe(6);
  }, 300_000);
});

async function corruptOneCounter(target: EmbeddedStack): Promise<void> {
  const { DynamoDBClient, UpdateItemCommand } = await import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient({
    endpoint: target.endpoints.dynamodb,
    region: target.region,
    credentials: target.credentials,
  });
  await client.send(
    new UpdateItemCommand({
      TableName: target.tableNames.metrics,
      Key: { pk: { S: 'LANGUAGES' }, sk: { S: 'fr' } },
      UpdateExpression: 'ADD articles :n',
      ExpressionAttributeValues: { ':n': { N: '5' } },
    }),
  );
  client.destroy();
}

async function runReconcile(
  dataDir: string,
  args: readonly string[],
): Promise<{ code: number | null; stdout: string }> {
  const { spawn } = await import('node:child_process');
  const { REPO_ROOT } = await import('../../local/engines/index.js');
  const run = spawn(
    process.execPath,
    ['--import', 'tsx', 'bin/reconcile.ts', '--data-dir', dataDir, ...args],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  run.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  run.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
  return { code, stdout };
}
