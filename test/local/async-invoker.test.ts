import { describe, expect, it } from 'vitest';
import { DYNAMODB_NOT_ANSWERING } from '../../local/engines/faults.js';
import { createAsyncInvoker } from '../../local/runtime/async-invoker.js';
import { createDeadLetterStore } from '../../local/runtime/dead-letters.js';
import type { LambdaHandler } from '../../local/runtime/lambda-context.js';

const IDENTITY = {
  functionName: 'Fn',
  memoryMb: 128,
  timeoutSeconds: 1,
  region: 'us-east-1',
  accountId: '0',
};

function setup(
  handler: LambdaHandler,
  overrides: { concurrency?: number; timeoutSeconds?: number; available?: () => boolean } = {},
) {
  const deadLetters = createDeadLetterStore();
  const invoker = createAsyncInvoker({
    function: 'parse',
    identity: { ...IDENTITY, timeoutSeconds: overrides.timeoutSeconds ?? 1 },
    handler,
    retryAttempts: 2,
    maxEventAgeSeconds: 3600,
    retryDelayMs: () => 5,
    concurrency: overrides.concurrency ?? 4,
    deadLetters,
    ...(overrides.available ? { available: overrides.available } : {}),
  });
  return { invoker, deadLetters };
}

describe('Function: createAsyncInvoker', () => {
  it('invokes once with a Lambda-like context and a copy of the event', async () => {
    // Prepare
    const seen: { event: unknown; requestId: string; remaining: number; name: string }[] = [];
    const event = { n: 1 };
    const { invoker, deadLetters } = setup(async (received, context) => {
      seen.push({
        event: received,
        requestId: context.awsRequestId,
        remaining: context.getRemainingTimeInMillis(),
        name: context.functionName,
      });
    });
    // Act
    const requestId = invoker.invoke(event);
    await invoker.waitForIdle();
    // Assess
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ event: { n: 1 }, requestId, name: 'Fn' });
    expect(seen[0]?.event).not.toBe(event);
    expect(seen[0]?.remaining).toBeGreaterThan(0);
    expect(deadLetters.list()).toEqual([]);
  });

  it('retries twice, then keeps the event as a dead letter with the error and attempts', async () => {
    // Prepare
    let calls = 0;
    const { invoker, deadLetters } = setup(async () => {
      calls += 1;
      throw new TypeError(`boom ${calls}`);
    });
    // Act
    const requestId = invoker.invoke({ key: 'x' });
    await invoker.waitForIdle();
    // Assess
    expect(calls).toBe(3);
    expect(deadLetters.list()).toEqual([
      expect.objectContaining({
        function: 'parse',
        source: 'async',
        event: { key: 'x' },
        error: { name: 'TypeError', message: 'boom 3' },
        attempts: 3,
        requestId,
      }),
    ]);
  });

  it('succeeds on a retry without a dead letter', async () => {
    // Prepare
    let calls = 0;
    const { invoker, deadLetters } = setup(async () => {
      calls += 1;
      if (calls < 3) throw new Error('transient');
    });
    // Act
    invoker.invoke({});
    await invoker.waitForIdle();
    // Assess
    expect(calls).toBe(3);
    expect(deadLetters.list()).toEqual([]);
  });

  it('never runs more invocations at once than its concurrency', async () => {
    // Prepare
    let running = 0;
    let peak = 0;
    const { invoker } = setup(
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
      },
      { concurrency: 3 },
    );
    // Act
    for (let index = 0; index < 12; index += 1) invoker.invoke({ index });
    await invoker.waitForIdle();
    // Assess
    expect(peak).toBe(3);
  });

  it('fails an invocation that outlives the function timeout', async () => {
    // Prepare
    const { invoker, deadLetters } = setup(() => new Promise((resolve) => setTimeout(resolve, 1500)), {
      timeoutSeconds: 0.02,
    });
    // Act
    invoker.invoke({});
    await invoker.waitForIdle();
    // Assess
    expect(deadLetters.list()[0]?.error.name).toBe('LambdaTimeoutError');
  });

  it('dead-letters nothing on close: a run failing while closing and the queued events are dropped and counted', async () => {
    // Prepare: concurrency 1, the first run fails once the invoker is closing; two more wait in the queue.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { invoker, deadLetters } = setup(
      async () => {
        await gate;
        throw new Error('interrupted by the stop');
      },
      { concurrency: 1 },
    );
    for (let n = 0; n < 3; n++) invoker.invoke({ n });
    // Act
    const closing = invoker.close();
    release();
    const dropped = await closing;
    // Assess
    expect(dropped).toBe(3);
    expect(deadLetters.list()).toEqual([]);
  });

  // Chaos seed 220: DynamoDB Local killed under uploads; the parse attempts failed against the dead engine
  // before the stack had stopped, used up their retries and were dead-lettered, so the next start (which
  // leaves dead-lettered keys to their letters) never processed them.
  it('an engine fault does not use up an attempt: the event is retried until the engine answers', async () => {
    // Prepare: the gate's answer while DynamoDB Local is down, five times (more than retryAttempts)
    let calls = 0;
    const { invoker, deadLetters } = setup(async () => {
      calls += 1;
      if (calls <= 5) throw Object.assign(new Error(DYNAMODB_NOT_ANSWERING), { name: 'InternalServerError' });
    });
    // Act
    invoker.invoke({ key: 'k' });
    await invoker.waitForIdle();
    // Assess
    expect(calls).toBe(6);
    expect(deadLetters.list()).toEqual([]);
  });

  it('an engine fault through a wrapped cause (connection refused) is not charged either', async () => {
    // Prepare
    let calls = 0;
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const { invoker, deadLetters } = setup(async () => {
      calls += 1;
      if (calls <= 4) throw new Error('parse failed', { cause: refused });
    });
    // Act
    invoker.invoke({});
    await invoker.waitForIdle();
    // Assess
    expect(calls).toBe(5);
    expect(deadLetters.list()).toEqual([]);
  });

  it('while the engines are down, any failure is held (never dead-lettered) and a stop drops it for the next start', async () => {
    // Prepare: the error does not say "engine", but the engines are not available
    let calls = 0;
    const { invoker, deadLetters } = setup(
      async () => {
        calls += 1;
        throw new TypeError('socket closed');
      },
      { available: () => false },
    );
    // Act
    invoker.invoke({});
    await new Promise((resolve) => setTimeout(resolve, 100));
    const dropped = await invoker.close();
    // Assess
    expect(calls).toBeGreaterThan(3);
    expect(deadLetters.list()).toEqual([]);
    expect(dropped).toBe(1);
  });

  it('a failure of the event itself still ends as a dead letter while the engines are up', async () => {
    // Prepare
    const { invoker, deadLetters } = setup(
      async () => {
        throw new TypeError('bad event');
      },
      { available: () => true },
    );
    // Act
    invoker.invoke({});
    await invoker.waitForIdle();
    // Assess
    expect(deadLetters.list()).toHaveLength(1);
  });
});
