/**
 * The embedded stack's surface under hostile input (issue 12, item 3): keys, signatures, credentials,
 * bodies and headers, each with the status AWS would give and proof that nothing else changed: the
 * bucket's listing, the files in and around the data directory, the tables, and that both engines still
 * answer. Real engines, real SDK clients; stand-in handlers (the pipeline is not under test here).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../lambdas/shared/wiring.js';
import { embeddedS3Client } from '../../local/clients.js';
import { connectionFor, saveConnection } from '../../local/connection.js';
import { startEmbeddedStack } from '../../local/stack.js';
import type { EmbeddedStack } from '../../local/stack.js';

let root: string;
let dataDir: string;
let stack: EmbeddedStack;
let s3: S3Client;

const handlers = {
  parse: async () => undefined,
  metrics: async () => undefined,
  api: async () => ({
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: '{"ok":true}',
  }),
};

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Everything that could change: files beside the data directory and outside the bucket, the listing. */
async function snapshot() {
  const listing = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket }));
  return {
    besideDataDir: readdirSync(root).sort(),
    outsideBucket: files(join(dataDir, 's3')).filter((f) => !f.startsWith(`${stack.bucket}/`)),
    keys: (listing.Contents ?? []).map((o) => o.Key),
  };
}

async function enginesAnswer(): Promise<boolean> {
  const db = new DynamoDBClient({
    endpoint: stack.endpoints.dynamodb,
    region: stack.region,
    credentials: stack.credentials,
  });
  const tables = await db.send(new ListTablesCommand({}));
  db.destroy();
  await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, MaxKeys: 1 }));
  return (tables.TableNames ?? []).length === Object.keys(TABLES).length;
}

const statusOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 200, code: 'OK' }),
    (error: { $metadata?: { httpStatusCode?: number }; name?: string }) => ({
      status: error.$metadata?.httpStatusCode,
      code: error.name,
    }),
  );

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'provincewire-hostile-'));
  dataDir = join(root, 'data');
  stack = await startEmbeddedStack({ dataDir, handlers: handlers as never });
  saveConnection(dataDir, connectionFor(stack));
  s3 = embeddedS3Client(stack);
});

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('Hostile input: object keys', () => {
  it.each<[string, string, number, string]>([
    ['a parent-directory climb', '../outside.txt', 200, 'OK'],
    ['a deep climb out of the data directory', '../../../../../../../../tmp/escape.txt', 200, 'OK'],
    ['a climb in the middle', 'a/../../b.txt', 200, 'OK'],
    ['hidden segments', '.hidden/.x.txt', 200, 'OK'],
    ['a 1,000-character segment', `${'x'.repeat(1000)}.txt`, 200, 'OK'],
    ['1,024 bytes of 3-byte characters', `${'ệ'.repeat(340)}.txt`, 200, 'OK'],
    ['control characters', 'c\u0001\u0002\u001f.txt', 200, 'OK'],
    ['tab and newline', 'tab\tnew\nline.txt', 200, 'OK'],
    ['escapes that look encoded', '%2e%2e/%2F.txt', 200, 'OK'],
    ['1,025 bytes', `${'k'.repeat(1021)}.txt`, 400, 'KeyTooLongError'],
    ['1,026 bytes in 342 characters', 'ệ'.repeat(342), 400, 'KeyTooLongError'],
  ])('%s: %#', async (_name, key, status, code) => {
    // Prepare
    const before = await snapshot();

    // Act
    const put = await statusOf(s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: key })));

    // Assess: the answer; a stored key reads back exactly, under its own name only; nothing else moved.
    expect(put).toEqual({ status, code });
    const after = await snapshot();
    expect(after.besideDataDir).toEqual(before.besideDataDir);
    expect(after.outsideBucket).toEqual([]);
    if (status === 200) {
      const got = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
      expect(await got.Body?.transformToString()).toBe(key);
      expect(after.keys).toEqual(
        [...new Set([...before.keys, key])].sort((a, b) => Buffer.compare(Buffer.from(a!), Buffer.from(b!))),
      );
    } else {
      expect(after.keys).toEqual(before.keys);
    }
    expect(await enginesAnswer()).toBe(true);
  });
});

describe('Hostile input: signatures and credentials', () => {
  const wrongSecret = () => ({
    ...stack.credentials,
    secretAccessKey: `${stack.credentials.secretAccessKey}x`,
  });
  const unknownKey = () => ({ ...stack.credentials, accessKeyId: 'AKIAUNKNOWNUNKNOWN00' });
  const s3With = (credentials: { accessKeyId: string; secretAccessKey: string }) =>
    embeddedS3Client({ ...stack, credentials });

  it.each<
    [
      string,
      () => Promise<Response | { status: number | undefined; code: string | undefined }>,
      number,
      string,
    ]
  >([
    [
      'an unsigned PUT',
      () => fetch(`${stack.endpoints.s3}/${stack.bucket}/unsigned.txt`, { method: 'PUT', body: 'x' }),
      403,
      'AccessDenied',
    ],
    [
      'an unsigned listing',
      () => fetch(`${stack.endpoints.s3}/${stack.bucket}?list-type=2`),
      403,
      'AccessDenied',
    ],
    [
      'S3RVER, the old fixed pair',
      () =>
        statusOf(
          s3With({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }).send(
            new PutObjectCommand({ Bucket: stack.bucket, Key: 'old.txt', Body: 'x' }),
          ),
        ),
      403,
      'InvalidAccessKeyId',
    ],
    [
      'an unknown access key',
      () =>
        statusOf(
          s3With(unknownKey()).send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'u.txt', Body: 'x' })),
        ),
      403,
      'InvalidAccessKeyId',
    ],
    [
      'a wrong secret',
      () =>
        statusOf(
          s3With(wrongSecret()).send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'w.txt', Body: 'x' })),
        ),
      403,
      'SignatureDoesNotMatch',
    ],
    [
      'a V2 signature',
      () =>
        fetch(`${stack.endpoints.s3}/${stack.bucket}/v2.txt`, {
          method: 'PUT',
          body: 'x',
          headers: {
            authorization: `AWS ${stack.credentials.accessKeyId}:c2lnbmF0dXJl`,
            date: new Date().toUTCString(),
          },
        }),
      400,
      'AuthorizationHeaderMalformed',
    ],
  ])('S3 refuses %s', async (_name, send, status, code) => {
    // Prepare
    const before = await snapshot();

    // Act
    const answer = await send();

    // Assess
    if (answer instanceof Response) {
      expect(answer.status).toBe(status);
      expect(await answer.text()).toContain(`<Code>${code}</Code>`);
    } else {
      expect(answer).toEqual({ status, code });
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each<[string, { accessKeyId: string; secretAccessKey: string } | null, string]>([
    ['no signature', null, 'MissingAuthenticationTokenException'],
    [
      'an unknown access key',
      { accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: 'x'.repeat(40) },
      'UnrecognizedClientException',
    ],
    ['a wrong secret', { accessKeyId: 'AKIA', secretAccessKey: '' }, 'InvalidSignatureException'],
  ])('DynamoDB refuses %s with 400, like DynamoDB', async (_name, credentials, type) => {
    // Prepare
    const pair = credentials?.accessKeyId === 'AKIA' ? wrongSecret() : credentials;

    // Act
    const answer = pair
      ? await statusOf(
          new DynamoDBClient({
            endpoint: stack.endpoints.dynamodb,
            region: stack.region,
            credentials: pair,
            maxAttempts: 1,
          }).send(new ListTablesCommand({})),
        )
      : await fetch(stack.endpoints.dynamodb, {
          method: 'POST',
          headers: {
            'x-amz-target': 'DynamoDB_20120810.DeleteTable',
            'content-type': 'application/x-amz-json-1.0',
          },
          body: JSON.stringify({ TableName: stack.tableNames.articles }),
        }).then(async (res) => ({
          status: res.status,
          code: ((await res.json()) as { __type: string }).__type.split('#')[1],
        }));

    // Assess: refused, and the tables are all there.
    expect(answer).toEqual({ status: 400, code: type });
    expect(await enginesAnswer()).toBe(true);
  });

  it('listens on 127.0.0.1 only, everywhere', () => {
    // Assess
    for (const url of [stack.endpoints.s3, stack.endpoints.dynamodb, stack.apiUrl]) {
      expect(new URL(url).hostname).toBe('127.0.0.1');
    }
  });
});

describe('Hostile input: API bodies and headers', () => {
  /** A lazily generated body of `bytes`; `pulled()` says how much the server has taken so far. */
  function body(bytes: number) {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    return { stream, pulled: () => sent };
  }
  const post = (path: string, key: string, stream: ReadableStream<Uint8Array>) =>
    fetch(`${stack.apiUrl.replace(/\/v1$/, '')}${path}`, {
      method: 'POST',
      headers: { 'x-api-key': key },
      body: stream,
      duplex: 'half',
    } as RequestInit);

  it('answers 403 to a 256 MB body with a wrong key before reading it', async () => {
    // Prepare
    const big = body(256 * 1024 * 1024);

    // Act
    const answer = await post('/_local/dead-letters', 'wrong-key', big.stream).catch((error: Error) => error);

    // Assess: the refusal came with at most a few MB taken off the stream (socket buffers), not 256.
    if (answer instanceof Response) expect(answer.status).toBe(403);
    expect(big.pulled()).toBeLessThan(32 * 1024 * 1024);
    expect(await enginesAnswer()).toBe(true);
  });

  it('answers 413 to a body over 10 MB with the right key', async () => {
    // Prepare
    const big = body(64 * 1024 * 1024);

    // Act
    const answer = await post('/_local/dead-letters', stack.apiKey, big.stream).catch(
      (error: Error) => error,
    );

    // Assess
    if (answer instanceof Response) expect(answer.status).toBe(413);
    expect(big.pulled()).toBeLessThan(48 * 1024 * 1024);
  });

  it.each([
    ['no key', undefined, 403],
    ['an empty key', '', 403],
    ['the key with a character more', 'x', 403],
    ['the key, truncated', 'truncate', 403],
    ['the key in another case', 'case', 403],
    ['the key', 'right', 200],
  ])('answers a request with %s: %d', async (_name, variant, status) => {
    // Prepare
    const key =
      variant === 'x'
        ? `${stack.apiKey}x`
        : variant === 'truncate'
          ? stack.apiKey.slice(0, -1)
          : variant === 'case'
            ? stack.apiKey.toUpperCase() === stack.apiKey
              ? stack.apiKey.toLowerCase()
              : stack.apiKey.toUpperCase()
            : variant === 'right'
              ? stack.apiKey
              : variant;

    // Act
    const answer = await fetch(`${stack.apiUrl}/provinces`, {
      headers: key === undefined ? {} : { 'x-api-key': key },
    });

    // Assess
    expect(answer.status).toBe(status);
  });
});

describe('Secrets on disk', () => {
  it.each([
    ['the data directory', '.', 0o700],
    ['the API key', 'api-key', 0o600],
    ['the engine credentials', 'credentials.json', 0o600],
    ['the connection file', 'connection.json', 0o600],
  ])('%s is private (%o)', (_name, path, mode) => {
    // Assess
    expect(statSync(join(dataDir, path)).mode & 0o777).toBe(mode);
  });
});
