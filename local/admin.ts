/**
 * The embedded stack's own admin surface (API Gateway has no such paths): dead letters listed, replayed
 * and discarded, as an API for tests and as routes under /_local/ on the API port.
 */
import type { FunctionKey } from '../lambdas/shared/wiring.js';
import type { AdminRequest } from './events/api-server.js';
import { gatewayAnswer } from './events/api-gateway.js';
import type { HttpAnswer } from './events/api-gateway.js';
import type { AsyncInvoker } from './runtime/async-invoker.js';
import { errorSummary } from './runtime/dead-letters.js';
import type { DeadLetter, DeadLetterStore } from './runtime/dead-letters.js';
import { invokeHandler } from './runtime/lambda-context.js';
import type { FunctionIdentity, LambdaHandler } from './runtime/lambda-context.js';

export interface ReplayResult {
  readonly ok: boolean;
  /** Async replays are queued again (a new dead letter appears if they fail again). */
  readonly requestId?: string;
  readonly error?: DeadLetter['error'];
}

export interface DeadLettersApi {
  list(fn?: FunctionKey): DeadLetter[];
  /** Sends the stored event to its function again; the letter is removed when it is handed over/succeeds. */
  replay(id: string): Promise<ReplayResult>;
  discard(id: string): boolean;
}

export function createDeadLettersApi(options: {
  readonly store: DeadLetterStore;
  readonly invokers: Partial<Record<FunctionKey, AsyncInvoker>>;
  readonly handlers: Record<FunctionKey, LambdaHandler>;
  readonly identity: (fn: FunctionKey) => FunctionIdentity;
}): DeadLettersApi {
  const { store } = options;
  return {
    list: (fn) => store.list().filter((letter) => fn === undefined || letter.function === fn),
    async replay(id) {
      const letter = store.get(id);
      if (!letter) return { ok: false, error: { name: 'NotFound', message: `no dead letter ${id}` } };
      if (letter.source === 'async') {
        const invoker = options.invokers[letter.function];
        if (!invoker)
          return { ok: false, error: { name: 'NotFound', message: `no invoker for ${letter.function}` } };
        store.remove(id);
        return { ok: true, requestId: invoker.invoke(letter.event) };
      }
      try {
        await invokeHandler(
          options.handlers[letter.function],
          options.identity(letter.function),
          letter.event,
        );
        store.remove(id);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: errorSummary(error) };
      }
    },
    discard: (id) => store.remove(id),
  };
}

const json = (statusCode: number, value: unknown): HttpAnswer => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: Buffer.from(JSON.stringify(value)),
});

/** The /_local/ routes. */
export function adminRoutes(deadLetters: DeadLettersApi): (request: AdminRequest) => Promise<HttpAnswer> {
  return async (request) => {
    if (request.method === 'GET' && request.path === '/dead-letters') {
      return json(200, { items: deadLetters.list() });
    }
    const replay = /^\/dead-letters\/([^/]+)\/replay$/.exec(request.path);
    if (request.method === 'POST' && replay?.[1]) {
      const result = await deadLetters.replay(replay[1]);
      return json(result.ok ? 202 : result.error?.name === 'NotFound' ? 404 : 502, result);
    }
    const single = /^\/dead-letters\/([^/]+)$/.exec(request.path);
    if (request.method === 'DELETE' && single?.[1]) {
      return deadLetters.discard(single[1]) ? json(204, {}) : json(404, { message: 'Not Found' });
    }
    return gatewayAnswer(404, 'Not Found');
  };
}
