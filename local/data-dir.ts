/**
 * Where the embedded stack keeps its state: one data directory (objects, tables, API key, dead letters,
 * stream checkpoints), or a temporary directory for objects when in memory.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SECRETS } from '../lambdas/shared/wiring.js';
import type { SecretKey, TableKey } from '../lambdas/shared/wiring.js';
import {
  privateDirectory,
  readOrCreateCredentials,
  readOrCreateSecretFile,
  writePrivateFile,
} from './security/secrets.js';
import type { LocalCredentials } from './security/secrets.js';

export interface DataLayout {
  /** null when in memory. */
  readonly dataDir: string | null;
  readonly s3Dir: string;
  /** The engines' run files (socket, Java's temp directory), removed on stop. */
  readonly runDir: string;
  /** null keeps DynamoDB in memory. */
  readonly dynamodbDir: string | null;
  readonly deadLettersFile: string | undefined;
  /** The engines' access key pair: kept in the data directory (600), or new for an in-memory run. */
  readonly credentials: LocalCredentials;
  /**
   * Each per-deployment secret of the wiring (SECRETS) as a private file, created once: in the data
   * directory (kept across restarts, as the stack's secret is), or in the in-memory run's temporary one.
   */
  readonly secretFiles: Readonly<Record<SecretKey, string>>;
  checkpointFile(table: TableKey): string | undefined;
  /** Removes what is temporary (the in-memory run's object directory). */
  cleanup(): void;
}

export function prepareDataLayout(dataDir: string | null): DataLayout {
  const dir = dataDir === null ? null : resolve(dataDir);
  // The data directory holds the API key, the engines' credentials and every object: its owner's only.
  if (dir) privateDirectory(dir);
  // In memory: objects and run files in one temporary directory (700), removed on stop.
  const root = dir ?? mkdtempSync(join(tmpdir(), 'provincewire-'));
  const s3Dir = join(root, 's3');
  const runDir = join(root, 'run');
  const dynamodbDir = dir ? join(dir, 'dynamodb') : null;
  for (const path of [s3Dir, dynamodbDir]) if (path) mkdirSync(path, { recursive: true });
  privateDirectory(runDir);
  return {
    dataDir: dir,
    s3Dir,
    runDir,
    dynamodbDir,
    deadLettersFile: dir ? join(dir, 'dead-letters.json') : undefined,
    credentials: readOrCreateCredentials(dir ? join(dir, 'credentials.json') : null),
    secretFiles: localSecretFiles(root),
    checkpointFile: (table) => (dir ? join(dir, `stream-checkpoints-${table}.json`) : undefined),
    cleanup: () => {
      rmSync(dir ? runDir : root, { recursive: true, force: true });
    },
  };
}

/** The files of the wiring's secrets under `dir`, each created (600) unless it holds one already. */
export function localSecretFiles(dir: string): Record<SecretKey, string> {
  const files = {} as Record<SecretKey, string>;
  for (const key of Object.keys(SECRETS) as SecretKey[]) {
    files[key] = join(dir, SECRETS[key].localFile);
    readOrCreateSecretFile(files[key]);
  }
  return files;
}

/** The fixed key, the one kept in the data directory, or a new random one (saved when persistent). */
export function readOrCreateApiKey(dataDir: string | null, fixed?: string): string {
  if (fixed) return fixed;
  const fresh = () => randomBytes(20).toString('base64url').replace(/[-_]/g, 'x');
  if (!dataDir) return fresh();
  const file = join(dataDir, 'api-key');
  try {
    const kept = readFileSync(file, 'utf8').trim();
    chmodSync(file, 0o600);
    if (kept) return kept;
  } catch {
    // absent: created below
  }
  const key = fresh();
  writePrivateFile(file, `${key}\n`);
  return key;
}
