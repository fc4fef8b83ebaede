/**
 * Opaque pagination cursors: base64url of the DynamoDB LastEvaluatedKey (plus which part of a multi-part
 * query it belongs to), validated on the way back in so a forged cursor is a 400, not a DynamoDB error.
 */
import { z } from 'zod';

const KeyValueSchema = z.union([z.string().max(1024), z.number()]);
export const CursorStateSchema = z.strictObject({
  /** Index of the query part (a province filter may span several named provinces). */
  p: z.number().int().nonnegative().max(100),
  k: z.record(z.string().max(64), KeyValueSchema),
});
export type CursorState = z.infer<typeof CursorStateSchema>;

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export type Decoded = { ok: true; state: CursorState } | { ok: false; message: string };

/** `allowedKeys`: the key attributes of the table or index the cursor must belong to. */
export function decodeCursor(cursor: string, allowedKeys: readonly string[]): Decoded {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, message: 'cursor is not one this API issued' };
  }
  const parsed = CursorStateSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'cursor is not one this API issued' };
  const keys = Object.keys(parsed.data.k).sort();
  // An empty key means "from the start of part p".
  if (keys.length > 0 && keys.join(',') !== [...allowedKeys].sort().join(',')) {
    return { ok: false, message: 'cursor belongs to another query' };
  }
  return { ok: true, state: parsed.data };
}
