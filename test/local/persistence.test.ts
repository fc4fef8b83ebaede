/**
 * A persistent data directory survives a restart: objects, tables, the API key and dead letters stay, and
 * the stream mapping resumes after its checkpoint instead of redelivering what metrics already processed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedS3Client } from '../../local/clients.js';
import { DYNAMODB_NOT_ANSWERING } from '../../local/engines/faults.js';
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
  }, 180_000);

  it("replays at start the dead letters an engine's death left, and keeps the others", async () => {
    // Prepare: two dead letters; one is then rewritten as an engine's death records it (letters of this
    // kind were written before the invoker stopped charging engine faults to events).
    await stack?.stop();
    stack = await start();
    const s3 = s3For(stack);
    stack.faults.set('parse', /^(engine|poison)/);
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'engine.txt', Body: 'x' }));
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'poison.txt', Body: 'x' }));
    await stack.waitForIdle();
    s3.destroy();
    await stack.stop();
    const file = join(dataDir, 'dead-letters.json');
    const letters = JSON.parse(readFileSync(file, 'utf8')) as { event: unknown; error: object }[];
    for (const letter of letters)
      if (JSON.stringify(letter.event).includes('engine.txt'))
        letter.error = { name: 'InternalServerError', message: DYNAMODB_NOT_ANSWERING };
    writeFileSync(file, JSON.stringify(letters));
    // Act
    stack = await start();
    await stack.recovery;
    await stack.waitForIdle();
    // Assess
    const left = stack.deadLetters.list('parse').map((letter) => JSON.stringify(letter.event));
    expect(left.filter((event) => event.includes('engine.txt'))).toEqual([]);
    expect(left.filter((event) => event.includes('poison.txt'))).toHaveLength(1);
  }, 180_000);
});
