/**
 * On-failure destination for the embedded stack: what Lambda would send to an SQS/SNS destination after the
 * last retry, kept as records that can be listed and replayed. Persisted as one JSON file when a data
 * directory is given.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FunctionKey } from '../../lambdas/shared/wiring.js';

export interface DeadLetter {
  readonly id: string;
  readonly function: FunctionKey;
  /** 'async': an asynchronous invocation (S3 → parse); 'stream': a stream batch (Articles → metrics). */
  readonly source: 'async' | 'stream';
  /** The exact event the function was last invoked with. */
  readonly event: unknown;
  readonly error: { readonly name: string; readonly message: string };
  readonly attempts: number;
  readonly firstAttemptAt: string;
  readonly failedAt: string;
  readonly requestId: string;
}

export interface DeadLetterStore {
  add(letter: Omit<DeadLetter, 'id'>): DeadLetter;
  list(): DeadLetter[];
  get(id: string): DeadLetter | undefined;
  remove(id: string): boolean;
}

export function errorSummary(error: unknown): DeadLetter['error'] {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** In memory, or mirrored to `file` (written atomically on every change) when given. */
export function createDeadLetterStore(file?: string): DeadLetterStore {
  const letters = new Map<string, DeadLetter>();
  if (file) {
    try {
      for (const letter of JSON.parse(readFileSync(file, 'utf8')) as DeadLetter[])
        letters.set(letter.id, letter);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const save = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify([...letters.values()], null, 2));
    renameSync(`${file}.tmp`, file);
  };
  return {
    add(letter) {
      const stored: DeadLetter = { id: randomUUID(), ...letter };
      letters.set(stored.id, stored);
      save();
      return stored;
    },
    list: () => [...letters.values()],
    get: (id) => letters.get(id),
    remove(id) {
      const removed = letters.delete(id);
      if (removed) save();
      return removed;
    },
  };
}
