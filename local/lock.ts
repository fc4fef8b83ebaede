/**
 * One stack per data directory: a lock file naming the owning process. A second start is refused while the
 * owner lives; a lock left by a crashed stack (its process gone, or its pid reused by another process) is
 * taken over, so a crash never leaves the directory stuck.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'stack.lock';

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

interface LockOwner {
  readonly pid: number;
  /** The process's start time (Linux: /proc/<pid>/stat field 22), to tell a reused pid apart. */
  readonly started: string | null;
  readonly at: string;
}

function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields after it follow the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const started = processStart(owner.pid);
  return owner.started === null || started === null || started === owner.started;
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
  release(): void;
}

export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    started: processStart(process.pid),
    at: new Date().toISOString(),
  };
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, JSON.stringify(me), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(tmp, file); // atomic: fails if the lock exists
        return {
          file,
          release: () => {
            if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(file);
      if (owner && alive(owner)) {
        throw new DataDirLockedError(
          `another stack (pid ${owner.pid}, started ${owner.at}) is running on ${dataDir}; stop it first, or use --data-dir for a second stack`,
        );
      }
      // Left by a stack that is gone: move it aside (atomic) and try again.
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
