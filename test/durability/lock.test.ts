/** One stack per data directory: a second start is refused, a lock left by a crashed stack is taken over. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../local/lock.js';
import { startEmbeddedStack } from '../../local/stack.js';
import { durabilityHarness } from './support.js';

const run = durabilityHarness();

describe('Durability: one stack per data directory', () => {
  it('takes over the lock a crashed stack left, and refuses a second stack in the same process', async () => {
    // Prepare
    const dataDir = run.freshDir();
    writeFileSync(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: 2 ** 22 - 3, started: null, at: '2026-01-01T00:00:00.000Z' }),
    );

    // Act
    const stack = await startEmbeddedStack({ dataDir, reconcileAtStart: false });
    run.stack = stack;
    const refused = await startEmbeddedStack({ dataDir }).then(
      () => 'started',
      (error: Error) => `${error.name}: ${error.message}`,
    );
    await stack.stop();
    const again = await startEmbeddedStack({ dataDir, reconcileAtStart: false });
    run.stack = again;

    // Assess
    expect(refused).toMatch(/^DataDirLockedError: another stack \(pid \d+/);
    expect(again.dataDir).toBe(dataDir);
  }, 300_000);
});
