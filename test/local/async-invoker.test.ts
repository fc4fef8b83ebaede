import { describe, expect, it } from 'vitest';
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

function setup(handler: LambdaHandler, overrides: { concurrency?: number; timeoutSeconds?: number } = {}) {
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
});
