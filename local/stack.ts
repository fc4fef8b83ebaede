/**
 * The embedded local stack, composed: real engines (DynamoDB Local, s3rver) in child processes, and in this
 * process the three handlers wired exactly as lambdas/shared/wiring.ts says: bucket notifications → parse
 * (asynchronous invocation with retries and an on-failure destination), Articles stream → metrics (event
 * source mapping), REST API → api. One stack per process: handlers read their configuration from
 * process.env, which the stack sets before importing them.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { S3Event } from 'aws-lambda';
import type { FunctionKey, TableKey } from '../lambdas/shared/wiring.js';
import { adminRoutes, createDeadLettersApi } from './admin.js';
import type { DeadLettersApi } from './admin.js';
import { DEFAULT_DATA_DIR } from './connection.js';
import { prepareDataLayout, readOrCreateApiKey } from './data-dir.js';
import { createTables } from './engines/create-tables.js';
import {
  DEFAULT_BUCKET,
  LOCAL_ACCOUNT_ID,
  LOCAL_REGION,
  applyHandlerEnvironment,
  localEnvironment,
} from './engines/environment.js';
import { startEngines } from './engines/index.js';
import { localTableNames } from './engines/tables.js';
import { startApiServer } from './events/api-server.js';
import { createBucketNotifications } from './events/bucket-notifications.js';
import { startStreamMappings } from './events/stream-mappings.js';
import { createAsyncInvoker } from './runtime/async-invoker.js';
import type { AsyncInvoker } from './runtime/async-invoker.js';
import { createDeadLetterStore, errorSummary } from './runtime/dead-letters.js';
import { loadHandlers } from './runtime/handlers.js';
import type { FaultsApi } from './runtime/handlers.js';
import { functionIdentity, localFunctionNames } from './runtime/identity.js';
import type { LambdaHandler } from './runtime/lambda-context.js';
import type { StreamPoller } from './runtime/stream-poller.js';
import type { LocalCredentials } from './security/secrets.js';
import { localTriggers } from './triggers.js';

export { DEFAULT_BUCKET, LOCAL_ACCOUNT_ID, LOCAL_REGION } from './engines/environment.js';
export type { DeadLettersApi, ReplayResult } from './admin.js';
export { InjectedFaultError } from './runtime/handlers.js';
export type { FaultsApi } from './runtime/handlers.js';

export interface EmbeddedStackOptions {
  /** Keep DynamoDB in memory and S3 objects in a temporary directory removed on stop. Default: false. */
  readonly inMemory?: boolean;
  /** Persistent data directory (default .provincewire); ignored when inMemory. */
  readonly dataDir?: string;
  /** Port of the local API (default: any free port). */
  readonly apiPort?: number;
  readonly bucket?: string;
  /** Fixed API key; by default a random one (kept in the data directory when persistent). */
  readonly apiKey?: string;
  /** Parallel asynchronous invocations of parse (Lambda's concurrency). Default 4. */
  readonly concurrency?: number;
  /** Delay before the n-th retry (async and stream). Default 200 ms × n; Lambda uses minutes. */
  readonly retryDelayMs?: (retry: number) => number;
  /** Stream poll interval when the stream is quiet. Default 50 ms. */
  readonly pollIntervalMs?: number;
  readonly maxObjectBytes?: number;
  /** Stand-in handlers (tests); by default each function's entry file from FUNCTIONS is imported. */
  readonly handlers?: Partial<Record<FunctionKey, LambdaHandler>>;
  readonly log?: (line: string) => void;
}

export interface EmbeddedStack {
  readonly bucket: string;
  readonly apiUrl: string;
  readonly apiKey: string;
  readonly region: string;
  readonly accountId: string;
  /** The access key pair both engines require signatures from (kept per data directory, 600). */
  readonly credentials: LocalCredentials;
  readonly endpoints: { readonly s3: string; readonly dynamodb: string };
  readonly tableNames: Record<TableKey, string>;
  readonly functionNames: Record<FunctionKey, string>;
  /** null when in memory. */
  readonly dataDir: string | null;
  readonly pids: { readonly host: number; readonly java: number };
  /** Environment for SDKs and the aws CLI pointed at this stack. */
  readonly env: Readonly<Record<string, string>>;
  readonly deadLetters: DeadLettersApi;
  readonly faults: FaultsApi;
  /** Asynchronous invocation of parse with a given S3 event (to redeliver or reorder events). */
  invokeParse(event: S3Event): string;
  /** Every S3 event delivered to parse by the bucket so far (most recent 1000). */
  s3Events(): S3Event[];
  /** Resolves when S3 notifications, parse invocations and the Articles stream are all settled. */
  waitForIdle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startEmbeddedStack(options: EmbeddedStackOptions = {}): Promise<EmbeddedStack> {
  const log = options.log ?? (() => undefined);
  const layout = prepareDataLayout(options.inMemory ? null : (options.dataDir ?? DEFAULT_DATA_DIR));
  const bucket = options.bucket ?? DEFAULT_BUCKET;
  const retryDelayMs = options.retryDelayMs ?? ((retry: number) => 200 * retry);
  const triggers = localTriggers();

  const engines = await startEngines({
    dynamodbDir: layout.dynamodbDir,
    s3Dir: layout.s3Dir,
    runDir: layout.runDir,
    buckets: [bucket],
    credentials: layout.credentials,
    region: LOCAL_REGION,
  });
  const cleanups: (() => Promise<void> | void)[] = [() => engines.stop(), () => layout.cleanup()];
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse())
      await Promise.resolve(cleanup()).catch(() => undefined);
  };

  try {
    const tableNames = localTableNames();
    const functionNames = localFunctionNames();
    const endpoints = { s3: engines.s3Endpoint, dynamodb: engines.dynamodbEndpoint };
    const env = localEnvironment({
      endpoints,
      tableNames,
      credentials: layout.credentials,
      ...(options.maxObjectBytes === undefined ? {} : { maxObjectBytes: options.maxObjectBytes }),
    });
    applyHandlerEnvironment(env);

    const clientConfig = { region: LOCAL_REGION, credentials: layout.credentials };
    const dynamodb = new DynamoDBClient({ ...clientConfig, endpoint: engines.dynamodbEndpoint });
    const streams = new DynamoDBStreamsClient({ ...clientConfig, endpoint: engines.dynamodbEndpoint });
    cleanups.push(() => {
      dynamodb.destroy();
      streams.destroy();
    });
    // The environment is complete: handlers may load (the extraction engine's data takes a while) while
    // the tables are created.
    const [{ handlers, faults }] = await Promise.all([
      loadHandlers(options.handlers),
      createTables(dynamodb, tableNames),
    ]);
    const identity = (fn: FunctionKey) =>
      functionIdentity(fn, functionNames, { region: LOCAL_REGION, accountId: LOCAL_ACCOUNT_ID });
    const deadLetters = createDeadLetterStore(layout.deadLettersFile);

    // Bucket notifications → asynchronous invocations.
    const routes = triggers.bucket.map((trigger) => ({
      trigger,
      invoker: createAsyncInvoker({
        function: trigger.function,
        identity: identity(trigger.function),
        handler: handlers[trigger.function],
        retryAttempts: trigger.async.retryAttempts,
        maxEventAgeSeconds: trigger.async.maxEventAgeSeconds,
        retryDelayMs,
        concurrency: options.concurrency ?? 4,
        deadLetters,
        onAttemptFailed: ({ attempt, error }) =>
          log(`${functionNames[trigger.function]} attempt ${attempt} failed: ${errorSummary(error).message}`),
      }),
    }));
    cleanups.push(async () => {
      for (const { invoker } of routes) await invoker.close();
    });
    const invokers: Partial<Record<FunctionKey, AsyncInvoker>> = Object.fromEntries(
      routes.map(({ trigger, invoker }) => [trigger.function, invoker]),
    );
    const parseInvoker = invokers.parse;
    if (!parseInvoker) throw new Error('the wiring sends no bucket events to parse');
    const notifications = createBucketNotifications({ bucket, region: LOCAL_REGION, routes });
    engines.onS3Event((raw) => notifications.notify(raw));

    // Articles stream → metrics.
    const pollers: StreamPoller[] = [];
    cleanups.push(async () => {
      for (const poller of pollers) await poller.stop();
    });
    pollers.push(
      ...(await startStreamMappings({
        triggers: triggers.streams,
        dynamodb,
        streams,
        region: LOCAL_REGION,
        tableNames,
        handlers,
        identity,
        deadLetters,
        retryDelayMs,
        pollIntervalMs: options.pollIntervalMs ?? 50,
        checkpointFile: layout.checkpointFile,
        log,
      })),
    );

    const deadLettersApi = createDeadLettersApi({ store: deadLetters, invokers, handlers, identity });

    const [apiTrigger] = triggers.api;
    if (!apiTrigger) throw new Error('the wiring defines no API');
    const apiKey = readOrCreateApiKey(layout.dataDir, options.apiKey);
    const api = await startApiServer({
      trigger: apiTrigger,
      identity: identity(apiTrigger.function),
      handler: handlers[apiTrigger.function],
      apiKey,
      ...(options.apiPort === undefined ? {} : { port: options.apiPort }),
      apiId: 'local',
      accountId: LOCAL_ACCOUNT_ID,
      admin: adminRoutes(deadLettersApi),
      onError: (error) => log(`${functionNames.api}: ${errorSummary(error).message}`),
    });
    cleanups.push(() => api.close());

    const waitForIdle = async () => {
      for (;;) {
        await engines.flush();
        for (const { invoker } of routes) await invoker.waitForIdle();
        for (const poller of pollers) await poller.waitForIdle();
        if (routes.every(({ invoker }) => invoker.pending === 0)) return;
      }
    };

    return {
      bucket,
      apiUrl: api.url,
      apiKey,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT_ID,
      credentials: layout.credentials,
      endpoints,
      tableNames,
      functionNames,
      dataDir: layout.dataDir,
      pids: engines.pids,
      env,
      deadLetters: deadLettersApi,
      faults,
      invokeParse: (event) => parseInvoker.invoke(event),
      s3Events: () => notifications.delivered(),
      waitForIdle,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
