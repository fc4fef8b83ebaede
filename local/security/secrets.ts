/**
 * Secrets of the embedded stack on disk and on the wire: private files (600) in a private directory (700),
 * and comparisons that take the same time whatever the guess.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** Creates the directory (and parents) and makes it readable by its owner only, also when it existed. */
export function privateDirectory(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700);
}

/** Writes a file readable by its owner only; an existing file's mode is tightened too. */
export function writePrivateFile(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** Equal strings, compared in time that depends on neither string's content (digests of equal length). */
export function safeEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected)) && given.length === expected.length;
}

export const LocalCredentialsSchema = z.object({
  accessKeyId: z.string().regex(/^[A-Z0-9]{16,128}$/),
  secretAccessKey: z.string().regex(/^[A-Za-z0-9]{20,128}$/),
});
export type LocalCredentials = z.infer<typeof LocalCredentialsSchema>;

const alphanumeric = (bytes: number, alphabet: string) =>
  Array.from(randomBytes(bytes), (byte) => alphabet[byte % alphabet.length]).join('');

/** A fresh access key pair in AWS's format (AKIA + 16, 40 characters of secret). */
export function randomCredentials(): LocalCredentials {
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return {
    accessKeyId: `AKIA${alphanumeric(16, upper)}`,
    secretAccessKey: alphanumeric(40, `${upper}abcdefghijklmnopqrstuvwxyz`),
  };
}

/**
 * A value kept in a private file (600): read back and parsed when the file holds a valid one, else created and
 * written (absent, unreadable or malformed: a fresh value replaces it). A null file keeps nothing: a value for
 * this run only.
 */
export function readOrCreatePrivateFile<T>(
  file: string | null,
  value: { parse: (text: string) => T | undefined; create: () => T; serialize: (value: T) => string },
): T {
  if (file) {
    try {
      const kept = value.parse(readFileSync(file, 'utf8'));
      if (kept !== undefined) {
        chmodSync(file, 0o600);
        return kept;
      }
    } catch {
      // absent or unreadable: a fresh value replaces it
    }
  }
  const fresh = value.create();
  if (file) writePrivateFile(file, value.serialize(fresh));
  return fresh;
}

/** The key pair kept in `file` (600), created on first use; null file: a pair for this run only. */
export function readOrCreateCredentials(file: string | null): LocalCredentials {
  return readOrCreatePrivateFile(file, {
    parse: (text) => LocalCredentialsSchema.safeParse(JSON.parse(text)).data,
    create: randomCredentials,
    serialize: (pair) => `${JSON.stringify(pair, null, 2)}\n`,
  });
}

/**
 * A per-deployment secret of the wiring (SECRETS) kept in `file` (600): created once, at the first start, and
 * read back at every later one, so what was hashed with it still matches. 32 random bytes, hex.
 */
export function readOrCreateSecretFile(file: string): string {
  return readOrCreatePrivateFile(file, {
    parse: (text) => /^[0-9a-f]{64}$/.exec(text.trim())?.[0],
    create: () => randomBytes(32).toString('hex'),
    serialize: (secret) => `${secret}\n`,
  });
}
