/**
 * The data directory's lock: one stack per directory, a crashed stack's lock taken over, and the engines a
 * crashed stack left running ended before a successor opens the same database files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from '../../local/lock.js';
import { isRunning, processRef } from '../../local/processes.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'provincewire-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A pid whose process has ended. */
function deadPid(): number {
  const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(ended.stdout);
}

describe('Function: lockDataDir', () => {
  it('refuses a second lock while the owner runs, and records the engines without letting go', () => {
    // Prepare
    const dir = freshDir();
    const lock = lockDataDir(dir);

    // Act
    lock.recordEngines([processRef(process.pid)]);

    // Assess
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    const owner = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as {
      pid: number;
      engines: unknown[];
    };
    expect(owner.pid).toBe(process.pid);
    expect(owner.engines).toHaveLength(1);
    lock.release();
    lockDataDir(dir).release();
  });

  it("takes over a crashed stack's lock after ending the engines it left running", async () => {
    // Prepare: a lock whose owner is gone, naming an engine that still runs.
    const dir = freshDir();
    const engine = spawn('sleep', ['60'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => engine.once('exit', resolve));
    const left = processRef(engine.pid!);
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: deadPid(), started: null, at: new Date().toISOString(), engines: [left] }),
    );

    // Act
    const lock = lockDataDir(dir);

    // Assess: the engine was gone before the lock was handed over.
    expect(isRunning(left)).toBe(false);
    await exited;
    lock.release();
  });
});
