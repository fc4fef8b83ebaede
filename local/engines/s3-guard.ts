/**
 * What s3rver lacks to face a hostile client, added to one s3rver instance in the engine host:
 *  - every request must carry a valid SigV4 signature (header or presigned URL) made with the stack's
 *    credentials: s3rver accepts unsigned requests and never checks V4 signatures. Refusals are S3's own:
 *    403 AccessDenied (unsigned), InvalidAccessKeyId, SignatureDoesNotMatch, RequestTimeTooSkewed; a
 *    refused upload's body is not read (the connection closes);
 *  - keys over 1,024 UTF-8 bytes get 400 KeyTooLongError, an undecodable path 400 InvalidURI;
 *  - once the stack drains (stop), writes (PUT, POST, DELETE) get 503 ServiceUnavailable, as AWS answers
 *    when it cannot take a request: nothing is acknowledged that the stopping stack would not process
 *    (reads go on: parse still fetches what it is finishing);
 *  - keys are stored through object-paths.ts (no key reaches outside the bucket directory or makes a file
 *    name the file system refuses), listed in S3's order (UTF-8 bytes), and a delete prunes only empty
 *    directories inside the bucket that no write in flight is under (a concurrent put and delete under
 *    one prefix must not kill the engine host).
 */
import type { Socket } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import type S3rver from 's3rver';
import type { S3rverContext } from 's3rver';
import type { LocalCredentials } from '../security/secrets.js';
import { verifySignature } from '../security/sigv4.js';
import type { SignatureProblem } from '../security/sigv4.js';
import { keyProblem, keyToPath, pathToKey } from './object-paths.js';

const require = createRequire(import.meta.url);

interface S3ErrorClass {
  new (code: string, message: string, detail?: Record<string, string>): Error;
}
const S3Error = require('s3rver/lib/models/error') as S3ErrorClass;
const AWSAccount = require('s3rver/lib/models/account') as {
  DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void; revokeAccessKey(id: string): void };
};
const FilesystemStore = require('s3rver/lib/stores/filesystem') as {
  encodeKeyPath(key: string): string;
  decodeKeyPath(path: string): string;
};
const S3Object = require('s3rver/lib/models/object') as {
  new (bucket: string, key: string, content: null, metadata: Record<string, unknown>): unknown;
};

const OBJECT_SUFFIX = '._S3rver_object';
const WRITES = new Set(['PUT', 'POST', 'DELETE']);

const S3_CODES: Record<SignatureProblem, [string, string]> = {
  MissingAuthentication: ['AccessDenied', 'Access Denied'],
  MalformedAuthorization: ['AuthorizationHeaderMalformed', 'The authorization header is malformed'],
  InvalidAccessKeyId: [
    'InvalidAccessKeyId',
    'The AWS Access Key Id you provided does not exist in our records.',
  ],
  SignatureDoesNotMatch: [
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  ],
  RequestTimeTooSkewed: [
    'RequestTimeTooSkewed',
    'The difference between the request time and the current time is too large.',
  ],
  RequestExpired: ['AccessDenied', 'Request has expired'],
};

interface KoaContext extends S3rverContext {
  req: IncomingMessage;
  res: ServerResponse;
  set(name: string, value: string): void;
}

/** The object key a path-style request names, '' for a bucket or service request; null if undecodable. */
function keyOf(path: string): string | null {
  const [, , ...rest] = path.split('/');
  try {
    return rest.map((segment) => decodeURIComponent(segment)).join('/');
  } catch {
    return null;
  }
}

/** Byte order of UTF-8, as S3 lists keys. */
const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

function* objectFiles(dir: string): Generator<string> {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDir) yield* objectFiles(path);
    else if (name.endsWith(OBJECT_SUFFIX)) yield path;
  }
}

export function guardS3(
  server: S3rver,
  options: {
    readonly credentials: LocalCredentials;
    readonly region: string;
    /** true once the stack is draining: writes are refused from then on. */
    readonly draining?: () => boolean;
  },
): void {
  // s3rver's account registry holds the key pair it knows; the fixed S3RVER pair goes.
  AWSAccount.DUMMY_ACCOUNT.createKeyPair(
    options.credentials.accessKeyId,
    options.credentials.secretAccessKey,
  );
  AWSAccount.DUMMY_ACCOUNT.revokeAccessKey('S3RVER');

  server.middleware.unshift(async (context, next) => {
    const ctx = context as KoaContext;
    // A refused upload is answered without reading its body, and the connection closes.
    const refuse = (code: string, message: string): never => {
      if (!ctx.req.complete) {
        ctx.set('Connection', 'close');
        const socket = ctx.req.socket as Socket | null;
        ctx.res.once('finish', () => socket?.destroy());
      }
      throw new S3Error(code, message);
    };
    const [rawPath = '/', rawQuery = ''] = (ctx.req.url ?? '/').split(/\?(.*)/s);
    const key = keyOf(rawPath);
    if (key === null) return refuse('InvalidURI', "Couldn't parse the specified URI.");
    const tooLong = keyProblem(key);
    if (tooLong) return refuse(tooLong.code, tooLong.message);
    // CORS preflights are never signed.
    if (ctx.method !== 'OPTIONS') {
      const verdict = verifySignature(
        { method: ctx.method, path: rawPath, query: rawQuery, rawHeaders: ctx.req.rawHeaders },
        { credentials: options.credentials, region: options.region, service: 's3' },
      );
      if (!verdict.ok) return refuse(...S3_CODES[verdict.problem]);
    }
    if (options.draining?.() && WRITES.has(ctx.method))
      return refuse('ServiceUnavailable', 'Service is unable to handle request.');
    await next();
  });

  // Keys become safe relative paths (s3rver builds every object path through this pair).
  FilesystemStore.encodeKeyPath = keyToPath;
  FilesystemStore.decodeKeyPath = (path) => pathToKey(path) ?? '';

  const store = server.store as unknown as {
    getBucketPath(bucket: string): string;
    getResourcePath(bucket: string, key: string, resource: string): string;
    getMetadata(bucket: string, key: string): Promise<Record<string, unknown>>;
    listObjects(bucket: string, options: ListOptions): Promise<unknown>;
    deleteObject(bucket: string, key: string): Promise<void>;
    putObject(object: { bucket: string; key: string }): Promise<unknown>;
    copyObject(
      srcBucket: string,
      srcKey: string,
      destBucket: string,
      destKey: string,
      replacementMetadata: unknown,
    ): Promise<unknown>;
  };
  interface ListOptions {
    delimiter?: string;
    startAfter?: string;
    prefix?: string;
    maxKeys?: number;
  }

  // s3rver walks directories in file-name order and prunes by comparing paths, which drops keys from
  // later pages as soon as stored names sort differently from keys: list every key, then sort as S3 does.
  store.listObjects = async (
    bucket,
    { delimiter = '', startAfter = '', prefix = '', maxKeys = Infinity },
  ) => {
    const bucketPath = store.getBucketPath(bucket);
    const keys = [...objectFiles(bucketPath)]
      .map((file) =>
        pathToKey(relative(bucketPath, file).split(sep).join('/').slice(0, -OBJECT_SUFFIX.length)),
      )
      .filter((key): key is string => key !== null && key.startsWith(prefix) && byUtf8(key, startAfter) > 0)
      .sort(byUtf8);
    const commonPrefixes = new Set<string>();
    const listed: string[] = [];
    let isTruncated = false;
    for (const key of keys) {
      const at = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
      if (at !== -1) {
        commonPrefixes.add(key.slice(0, at + delimiter.length));
        continue;
      }
      if (listed.length >= maxKeys) {
        isTruncated = true;
        break;
      }
      listed.push(key);
    }
    const objects = await Promise.all(
      listed.map(async (key) => {
        const metadata = await store.getMetadata(bucket, key).catch(() => undefined);
        return metadata ? new S3Object(bucket, key, null, metadata) : undefined;
      }),
    );
    return {
      objects: objects.filter(Boolean),
      commonPrefixes: [...commonPrefixes].sort(byUtf8),
      isTruncated,
    };
  };

  // A write makes its object's directory, then opens its file; a delete that prunes the directory in
  // between fails s3rver's write stream, which has no error listener: the engine host would die of it.
  // So a directory a write is under is not pruned until the write settles (held from its first call,
  // synchronously, so no delete can come between).
  const writing = new Map<string, number>();
  /** The stored directories above a key's object, deepest first (the order a delete prunes them in). */
  const directoriesOf = (bucket: string, key: string): string[] => {
    const parts = keyToPath(key).split('/').slice(0, -1);
    return parts.map((_, depth) =>
      join(store.getBucketPath(bucket), ...parts.slice(0, parts.length - depth)),
    );
  };
  const holding = async <T>(directories: string[], write: () => Promise<T>): Promise<T> => {
    for (const dir of directories) writing.set(dir, (writing.get(dir) ?? 0) + 1);
    try {
      return await write();
    } finally {
      for (const dir of directories) {
        const left = (writing.get(dir) ?? 1) - 1;
        if (left === 0) writing.delete(dir);
        else writing.set(dir, left);
      }
    }
  };
  const putObject = store.putObject.bind(store);
  store.putObject = (object) => holding(directoriesOf(object.bucket, object.key), () => putObject(object));
  const copyObject = store.copyObject.bind(store);
  store.copyObject = (srcBucket, srcKey, destBucket, destKey, metadata) =>
    holding(directoriesOf(destBucket, destKey), () =>
      copyObject(srcBucket, srcKey, destBucket, destKey, metadata),
    );

  // s3rver prunes parent directories from the raw key (`a/../..` climbs out); prune the stored path instead.
  store.deleteObject = async (bucket, key) => {
    for (const resource of ['object', 'object.md5', 'metadata.json']) {
      try {
        unlinkSync(store.getResourcePath(bucket, key, resource));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    for (const dir of directoriesOf(bucket, key)) {
      if (writing.has(dir)) break;
      try {
        if (readdirSync(dir).length > 0) break;
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  };
}
