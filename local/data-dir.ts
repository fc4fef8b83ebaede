/**
 * Where the embedded stack keeps its state: one data directory (objects, tables, API key, dead letters,
 * stream checkpoints), or a temporary directory for objects when in memory.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TableKey } from '../lambdas/shared/wiring.js';

export interface DataLayout {
  /** null when in memory. */
  readonly dataDir: string | null;
  readonly s3Dir: string;
  /** null keeps DynamoDB in memory. */
  readonly dynamodbDir: string | null;
  readonly deadLettersFile: string | undefined;
  checkpointFile(table: TableKey): string | undefined;
  /** Removes what is temporary (the in-memory run's object directory). */
  cleanup(): void;
}

export function prepareDataLayout(dataDir: string | null): DataLayout {
  const dir = dataDir === null ? null : resolve(dataDir);
  const s3Dir = dir ? join(dir, 's3') : mkdtempSync(join(tmpdir(), 'provincewire-s3-'));
  const dynamodbDir = dir ? join(dir, 'dynamodb') : null;
  for (const path of [s3Dir, dynamodbDir]) if (path) mkdirSync(path, { recursive: true });
  return {
    dataDir: dir,
    s3Dir,
    dynamodbDir,
    deadLettersFile: dir ? join(dir, 'dead-letters.json') : undefined,
    checkpointFile: (table) => (dir ? join(dir, `stream-checkpoints-${table}.json`) : undefined),
    cleanup: () => {
      if (!dir) rmSync(s3Dir, { recursive: true, force: true });
    },
  };
}

/** The fixed key, the one kept in the data directory, or a new random one (saved when persistent). */
export function readOrCreateApiKey(dataDir: string | null, fixed?: string): string {
  if (fixed) return fixed;
  const fresh = () => randomBytes(20).toString('base64url').replace(/[-_]/g, 'x');
  if (!dataDir) return fresh();
  const file = join(dataDir, 'api-key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const key = fresh();
    writeFileSync(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
}
