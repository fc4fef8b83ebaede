import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

export interface FunctionIdentity {
  readonly functionName: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly region: string;
  readonly accountId: string;
}

/** A handler as Lambda calls it (async style; callbacks are not used in this project). */
export type LambdaHandler<E = unknown, R = unknown> = (event: E, context: Context) => Promise<R>;

export class LambdaTimeoutError extends Error {
  override readonly name = 'LambdaTimeoutError';
}

/** The context object Lambda passes to a handler, with a real deadline. */
export function createLambdaContext(fn: FunctionIdentity, awsRequestId: string = randomUUID()): Context {
  const deadline = Date.now() + fn.timeoutSeconds * 1000;
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '/');
  const unsupported = () => {
    throw new Error('callback-style completion is not supported; return a promise');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: fn.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${fn.region}:${fn.accountId}:function:${fn.functionName}`,
    memoryLimitInMB: String(fn.memoryMb),
    awsRequestId,
    logGroupName: `/aws/lambda/${fn.functionName}`,
    logStreamName: `${day}/[$LATEST]${awsRequestId.replace(/-/g, '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}

/**
 * One synchronous invocation: fails like Lambda when the handler outlives its timeout. (The handler's
 * promise keeps running in this process; Lambda would freeze it.)
 */
export async function invokeHandler<E, R>(
  handler: LambdaHandler<E, R>,
  fn: FunctionIdentity,
  event: E,
  awsRequestId?: string,
): Promise<R> {
  const context = createLambdaContext(fn, awsRequestId);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LambdaTimeoutError(`Task timed out after ${fn.timeoutSeconds.toFixed(2)} seconds`)),
      fn.timeoutSeconds * 1000,
    );
  });
  try {
    // Events are JSON on the wire: the handler gets its own copy, never the caller's object.
    return await Promise.race([handler(structuredClone(event), context), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
