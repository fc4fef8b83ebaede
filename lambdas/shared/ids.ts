import { createHash } from 'node:crypto';

/**
 * The article id is derived from where the object lives, so every event for the same object (created,
 * overwritten, removed, retried) lands on the same record. Hex keeps it URL-safe for /articles/{id}.
 */
export function articleIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}/${key}`).digest('hex').slice(0, 32);
}
