/**
 * Where the end-to-end scenarios run. The scenarios only use this interface, so the same files run
 * against the embedded stack (default) and against LocalStack (TARGET=localstack, after
 * `npm run localstack:deploy`).
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
import { articleIdFor } from '../../lambdas/shared/ids.js';
import { FUNCTIONS, STACK_NAME, STACK_OUTPUTS, TABLES } from '../../lambdas/shared/wiring.js';
import type { FunctionKey, TableKey } from '../../lambdas/shared/wiring.js';
import type { DeadLettersApi, FaultsApi } from '../../local/stack.js';
import { REPO_ROOT } from '../../local/engines/index.js';

export type TargetName = 'embedded' | 'localstack';

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
  /** Embedded only: dead letters and fault injection. */
  readonly deadLetters?: DeadLettersApi;
  readonly faults?: FaultsApi;
  close(): Promise<void>;
}

export type Availability = { ok: true; name: TargetName } | { ok: false; name: TargetName; reason: string };

const LOCALSTACK_REGION = 'us-east-1';
const LOCALSTACK_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };
const localstackEndpoint = () => process.env.LOCALSTACK_ENDPOINT ?? 'http://localhost:4566';
const OUTPUTS_FILE = resolve(REPO_ROOT, 'cdk.out/outputs.json');

export function targetName(): TargetName {
  return process.env.TARGET === 'localstack' ? 'localstack' : 'embedded';
}

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
  const name = targetName();
  if (name === 'embedded') return { ok: true, name };
  try {
    await fetch(`${localstackEndpoint()}/_localstack/health`, { signal: AbortSignal.timeout(2000) });
  } catch {
    return { ok: false, name, reason: `LocalStack not reachable at ${localstackEndpoint()}` };
  }
  const outputs = readOutputs();
  return typeof outputs === 'string' ? { ok: false, name, reason: outputs } : { ok: true, name };
}

/** Prints why a suite is skipped (vitest only says "skipped"). */
export function announceSkip(availability: Availability, suite: string): void {
  if (!availability.ok) console.log(`[e2e] ${suite} skipped on ${availability.name}: ${availability.reason}`);
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
const unquote = (eTag: string | undefined) => eTag?.replace(/"/g, '');

function waitForIngestionWith(
  doc: DynamoDBDocumentClient,
  table: string,
  bucket: string,
  settle: () => Promise<void>,
) {
  return async (
    key: string,
    match: { status?: IngestionState['status']; eTag?: string },
    timeoutMs = 30_000,
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
          `ingestion of ${key} did not reach ${JSON.stringify(match)}; last: ${JSON.stringify(last)}`,
        );
      }
      await settle().catch(() => undefined);
      await sleep(100);
    }
  };
}

async function embeddedTarget(): Promise<Target> {
  const { startEmbeddedStack } = await import('../../local/stack.js');
  const stack = await startEmbeddedStack({ inMemory: true, retryDelayMs: () => 20 });
  const { embeddedDynamoDbClient, embeddedS3Client } = await import('../../local/clients.js');
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
    waitForIngestion: waitForIngestionWith(doc, stack.tableNames.ingestions, stack.bucket, () =>
      stack.waitForIdle(),
    ),
    settle: () => stack.waitForIdle(),
    deadLetters: stack.deadLetters,
    faults: stack.faults,
    async close() {
      s3.destroy();
      doc.destroy();
      db.destroy();
      await stack.stop();
    },
  };
}

/** LocalStack gives no "idle" signal: settled means the tables stopped changing for a while. */
async function quiescence(doc: DynamoDBDocumentClient, tables: string[], quietMs = 1500, timeoutMs = 60_000) {
  const fingerprint = async () => {
    const parts: string[] = [];
    for (const table of tables) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(
          new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }),
        );
        parts.push(JSON.stringify(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start);
    }
    return parts.join('|');
  };
  const deadline = Date.now() + timeoutMs;
  let previous = await fingerprint();
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await sleep(300);
    const current = await fingerprint();
    if (current !== previous) {
      previous = current;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) return;
  }
}

async function localstackTarget(): Promise<Target> {
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
  };
  const settle = () =>
    quiescence(
      doc,
      (Object.keys(TABLES) as TableKey[]).map((key) => tableNames[key]),
    );
  const bucket = output(STACK_OUTPUTS.bucketName);
  return {
    name: 'localstack',
    region: LOCALSTACK_REGION,
    s3,
    bucket,
    doc,
    tableNames,
    apiUrl: output(STACK_OUTPUTS.apiUrl).replace(/\/+$/, ''),
    apiKey: apiKey.value ?? '',
    async deliverS3Event(event) {
      await lambda.send(
        new InvokeCommand({
          FunctionName: parseFunction,
          InvocationType: 'Event',
          Payload: JSON.stringify(event),
        }),
      );
    },
    waitForIngestion: waitForIngestionWith(doc, tableNames.ingestions, bucket, async () => {
      await sleep(200);
    }),
    settle,
    async close() {
      for (const client of [s3, doc, db, apiGateway, lambda, cloudFormation]) client.destroy();
    },
  };
}

export async function createTarget(): Promise<Target> {
  return targetName() === 'localstack' ? localstackTarget() : embeddedTarget();
}
