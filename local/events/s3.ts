/**
 * Turns what the local S3 server reports into exactly the S3 event notification AWS delivers to Lambda.
 * Pure apart from createSequencer's own counter; the engine host and the stack do the I/O.
 */
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { encodeS3EventKey } from '../../lambdas/shared/s3-keys.js';

/** The operations that produce notifications, in S3's own event-name vocabulary. */
export type S3Operation = 'Put' | 'Post' | 'Copy' | 'CompleteMultipartUpload' | 'Delete';

/** One object change as observed by the engine host (no AWS formatting yet). */
export interface RawS3Notification {
  readonly operation: S3Operation;
  readonly bucket: string;
  /** The object key as stored (not encoded). */
  readonly key: string;
  readonly size?: number;
  /** Hex MD5 or multipart ETag, with or without surrounding quotes. */
  readonly eTag?: string;
  readonly versionId?: string;
  readonly sourceIp: string;
  readonly requestId: string;
  /** ISO-8601 time of the change. */
  readonly time: string;
}

export interface NormalizeOptions {
  readonly region: string;
  /** From createSequencer: orders events for the same key like S3's sequencer. */
  readonly sequencer: string;
  readonly configurationId: string;
  /** Canonical-user-like id of the bucket owner and requester. */
  readonly principalId: string;
}

const CREATED: Record<Exclude<S3Operation, 'Delete'>, string> = {
  Put: 'ObjectCreated:Put',
  Post: 'ObjectCreated:Post',
  Copy: 'ObjectCreated:Copy',
  CompleteMultipartUpload: 'ObjectCreated:CompleteMultipartUpload',
};

export function eventNameFor(operation: S3Operation): string {
  return operation === 'Delete' ? 'ObjectRemoved:Delete' : CREATED[operation];
}

/** The requester address as AWS reports it: a plain IPv4 address. */
export function toIpv4(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  return /^\d+\.\d+\.\d+\.\d+$/.test(address) ? address : '127.0.0.1';
}

function stripQuotes(eTag: string): string {
  return eTag.replace(/^"+|"+$/g, '');
}

/** One AWS-shaped notification record for one object change. */
export function toS3EventRecord(raw: RawS3Notification, options: NormalizeOptions): S3EventRecord {
  const object: S3EventRecord['s3']['object'] = {
    key: encodeS3EventKey(raw.key),
    sequencer: options.sequencer,
  } as S3EventRecord['s3']['object'];
  if (raw.operation !== 'Delete') {
    object.size = raw.size ?? 0;
    if (raw.eTag !== undefined) object.eTag = stripQuotes(raw.eTag);
  }
  if (raw.versionId !== undefined) object.versionId = raw.versionId;
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: options.region,
    eventTime: raw.time,
    eventName: eventNameFor(raw.operation),
    userIdentity: { principalId: `AWS:${options.principalId}` },
    requestParameters: { sourceIPAddress: toIpv4(raw.sourceIp) },
    responseElements: {
      'x-amz-request-id': raw.requestId,
      'x-amz-id-2': Buffer.from(`${raw.requestId}/${raw.bucket}`).toString('base64'),
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: options.configurationId,
      bucket: {
        name: raw.bucket,
        ownerIdentity: { principalId: options.principalId },
        arn: `arn:aws:s3:::${raw.bucket}`,
      },
      object,
    },
  };
}

/** S3 delivers one record per notification. */
export function toS3Event(raw: RawS3Notification, options: NormalizeOptions): S3Event {
  return { Records: [toS3EventRecord(raw, options)] };
}

/**
 * Per-bucket sequencers: fixed-width (18) upper-case hex that only grows, so a consumer can order events
 * for one key by comparing strings. The millisecond clock leads, so the order survives restarts.
 */
export function createSequencer(now: () => number = Date.now): (bucket: string) => string {
  const last = new Map<string, bigint>();
  return (bucket) => {
    const fromClock = BigInt(now()) << 24n;
    const previous = last.get(bucket);
    const next = previous !== undefined && previous >= fromClock ? previous + 1n : fromClock;
    last.set(bucket, next);
    return next.toString(16).toUpperCase().padStart(18, '0');
  };
}

/** 's3:ObjectCreated:*' style filter → does this event name match it? */
export function matchesEventPattern(pattern: string, eventName: string): boolean {
  const wanted = pattern.replace(/^s3:/, '');
  if (wanted.endsWith(':*')) return eventName.startsWith(wanted.slice(0, -1));
  return wanted === eventName;
}

/** Whether a bucket notification configuration (events + suffix filter) selects this change. */
export function selectsNotification(
  config: { readonly events: readonly string[]; readonly filter: { readonly suffix: string } },
  raw: Pick<RawS3Notification, 'operation' | 'key'>,
): boolean {
  const eventName = eventNameFor(raw.operation);
  return (
    raw.key.endsWith(config.filter.suffix) &&
    config.events.some((pattern) => matchesEventPattern(pattern, eventName))
  );
}
