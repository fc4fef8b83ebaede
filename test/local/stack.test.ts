/**
 * The embedded stack's plumbing with real engines and stand-in handlers: S3 notifications, the S3 engine
 * under racing writes and deletes, asynchronous invocation with retries and dead letters, the stream
 * event source mapping (partial failures, bisecting), and the local API Gateway.
 */
import { BatchWriteItemCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { APIGatewayProxyEventSchema } from '@aws-lambda-powertools/parser/schemas/api-gateway';
import { DynamoDBStreamSchema } from '@aws-lambda-powertools/parser/schemas/dynamodb';
import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import type { APIGatewayProxyEvent, DynamoDBRecord, DynamoDBStreamEvent, S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedS3Client } from '../../local/clients.js';
import { decodeS3EventKey } from '../../lambdas/shared/s3-keys.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';

const parseEvents: S3Event[] = [];
const metricsCalls: { ids: string[]; succeeded: string[]; event: DynamoDBStreamEvent }[] = [];
const partialFailuresLeft = new Map<string, number>();

const idOf = (record: DynamoDBRecord) => record.dynamodb?.Keys?.id?.S ?? '';
let db: DynamoDBClient | undefined;

// Stand-in parse: records the event and mirrors the object into the Articles table (id = key), using the
// environment the stack set for its handlers.
async function parse(event: S3Event): Promise<void> {
  parseEvents.push(event);
  db ??= new DynamoDBClient({});
  for (const record of event.Records) {
    const id = decodeS3EventKey(record.s3.object.key);
    if (record.eventName.startsWith('ObjectCreated')) {
      await db.send(
        new PutItemCommand({
          TableName: process.env.ARTICLES_TABLE,
          Item: { id: { S: id }, size: { N: String(record.s3.object.size) } },
        }),
      );
    }
  }
}

// Stand-in metrics: throws on a batch with a poison record; reports a partial failure for 'partial-' ids
// as many times as asked.
async function metrics(event: DynamoDBStreamEvent) {
  const ids = event.Records.map(idOf);
  if (ids.some((id) => id.startsWith('poison-'))) {
    metricsCalls.push({ ids, succeeded: [], event });
    throw new Error('poison record');
  }
  const failing = event.Records.filter((record) => (partialFailuresLeft.get(idOf(record)) ?? 0) > 0);
  for (const record of failing)
    partialFailuresLeft.set(idOf(record), (partialFailuresLeft.get(idOf(record)) ?? 0) - 1);
  // Lambda treats the records before the first reported failure as processed.
  const firstFailure = failing[0] ? event.Records.indexOf(failing[0]) : ids.length;
  metricsCalls.push({ ids, succeeded: ids.slice(0, firstFailure), event });
  return {
    batchItemFailures: failing.map((record) => ({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' })),
  };
}

// Stand-in api: echoes the event, fails for one id.
async function api(event: APIGatewayProxyEvent) {
  if (event.pathParameters?.id === 'boom') throw new Error('api failure');
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) };
}

let stack: EmbeddedStack;
let s3: S3Client;

const delivered = (prefix: string) =>
  metricsCalls.flatMap((call) => call.succeeded.filter((id) => id.startsWith(prefix)));
const timesSent = (id: string) => metricsCalls.filter((call) => call.ids.includes(id)).length;

beforeAll(async () => {
  stack = await startEmbeddedStack({
    inMemory: true,
    handlers: { parse, metrics, api } as never,
    retryDelayMs: () => 10,
    pollIntervalMs: 20,
  });
  s3 = embeddedS3Client(stack);
});

afterAll(async () => {
  s3?.destroy();
  db?.destroy();
  await stack?.stop();
});

describe('Function: startEmbeddedStack', () => {
  describe('bucket notifications', () => {
    it('sends parse an AWS-shaped event for .txt objects only, and a removal event on delete', async () => {
      // Act
      const put = await s3.send(
        new PutObjectCommand({ Bucket: stack.bucket, Key: 'n1/a b.txt', Body: 'hello' }),
      );
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'n1/ignored.pdf', Body: 'x' }));
      await s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: 'n1/a b.txt' }));
      await stack.waitForIdle();
      // Assess
      const events = parseEvents.filter((event) => event.Records[0]?.s3.object.key.startsWith('n1/'));
      expect(events.map((event) => event.Records[0]?.eventName)).toEqual([
        'ObjectCreated:Put',
        'ObjectRemoved:Delete',
      ]);
      expect(events.every((event) => S3Schema.safeParse(event).success)).toBe(true);
      const [created, removed] = events.map((event) => event.Records[0]!.s3.object);
      expect(created).toMatchObject({ key: 'n1/a+b.txt', size: 5, eTag: put.ETag?.replace(/"/g, '') });
      expect(removed!.sequencer > created!.sequencer).toBe(true);
      expect(stack.s3Events().slice(-2)).toEqual(events);
    });
  });

  describe('S3 engine', () => {
    it('survives a put and a delete racing under one prefix, the delete emptying its directory', async () => {
      // Prepare: each round, one object alone under its prefix; then a second put under that prefix runs
      // beside the delete of the first (without the guard, the engine host died within ~50 rounds).
      const put = (key: string) =>
        s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: 'x'.repeat(100) }));
      const remove = (key: string) => s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
      const failures: string[] = [];

      // Act
      for (let round = 0; round < 300 && failures.length === 0; round++) {
        const prefix = `race/${round % 7}/`;
        await put(`${prefix}alone`);
        const settled = await Promise.allSettled([put(`${prefix}beside-${round}`), remove(`${prefix}alone`)]);
        for (const result of settled)
          if (result.status === 'rejected') failures.push(`round ${round}: ${String(result.reason)}`);
        await remove(`${prefix}beside-${round}`);
      }

      // Assess
      expect(failures).toEqual([]);
      expect((await stack.health()).status).toBe('ok');
    });
  });

  describe('asynchronous invocation', () => {
    it('dead-letters an event after 1 + 2 attempts, and replays it once the fault is cleared', async () => {
      // Prepare
      const admin = `${stack.apiUrl.replace(/\/v1$/, '')}/_local/dead-letters`;
      const headers = { 'x-api-key': stack.apiKey };
      stack.faults.set('parse', /^fault\//);
      // Act
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'fault/x.txt', Body: 'x' }));
      await stack.waitForIdle();
      const listed = (await (await fetch(admin, { headers })).json()) as {
        items: { id: string; attempts: number; error: { name: string } }[];
      };
      stack.faults.clear();
      const replay = await fetch(`${admin}/${listed.items[0]?.id}/replay`, { method: 'POST', headers });
      await stack.waitForIdle();
      // Assess
      expect(listed.items).toEqual([
        expect.objectContaining({
          attempts: 3,
          error: expect.objectContaining({ name: 'InjectedFaultError' }),
        }),
      ]);
      expect(replay.status).toBe(202);
      expect(parseEvents.filter((event) => event.Records[0]?.s3.object.key === 'fault/x.txt')).toHaveLength(
        1,
      );
      expect(stack.deadLetters.list('parse')).toEqual([]);
      expect((await fetch(admin)).status).toBe(403);
    });
  });

  describe('stream event source mapping', () => {
    it('delivers every change of the table to metrics as Lambda stream records', async () => {
      // Act
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'st/one.txt', Body: '1' }));
      await stack.waitForIdle();
      // Assess
      const call = metricsCalls.find((entry) => entry.ids.includes('st/one.txt'));
      expect(DynamoDBStreamSchema.safeParse(call?.event).success).toBe(true);
      expect(call?.event.Records[0]).toMatchObject({
        eventName: 'INSERT',
        awsRegion: 'us-east-1',
        eventSourceARN: expect.stringMatching(/^arn:aws:dynamodb:us-east-1:\d+:table\/Articles\/stream\//),
      });
    });

    it('retries from the first failed record of a partial failure, without redelivering the ones before', async () => {
      // Prepare
      partialFailuresLeft.set('pf-2', 2);
      const client = new DynamoDBClient({});
      // Act
      await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            [stack.tableNames.articles]: ['pf-1', 'pf-2', 'pf-3'].map((id) => ({
              PutRequest: { Item: { id: { S: id } } },
            })),
          },
        }),
      );
      await stack.waitForIdle();
      client.destroy();
      // Assess
      expect(delivered('pf-').sort()).toEqual(['pf-1', 'pf-2', 'pf-3']);
      expect([timesSent('pf-1'), timesSent('pf-2')]).toEqual([1, 3]);
      expect(stack.deadLetters.list('metrics')).toEqual([]);
    });

    it('bisects a failing batch so only the poison record ends as a dead letter after its retries', async () => {
      // Prepare
      const client = new DynamoDBClient({});
      const ids = ['bi-1', 'bi-2', 'poison-3', 'bi-4', 'bi-5'];
      // Act
      await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            [stack.tableNames.articles]: ids.map((id) => ({ PutRequest: { Item: { id: { S: id } } } })),
          },
        }),
      );
      await stack.waitForIdle();
      client.destroy();
      // Assess
      expect(delivered('bi-').sort()).toEqual(['bi-1', 'bi-2', 'bi-4', 'bi-5']);
      const letters = stack.deadLetters.list('metrics');
      expect(letters).toHaveLength(1);
      expect(letters[0]).toMatchObject({
        source: 'stream',
        attempts: 6,
        error: { message: 'poison record' },
      });
      expect((letters[0]?.event as DynamoDBStreamEvent).Records.map(idOf)).toEqual(['poison-3']);
    });
  });

  describe('local API Gateway', () => {
    const call = (path: string, key: string | null = stack.apiKey) =>
      fetch(`${stack.apiUrl}${path}`, { headers: key === null ? {} : { 'x-api-key': key } });

    it.each([
      ['/nope', 'Missing Authentication Token'],
      ['/articles/a/b', 'Missing Authentication Token'],
    ])('answers 403 %j for the unknown path %s, key or not', async (path, message) => {
      // Act
      const response = await call(path);
      // Assess
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ message });
    });

    it('answers /health without a key, as documented', async () => {
      // Act
      const response = await call('/health', null);
      // Assess
      expect(response.status).toBe(200);
    });

    it.each([[null], ['wrong']])('answers 403 Forbidden to a known route with the key %j', async (key) => {
      // Act
      const response = await call('/provinces', key);
      // Assess
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ message: 'Forbidden' });
    });

    it('passes a valid REST proxy event to the api function', async () => {
      // Act
      const response = await call('/provinces/ha-noi/metrics?x=1&x=2');
      const event = (await response.json()) as APIGatewayProxyEvent;
      // Assess
      expect(response.status).toBe(200);
      expect(APIGatewayProxyEventSchema.safeParse(event).success).toBe(true);
      expect(event).toMatchObject({
        resource: '/provinces/{slug}/metrics',
        pathParameters: { slug: 'ha-noi' },
        multiValueQueryStringParameters: { x: ['1', '2'] },
        requestContext: { stage: 'v1', identity: { apiKey: stack.apiKey } },
      });
    });

    it('answers 502 like API Gateway when the function fails', async () => {
      // Act
      const response = await call('/articles/boom');
      // Assess
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ message: 'Internal server error' });
    });
  });
});
