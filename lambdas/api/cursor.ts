/**
 * Opaque pagination cursors: base64url of the DynamoDB LastEvaluatedKey, which part of a multi-part query it
 * belongs to, and a fingerprint of the query that issued it. Validated on the way back in, so a truncated or
 * forged cursor, or one issued for other filters, is a 400 and never reaches DynamoDB as a bad start key.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Every key attribute of our tables and indexes is a string (lambdas/shared/wiring.ts). */
const KeyValueSchema = z.string().min(1).max(1024);
export const CursorStateSchema = z.strictObject({
  /** Index of the query part (a province filter may span several named provinces). */
  p: z.number().int().nonnegative().max(100),
  k: z.record(z.string().max(64), KeyValueSchema),
  /** Fingerprint of the query (queryFingerprint); a cursor only continues the query that issued it. */
  q: z.string().max(32),
});
export type CursorState = z.infer<typeof CursorStateSchema>;

/** A short digest of a query's inputs (table, index, key condition, filters and their values). */
export function queryFingerprint(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export type Decoded = { ok: true; state: CursorState } | { ok: false; message: string };

export interface CursorScope {
  /** The key attributes of the table or index the cursor must belong to. */
  readonly keyAttributes: readonly string[];
  /** queryFingerprint of the query being continued. */
  readonly fingerprint: string;
  /** How many parts the query has. */
  readonly parts: number;
}

export const NOT_ISSUED = 'cursor is not one this API issued';
export const OTHER_QUERY = 'cursor belongs to another query';

export function decodeCursor(cursor: string, scope: CursorScope): Decoded {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, message: NOT_ISSUED };
  }
  const parsed = CursorStateSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: NOT_ISSUED };
  const { p, k, q } = parsed.data;
  if (q !== scope.fingerprint || p >= scope.parts) return { ok: false, message: OTHER_QUERY };
  const keys = Object.keys(k).sort();
  // An empty key means "from the start of part p".
  if (keys.length > 0 && keys.join(',') !== [...scope.keyAttributes].sort().join(',')) {
    return { ok: false, message: OTHER_QUERY };
  }
  return { ok: true, state: parsed.data };
}
