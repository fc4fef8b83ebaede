/**
 * No engine outlives the stack: `npm start` is run as a child process, then stopped with Ctrl-C (SIGINT)
 * and, separately, killed outright (SIGKILL, as in a crash), and every process it started must be gone.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
let tempDir: string | undefined;

/**
 * Where the running Java process mapped the SQLite library DynamoDB Local unpacks on every start (Linux:
 * /proc); Java ignores TMPDIR, so without its own java.io.tmpdir the copies pile up in /tmp.
 */
function javaNativeLibrary(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const children = (p: number) =>
    readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  for (const candidate of [pid, ...children(pid)]) {
    const maps = readFileSync(`/proc/${candidate}/maps`, 'utf8');
    const line = maps.split('\n').find((l) => l.includes('sqlite4java'));
    if (line) return line.slice(line.indexOf('/'));
  }
  return 'not mapped';
}

/** What the stack left in its temp directory; tsx's compile cache (one directory, reused) aside. */
const leftInTemp = () => readdirSync(tempDir!).filter((name) => !name.startsWith('tsx-'));

async function startStack(): Promise<StackConnection> {
  dataDir = mkdtempSync(join(tmpdir(), 'provincewire-proc-'));
  // A temp directory of its own, to see what the stack leaves there.
  tempDir = mkdtempSync(join(tmpdir(), 'provincewire-proc-tmp-'));
  child = spawn(process.execPath, ['--import', 'tsx', 'bin/start.ts', '--in-memory', '--data-dir', dataDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, TMPDIR: tempDir },
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
  for (const dir of [dataDir, tempDir]) if (dir) rmSync(dir, { recursive: true, force: true });
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

  it('leaves no file in the temp directory after Ctrl-C (objects, run files, the native library Java unpacks)', async () => {
    // Prepare
    const { pids } = await startStack();
    const whileRunning = leftInTemp();
    const nativeLibrary = javaNativeLibrary(pids.java);

    // Act
    process.kill(pids.stack, 'SIGINT');
    await until(() => (isAlive(pids.stack) ? undefined : true), 20_000);

    // Assess: the in-memory run kept its files in one directory, and took it away.
    expect(whileRunning).toEqual([expect.stringMatching(/^provincewire-/)]);
    if (nativeLibrary !== undefined) expect(nativeLibrary).toContain(`${tempDir}/provincewire-`);
    expect(leftInTemp()).toEqual([]);
  }, 120_000);
});
