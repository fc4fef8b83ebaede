/**
 * Reconcile targets for the CLI: the running embedded stack (through its connection file and its /_local/
 * admin routes) or a deployed stack (AWS or LocalStack, through its outputs file).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { keysOfEvent } from '../lambdas/reconcile/index.js';
import type { ReconcileTarget } from '../lambdas/reconcile/index.js';
import { reconcileClients } from '../lambdas/reconcile/store.js';
import { DEFAULT_KEY_SUFFIX } from '../lambdas/shared/wiring.js';
import { embeddedDynamoDbClient, embeddedS3Client } from '../local/clients.js';
import { adminUrlOf, loadConnection } from '../local/connection.js';
import { readOutputs } from './connection.js';

export type TargetResult = { ok: true; target: ReconcileTarget } | { ok: false; reason: string };

export function embeddedTarget(dataDir: string): TargetResult {
  const loaded = loadConnection(dataDir);
  if (!loaded.ok) return loaded;
  const c = loaded.connection;
  const admin = adminUrlOf(c.apiUrl);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${admin}${path}`, {
      method,
      headers: { 'x-api-key': c.apiKey, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    ok: true,
    target: {
      description: `embedded stack (${dataDir})`,
      bucket: c.bucket,
      region: c.region,
      suffix: DEFAULT_KEY_SUFFIX,
      tables: c.tableNames,
      s3: embeddedS3Client(c),
      clients: reconcileClients(embeddedDynamoDbClient(c)),
      invokeParse: async (event) => void (await call('POST', '/functions/parse/async-invocations', event)),
      deadLetters: async () => {
        const { items } = (await call('GET', '/dead-letters')) as {
          items: { id: string; function: string; error: { name: string; message: string }; event: unknown }[];
        };
        return items.map((letter) => ({
          id: letter.id,
          function: letter.function,
          error: `${letter.error.name}: ${letter.error.message}`,
          keys: keysOfEvent(letter.event),
        }));
      },
    },
  };
}

/** AWS or LocalStack: endpoints and credentials from the usual AWS environment variables. */
export function deployedTarget(file: string): TargetResult {
  const outputs = readOutputs(file);
  if (!outputs.ok) return outputs;
  try {
    const { need } = outputs;
    const lambda = new LambdaClient({});
    const sqs = new SQSClient({});
    const parseFunction = need('parseFunctionName');
    const queues = { parse: need('parseDeadLetterQueueUrl'), metrics: need('metricsDeadLetterQueueUrl') };
    return {
      ok: true,
      target: {
        description: `deployed stack (${file})`,
        bucket: need('bucketName'),
        region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
        suffix: DEFAULT_KEY_SUFFIX,
        tables: {
          articles: need('articlesTable'),
          metrics: need('metricsTable'),
          ingestions: need('ingestionsTable'),
        },
        s3: new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' }),
        clients: reconcileClients(new DynamoDBClient({})),
        invokeParse: async (event) => {
          await lambda.send(
            new InvokeCommand({
              FunctionName: parseFunction,
              InvocationType: 'Event',
              Payload: Buffer.from(JSON.stringify(event)),
            }),
          );
        },
        // SQS messages cannot be listed without receiving them: each queue is reported by its count.
        deadLetters: async () => {
          const letters = [];
          for (const [fn, url] of Object.entries(queues)) {
            const attributes = await sqs.send(
              new GetQueueAttributesCommand({
                QueueUrl: url,
                AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
              }),
            );
            const count =
              Number(attributes.Attributes?.ApproximateNumberOfMessages ?? 0) +
              Number(attributes.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0);
            for (let i = 0; i < count; i++)
              letters.push({
                id: `${url}#${i + 1}`,
                function: fn,
                error: 'in the dead-letter queue',
                keys: [],
              });
          }
          return letters;
        },
      },
    };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
