/**
 * Failures that belong to the local engines, not to the event being processed: DynamoDB Local gone behind its
 * gate, an engine's port closed or reset, the S3 engine draining (503). On AWS the service stays up and the
 * SDK's own retries cover such moments; locally an engine can die under the stack, so a failure of this kind
 * must never use up an event's retries or send it to the dead letters: the stack either gets its engine back
 * or stops, and the next start re-drives the event from the bucket or the stream checkpoint.
 */

/** What the DynamoDB gate answers (500 InternalServerError) when DynamoDB Local does not answer. */
export const DYNAMODB_NOT_ANSWERING = 'DynamoDB Local is not answering';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTCONN', 'EHOSTUNREACH']);

interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly cause?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: unknown };
}

function isUnavailable(error: ErrorLike): boolean {
  if (typeof error.code === 'string' && CONNECTION_CODES.has(error.code)) return true;
  if (error.name === 'ServiceUnavailable' || error.name === 'ServiceUnavailableException') return true;
  if (error.$metadata?.httpStatusCode === 503) return true;
  return error.name === 'InternalServerError' && error.message === DYNAMODB_NOT_ANSWERING;
}

/** True when `error` (or an error it wraps, through `cause` or an AggregateError) is an engine fault. */
export function isEngineUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const like = error as ErrorLike;
  if (isUnavailable(like)) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isEngineUnavailable(e, depth + 1)))
    return true;
  return isEngineUnavailable(like.cause, depth + 1);
}

/**
 * Whether a failed attempt is the engines' failure rather than the event's: the error says so, or the engines
 * are down right now (a handler may report failed writes without throwing them, as batch item failures).
 * Such an attempt is not charged to the event.
 */
export function isEngineFault(error: unknown, available: (() => boolean) | undefined): boolean {
  return isEngineUnavailable(error) || !(available?.() ?? true);
}

/**
 * The same test on a dead letter's recorded error (name and message only: the code and cause are not kept),
 * so a start can give back to the pipeline what an engine's death sent to the dead letters.
 */
export function isEngineFaultSummary(error: { readonly name: string; readonly message: string }): boolean {
  if (isUnavailable(error)) return true;
  return [...CONNECTION_CODES].some((code) => error.message.includes(code));
}
