/**
 * Lambda's asynchronous invocation, in process: events are queued, run with bounded concurrency, retried
 * (retryAttempts times, after the given delays) and, when every attempt failed or the event grew too old,
 * sent to the on-failure destination (the dead-letter store). An attempt that failed because an engine was
 * down is not the event's failure: it is retried without using up an attempt, and dropped for the next start
 * if the stack stops first.
 */
import { randomUUID } from 'node:crypto';
import { isEngineFault } from '../engines/faults.js';
import type { FunctionKey } from '../../lambdas/shared/wiring.js';
import { errorSummary } from './dead-letters.js';
import type { DeadLetterStore } from './dead-letters.js';
import { invokeHandler } from './lambda-context.js';
import type { FunctionIdentity, LambdaHandler } from './lambda-context.js';

export interface AsyncInvokerOptions {
  readonly function: FunctionKey;
  readonly identity: FunctionIdentity;
  readonly handler: LambdaHandler;
  readonly retryAttempts: number;
  readonly maxEventAgeSeconds: number;
  /** Delay before retry n (1-based); Lambda waits about 1 and 2 minutes, locally much less. */
  readonly retryDelayMs: (retry: number) => number;
  readonly concurrency: number;
  readonly deadLetters: DeadLetterStore;
  /** False while an engine is down (defaults to always available). */
  readonly available?: () => boolean;
  /** Called after each failed attempt (for logs). */
  readonly onAttemptFailed?: (info: { requestId: string; attempt: number; error: unknown }) => void;
}

interface Job {
  readonly requestId: string;
  readonly event: unknown;
  readonly queuedAt: number;
  attempts: number;
}

export interface AsyncInvoker {
  /** Queue an event (InvocationType Event); returns the request id at once. */
  invoke(event: unknown): string;
  /** Resolves when nothing is queued, waiting for a retry, or running. */
  waitForIdle(): Promise<void>;
  readonly pending: number;
  /**
   * Stop taking new work; resolves when running invocations have finished, with the number of events
   * dropped (queued, waiting for a retry, or failed while closing). A stop is not a failure: dropped events
   * are not dead-lettered (the embedded stack rebuilds them from the bucket at its next start).
   */
  close(): Promise<number>;
}

export function createAsyncInvoker(options: AsyncInvokerOptions): AsyncInvoker {
  const queue: Job[] = [];
  let running = 0;
  let waiting = 0;
  let closed = false;
  let dropped = 0;
  let idleWaiters: (() => void)[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const pending = () => queue.length + running + waiting;
  const notifyIfIdle = () => {
    if (pending() > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const finish = (job: Job, error: unknown) => {
    options.deadLetters.add({
      function: options.function,
      source: 'async',
      event: job.event,
      error: errorSummary(error),
      attempts: job.attempts,
      firstAttemptAt: new Date(job.queuedAt).toISOString(),
      failedAt: new Date().toISOString(),
      requestId: job.requestId,
    });
  };

  const run = async (job: Job) => {
    job.attempts += 1;
    try {
      await invokeHandler(options.handler, options.identity, job.event, job.requestId);
    } catch (error) {
      options.onAttemptFailed?.({ requestId: job.requestId, attempt: job.attempts, error });
      const tooOld = Date.now() - job.queuedAt > options.maxEventAgeSeconds * 1000;
      if (closed) {
        dropped += 1;
        return;
      }
      if (isEngineFault(error, options.available) && !tooOld) job.attempts -= 1;
      else if (job.attempts > options.retryAttempts || tooOld) {
        finish(job, error);
        return;
      }
      waiting += 1;
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          waiting -= 1;
          queue.push(job);
          pump();
        },
        options.retryDelayMs(Math.max(1, job.attempts)),
      );
      timers.add(timer);
    }
  };

  const pump = () => {
    while (!closed && running < options.concurrency && queue.length > 0) {
      const job = queue.shift() as Job;
      running += 1;
      void run(job).finally(() => {
        running -= 1;
        pump();
        notifyIfIdle();
      });
    }
    notifyIfIdle();
  };

  return {
    invoke(event) {
      if (closed) throw new Error(`${options.identity.functionName}: invoker is closed`);
      const job: Job = { requestId: randomUUID(), event, queuedAt: Date.now(), attempts: 0 };
      queue.push(job);
      pump();
      return job.requestId;
    },
    waitForIdle: () =>
      pending() === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve)),
    get pending() {
      return pending();
    },
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      dropped += waiting + queue.length;
      waiting = 0;
      queue.length = 0;
      if (running > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      notifyIfIdle();
      return dropped;
    },
  };
}
