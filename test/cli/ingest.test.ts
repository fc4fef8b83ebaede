/**
 * `npm run ingest` against a running embedded stack: bad numeric options are usage errors that upload
 * nothing, a rejected or dead-lettered file makes the exit code non-zero (--allow-rejected relaxes
 * rejections), and a file the pipeline gave up on is reported at once, not after the timeout.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdFor } from '../../lambdas/shared/ids.js';
import { embeddedS3Client } from '../../local/clients.js';
import { connectionFor, saveConnection } from '../../local/connection.js';
import { REPO_ROOT } from '../../local/engines/index.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';

let stack: EmbeddedStack;
let dataDir: string;
let files: string;

const ARTICLE =
  'La police de la province de Quảng Ninh a saisi 5 kg de drogue.\n\nSelon le commandant, 12 personnes ont été arrêtées à Hạ Long.\n';

function ingest(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bin/ingest.ts', '--data-dir', dataDir, ...args],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

function file(name: string, text: string): string {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
}

async function keys(prefix: string): Promise<string[]> {
  const s3 = embeddedS3Client(stack);
  const out = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: prefix }));
  s3.destroy();
  return (out.Contents ?? []).map((o) => o.Key ?? '');
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'provincewire-cli-'));
  files = mkdtempSync(join(tmpdir(), 'provincewire-cli-files-'));
  stack = await startEmbeddedStack({ dataDir, retryDelayMs: () => 5 });
  saveConnection(dataDir, connectionFor(stack));
});

afterAll(async () => {
  await stack?.stop();
  for (const dir of [dataDir, files]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('CLI: ingest', () => {
  it.concurrent.each([
    ['--concurrency', 'x'],
    ['--concurrency', '0'],
    ['--concurrency', '1.5'],
    ['--timeout', 'abc'],
    ['--timeout', '-1'],
    ['--timeout', ''],
    ['--published', '2024-02-30'],
    ['--published', '02/06/2024'],
  ])('refuses %s %j as a usage error and uploads nothing', async (option, value) => {
    // Prepare
    const prefix = `usage-${Math.random().toString(36).slice(2)}/`;
    const path = file('usage.txt', ARTICLE);

    // Act
    const result = await ingest('--prefix', prefix, option, value, path);

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(option);
    expect(await keys(prefix)).toEqual([]);
  });

  it('exits 0 when every file is processed', async () => {
    // Act
    const result = await ingest('--prefix', 'ok/', file('good.txt', ARTICLE));

    // Assess
    expect(result.stdout).toContain('1 processed, 0 rejected, 0 failed');
    expect(result.code).toBe(0);
  });

  it('dates every file with --published, through x-amz-meta-published', async () => {
    // Act
    const result = await ingest(
      '--prefix',
      'dated/',
      '--published',
      '2024-06-02',
      file('dated.txt', ARTICLE),
    );
    const id = articleIdFor(stack.bucket, 'dated/dated.txt');
    const answer = await fetch(`${stack.apiUrl}/articles/${id}`, { headers: { 'x-api-key': stack.apiKey } });

    // Assess
    expect(result.code).toBe(0);
    expect(await answer.json()).toMatchObject({ published: '2024-06-02', dateSource: 'metadata' });
  });

  it('exits 1 when a file is rejected, and 0 with --allow-rejected', async () => {
    // Prepare
    const path = file('short.txt', 'Police news: see attachment.\n');

    // Act
    const strict = await ingest('--prefix', 'strict/', path);
    const relaxed = await ingest('--prefix', 'relaxed/', '--allow-rejected', path);

    // Assess
    expect(strict.stdout).toContain('rejected strict/short.txt: TOO_SHORT');
    expect(strict.code).toBe(1);
    expect(relaxed.stdout).toContain('0 processed, 1 rejected, 0 failed');
    expect(relaxed.code).toBe(0);
  });

  it('reports a dead-lettered file at once instead of waiting out the timeout, and exits 1', async () => {
    // Prepare: parse fails on this key every time, so the upload ends in the dead-letter list.
    stack.faults.set('parse', /^doomed\//);
    const path = file('doomed.txt', ARTICLE);

    // Act: with a 10-minute timeout, only the dead letter can end the wait within this test's limit.
    const result = await ingest('--prefix', 'doomed/', '--allow-rejected', '--timeout', '600', path);
    stack.faults.clear();

    // Assess
    expect(result.stdout).toContain('failed   doomed/doomed.txt: dead-lettered: injected fault');
    expect(result.code).toBe(1);
  }, 60_000);
});
