/**
 * Where the end-to-end scenarios run. The scenarios only use this interface, so the same files run
 * against the embedded stack (E2E_TARGET=embedded, the default), the embedded stack with the LocalStack
 * fidelity profile (E2E_EMULATE=localstack) and a real LocalStack (E2E_TARGET=localstack, after
 * `npm run localstack:deploy`). vitest.config.ts defines one project per variant; `npm test` runs them all.
 *
 * Each test file works under its own key prefix: everything it compares (articles, ingestions, metric
 * totals as a difference from what the stack held when the file started) is limited to that prefix, so
 * a shared, long-lived LocalStack with earlier runs' data answers the same as a fresh embedded stack.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { APIGatewayClient, GetApiKeyCommand } from '@aws-sdk/client-api-gateway';
import { CloudFormationClient, DescribeStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { S3Event } from 'aws-lambda';
import type { ReconcileTarget } from '../../lambdas/reconcile/index.js';
import { reconcileClients } from '../../lambdas/reconcile/store.js';
import { readAppliedVersion } from '../../lambdas/shared/applied.js';
import { articleIdFor } from '../../lambdas/shared/ids.js';
import type { AppliedVersion } from '../../lambdas/shared/records.js';
import { DEFAULT_KEY_SUFFIX, FUNCTIONS, STACK_NAME, STACK_OUTPUTS } from '../../lambdas/shared/wiring.js';
import type { FunctionKey, TableKey } from '../../lambdas/shared/wiring.js';
import type { DeadLettersApi, FaultsApi } from '../../local/stack.js';
import { REPO_ROOT } from '../../local/engines/index.js';

export type TargetName = 'embedded' | 'localstack';

/** Which target this test process runs against (vitest.config.ts sets these per project). */
export interface TargetSpec {
  readonly name: TargetName;
  /** Embedded only: a fidelity profile of the embedded stack. */
  readonly emulate?: 'localstack';
  /** For test titles and skip messages. */
  readonly label: string;
}

/** Time budgets of a target: LocalStack starts Lambda containers and retries in minutes, not seconds. */
export interface Timing {
  readonly testTimeoutMs: number;
  readonly hookTimeoutMs: number;
  /** Default wait for one ingestion record to reach a state. */
  readonly ingestionTimeoutMs: number;
  /** LocalStack only: how long the run's items must stay unchanged to count as settled. */
  readonly settleQuietMs: number;
  readonly settleTimeoutMs: number;
}

export interface IngestionState {
  readonly objectId: string;
  readonly status: 'ok' | 'rejected' | 'deleted';
  readonly eTag?: string;
  readonly reason?: string;
  readonly message?: string;
  readonly sequencer: string;
  readonly size?: number;
}

export interface Target {
  readonly name: TargetName;
  readonly region: string;
  readonly s3: S3Client;
  readonly bucket: string;
  readonly doc: DynamoDBDocumentClient;
  readonly tableNames: Record<TableKey, string>;
  /** Base URL including the stage, no trailing slash. */
  readonly apiUrl: string;
  readonly apiKey: string;
  /** Asynchronous invocation of parse with this event (how S3 delivers it). */
  deliverS3Event(event: S3Event): Promise<void>;
  /** The ingestion record of a key, once it matches (status and/or eTag without quotes). */
  waitForIngestion(
    key: string,
    match: { status?: IngestionState['status']; eTag?: string },
    timeoutMs?: number,
  ): Promise<IngestionState>;
  /** Nothing left to process: parse invocations and the Articles stream → metrics are settled. */
  settle(): Promise<void>;
  /** The same pipeline as reconcile sees it (npm run reconcile's view of this target). */
  readonly reconcileTarget: ReconcileTarget;
  /** Embedded only: dead letters and fault injection. */
  readonly deadLetters?: DeadLettersApi;
  readonly faults?: FaultsApi;
  readonly timing: Timing;
  close(): Promise<void>;
}

export type Availability = { ok: true; name: TargetName } | { ok: false; name: TargetName; reason: string };

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function targetSpec(): TargetSpec {
  const name: TargetName = process.env.E2E_TARGET === 'localstack' ? 'localstack' : 'embedded';
  const emulate = name === 'embedded' && process.env.E2E_EMULATE === 'localstack' ? 'localstack' : undefined;
  return { name, ...(emulate ? { emulate } : {}), label: emulate ? `${name} (emulating ${emulate})` : name };
}

export function timingFor(spec: TargetSpec): Timing {
  if (spec.name === 'localstack') {
    // First invocations pull the Lambda runtime image and start containers; async retries wait
    // LAMBDA_RETRY_BASE_DELAY × n (docker-compose.yml). The quiet window outlasts a stream-mapping poll
    // (1 s) plus its backoff (LAMBDA_EVENT_SOURCE_MAPPING_MAX_BACKOFF_ON_EMPTY_POLL_SEC) several times.
    return {
      testTimeoutMs: envNumber('E2E_LOCALSTACK_TEST_TIMEOUT_MS', 15 * 60_000),
      hookTimeoutMs: envNumber('E2E_LOCALSTACK_HOOK_TIMEOUT_MS', 20 * 60_000),
      ingestionTimeoutMs: envNumber('E2E_LOCALSTACK_INGESTION_TIMEOUT_MS', 5 * 60_000),
      settleQuietMs: envNumber('E2E_LOCALSTACK_SETTLE_QUIET_MS', 6_000),
      settleTimeoutMs: envNumber('E2E_LOCALSTACK_SETTLE_TIMEOUT_MS', 5 * 60_000),
    };
  }
  // The embedded stack says when it is idle; the profile's scaled LocalStack delays need more headroom.
  const factor = spec.emulate ? 2 : 1;
  return {
    testTimeoutMs: 60_000 * factor,
    hookTimeoutMs: 120_000 * factor,
    ingestionTimeoutMs: 30_000 * factor,
    settleQuietMs: 0,
    settleTimeoutMs: 60_000 * factor,
  };
}

const LOCALSTACK_REGION = 'us-east-1';
const LOCALSTACK_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const localstackEndpoint = () => process.env.LOCALSTACK_ENDPOINT ?? 'http://localhost:4566';
const OUTPUTS_FILE = resolve(REPO_ROOT, 'cdk.out/outputs.json');

function readOutputs(): Record<string, string> | string {
  try {
    const all = JSON.parse(readFileSync(OUTPUTS_FILE, 'utf8')) as Record<string, Record<string, string>>;
    return all[STACK_NAME] ?? `${OUTPUTS_FILE} has no ${STACK_NAME} outputs`;
  } catch {
    return `${OUTPUTS_FILE} not found (run npm run localstack:deploy)`;
  }
}

/** Cheap check, at collection time, whether the scenarios can run; reasons are one line. */
export async function targetAvailability(): Promise<Availability> {
  const { name } = targetSpec();
  if (name === 'embedded') return { ok: true, name };
  try {
    await fetch(`${localstackEndpoint()}/_localstack/health`, { signal: AbortSignal.timeout(2000) });
  } catch {
    return { ok: false, name, reason: `LocalStack not reachable at ${localstackEndpoint()}` };
  }
  const outputs = readOutputs();
  return typeof outputs === 'string' ? { ok: false, name, reason: outputs } : { ok: true, name };
}

/**
 * Prints why a suite is skipped (vitest only says "skipped"). When LocalStack was asked for explicitly
 * (`npm run localstack:test` sets E2E_REQUIRE_LOCALSTACK=1), an unavailable target fails the file instead:
 * a run that executes no test is not a pass. Only `npm test` skips.
 */
export function announceSkip(availability: Availability, suite: string): void {
  if (availability.ok) return;
  if (process.env.E2E_REQUIRE_LOCALSTACK === '1') {
    throw new Error(`[e2e] ${suite} cannot run on ${availability.name}: ${availability.reason}`);
  }
  console.log(`[e2e] ${suite} skipped on ${availability.name}: ${availability.reason}`);
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
const unquote = (eTag: string | undefined) => eTag?.replace(/"/g, '');

function waitForIngestionWith(
  doc: DynamoDBDocumentClient,
  table: string,
  bucket: string,
  settle: () => Promise<void>,
  defaultTimeoutMs: number,
) {
  return async (
    key: string,
    match: { status?: IngestionState['status']; eTag?: string },
    timeoutMs = defaultTimeoutMs,
  ): Promise<IngestionState> => {
    const objectId = articleIdFor(bucket, key);
    const deadline = Date.now() + timeoutMs;
    let last: IngestionState | undefined;
    for (;;) {
      const { Item } = await doc.send(
        new GetCommand({ TableName: table, Key: { objectId }, ConsistentRead: true }),
      );
      last = Item as IngestionState | undefined;
      const fits =
        last !== undefined &&
        (match.status === undefined || last.status === match.status) &&
        (match.eTag === undefined || unquote(last.eTag) === unquote(match.eTag));
      if (fits && last) return last;
      if (Date.now() > deadline) {
        throw new Error(
          `ingestion of ${key} did not reach ${JSON.stringify(match)} in ${timeoutMs} ms; last: ${JSON.stringify(last)}`,
        );
      }
      await settle().catch(() => undefined);
      await sleep(100);
    }
  };
}

async function embeddedTarget(spec: TargetSpec, timing: Timing): Promise<Target> {
  const { startEmbeddedStack } = await import('../../local/stack.js');
  const { localstackProfile } = await import('../../local/emulation/localstack.js');
  const stack = await startEmbeddedStack({
    inMemory: true,
    // Plain: fast retries. The profile brings LocalStack's own delays (scaled) instead.
    ...(spec.emulate === 'localstack' ? { emulate: localstackProfile() } : { retryDelayMs: () => 20 }),
  });
  const { embeddedDynamoDbClient, embeddedS3Client } = await import('../../local/clients.js');
  const { embeddedReconcileTargetOf } = await import('../durability/target.js');
  const s3 = embeddedS3Client(stack);
  const db = embeddedDynamoDbClient(stack);
  const doc = DynamoDBDocumentClient.from(db);
  return {
    name: 'embedded',
    region: stack.region,
    s3,
    bucket: stack.bucket,
    doc,
    tableNames: stack.tableNames,
    apiUrl: stack.apiUrl,
    apiKey: stack.apiKey,
    deliverS3Event: async (event) => {
      stack.invokeParse(event);
    },
    waitForIngestion: waitForIngestionWith(
      doc,
      stack.tableNames.ingestions,
      stack.bucket,
      () => stack.waitForIdle(),
      timing.ingestionTimeoutMs,
    ),
    settle: () => stack.waitForIdle(),
    reconcileTarget: embeddedReconcileTargetOf(stack),
    deadLetters: stack.deadLetters,
    faults: stack.faults,
    timing,
    async close() {
      s3.destroy();
      doc.destroy();
      db.destroy();
      await stack.stop();
    },
  };
}

type Item = Record<string, unknown>;

async function scanPrefix(doc: DynamoDBDocumentClient, table: string, prefix: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({
        TableName: table,
        ExclusiveStartKey: start,
        ConsistentRead: true,
        FilterExpression: 'begins_with(#key, :prefix)',
        ExpressionAttributeNames: { '#key': 'key' },
        ExpressionAttributeValues: { ':prefix': prefix },
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items.sort((a, b) => String(a.key).localeCompare(String(b.key)));
}

/** The Metrics guard a settled pipeline shows for an ingestion record (undefined: no article ever). */
function expectedGuard(ingestion: Item): AppliedVersion | undefined {
  const version = Number(ingestion.lastVersion ?? 0);
  if (ingestion.articlePresent === true) return { version, present: true };
  return version > 0 ? { version, present: false } : undefined;
}

/**
 * LocalStack gives no "idle" signal. Settled means: for every object of this run the Metrics table's
 * guard shows the article version the ledger says is current (the stream → metrics path caught up), and
 * the run's ledgers, articles and guards stayed unchanged for the quiet window (late parse invocations,
 * e.g. redelivered events, landed). Only the run's own keys are read.
 */
async function settleRun(
  doc: DynamoDBDocumentClient,
  tableNames: Record<TableKey, string>,
  prefix: string,
  timing: Timing,
): Promise<void> {
  const snapshot = async () => {
    const ingestions = await scanPrefix(doc, tableNames.ingestions, prefix);
    const articles = await scanPrefix(doc, tableNames.articles, prefix);
    const lagging: string[] = [];
    const guards: unknown[] = [];
    for (const ingestion of ingestions) {
      const applied = await readAppliedVersion(doc, tableNames.metrics, String(ingestion.objectId));
      guards.push(applied ?? null);
      const wanted = expectedGuard(ingestion);
      if (JSON.stringify(applied ?? null) !== JSON.stringify(wanted ?? null)) {
        lagging.push(
          `${String(ingestion.key)}: metrics at ${JSON.stringify(applied)}, ledger at ${JSON.stringify(wanted)}`,
        );
      }
    }
    return { fingerprint: JSON.stringify([ingestions, articles, guards]), lagging };
  };
  const deadline = Date.now() + timing.settleTimeoutMs;
  let previous = await snapshot();
  let quietSince = Date.now();
  for (;;) {
    if (previous.lagging.length === 0 && Date.now() - quietSince >= timing.settleQuietMs) return;
    if (Date.now() > deadline) {
      throw new Error(
        `not settled after ${timing.settleTimeoutMs} ms: ${previous.lagging.slice(0, 5).join('; ') || 'items still changing'}`,
      );
    }
    await sleep(500);
    const current = await snapshot();
    if (current.fingerprint !== previous.fingerprint) quietSince = Date.now();
    previous = current;
  }
}

async function localstackTarget(prefix: string, timing: Timing): Promise<Target> {
  const outputs = readOutputs();
  if (typeof outputs === 'string') throw new Error(outputs);
  const endpoint = localstackEndpoint();
  const common = { endpoint, region: LOCALSTACK_REGION, credentials: LOCALSTACK_CREDENTIALS };
  const s3 = new S3Client({ ...common, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' });
  const db = new DynamoDBClient(common);
  const doc = DynamoDBDocumentClient.from(db);
  const apiGateway = new APIGatewayClient(common);
  const lambda = new LambdaClient(common);
  const cloudFormation = new CloudFormationClient(common);
  const output = (key: string) => {
    const value = outputs[key];
    if (!value) throw new Error(`stack output ${key} missing from cdk.out/outputs.json`);
    return value;
  };
  const apiKey = await apiGateway.send(
    new GetApiKeyCommand({ apiKey: output(STACK_OUTPUTS.apiKeyId), includeValue: true }),
  );
  const resources = await cloudFormation.send(new DescribeStackResourcesCommand({ StackName: STACK_NAME }));
  const functionName = (fn: FunctionKey) => {
    const found = resources.StackResources?.find(
      (resource) =>
        resource.ResourceType === 'AWS::Lambda::Function' &&
        resource.LogicalResourceId?.startsWith(FUNCTIONS[fn].id),
    );
    if (!found?.PhysicalResourceId) throw new Error(`no ${FUNCTIONS[fn].id} in stack ${STACK_NAME}`);
    return found.PhysicalResourceId;
  };
  const parseFunction = functionName('parse');
  const tableNames: Record<TableKey, string> = {
    articles: output(STACK_OUTPUTS.articlesTable),
    metrics: output(STACK_OUTPUTS.metricsTable),
    ingestions: output(STACK_OUTPUTS.ingestionsTable),
    stories: output(STACK_OUTPUTS.storiesTable),
  };
  const bucket = output(STACK_OUTPUTS.bucketName);
  const invokeParse = async (event: S3Event) => {
    await lambda.send(
      new InvokeCommand({
        FunctionName: parseFunction,
        InvocationType: 'Event',
        Payload: JSON.stringify(event),
      }),
    );
  };
  return {
    name: 'localstack',
    region: LOCALSTACK_REGION,
    s3,
    bucket,
    doc,
    tableNames,
    apiUrl: output(STACK_OUTPUTS.apiUrl).replace(/\/+$/, ''),
    apiKey: apiKey.value ?? '',
    deliverS3Event: invokeParse,
    reconcileTarget: {
      description: 'LocalStack',
      bucket,
      region: LOCALSTACK_REGION,
      suffix: DEFAULT_KEY_SUFFIX,
      tables: tableNames,
      s3,
      clients: reconcileClients(db),
      invokeParse,
      // The dead-letter queues are checked by the scenarios that make letters; reconcile on LocalStack
      // compares objects, records and metrics here.
      deadLetters: async () => [],
    },
    waitForIngestion: waitForIngestionWith(
      doc,
      tableNames.ingestions,
      bucket,
      async () => {
        await sleep(250);
      },
      timing.ingestionTimeoutMs,
    ),
    settle: () => settleRun(doc, tableNames, prefix, timing),
    timing,
    async close() {
      for (const client of [s3, doc, db, apiGateway, lambda, cloudFormation]) client.destroy();
    },
  };
}

/** The target for one test file, whose keys all start with `prefix` (e.g. 'p1a2b3c/'). */
export async function createTarget(prefix: string): Promise<Target> {
  const spec = targetSpec();
  const timing = timingFor(spec);
  return spec.name === 'localstack' ? localstackTarget(prefix, timing) : embeddedTarget(spec, timing);
}
