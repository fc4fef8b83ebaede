/**
 * One stack per data directory: a lock file naming the owning process. A second start is refused while the
 * owner lives; a lock left by a crashed stack (its process gone, or its pid reused by another process) is
 * taken over, so a crash never leaves the directory stuck. The owner records its engines (the engine host,
 * and DynamoDB Local's Java) once they run: a crashed stack's engines shut down on their own, but not at once,
 * and a successor must not open the same database files beside them, so the takeover ends them first.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning, processRef } from './processes.js';
import type { ProcessRef } from './processes.js';

export const LOCK_FILE = 'stack.lock';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

/** The owning process (its start time tells a reused pid apart), since when, and its engines. */
interface LockOwner extends ProcessRef {
  readonly at: string;
  /** The engines the owner started, once they run. */
  readonly engines?: readonly ProcessRef[];
}

/** How long a takeover waits for a crashed stack's engines to be gone after killing them. */
const ENGINES_GONE_MS = 15_000;

/** Kills what is left of a crashed stack's engines and waits until they are gone. */
function endEngines(owner: LockOwner, dataDir: string): void {
  const left = (owner.engines ?? []).filter(isRunning);
  for (const engine of left) {
    try {
      process.kill(engine.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  const deadline = Date.now() + ENGINES_GONE_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (left.some(isRunning)) {
    if (Date.now() > deadline)
      throw new DataDirLockedError(
        `the engines of a stopped stack (pids ${left.map((e) => e.pid).join(', ')}) are still running on ${dataDir}`,
      );
    Atomics.wait(pause, 0, 0, 50); // a start-up step: blocking for a few milliseconds is what it needs
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Records the engines this stack started, so that a successor after a crash can end them. */
  recordEngines(engines: readonly ProcessRef[]): void;
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  const me: LockOwner = { ...processRef(process.pid), at: new Date().toISOString() };
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, JSON.stringify(me), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(tmp, file); // atomic: fails if the lock exists
        return {
          file,
          recordEngines: (engines) => {
            const next = `${tmp}.engines`;
            writeFileSync(next, JSON.stringify({ ...me, engines }), { mode: 0o600 });
            renameSync(next, file); // atomic: the lock never disappears meanwhile
          },
          release: () => {
            if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(file);
      if (owner && isRunning(owner)) {
        throw new DataDirLockedError(
          `another stack (pid ${owner.pid}, started ${owner.at}) is running on ${dataDir}; stop it first, or use --data-dir for a second stack`,
        );
      }
      // Left by a stack that is gone: end its engines, move the lock aside (atomic) and try again.
      if (owner) endEngines(owner, dataDir);
      try {
        renameSync(file, `${file}.stale`);
      } catch {
        // another starter moved it first
      }
    }
    throw new DataDirLockedError(`could not take the lock ${file}`);
  } finally {
    rmSync(tmp, { force: true });
  }
}
