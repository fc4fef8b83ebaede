/**
 * The embedded local stack: real engines (DynamoDB Local, s3rver) in child processes, and in this process
 * the three handlers wired exactly as lambdas/shared/wiring.ts says: bucket notifications → parse
 * (asynchronous invocation with retries and an on-failure destination), Articles stream → metrics (event
 * source mapping), REST API → api. One stack per process: handlers read their configuration from
 * process.env, which the stack sets before importing them.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { S3Event } from 'aws-lambda';
import { DEFAULT_MAX_OBJECT_BYTES, ENV, FUNCTIONS, STACK_NAME, TABLES } from '../lambdas/shared/wiring.js';
import type { FunctionKey, TableKey } from '../lambdas/shared/wiring.js';
import { createAsyncInvoker } from './async-invoker.js';
import { startApiServer } from './api-server.js';
import type { AdminRequest } from './api-server.js';
import { gatewayAnswer } from './apigw-event.js';
import type { HttpAnswer } from './apigw-event.js';
import { DEFAULT_DATA_DIR } from './connection.js';
import { createDeadLetterStore, errorSummary } from './dead-letters.js';
import type { DeadLetter } from './dead-letters.js';
import { REPO_ROOT, startEngines } from './engines.js';
import { invokeHandler } from './lambda-context.js';
import type { FunctionIdentity, LambdaHandler } from './lambda-context.js';
import { createSequencer, decodeS3EventKey, selectsNotification, toS3Event } from './s3-events.js';
import type { RawS3Notification } from './s3-events.js';
import { startStreamPoller } from './stream-poller.js';
import type { StreamHandler, StreamPoller } from './stream-poller.js';
import { localTableNames, tableCreateInputs, timeToLiveInputs } from './tables.js';
import { localTriggers } from './triggers.js';

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT_ID = '000000000000';
/** s3rver accepts only these; DynamoDB Local accepts any alphanumeric pair, so one pair serves both. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const DEFAULT_BUCKET = 'provincewire-articles';

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

export interface FaultsApi {
  /**
   * Make `fn` throw before its handler runs when the event matches: for S3 events the decoded object keys
   * are tested, otherwise the event's JSON. null clears the fault. Off by default; for tests.
   */
  set(fn: FunctionKey, pattern: RegExp | null): void;
  clear(): void;
}

export interface EmbeddedStack {
  readonly bucket: string;
  readonly apiUrl: string;
  readonly apiKey: string;
  readonly region: string;
  readonly accountId: string;
  readonly credentials: typeof LOCAL_CREDENTIALS;
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

export class InjectedFaultError extends Error {
  override readonly name = 'InjectedFaultError';
}

async function importHandler(fn: FunctionKey): Promise<LambdaHandler> {
  const spec = FUNCTIONS[fn];
  const module = (await import(pathToFileURL(resolve(REPO_ROOT, spec.entry)).href)) as Record<
    string,
    unknown
  >;
  const handler = module[spec.handler];
  if (typeof handler !== 'function') throw new Error(`${spec.entry} does not export ${spec.handler}`);
  return handler as LambdaHandler;
}

async function createTables(client: DynamoDBClient, names: Record<TableKey, string>): Promise<void> {
  for (const input of tableCreateInputs(names)) {
    try {
      await client.send(new CreateTableCommand(input));
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  for (const input of timeToLiveInputs(names)) {
    // Already enabled on a persistent database: DynamoDB answers a ValidationException; nothing to do.
    await client.send(new UpdateTimeToLiveCommand(input)).catch(() => undefined);
  }
}

function readOrCreateApiKey(dataDir: string | null, fixed?: string): string {
  if (fixed) return fixed;
  const fresh = () => randomBytes(20).toString('base64url').replace(/[-_]/g, 'x');
  if (!dataDir) return fresh();
  const file = join(dataDir, 'api-key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const key = fresh();
    writeFileSync(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
}

function matchesFault(pattern: RegExp, event: unknown): boolean {
  const records = (event as Partial<S3Event> | null)?.Records;
  if (Array.isArray(records) && records.every((record) => typeof record?.s3?.object?.key === 'string')) {
    return records.some((record) => pattern.test(decodeS3EventKey(record.s3.object.key)));
  }
  return pattern.test(JSON.stringify(event));
}

export async function startEmbeddedStack(options: EmbeddedStackOptions = {}): Promise<EmbeddedStack> {
  const log = options.log ?? (() => undefined);
  const inMemory = options.inMemory ?? false;
  const dataDir = inMemory ? null : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const s3Dir = dataDir ? join(dataDir, 's3') : mkdtempSync(join(tmpdir(), 'provincewire-s3-'));
  const dynamodbDir = dataDir ? join(dataDir, 'dynamodb') : null;
  for (const dir of [s3Dir, dynamodbDir]) if (dir) mkdirSync(dir, { recursive: true });
  const bucket = options.bucket ?? DEFAULT_BUCKET;
  const retryDelayMs = options.retryDelayMs ?? ((retry: number) => 200 * retry);
  const triggers = localTriggers();

  const engines = await startEngines({ dynamodbDir, s3Dir, buckets: [bucket] });
  const cleanups: (() => Promise<void> | void)[] = [
    () => engines.stop(),
    () => {
      if (!dataDir) rmSync(s3Dir, { recursive: true, force: true });
    },
  ];
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse())
      await Promise.resolve(cleanup()).catch(() => undefined);
  };

  try {
    const tableNames = localTableNames();
    const functionNames = Object.fromEntries(
      (Object.keys(FUNCTIONS) as FunctionKey[]).map((fn) => [fn, `${STACK_NAME}-${FUNCTIONS[fn].id}`]),
    ) as Record<FunctionKey, string>;
    const env: Record<string, string> = {
      AWS_REGION: LOCAL_REGION,
      AWS_DEFAULT_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_S3: engines.s3Endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: engines.dynamodbEndpoint,
      AWS_ENDPOINT_URL_DYNAMODB_STREAMS: engines.dynamodbEndpoint,
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      [ENV.s3ForcePathStyle]: 'true',
      [ENV.maxObjectBytes]: String(options.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES),
      ...Object.fromEntries(
        (Object.keys(TABLES) as TableKey[]).map((key) => [TABLES[key].envVar, tableNames[key]]),
      ),
    };
    // Handlers build their clients from these standard variables; a profile or token would override them.
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_SESSION_TOKEN;
    Object.assign(process.env, env);
    process.env[ENV.serviceName] ??= 'provincewire';
    process.env[ENV.logLevel] ??= 'WARN';

    const clientConfig = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
    const dynamodb = new DynamoDBClient({ ...clientConfig, endpoint: engines.dynamodbEndpoint });
    const streams = new DynamoDBStreamsClient({ ...clientConfig, endpoint: engines.dynamodbEndpoint });
    cleanups.push(() => {
      dynamodb.destroy();
      streams.destroy();
    });
    // The environment is complete: handlers may load (the extraction engine's data takes a while) while
    // the tables are created.
    const tablesReady = createTables(dynamodb, tableNames);

    const identity = (fn: FunctionKey): FunctionIdentity => ({
      functionName: functionNames[fn],
      memoryMb: FUNCTIONS[fn].memoryMb,
      timeoutSeconds: FUNCTIONS[fn].timeoutSeconds,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT_ID,
    });
    const faults = new Map<FunctionKey, RegExp>();
    const loadHandler = async (fn: FunctionKey): Promise<LambdaHandler> => {
      const real = options.handlers?.[fn] ?? (await importHandler(fn));
      return async (event, context) => {
        const pattern = faults.get(fn);
        if (pattern && matchesFault(pattern, event)) {
          throw new InjectedFaultError(`injected fault for ${fn} (${String(pattern)})`);
        }
        return real(event, context);
      };
    };
    const [parseHandler, metricsHandler, apiHandler] = await Promise.all([
      loadHandler('parse'),
      loadHandler('metrics'),
      loadHandler('api'),
      tablesReady,
    ]);
    const handlers = {
      parse: parseHandler,
      metrics: metricsHandler,
      api: apiHandler,
    } satisfies Record<FunctionKey, LambdaHandler>;

    const deadLetters = createDeadLetterStore(dataDir ? join(dataDir, 'dead-letters.json') : undefined);

    // Bucket notifications → asynchronous invocations.
    const invokers = triggers.bucket.map((trigger) => ({
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
      for (const { invoker } of invokers) await invoker.close();
    });
    const parseInvoker = invokers.find(({ trigger }) => trigger.function === 'parse')?.invoker;
    if (!parseInvoker) throw new Error('the wiring sends no bucket events to parse');
    const sequencer = createSequencer();
    const delivered: S3Event[] = [];
    engines.onS3Event((raw: RawS3Notification) => {
      const selected = invokers.filter(({ trigger }) => selectsNotification(trigger, raw));
      if (selected.length === 0) return;
      const event = toS3Event(raw, {
        region: LOCAL_REGION,
        sequencer: sequencer(raw.bucket),
        configurationId: `${STACK_NAME}-${bucket}-notification`,
        principalId: 'A1PROVINCEWIRELOCAL',
      });
      delivered.push(event);
      if (delivered.length > 1000) delivered.shift();
      for (const { invoker } of selected) invoker.invoke(event);
    });

    // Articles stream → metrics.
    const pollers: StreamPoller[] = [];
    for (const trigger of triggers.streams) {
      const described = await dynamodb.send(
        new DescribeTableCommand({ TableName: tableNames[trigger.table] }),
      );
      const streamArn = described.Table?.LatestStreamArn;
      if (!streamArn) throw new Error(`table ${tableNames[trigger.table]} has no stream`);
      pollers.push(
        startStreamPoller({
          streams,
          streamArn,
          region: LOCAL_REGION,
          function: trigger.function,
          trigger,
          identity: identity(trigger.function),
          handler: handlers[trigger.function] as StreamHandler,
          deadLetters,
          retryDelayMs,
          pollIntervalMs: options.pollIntervalMs ?? 50,
          ...(dataDir ? { checkpointFile: join(dataDir, `stream-checkpoints-${trigger.table}.json`) } : {}),
          onError: (error) => log(`stream poller: ${errorSummary(error).message}`),
        }),
      );
    }
    cleanups.push(async () => {
      for (const poller of pollers) await poller.stop();
    });

    const deadLettersApi: DeadLettersApi = {
      list: (fn) => deadLetters.list().filter((letter) => fn === undefined || letter.function === fn),
      async replay(id) {
        const letter = deadLetters.get(id);
        if (!letter) return { ok: false, error: { name: 'NotFound', message: `no dead letter ${id}` } };
        if (letter.source === 'async') {
          const invoker = invokers.find(({ trigger }) => trigger.function === letter.function)?.invoker;
          if (!invoker)
            return { ok: false, error: { name: 'NotFound', message: `no invoker for ${letter.function}` } };
          deadLetters.remove(id);
          return { ok: true, requestId: invoker.invoke(letter.event) };
        }
        try {
          await invokeHandler(handlers[letter.function], identity(letter.function), letter.event);
          deadLetters.remove(id);
          return { ok: true };
        } catch (error) {
          return { ok: false, error: errorSummary(error) };
        }
      },
      discard: (id) => deadLetters.remove(id),
    };

    const json = (statusCode: number, value: unknown): HttpAnswer => ({
      statusCode,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(value)),
    });
    const admin = async (request: AdminRequest): Promise<HttpAnswer> => {
      if (request.method === 'GET' && request.path === '/dead-letters') {
        return json(200, { items: deadLettersApi.list() });
      }
      const replay = /^\/dead-letters\/([^/]+)\/replay$/.exec(request.path);
      if (request.method === 'POST' && replay?.[1]) {
        const result = await deadLettersApi.replay(replay[1]);
        return json(result.ok ? 202 : result.error?.name === 'NotFound' ? 404 : 502, result);
      }
      const single = /^\/dead-letters\/([^/]+)$/.exec(request.path);
      if (request.method === 'DELETE' && single?.[1]) {
        return deadLettersApi.discard(single[1]) ? json(204, {}) : json(404, { message: 'Not Found' });
      }
      return gatewayAnswer(404, 'Not Found');
    };

    const [apiTrigger] = triggers.api;
    if (!apiTrigger) throw new Error('the wiring defines no API');
    const apiKey = readOrCreateApiKey(dataDir, options.apiKey);
    const api = await startApiServer({
      trigger: apiTrigger,
      identity: identity(apiTrigger.function),
      handler: handlers[apiTrigger.function],
      apiKey,
      ...(options.apiPort === undefined ? {} : { port: options.apiPort }),
      apiId: 'local',
      accountId: LOCAL_ACCOUNT_ID,
      admin,
      onError: (error) => log(`${functionNames.api}: ${errorSummary(error).message}`),
    });
    cleanups.push(() => api.close());

    const waitForIdle = async () => {
      for (;;) {
        await engines.flush();
        for (const { invoker } of invokers) await invoker.waitForIdle();
        for (const poller of pollers) await poller.waitForIdle();
        if (invokers.every(({ invoker }) => invoker.pending === 0)) return;
      }
    };

    return {
      bucket,
      apiUrl: api.url,
      apiKey,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT_ID,
      credentials: LOCAL_CREDENTIALS,
      endpoints: { s3: engines.s3Endpoint, dynamodb: engines.dynamodbEndpoint },
      tableNames,
      functionNames,
      dataDir,
      pids: engines.pids,
      env,
      deadLetters: deadLettersApi,
      faults: {
        set: (fn, pattern) => (pattern ? faults.set(fn, pattern) : faults.delete(fn)),
        clear: () => faults.clear(),
      },
      invokeParse: (event) => parseInvoker.invoke(event),
      s3Events: () => [...delivered],
      waitForIdle,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
