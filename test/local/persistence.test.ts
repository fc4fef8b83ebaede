/**
 * A persistent data directory survives a restart: objects, tables, the API key and dead letters stay, and
 * the stream mapping resumes after its checkpoint instead of redelivering what metrics already processed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedS3Client } from '../../local/clients.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';

const dataDir = mkdtempSync(join(tmpdir(), 'provincewire-persist-'));
const streamed: string[] = [];
let stack: EmbeddedStack | undefined;

const handlers = {
  parse: async () => undefined,
  metrics: async (event: DynamoDBStreamEvent) => {
    streamed.push(...event.Records.map((record) => record.dynamodb?.Keys?.id?.S ?? ''));
  },
  api: async () => ({ statusCode: 200, body: '{}' }),
};
const start = () => startEmbeddedStack({ dataDir, handlers: handlers as never, retryDelayMs: () => 5 });
const s3For = (running: EmbeddedStack) => embeddedS3Client(running);

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Function: startEmbeddedStack (persistent data directory)', () => {
  it('keeps objects, items, the API key and dead letters, and resumes the stream after its checkpoint', async () => {
    // Prepare: a first run that stores an object, an item (streamed to metrics) and a dead letter.
    stack = await start();
    const first = { apiKey: stack.apiKey, bucket: stack.bucket };
    let s3 = s3For(stack);
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'kept.txt', Body: 'kept' }));
    stack.faults.set('parse', /^doomed/);
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'doomed.txt', Body: 'x' }));
    const db = new DynamoDBClient({});
    await db.send(
      new PutItemCommand({ TableName: stack.tableNames.articles, Item: { id: { S: 'before-restart' } } }),
    );
    await stack.waitForIdle();
    const streamedBefore = [...streamed];
    s3.destroy();
    await stack.stop();
    // Act
    stack = await start();
    s3 = s3For(stack);
    await stack.waitForIdle();
    const head = await s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: 'kept.txt' }));
    await new DynamoDBClient({}).send(
      new PutItemCommand({ TableName: stack.tableNames.articles, Item: { id: { S: 'after-restart' } } }),
    );
    await stack.waitForIdle();
    s3.destroy();
    db.destroy();
    // Assess
    expect(streamedBefore).toEqual(['before-restart']);
    expect(streamed).toEqual(['before-restart', 'after-restart']);
    expect(head.ContentLength).toBe(4);
    expect({ apiKey: stack.apiKey, bucket: stack.bucket }).toEqual(first);
    expect(stack.deadLetters.list('parse').map((letter) => letter.attempts)).toEqual([3]);
  });
});
