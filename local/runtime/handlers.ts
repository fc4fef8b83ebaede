/**
 * The functions' handlers as the embedded stack runs them: each imported from its entry file in FUNCTIONS
 * (or a stand-in given by a test), behind a switchable fault that makes it throw before it runs.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { S3Event } from 'aws-lambda';
import { decodeS3EventKey } from '../../lambdas/shared/s3-keys.js';
import { FUNCTIONS } from '../../lambdas/shared/wiring.js';
import type { FunctionKey } from '../../lambdas/shared/wiring.js';
import { REPO_ROOT } from '../engines/index.js';
import type { LambdaHandler } from './lambda-context.js';

export interface FaultsApi {
  /**
   * Make `fn` throw before its handler runs when the event matches: for S3 events the decoded object keys
   * are tested, otherwise the event's JSON. null clears the fault. Off by default; for tests.
   */
  set(fn: FunctionKey, pattern: RegExp | null): void;
  clear(): void;
}

export class InjectedFaultError extends Error {
  override readonly name = 'InjectedFaultError';
}

export async function importHandler(fn: FunctionKey): Promise<LambdaHandler> {
  const spec = FUNCTIONS[fn];
  const module = (await import(pathToFileURL(resolve(REPO_ROOT, spec.entry)).href)) as Record<
    string,
    unknown
  >;
  const handler = module[spec.handler];
  if (typeof handler !== 'function') throw new Error(`${spec.entry} does not export ${spec.handler}`);
  return handler as LambdaHandler;
}

export function matchesFault(pattern: RegExp, event: unknown): boolean {
  const records = (event as Partial<S3Event> | null)?.Records;
  if (Array.isArray(records) && records.every((record) => typeof record?.s3?.object?.key === 'string')) {
    return records.some((record) => pattern.test(decodeS3EventKey(record.s3.object.key)));
  }
  return pattern.test(JSON.stringify(event));
}

export interface LoadedHandlers {
  readonly handlers: Record<FunctionKey, LambdaHandler>;
  readonly faults: FaultsApi;
}

/** Every function's handler, loaded in parallel, each wrapped with its fault switch. */
export async function loadHandlers(
  standIns: Partial<Record<FunctionKey, LambdaHandler>> = {},
): Promise<LoadedHandlers> {
  const faults = new Map<FunctionKey, RegExp>();
  const load = async (fn: FunctionKey): Promise<[FunctionKey, LambdaHandler]> => {
    const real = standIns[fn] ?? (await importHandler(fn));
    return [
      fn,
      async (event, context) => {
        const pattern = faults.get(fn);
        if (pattern && matchesFault(pattern, event)) {
          throw new InjectedFaultError(`injected fault for ${fn} (${String(pattern)})`);
        }
        return real(event, context);
      },
    ];
  };
  const loaded = await Promise.all((Object.keys(FUNCTIONS) as FunctionKey[]).map(load));
  return {
    handlers: Object.fromEntries(loaded) as Record<FunctionKey, LambdaHandler>,
    faults: {
      set: (fn, pattern) => void (pattern ? faults.set(fn, pattern) : faults.delete(fn)),
      clear: () => faults.clear(),
    },
  };
}
