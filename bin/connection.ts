/**
 * Where the CLIs (ingest, query) find a pipeline: the embedded stack started by `npm start` (its connection
 * file), or a deployed stack (AWS or LocalStack) through the outputs file `cdk deploy --outputs-file` writes.
 */
import { readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { APIGatewayClient, GetApiKeyCommand } from '@aws-sdk/client-api-gateway';
import { z } from 'zod';
import { embeddedDynamoDbClient, embeddedS3Client } from '../local/clients.js';
import { DEFAULT_DATA_DIR, loadConnection } from '../local/connection.js';
import { STACK_NAME, STACK_OUTPUTS } from '../lambdas/shared/wiring.js';
import { embeddedFailures, queueFailures } from './dead-letters.js';
import type { FailureProbe } from './dead-letters.js';
import type { TableKey } from '../lambdas/shared/wiring.js';

export interface Pipeline {
  readonly description: string;
  readonly bucket: string;
  readonly apiUrl: string;
  readonly apiKey: string;
  readonly tableNames: Record<TableKey, string>;
  readonly s3: S3Client;
  readonly ddb: DynamoDBDocumentClient;
  /** Objects whose processing the pipeline gave up on (dead letters), when the target can tell. */
  readonly failures?: FailureProbe;
}

export interface ConnectOptions {
  /** A `cdk deploy --outputs-file` JSON; without it, the running embedded stack. */
  readonly outputs?: string;
  readonly dataDir?: string;
}

export type ConnectResult = { ok: true; pipeline: Pipeline } | { ok: false; reason: string };

const OutputsSchema = z.record(z.string(), z.record(z.string(), z.string()));

export async function connect(opts: ConnectOptions): Promise<ConnectResult> {
  return opts.outputs ? connectDeployed(opts.outputs) : connectEmbedded(opts.dataDir ?? DEFAULT_DATA_DIR);
}

function connectEmbedded(dataDir: string): ConnectResult {
  const loaded = loadConnection(dataDir);
  if (!loaded.ok) return loaded;
  const c = loaded.connection;
  return {
    ok: true,
    pipeline: {
      description: `embedded stack (${dataDir})`,
      bucket: c.bucket,
      apiUrl: c.apiUrl,
      apiKey: c.apiKey,
      tableNames: c.tableNames,
      s3: embeddedS3Client(c),
      ddb: DynamoDBDocumentClient.from(embeddedDynamoDbClient(c)),
      failures: embeddedFailures(c.apiUrl, c.apiKey),
    },
  };
}

export type OutputReader = (key: keyof typeof STACK_OUTPUTS) => string;

/** The stack's outputs in a `cdk deploy --outputs-file` JSON; the reader throws for a missing output. */
export function readOutputs(
  file: string,
):
  | { ok: true; need: OutputReader; get: (key: keyof typeof STACK_OUTPUTS) => string | undefined }
  | { ok: false; reason: string } {
  let outputs: Record<string, string> | undefined;
  try {
    outputs = OutputsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))[STACK_NAME];
  } catch (err) {
    return { ok: false, reason: `cannot read stack outputs from ${file}: ${(err as Error).message}` };
  }
  return {
    ok: true,
    get: (key) => outputs?.[STACK_OUTPUTS[key]] || undefined,
    need: (key) => {
      const value = outputs?.[STACK_OUTPUTS[key]];
      if (!value) throw new Error(`output ${STACK_OUTPUTS[key]} missing in ${file}`);
      return value;
    },
  };
}

/** AWS or LocalStack: endpoints and credentials come from the usual AWS environment variables. */
async function connectDeployed(file: string): Promise<ConnectResult> {
  const outputs = readOutputs(file);
  if (!outputs.ok) return outputs;
  const { need } = outputs;
  try {
    const apiKeyId = need('apiKeyId');
    const parseDeadLetters = outputs.get('parseDeadLetterQueueUrl');
    const key = await new APIGatewayClient({}).send(
      new GetApiKeyCommand({ apiKey: apiKeyId, includeValue: true }),
    );
    return {
      ok: true,
      pipeline: {
        description: `stack ${STACK_NAME} (${file})`,
        bucket: need('bucketName'),
        apiUrl: need('apiUrl').replace(/\/$/, ''),
        apiKey: key.value ?? '',
        tableNames: {
          articles: need('articlesTable'),
          metrics: need('metricsTable'),
          ingestions: need('ingestionsTable'),
          stories: need('storiesTable'),
        },
        s3: new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' }),
        ddb: DynamoDBDocumentClient.from(new DynamoDBClient({})),
        ...(parseDeadLetters ? { failures: queueFailures(parseDeadLetters) } : {}),
      },
    };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

/** GET a path of the API with the key; the parsed JSON body and status. */
export async function apiGet(p: Pipeline, path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${p.apiUrl}${path}`, { headers: { 'x-api-key': p.apiKey } });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body };
}
