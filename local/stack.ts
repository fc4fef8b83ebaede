/**
 * The embedded local stack, composed: real engines (DynamoDB Local, s3rver) in child processes, and in this
 * process the three handlers wired exactly as lambdas/shared/wiring.ts says: bucket notifications → parse
 * (asynchronous invocation with retries and an on-failure destination), Articles stream → metrics (event
 * source mapping), REST API → api. One stack per process: handlers read their configuration from
 * process.env, which the stack sets before importing them.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { S3Event } from 'aws-lambda';
import { reconcile } from '../lambdas/reconcile/index.js';
import type { ReconcileReport, ReconcileTarget } from '../lambdas/reconcile/index.js';
import { DEFAULT_KEY_SUFFIX } from '../lambdas/shared/wiring.js';
import type { FunctionKey, TableKey } from '../lambdas/shared/wiring.js';
import { adminRoutes, createDeadLettersApi } from './admin.js';
import type { DeadLettersApi } from './admin.js';
import { embeddedS3Client } from './clients.js';
import { adminUrlOf, DEFAULT_DATA_DIR } from './connection.js';
import { emulatedComponents } from './emulation/components.js';
import type { EmulationProfile } from './emulation/localstack.js';
import { prepareDataLayout, readOrCreateApiKey } from './data-dir.js';
import type { DataLayout } from './data-dir.js';
import { createTables } from './engines/create-tables.js';
import { isEngineFaultSummary } from './engines/faults.js';
import {
  DEFAULT_BUCKET,
  LOCAL_ACCOUNT_ID,
  LOCAL_REGION,
  applyHandlerEnvironment,
  localEnvironment,
} from './engines/environment.js';
import { startEngines } from './engines/index.js';
import type { Engines } from './engines/index.js';
import { localTableNames } from './engines/tables.js';
import { startApiServer } from './events/api-server.js';
import { startDashboardServer } from './events/dashboard-server.js';
import type { DashboardConfig } from './events/dashboard-server.js';
import { createBucketNotifications } from './events/bucket-notifications.js';
import { healthAnswer, healthReport } from './health.js';
import type { HealthReport } from './health.js';
import { lockDataDir } from './lock.js';
import { descendantNamed, processRef } from './processes.js';
import { embeddedReconcileTarget } from './reconcile-target.js';
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
  /** Port of the dashboard (default: any free port). */
  readonly dashboardPort?: number;
  /** Build the dashboard at start rather than on its first request. Default false. */
  readonly prebuildDashboard?: boolean;
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
  /**
   * A fidelity profile (local/emulation/): the target's known differences from AWS replace the stack's
   * own sequencers, retry delays and stream pacing (retryDelayMs and pollIntervalMs are then ignored).
   */
  readonly emulate?: EmulationProfile;
  /** Stand-in handlers (tests); by default each function's entry file from FUNCTIONS is imported. */
  readonly handlers?: Partial<Record<FunctionKey, LambdaHandler>>;
  readonly log?: (line: string) => void;
  /** Re-drive what the bucket holds and the pipeline never processed, and repair metrics, at start. Default: true, false with stand-in handlers. */
  readonly reconcileAtStart?: boolean;
  /** How long stop() waits for in-flight work before it stops the runtime anyway. Default 10 s. */
  readonly drainTimeoutMs?: number;
  /** Called when the engines die: the stack has then stopped itself (never half-alive). */
  readonly onFailure?: (reason: string) => void;
}

export interface EmbeddedStack {
  readonly bucket: string;
  readonly apiUrl: string;
  /** The dashboard, on its own loopback origin (the only one the API answers CORS for). */
  readonly dashboardUrl: string;
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
  readonly faults: FaultsApi & {
    /** Lose the bucket notifications of keys matching `pattern` (as if the stack died before delivering them). */
    dropNotifications(pattern: RegExp | null): void;
  };
  /** The fidelity profile in effect, if any. */
  readonly emulating?: EmulationProfile;
  /** Asynchronous invocation of parse with a given S3 event (to redeliver or reorder events). */
  invokeParse(event: S3Event): string;
  /** Every S3 event delivered to parse by the bucket so far (most recent 1000). */
  s3Events(): S3Event[];
  /** Resolves when the start-up reconcile, S3 notifications, parse invocations and the stream are settled. */
  waitForIdle(): Promise<void>;
  /** The start-up reconcile pass (undefined when disabled or failed). */
  readonly recovery: Promise<StartupRecovery | undefined>;
  /** What GET /health reports (no API key needed there). */
  health(): Promise<HealthReport>;
  /**
   * Drains, then stops: the API closes, in-flight work may finish (up to drainTimeoutMs), then pollers and
   * invokers stop without dead-lettering or checkpointing anything unapplied, then the engines stop
   * gracefully. Whatever did not finish is re-driven from the bucket at the next start.
   */
  stop(): Promise<void>;
}

export interface StartupRecovery {
  readonly objects: ReconcileReport;
  readonly metrics: ReconcileReport;
}

export async function startEmbeddedStack(options: EmbeddedStackOptions = {}): Promise<EmbeddedStack> {
  const log = options.log ?? (() => undefined);
  const requestedDir = options.inMemory ? null : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  if (requestedDir) mkdirSync(requestedDir, { recursive: true });
  // Before anything touches the directory: a second stack on it is refused here.
  const lock = requestedDir ? lockDataDir(requestedDir) : undefined;
  const cleanups: Cleanup[] = [() => lock?.release()];
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const cleanup of cleanups.splice(0).reverse()) {
        await Promise.resolve(cleanup()).catch((error: unknown) =>
          log(`stop: ${errorSummary(error).message}`),
        );
      }
    })());
  try {
    const layout = prepareDataLayout(requestedDir);
    cleanups.push(() => layout.cleanup());
    const engines = await startEngines({
      dynamodbDir: layout.dynamodbDir,
      s3Dir: layout.s3Dir,
      runDir: layout.runDir,
      buckets: [options.bucket ?? DEFAULT_BUCKET],
      credentials: layout.credentials,
      region: LOCAL_REGION,
    });
    cleanups.push(() => engines.stop());
    // The relay's pid stands for Java where the private namespace is used: Java runs under it.
    const { host, java } = engines.pids;
    lock?.recordEngines([host, java, descendantNamed(java, 'java')].filter((pid) => pid > 0).map(processRef));
    return await compose({ options, log, layout, engines, cleanups, stopAll, isStopping: () => !!stopping });
  } catch (error) {
    await stopAll();
    throw error;
  }
}

type Cleanup = () => Promise<void> | void;

interface Parts {
  readonly options: EmbeddedStackOptions;
  readonly log: (line: string) => void;
  readonly layout: DataLayout;
  readonly engines: Engines;
  /** Run in reverse order by stopAll. */
  readonly cleanups: Cleanup[];
  readonly stopAll: () => Promise<void>;
  readonly isStopping: () => boolean;
}

async function compose(parts: Parts): Promise<EmbeddedStack> {
  const { options, log, layout, engines, cleanups, stopAll } = parts;
  // Work failing while an engine is down is not the event's failure (local/engines/faults.ts).
  const available = () => engines.alive;
  const bucket = options.bucket ?? DEFAULT_BUCKET;
  const emulated = options.emulate ? emulatedComponents(options.emulate) : undefined;
  const retryDelayMs =
    emulated?.asyncRetryDelayMs ?? options.retryDelayMs ?? ((retry: number) => 200 * retry);
  const triggers = localTriggers();
  let failure: string | undefined;
  engines.onExit((reason) => {
    failure = reason;
    log(`the engines stopped unexpectedly (${reason}); stopping the stack`);
    void stopAll().then(() => options.onFailure?.(reason));
  });

  const tableNames = localTableNames();
  const functionNames = localFunctionNames();
  const endpoints = { s3: engines.s3Endpoint, dynamodb: engines.dynamodbEndpoint };
  // The dashboard first: its origin is the API's one CORS origin, given to the api function's environment.
  const dashboardConfig: { current?: DashboardConfig } = {};
  const dashboard = await startDashboardServer({
    config: () => dashboardConfig.current,
    prebuild: options.prebuildDashboard ?? false,
    ...(options.dashboardPort === undefined ? {} : { port: options.dashboardPort }),
    onError: (error) => log(`dashboard: ${errorSummary(error).message}`),
  });
  cleanups.push(() => dashboard.close());
  const env = localEnvironment({
    endpoints,
    tableNames,
    bucket,
    dashboardOrigin: dashboard.origin,
    credentials: layout.credentials,
    secretFiles: layout.secretFiles,
    ...(options.maxObjectBytes === undefined ? {} : { maxObjectBytes: options.maxObjectBytes }),
  });
  applyHandlerEnvironment(env);

  const address = { region: LOCAL_REGION, credentials: layout.credentials, endpoints };
  const dynamodb = new DynamoDBClient({ ...address, endpoint: engines.dynamodbEndpoint });
  const streams = new DynamoDBStreamsClient({ ...address, endpoint: engines.dynamodbEndpoint });
  const s3 = embeddedS3Client(address);
  cleanups.push(() => {
    dynamodb.destroy();
    streams.destroy();
    s3.destroy();
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
      available,
      onAttemptFailed: ({ attempt, error }) =>
        log(`${functionNames[trigger.function]} attempt ${attempt} failed: ${errorSummary(error).message}`),
    }),
  }));
  cleanups.push(async () => {
    let dropped = 0;
    for (const { invoker } of routes) dropped += await invoker.close();
    if (dropped > 0)
      log(`${dropped} queued event(s) left for the next start, which re-drives them from the bucket`);
  });
  const invokers: Partial<Record<FunctionKey, AsyncInvoker>> = Object.fromEntries(
    routes.map(({ trigger, invoker }) => [trigger.function, invoker]),
  );
  const parseInvoker = invokers.parse;
  if (!parseInvoker) throw new Error('the wiring sends no bucket events to parse');
  const notifications = createBucketNotifications({
    bucket,
    region: LOCAL_REGION,
    routes,
    ...(emulated ? { sequencer: emulated.s3Sequencer } : {}),
  });
  let dropNotifications: RegExp | null = null;
  engines.onS3Event((raw) => {
    if (dropNotifications?.test(raw.key)) return;
    try {
      notifications.notify(raw);
    } catch (error) {
      // A change that lands after the invokers closed (an upload still in flight when the drain ended):
      // the object is in the bucket, and the next start re-drives it.
      log(
        `${raw.key}: not processed before the stop (${errorSummary(error).message}); the next start re-drives it`,
      );
    }
  });

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
      retryDelayMs: emulated?.stream.retryDelayMs ?? retryDelayMs,
      pollIntervalMs: options.pollIntervalMs ?? 50,
      ...(emulated
        ? { pacing: emulated.stream.pacing, bisectBatchOnError: emulated.stream.bisectBatchOnError }
        : {}),
      checkpointFile: layout.checkpointFile,
      log,
      available,
    })),
  );

  const idle = async () => {
    for (;;) {
      await engines.flush();
      for (const { invoker } of routes) await invoker.waitForIdle();
      for (const poller of pollers) await poller.waitForIdle();
      if (routes.every(({ invoker }) => invoker.pending === 0)) return;
    }
  };
  // Drain: runs after the API has closed, before pollers and invokers stop.
  cleanups.push(async () => {
    if (!engines.alive) return;
    // From here the local S3 answers 503 to uploads: nothing is acknowledged that this stop leaves behind.
    await engines.drain();
    const timeoutMs = options.drainTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      idle().then(() => false),
      new Promise<boolean>((done) => (timer = setTimeout(() => done(true), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (timedOut) log(`still busy after ${timeoutMs} ms; stopping without recording unfinished work as done`);
  });

  const deadLettersApi = createDeadLettersApi({ store: deadLetters, invokers, handlers, identity });
  const health = () =>
    healthReport({
      engines: {
        alive: engines.alive,
        s3Endpoint: engines.s3Endpoint,
        dynamodbEndpoint: engines.dynamodbEndpoint,
      },
      pollers: pollers.map((poller, index) => ({
        table: tableNames[triggers.streams[index]?.table ?? 'articles'],
        running: poller.running,
        delivered: poller.delivered,
        lastError: poller.lastError,
      })),
      queues: Object.fromEntries(routes.map(({ trigger, invoker }) => [trigger.function, invoker.pending])),
      deadLetters: deadLetters.list().length,
      failure,
    });

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
    admin: adminRoutes(deadLettersApi, invokers),
    health: async () => healthAnswer(await health()),
    onError: (error) => log(`${functionNames.api}: ${errorSummary(error).message}`),
    corsOrigin: dashboard.origin,
  });
  cleanups.push(() => api.close());
  dashboardConfig.current = { apiUrl: api.url, adminUrl: adminUrlOf(api.url) };

  const target = embeddedReconcileTarget({
    description: `embedded stack (${layout.dataDir ?? 'in memory'})`,
    bucket,
    region: LOCAL_REGION,
    suffix: DEFAULT_KEY_SUFFIX,
    tableNames,
    s3,
    dynamodb,
    parse: parseInvoker,
    deadLetters,
  });
  // Stand-in handlers (tests) write no real records: nothing to reconcile against.
  const reconcileAtStart = options.reconcileAtStart ?? options.handlers === undefined;
  const recovery = (async () => {
    await replayEngineFaultLetters(deadLettersApi, log);
    return reconcileAtStart ? await recoverAtStart(target, idle, log) : undefined;
  })().catch((error: unknown) => {
    if (!parts.isStopping()) log(`start-up recovery failed: ${errorSummary(error).message}`);
    return undefined;
  });

  return {
    bucket,
    apiUrl: api.url,
    dashboardUrl: dashboard.url,
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
    faults: { ...faults, dropNotifications: (pattern) => void (dropNotifications = pattern) },
    ...(options.emulate ? { emulating: options.emulate } : {}),
    invokeParse: (event) => parseInvoker.invoke(event),
    s3Events: () => notifications.delivered(),
    waitForIdle: async () => {
      await recovery;
      await idle();
    },
    recovery,
    health,
    stop: stopAll,
  };
}

/**
 * Letters an engine's death sent to the dead letters (the event was never at fault) go back to the pipeline
 * at start, before the reconcile pass, which leaves a dead-lettered key to its letter.
 */
async function replayEngineFaultLetters(letters: DeadLettersApi, log: (line: string) => void): Promise<void> {
  let replayed = 0;
  for (const letter of letters.list().filter((l) => isEngineFaultSummary(l.error)))
    if ((await letters.replay(letter.id)).ok) replayed += 1;
  if (replayed > 0) log(`recovered at start: ${replayed} dead letter(s) left by an engine's death replayed`);
}

/**
 * What a crash may have left: objects whose events never ran are re-driven (a key whose event already
 * dead-lettered is left to its letter), then, once those have settled, the metrics are checked and repaired.
 */
async function recoverAtStart(
  target: ReconcileTarget,
  idle: () => Promise<void>,
  log: (line: string) => void,
): Promise<StartupRecovery> {
  const skipKeys = new Set((await target.deadLetters()).flatMap((letter) => letter.keys));
  const objects = await reconcile(target, { fix: true, metrics: false, skipKeys });
  await idle();
  const metrics = await reconcile(target, { fix: true, redrive: false });
  const redriven = objects.fixed?.redriven ?? 0;
  const repairs = metrics.fixed?.metricsTransactions ?? 0;
  if (redriven + repairs > 0)
    log(`recovered at start: ${redriven} object(s) re-driven, ${repairs} metrics repair transaction(s)`);
  return { objects, metrics };
}
