/**
 * Child process hosting the engines: s3rver (needs Node's legacy OpenSSL provider, hence its own process)
 * and DynamoDB Local (Java). It forwards object changes over IPC and, because it is the Java process's
 * parent, it kills Java whenever it goes away itself, including when the stack's process dies (IPC
 * disconnect), so no engine outlives the stack.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import S3rver from 's3rver';
import type { S3rverContext } from 's3rver';
import { startDynamoDbGate } from './dynamodb-gate.js';
import type { DynamoDbGate } from './dynamodb-gate.js';
import { launchDynamoDbLocal } from './dynamodb-local.js';
import type { DynamoDbLocal } from './dynamodb-local.js';
import { guardS3 } from './s3-guard.js';
import { ENGINE_CONFIG_ENV } from './protocol.js';
import type { EngineHostConfig, HostMessage, ParentMessage } from './protocol.js';
import { fromS3rverEvent } from '../events/s3rver.js';
import type { S3rverEventRecord } from '../events/s3rver.js';
import type { RawS3Notification } from '../events/s3.js';

let java: ChildProcess | null = null;
let dynamodb: DynamoDbLocal | null = null;
let gate: DynamoDbGate | null = null;

let s3: S3rver | null = null;
/** Set by the stack's 'drain': S3 takes no more writes. */
let draining = false;

function send(message: HostMessage): void {
  if (process.connected) process.send?.(message);
}

function killJava(): void {
  if (java?.pid !== undefined && java.exitCode === null && java.signalCode === null) java.kill('SIGKILL');
}

/** DynamoDB Local gets SIGTERM (its JVM shuts down and closes the database); SIGKILL after the timeout. */
async function stopJava(timeoutMs: number): Promise<void> {
  const child = java;
  if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(killJava, timeoutMs);
  await gone;
  clearTimeout(timer);
}

const JAVA_STOP_TIMEOUT_MS = 8_000;

async function shutdown(code: number): Promise<never> {
  // S3 first: no new object is accepted while the database closes.
  await Promise.race([s3?.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2_000))]);
  await gate?.close();
  await stopJava(JAVA_STOP_TIMEOUT_MS);
  dynamodb?.cleanup();
  process.exit(code);
}

/** DynamoDB Local behind its gate: the port reported is the gate's, on 127.0.0.1. */
async function startDynamoDb(config: EngineHostConfig): Promise<{ port: number; pid: number }> {
  dynamodb = await launchDynamoDbLocal({ dbDir: config.dynamodbDir, runDir: config.runDir });
  java = dynamodb.child;
  const stderr: string[] = [];
  java.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  java.stdout?.resume();
  java.once('exit', (code) => {
    dynamodb?.cleanup();
    if (!stopping) {
      send({ type: 'failed', message: `DynamoDB Local exited (${code}): ${stderr.join('').slice(-500)}` });
      void shutdown(1);
    }
  });
  if (!dynamodb.isolated) {
    process.stderr.write(
      'provincewire: no private network namespace here (unshare); DynamoDB Local listens on all interfaces, on an ephemeral port, and takes any signature there. Use the gate the stack prints.\n',
    );
  }
  // Most of the engines' 60 s start budget (engines/index.ts): a JVM starting on two busy cores took
  // over 30 s once (CI), and a start that fails on time alone fails the whole stack.
  await dynamodb.waitUntilReady(55_000);
  gate = await startDynamoDbGate({
    upstream: dynamodb.upstream,
    credentials: config.credentials,
    region: config.region,
  });
  return { port: gate.port, pid: java.pid ?? -1 };
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
  guardS3(server, { credentials: config.credentials, region: config.region, draining: () => draining });
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
    if (message.type === 'drain') draining = true;
    if (message.type === 'flush' || message.type === 'drain') {
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
  const [database, s3Port] = await Promise.all([startDynamoDb(config), startS3(config)]);
  send({ type: 'ready', s3Port, dynamodbPort: database.port, javaPid: database.pid });
}

const stop = (code: number) => () => {
  stopping = true;
  void shutdown(code);
};
process.on('disconnect', stop(0));
process.on('SIGTERM', stop(0));
process.on('SIGINT', stop(0));
process.on('exit', () => {
  killJava();
  dynamodb?.cleanup();
});
process.on('uncaughtException', (error) => {
  send({ type: 'failed', message: String(error) });
  stop(1)();
});

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  stop(1)();
});
