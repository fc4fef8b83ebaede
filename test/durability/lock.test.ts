/** One stack per data directory: a second start is refused, a lock left by a crashed stack is taken over. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../local/lock.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';
import { isAlive } from './support.js';
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

describe('Durability: one stack per data directory', () => {
  it('takes over the lock a crashed stack left, and refuses a second stack in the same process', async () => {
    // Prepare
    const dataDir = freshDir();
    writeFileSync(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 22 - 3, started: null, at: '2026-01-01T00:00:00.000Z' }),
    );

    // Act
    stack = await startEmbeddedStack({ dataDir, reconcileAtStart: false });
    const refused = await startEmbeddedStack({ dataDir }).then(
      () => 'started',
      (error: Error) => `${error.name}: ${error.message}`,
    );
    await stack.stop();
    const again = await startEmbeddedStack({ dataDir, reconcileAtStart: false });
    stack = again;

    // Assess
    expect(refused).toMatch(/^DataDirLockedError: another stack \(pid \d+/);
    expect(again.dataDir).toBe(dataDir);
  }, 300_000);
});
