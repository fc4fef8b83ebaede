/**
 * Every item of a set of keys of one table, by BatchGetItem: at most 100 keys a call (the service's limit),
 * and the keys a call leaves unprocessed (throttling, a response's size limit) asked again after a pause, as
 * AWS asks of a batch caller. Neither the SDK's retry strategy (it retries a failed call, never a successful
 * one with UnprocessedKeys) nor Powertools retries those keys, so the policy lives here: jittered exponential
 * backoff with a ceiling, and a bound on attempts, so a table throttled for good fails the caller in seconds
 * instead of keeping a Lambda retrying until its timeout. A key with no item simply has none in the answer.
 */
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { BatchGetUnprocessedError } from './errors.js';

/** BatchGetItem's most keys a call. */
const MAX_KEYS = 100;

/** Calls per chunk of keys, the first included; then BatchGetUnprocessedError. */
export const BATCH_GET_MAX_ATTEMPTS = 8;
/** The pause before retry n (1-based) is drawn from [0, min(CEILING, BASE · 2^n)) ("full jitter"). */
export const BATCH_GET_BASE_MS = 25;
export const BATCH_GET_CEILING_MS = 2000;

export interface BatchGetOptions {
  readonly consistentRead?: boolean;
  /** The pause between attempts (tests give one that does not wait). */
  readonly pause?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the jitter (tests give a fixed one). */
  readonly random?: () => number;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** The pause before retry `attempt` (1-based), jittered over [0, ceiling). */
export function batchGetPause(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(BATCH_GET_CEILING_MS, BATCH_GET_BASE_MS * 2 ** attempt));
}

export async function batchGetAll(
  doc: Pick<DynamoDBDocumentClient, 'send'>,
  table: string,
  keys: readonly Record<string, unknown>[],
  options: BatchGetOptions = {},
): Promise<Record<string, unknown>[]> {
  const pause = options.pause ?? sleep;
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += MAX_KEYS) {
    let wanted: Record<string, unknown>[] = keys.slice(i, i + MAX_KEYS);
    for (let attempt = 0; wanted.length > 0; attempt++) {
      if (attempt === BATCH_GET_MAX_ATTEMPTS)
        throw new BatchGetUnprocessedError(table, wanted.length, BATCH_GET_MAX_ATTEMPTS);
      if (attempt > 0) await pause(batchGetPause(attempt, options.random));
      const got: BatchGetCommandOutput = await doc.send(
        new BatchGetCommand({
          RequestItems: { [table]: { Keys: wanted, ConsistentRead: options.consistentRead } },
        }),
      );
      items.push(...(got.Responses?.[table] ?? []));
      wanted = got.UnprocessedKeys?.[table]?.Keys ?? [];
    }
  }
  return items;
}
