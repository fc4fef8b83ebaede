import {
  API_KEY_HEADER,
  API_ROUTES,
  API_STAGE,
  DEFAULT_KEY_SUFFIX,
  FUNCTIONS,
  TABLES,
} from '../lambdas/shared/wiring.js';
import type { FunctionKey, TableDefinition, TableKey } from '../lambdas/shared/wiring.js';

/** Retry policy of an asynchronous invocation (Lambda's EventInvokeConfig). */
export interface AsyncInvokePolicy {
  readonly retryAttempts: number;
  readonly maxEventAgeSeconds: number;
}

/** S3 bucket notification → function (asynchronous invocation). */
export interface BucketTrigger {
  readonly kind: 's3';
  readonly function: FunctionKey;
  readonly functionId: string;
  /** AWS notation, e.g. 's3:ObjectCreated:*'. */
  readonly events: readonly string[];
  readonly filter: { readonly suffix: string };
  readonly async: AsyncInvokePolicy;
}

/** DynamoDB stream → function (event source mapping, synchronous invocation by the poller). */
export interface StreamTrigger {
  readonly kind: 'dynamodb-stream';
  readonly function: FunctionKey;
  readonly functionId: string;
  readonly table: TableKey;
  readonly streamViewType: 'NEW_AND_OLD_IMAGES';
  readonly batchSize: number;
  readonly bisectBatchOnError: boolean;
  readonly retryAttempts: number;
  readonly reportBatchItemFailures: boolean;
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST';
}

export interface ApiRoute {
  readonly method: string;
  /** API Gateway resource path, with {params}. */
  readonly path: string;
  readonly apiKeyRequired: boolean;
}

/** API Gateway REST (v1) proxy integration → function. */
export interface ApiTrigger {
  readonly kind: 'api';
  readonly function: FunctionKey;
  readonly functionId: string;
  readonly stage: string;
  readonly apiKeyRequired: boolean;
  readonly apiKeyHeader: string;
  readonly routes: readonly ApiRoute[];
}

export interface LocalTriggers {
  readonly bucket: readonly BucketTrigger[];
  readonly streams: readonly StreamTrigger[];
  readonly api: readonly ApiTrigger[];
}

/** FUNCTIONS with its literal types widened, so every trigger kind can be read uniformly. */
type AnyTrigger =
  | { kind: 's3'; events: readonly string[] }
  | {
      kind: 'dynamodb-stream';
      table: TableKey;
      batchSize: number;
      bisectBatchOnError: boolean;
      retryAttempts: number;
      reportBatchItemFailures: boolean;
      startingPosition: 'TRIM_HORIZON' | 'LATEST';
    }
  | { kind: 'api'; apiKeyRequired: boolean };
interface AnyFunction {
  id: string;
  trigger: AnyTrigger;
  async?: AsyncInvokePolicy;
}

/** Lambda's default for asynchronous invocations when the wiring sets no policy. */
const DEFAULT_ASYNC: AsyncInvokePolicy = { retryAttempts: 2, maxEventAgeSeconds: 6 * 3600 };

/**
 * What the embedded stack wires, derived only from FUNCTIONS, TABLES and API_ROUTES. Pure: the embedded
 * stack runs exactly this, and the CDK drift test compares the synthesized template against it.
 */
export function localTriggers(): LocalTriggers {
  const bucket: BucketTrigger[] = [];
  const streams: StreamTrigger[] = [];
  const api: ApiTrigger[] = [];
  for (const key of Object.keys(FUNCTIONS) as FunctionKey[]) {
    const fn: AnyFunction = FUNCTIONS[key];
    const trigger = fn.trigger;
    switch (trigger.kind) {
      case 's3':
        bucket.push({
          kind: 's3',
          function: key,
          functionId: fn.id,
          events: [...trigger.events],
          filter: { suffix: DEFAULT_KEY_SUFFIX },
          async: { ...(fn.async ?? DEFAULT_ASYNC) },
        });
        break;
      case 'dynamodb-stream': {
        const table: TableDefinition = TABLES[trigger.table];
        const streamViewType = table.stream;
        if (!streamViewType) throw new Error(`table ${trigger.table} has no stream for ${key}`);
        streams.push({
          kind: 'dynamodb-stream',
          function: key,
          functionId: fn.id,
          table: trigger.table,
          streamViewType,
          batchSize: trigger.batchSize,
          bisectBatchOnError: trigger.bisectBatchOnError,
          retryAttempts: trigger.retryAttempts,
          reportBatchItemFailures: trigger.reportBatchItemFailures,
          startingPosition: trigger.startingPosition,
        });
        break;
      }
      case 'api':
        api.push({
          kind: 'api',
          function: key,
          functionId: fn.id,
          stage: API_STAGE,
          apiKeyRequired: trigger.apiKeyRequired,
          apiKeyHeader: API_KEY_HEADER,
          routes: API_ROUTES.map((route) => ({
            method: route.method,
            path: route.path,
            apiKeyRequired: trigger.apiKeyRequired && route.apiKeyRequired,
          })),
        });
        break;
    }
  }
  return { bucket, streams, api };
}
