/**
 * No engine outlives the stack: `npm start` is run as a child process, then stopped with Ctrl-C (SIGINT)
 * and, separately, killed outright (SIGKILL, as in a crash), and every process it started must be gone.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConnection } from '../../local/connection.js';
import type { StackConnection } from '../../local/connection.js';
import { REPO_ROOT } from '../../local/engines/index.js';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let child: ChildProcess | undefined;
let dataDir: string | undefined;

async function startStack(): Promise<StackConnection> {
  dataDir = mkdtempSync(join(tmpdir(), 'provincewire-proc-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'bin/start.ts', '--in-memory', '--data-dir', dataDir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const dir = dataDir;
  const started = child;
  const connection = await until(() => {
    if (started.exitCode !== null)
      throw new Error(`npm start exited with code ${started.exitCode}: ${stderr}`);
    const loaded = loadConnection(dir);
    return loaded.ok ? loaded.connection : undefined;
  }, 90_000);
  if (!connection) throw new Error('the stack did not start within 90 s');
  return connection;
}

afterEach(() => {
  if (child?.pid && isAlive(child.pid)) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('Function: startEmbeddedStack (process lifetime)', () => {
  it.each<[NodeJS.Signals, 'stack' | 'host', string]>([
    ['SIGINT', 'stack', 'Ctrl-C'],
    ['SIGKILL', 'stack', 'a crash nobody can catch'],
    ['SIGKILL', 'host', 'the engine host dying: Java must not be orphaned'],
  ])(
    'leaves no engine process behind after %s of the %s (%s)',
    async (signal, victim) => {
      // Prepare
      const { pids } = await startStack();
      const engines = [pids.host, pids.java];
      const wereAlive = [pids.stack, ...engines].map(isAlive);
      // Act
      process.kill(pids[victim], signal);
      const watched = victim === 'stack' ? [pids.stack, ...engines] : engines;
      const survivors = await until(() => (watched.some(isAlive) ? undefined : []), 10_000);
      // Assess
      expect(wereAlive).toEqual([true, true, true]);
      expect(survivors ?? watched.filter(isAlive)).toEqual([]);
    },
    120_000,
  );
});
