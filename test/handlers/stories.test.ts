/**
 * Story assignment under a forced race, on real engines: two copies of one story are parsed at the same
 * moment, each reading the index before either commits (their first transactions are held until both are
 * ready). The key heads must make one of them fail and decide again, so they end in one story with one
 * representative; without the heads both would commit a story of their own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lambdas/extract/index.js';
import { ingest, type IngestDeps } from '../../lambdas/parse/ingest.js';
import { createDocumentClient } from '../../lambdas/shared/aws.js';
import { articleIdFor } from '../../lambdas/shared/ids.js';
import { storyKey } from '../../lambdas/shared/stories.js';
import { DEFAULT_MAX_OBJECT_BYTES } from '../../lambdas/shared/wiring.js';
import { REPO_ROOT, startEngines, type Engines } from '../../local/engines/index.js';
import { localTableNames, tableCreateInputs } from '../../local/engines/tables.js';
import { randomCredentials } from '../../local/security/secrets.js';
import { useLocalEnv } from './support/env.js';
import { sequencers } from './support/s3-events.js';

const BUCKET = 'stories-test';
const tables = localTableNames('st');
let engines: Engines;
let s3: S3Client;
let doc: DynamoDBDocumentClient;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pw-stories-'));
  const credentials = randomCredentials();
  engines = await startEngines({
    dynamodbDir: null,
    s3Dir: join(dir, 's3'),
    runDir: join(dir, 'run'),
    buckets: [BUCKET],
    credentials,
    region: 'us-east-1',
  });
  useLocalEnv({ dynamodb: engines.dynamodbEndpoint, s3: engines.s3Endpoint, tables, credentials });
  const ddb = new DynamoDBClient({});
  for (const input of tableCreateInputs(tables)) await ddb.send(new CreateTableCommand(input));
  doc = createDocumentClient(ddb);
  s3 = new S3Client({ forcePathStyle: true });
});
afterAll(async () => {
  s3?.destroy();
  await engines?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A document client whose first `n` transactions wait for each other, then all go at once. */
function heldClient(n: number): DynamoDBDocumentClient {
  const waiting: (() => void)[] = [];
  let held = 0;
  const send = (command: unknown) => {
    if (command instanceof TransactWriteCommand && held < n) {
      held++;
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === n) for (const go of waiting) go();
      }).then(() => doc.send(command));
    }
    return doc.send(command as never);
  };
  return new Proxy(doc, { get: (target, p) => (p === 'send' ? send : Reflect.get(target, p)) });
}

async function upload(key: string, fixture: string, sequencer: string) {
  const body = readFileSync(join(REPO_ROOT, 'test/fixtures/stories', fixture));
  const out = await s3.send(
    new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, Metadata: { published: '2025-03-14' } }),
  );
  return {
    kind: 'created' as const,
    bucket: BUCKET,
    key,
    sequencer,
    eTag: out.ETag!.replace(/"/g, ''),
    size: body.length,
    eventName: 'ObjectCreated:Put',
  };
}

async function record(key: string) {
  const id = articleIdFor(BUCKET, key);
  const out = await doc.send(
    new GetCommand({ TableName: tables.articles, Key: { id }, ConsistentRead: true }),
  );
  return out.Item as { id: string; storyId: string; storyRepresentative: boolean; version: number };
}

describe('Function: parse, story assignment under a race', () => {
  it('joins two copies parsed at the same moment into one story with one representative', async () => {
    // Prepare: two translations of one report, both read the empty index before either commits.
    const next = sequencers();
    const events = [
      await upload('race/fr.txt', 's08/fr_vietnam-vn.txt', next()),
      await upload('race/de.txt', 's08/de_vietnam-vn.txt', next()),
    ];
    const deps: IngestDeps = {
      doc: heldClient(2),
      s3,
      tables,
      maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
      extract: extractArticle,
      nameKey: () => Promise.resolve('a test key of the story index'),
    };

    // Act
    const outcomes = await Promise.all(events.map((event) => ingest(deps, event)));

    // Assess
    expect(outcomes).toEqual(['created', 'created']);
    const [fr, de] = await Promise.all([record('race/fr.txt'), record('race/de.txt')]);
    expect(fr!.storyId).toBe(de!.storyId);
    expect([fr!.storyRepresentative, de!.storyRepresentative].filter(Boolean)).toHaveLength(1);
    const story = await doc.send(
      new GetCommand({ TableName: tables.stories, Key: storyKey(fr!.storyId), ConsistentRead: true }),
    );
    expect(story.Item).toMatchObject({
      representative: fr!.storyRepresentative ? fr!.id : de!.id,
      languages: ['de', 'fr'],
    });
    expect((story.Item!.members as unknown[]).length).toBe(2);
  });

  it('keeps one representative when the representative is removed while another copy arrives', async () => {
    // Prepare: a story of two copies, then its representative's removal and a third copy, planned together.
    const next = sequencers();
    const plain: IngestDeps = {
      doc,
      s3,
      tables,
      maxObjectBytes: DEFAULT_MAX_OBJECT_BYTES,
      extract: extractArticle,
      nameKey: () => Promise.resolve('a test key of the story index'),
    };
    for (const [key, fixture] of [
      ['race2/en.txt', 's09/en_vietnamnet.txt'],
      ['race2/soha.txt', 's09/vi_soha.txt'],
    ] as const) {
      await ingest(plain, await upload(key, fixture, next()));
    }
    const [en, soha] = await Promise.all([record('race2/en.txt'), record('race2/soha.txt')]);
    expect(en!.storyId).toBe(soha!.storyId);
    const rep = en!.storyRepresentative ? 'race2/en.txt' : 'race2/soha.txt';
    const third = await upload('race2/vn.txt', 's09/vi_vietnamnet.txt', next());
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: rep }));
    const removal = {
      kind: 'removed' as const,
      bucket: BUCKET,
      key: rep,
      sequencer: next(),
      eventName: 'ObjectRemoved:Delete',
    };

    // Act
    const held: IngestDeps = { ...plain, doc: heldClient(2) };
    const outcomes = await Promise.all([ingest(held, removal), ingest(held, third)]);

    // Assess: two members left, exactly one of them representative, and the story item agrees.
    expect(outcomes).toEqual(['deleted', 'created']);
    const left = (
      await Promise.all([record('race2/en.txt'), record('race2/soha.txt'), record('race2/vn.txt')])
    ).filter((r) => r !== undefined);
    expect(left).toHaveLength(2);
    expect(new Set(left.map((r) => r.storyId)).size).toBe(1);
    const reps = left.filter((r) => r.storyRepresentative);
    expect(reps).toHaveLength(1);
    const story = await doc.send(
      new GetCommand({ TableName: tables.stories, Key: storyKey(left[0]!.storyId), ConsistentRead: true }),
    );
    expect(story.Item?.representative).toBe(reps[0]!.id);
    expect((story.Item!.members as { id: string }[]).map((m) => m.id).sort()).toEqual(
      left.map((r) => r.id).sort(),
    );
  });
});
