/**
 * An embedded stack for the suites of the CLIs that find it through `--data-dir` (ingest, export): started
 * before the file's tests with its connection file saved, stopped after them, its directories removed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll } from 'vitest';
import { embeddedS3Client } from '../../local/clients.js';
import { connectionFor, saveConnection } from '../../local/connection.js';
import { REPO_ROOT } from '../../local/engines/index.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliStack {
  /** The running stack (from beforeAll on). */
  readonly stack: EmbeddedStack;
  /** A scratch directory for the files a test feeds the CLIs. */
  readonly files: string;
  /** `script` (e.g. 'bin/ingest.ts') run with tsx against the stack's data directory. */
  cli(script: string, ...args: string[]): Promise<CliResult>;
  /** Writes `text` to `name` in the scratch directory; its path. */
  file(name: string, text: string): string;
  /** The bucket's keys under `prefix`. */
  keys(prefix: string): Promise<string[]>;
}

/** Call at the top of a test file: registers the file's beforeAll and afterAll. */
export function cliStack(): CliStack {
  let stack: EmbeddedStack | undefined;
  let dataDir = '';
  let files = '';

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

  const running = (): EmbeddedStack => {
    if (!stack) throw new Error('the CLI stack is not started (use it inside tests)');
    return stack;
  };

  return {
    get stack() {
      return running();
    },
    get files() {
      return files;
    },
    cli: (script, ...args) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, '--data-dir', dataDir, ...args], {
          cwd: REPO_ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('error', reject);
        child.once('exit', (code) => resolve({ code, stdout, stderr }));
      }),
    file: (name, text) => {
      const path = join(files, name);
      writeFileSync(path, text);
      return path;
    },
    keys: async (prefix) => {
      const s3 = embeddedS3Client(running());
      const out = await s3.send(new ListObjectsV2Command({ Bucket: running().bucket, Prefix: prefix }));
      s3.destroy();
      return (out.Contents ?? []).map((o) => o.Key ?? '');
    },
  };
}
