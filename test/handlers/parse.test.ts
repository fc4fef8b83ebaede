import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ParseModule from '../../lambdas/parse/handler.js';
import { createDocumentClient } from '../../lambdas/shared/aws.js';
import { articleIdFor } from '../../lambdas/shared/ids.js';
import { startEngines, type Engines } from '../../local/engines/index.js';
import { localTableNames, tableCreateInputs } from '../../local/engines/tables.js';
import { randomCredentials } from '../../local/security/secrets.js';
import { useLocalEnv } from './support/env.js';
import { s3Event, sequencers, type ObjectChange } from './support/s3-events.js';

const BUCKET = 'parse-test';
const tables = localTableNames('p');
let engines: Engines;
let s3: S3Client;
let doc: DynamoDBDocumentClient;
let parse: typeof ParseModule;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pw-parse-'));
  const credentials = randomCredentials();
  const config = {
    dynamodbDir: null,
    s3Dir: join(dir, 's3'),
    runDir: join(dir, 'run'),
    buckets: [BUCKET],
    credentials,
    region: 'us-east-1',
  };
  engines = await startEngines(config);
  useLocalEnv({ dynamodb: engines.dynamodbEndpoint, s3: engines.s3Endpoint, tables, credentials });
  const ddb = new DynamoDBClient({});
  for (const input of tableCreateInputs(tables)) await ddb.send(new CreateTableCommand(input));
  doc = createDocumentClient(ddb);
  s3 = new S3Client({ forcePathStyle: true });
  parse = await import('../../lambdas/parse/handler.js');
});
afterAll(async () => {
  s3?.destroy();
  await engines?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const text = (n: number) =>
  `La police de la province de Quảng Ninh a saisi ${n} kg de drogue.\n\nSelon le commandant, ${n + 2} personnes ont été arrêtées dans la ville de Hạ Long au cours du mois.`;

async function upload(key: string, body: string, sequencer: string): Promise<ObjectChange> {
  const out = await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
  return { bucket: BUCKET, key, sequencer, eTag: out.ETag!.replace(/"/g, ''), size: Buffer.byteLength(body) };
}

const deliver = (...changes: ObjectChange[]) => parse.handler(s3Event(...changes));

async function stored(key: string) {
  const id = articleIdFor(BUCKET, key);
  const [article, ingestion] = await Promise.all([
    doc.send(new GetCommand({ TableName: tables.articles, Key: { id }, ConsistentRead: true })),
    doc.send(new GetCommand({ TableName: tables.ingestions, Key: { objectId: id }, ConsistentRead: true })),
  ]);
  return { article: article.Item, ingestion: ingestion.Item };
}

describe('Function: parse handler', () => {
  it('creates, keeps an unchanged re-upload, versions a change, ignores a stale event', async () => {
    // Prepare
    const next = sequencers();
    const key = 'news/2026 01/artîcle one.txt';
    const first = await upload(key, text(5), next());

    // Act
    const created = await deliver(first);
    const afterCreate = await stored(key);
    const same = await upload(key, text(5), next());
    const unchanged = await deliver(same);
    const afterSame = await stored(key);
    const changed = await upload(key, text(7), next());
    const updated = await deliver(changed);
    const stale = await deliver(first, same);
    const final = await stored(key);

    // Assess
    expect(created.outcomes).toEqual(['created']);
    expect(afterCreate.article).toMatchObject({
      key,
      bucket: BUCKET,
      version: 1,
      sequencer: first.sequencer,
    });
    expect(afterCreate.ingestion).toMatchObject({ status: 'ok', lastVersion: 1, articlePresent: true });
    expect(unchanged.outcomes).toEqual(['unchanged']);
    expect(afterSame.article).toEqual(afterCreate.article);
    expect(afterSame.ingestion).toMatchObject({ sequencer: same.sequencer, lastVersion: 1 });
    expect(updated.outcomes).toEqual(['updated']);
    expect(stale.outcomes).toEqual(['stale', 'stale']);
    expect(final.article).toMatchObject({
      version: 2,
      sequencer: changed.sequencer,
      ingestedAt: afterCreate.article!.ingestedAt,
    });
    expect(final.ingestion).toMatchObject({ sequencer: changed.sequencer, lastVersion: 2 });
  });

  it('deletes on remove and on rejection, and keeps counting versions after re-create', async () => {
    // Prepare
    const next = sequencers();
    const key = 'lifecycle.txt';
    await deliver(await upload(key, text(1), next()));

    // Act
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    const removed = await deliver({
      bucket: BUCKET,
      key,
      sequencer: next(),
      eventName: 'ObjectRemoved:Delete',
    });
    const afterRemove = await stored(key);
    const recreated = await deliver(await upload(key, text(2), next()));
    const afterRecreate = await stored(key);
    const rejected = await deliver(await upload(key, '', next()));
    const afterReject = await stored(key);

    // Assess
    expect(removed.outcomes).toEqual(['deleted']);
    expect(afterRemove.article).toBeUndefined();
    expect(afterRemove.ingestion).toMatchObject({ status: 'deleted', lastVersion: 1, articlePresent: false });
    expect(recreated.outcomes).toEqual(['created']);
    expect(afterRecreate.article).toMatchObject({ version: 2 });
    expect(rejected.outcomes).toEqual(['rejected']);
    expect(afterReject.article).toBeUndefined();
    expect(afterReject.ingestion).toMatchObject({ status: 'rejected', reason: 'EMPTY', lastVersion: 2 });
  });

  it('treats an event for an overwritten object as superseded', async () => {
    // Prepare
    const next = sequencers();
    const key = 'overwritten.txt';
    const old = await upload(key, text(3), next());
    await upload(key, text(4), next());

    // Act
    const result = await deliver(old);

    // Assess
    expect(result.outcomes).toEqual(['superseded']);
    expect((await stored(key)).ingestion).toBeUndefined();
  });

  it('leaves exactly one article, the highest sequencer, after 10 concurrent uploads to one key', async () => {
    // Prepare
    const next = sequencers();
    const key = 'contended.txt';
    const changes: ObjectChange[] = [];
    for (let i = 0; i < 10; i++) changes.push(await upload(key, text(10 + i), next()));
    const sameObject = changes.map((c) => ({ ...c, key: 'contended-same.txt' }));
    for (const c of sameObject) await upload(c.key, text(99), c.sequencer);
    const lastSame = await upload('contended-same.txt', text(99), sameObject.at(-1)!.sequencer);

    // Act
    const results = await Promise.all([...changes].reverse().map((c) => deliver(c)));
    const sameResults = await Promise.all(sameObject.map((c) => deliver({ ...c, eTag: lastSame.eTag })));
    const contended = await stored(key);
    const same = await stored('contended-same.txt');

    // Assess
    expect(results.flatMap((r) => r.outcomes).filter((o) => o === 'created')).toHaveLength(1);
    expect(contended.article).toMatchObject({
      version: 1,
      sequencer: changes.at(-1)!.sequencer,
      eTag: changes.at(-1)!.eTag,
    });
    expect(sameResults.flatMap((r) => r.outcomes).filter((o) => o === 'created')).toHaveLength(1);
    expect(same.article).toMatchObject({ version: 1 });
    expect(same.ingestion).toMatchObject({ sequencer: sameObject.at(-1)!.sequencer, lastVersion: 1 });
  });

  // LocalStack 4.14.0 stamps every S3 notification with this one sequencer (see local/emulation/), so the
  // sequencer cannot order events there: S3's current state decides instead.
  describe('when every event carries the same sequencer', () => {
    const FIXED = '0055AED6DCD90281E5';
    const removal = (key: string): ObjectChange => ({
      bucket: BUCKET,
      key,
      sequencer: FIXED,
      eventName: 'ObjectRemoved:Delete',
    });

    it('applies a modification, an identical re-upload, a deletion and a re-creation exactly', async () => {
      // Prepare
      const key = 'fixed/lifecycle.txt';
      const first = await upload(key, text(5), FIXED);

      // Act
      const created = await deliver(first);
      const modified = await deliver(await upload(key, text(8), FIXED));
      const afterModify = await stored(key);
      const reuploaded = await deliver(await upload(key, text(8), FIXED));
      const afterReupload = await stored(key);
      await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
      const deleted = await deliver(removal(key));
      const afterDelete = await stored(key);
      const last = await upload(key, text(11), FIXED);
      const recreated = await deliver(last);
      const redelivered = await deliver(first, removal(key), last);
      const final = await stored(key);

      // Assess
      expect([created, modified, reuploaded, deleted, recreated].map((r) => r.outcomes)).toEqual([
        ['created'],
        ['updated'],
        ['unchanged'],
        ['deleted'],
        ['created'],
      ]);
      expect(afterModify.article).toMatchObject({ version: 2, figures: [{ value: 8 }, { value: 10 }] });
      expect(afterReupload.article).toEqual(afterModify.article);
      expect(afterDelete.article).toBeUndefined();
      expect(afterDelete.ingestion).toMatchObject({ status: 'deleted', articlePresent: false });
      expect(redelivered.outcomes).toEqual(['superseded', 'superseded', 'unchanged']);
      expect(final.article).toMatchObject({
        version: 3,
        eTag: last.eTag,
        figures: [{ value: 11 }, { value: 13 }],
      });
      expect(final.ingestion).toMatchObject({ status: 'ok', eTag: last.eTag, lastVersion: 3 });
    });

    it('ends on what the bucket holds whatever order the events of a key arrive in', async () => {
      // Prepare: put, put, delete, put; the four events delivered newest first.
      const key = 'fixed/reversed.txt';
      const a = await upload(key, text(1), FIXED);
      const b = await upload(key, text(2), FIXED);
      await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
      const c = await upload(key, text(3), FIXED);

      // Act
      const results = [];
      for (const change of [c, removal(key), b, a]) results.push(...(await deliver(change)).outcomes);
      const { article, ingestion } = await stored(key);

      // Assess
      expect(results).toEqual(['created', 'superseded', 'superseded', 'superseded']);
      expect(article).toMatchObject({ version: 1, eTag: c.eTag, figures: [{ value: 3 }, { value: 5 }] });
      expect(ingestion).toMatchObject({ status: 'ok', eTag: c.eTag });
    });

    it('applies a deletion whose object is gone even when it arrives after an older creation', async () => {
      // Prepare
      const key = 'fixed/gone.txt';
      const a = await upload(key, text(4), FIXED);
      await deliver(a);
      await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));

      // Act
      const outcomes = [...(await deliver(a)).outcomes, ...(await deliver(removal(key))).outcomes];
      const { article, ingestion } = await stored(key);

      // Assess
      expect(outcomes).toEqual(['superseded', 'deleted']);
      expect(article).toBeUndefined();
      expect(ingestion).toMatchObject({ status: 'deleted' });
    });

    it('leaves the last stored object after concurrent uploads and deliveries', async () => {
      // Prepare
      const key = 'fixed/contended.txt';
      const changes: ObjectChange[] = [];
      for (let i = 0; i < 8; i++) changes.push(await upload(key, text(20 + i), FIXED));

      // Act
      const results = await Promise.all(changes.map((change) => deliver(change)));
      const { article } = await stored(key);

      // Assess
      expect(results.flatMap((r) => r.outcomes).filter((o) => o === 'created')).toHaveLength(1);
      expect(article).toMatchObject({ version: 1, eTag: changes.at(-1)!.eTag });
    });
  });

  it('stores an article larger than the item limit truncated, under 400 KB', async () => {
    // Prepare
    const next = sequencers();
    const paragraph =
      'Les agents de la police provinciale ont patrouillé le long de la frontière toute la nuit sans incident.';
    const body = `Un long rapport\n\n${Array.from({ length: 6000 }, () => paragraph).join('\n\n')}`;

    // Act
    const result = await deliver(await upload('huge.txt', body, next()));
    const { article } = await stored('huge.txt');

    // Assess
    expect(result.outcomes).toEqual(['created']);
    expect(article).toMatchObject({ truncated: true });
    expect(Buffer.byteLength(JSON.stringify(article))).toBeLessThan(400_000);
    expect(Buffer.byteLength(body)).toBeGreaterThan(600_000);
  });
});

describe('Function: parse handler, dates', () => {
  async function uploadWith(key: string, body: string, sequencer: string, published?: string) {
    const out = await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: key,
        Body: body,
        ...(published === undefined ? {} : { Metadata: { published } }),
      }),
    );
    return {
      bucket: BUCKET,
      key,
      sequencer,
      eTag: out.ETag!.replace(/"/g, ''),
      size: Buffer.byteLength(body),
    };
  }
  const dated = (n: number) =>
    `Hạ Long, le 14 mars 2024 — La police de la province de Quảng Ninh a saisi ${n} kg de drogue.\n\nSelon le commandant, ${n + 2} personnes ont été arrêtées dans la ville de Hạ Long.`;
  const today = () => new Date().toISOString().slice(0, 10);

  it('records published and dateSource from the metadata, the key, the text and the upload, in that order', async () => {
    // Prepare
    const next = sequencers();
    const cases = [
      { key: 'dates/2023/05/06/meta.txt', body: dated(1), published: '2024-06-02' },
      { key: 'dates/2023/05/06/key.txt', body: dated(2) },
      { key: 'dates/text.txt', body: dated(3) },
      { key: 'dates/upload.txt', body: text(4) },
    ];

    // Act
    for (const c of cases) await deliver(await uploadWith(c.key, c.body, next(), c.published));
    const articles = await Promise.all(cases.map(async (c) => (await stored(c.key)).article));

    // Assess
    expect(articles.map((a) => [a?.published, a?.dateSource])).toEqual([
      ['2024-06-02', 'metadata'],
      ['2023-05-06', 'key'],
      ['2024-03-14', 'text'],
      [today(), 'upload'],
    ]);
    expect(articles.every((a) => a?.dateNote === undefined)).toBe(true);
  });

  it('passes over a bad metadata value and records why, keeping the article', async () => {
    // Prepare
    const next = sequencers();
    const key = 'dates/2022-02-03-bad-meta.txt';

    // Act
    const out = await deliver(await uploadWith(key, dated(5), next(), '2024-02-30'));
    const { article } = await stored(key);

    // Assess
    expect(out.outcomes).toEqual(['created']);
    expect(article).toMatchObject({ published: '2022-02-03', dateSource: 'key' });
    expect(article?.dateNote).toMatch(/"2024-02-30" is not a real day/);
  });

  it('updates the article when a re-upload of the same text changes its date, and only then', async () => {
    // Prepare
    const next = sequencers();
    const key = 'dates/redated.txt';

    // Act
    const first = await deliver(await uploadWith(key, dated(6), next(), '2024-01-10'));
    const same = await deliver(await uploadWith(key, dated(6), next(), '2024-01-10'));
    const redated = await deliver(await uploadWith(key, dated(6), next(), '2024-02-10'));
    const { article, ingestion } = await stored(key);

    // Assess
    expect([first.outcomes, same.outcomes, redated.outcomes]).toEqual([
      ['created'],
      ['unchanged'],
      ['updated'],
    ]);
    expect(article).toMatchObject({ version: 2, published: '2024-02-10', dateSource: 'metadata' });
    expect(ingestion).toMatchObject({ published: '2024-02-10', dateSource: 'metadata' });
  });

  it('keeps an upload-dated article on its first day when the same text is uploaded again', async () => {
    // Prepare
    const next = sequencers();
    const key = 'dates/undated-again.txt';
    await deliver(await uploadWith(key, text(8), next()));
    const before = (await stored(key)).article;

    // Act
    const again = await deliver(await uploadWith(key, text(8), next()));

    // Assess
    expect(again.outcomes).toEqual(['unchanged']);
    expect((await stored(key)).article).toEqual(before);
  });
});
