/**
 * s3rver's own 'event' emissions are not AWS-shaped (unencoded keys, non-unique sequencers, no eTag on
 * copies, one event name for POST and CompleteMultipartUpload). The engine host reduces them to a
 * RawS3Notification with what it knows about the request; s3-events.ts then builds the AWS event.
 */
import type { RawS3Notification, S3Operation } from './s3.js';

/** The fields of an s3rver event record this module reads. */
export interface S3rverEventRecord {
  readonly eventName: string;
  readonly eventTime: string;
  readonly requestParameters: { readonly sourceIPAddress: string };
  readonly responseElements: { readonly 'x-amz-request-id': string };
  readonly s3: {
    readonly bucket: { readonly name: string };
    readonly object: { readonly key: string; readonly size?: number; readonly eTag?: string };
  };
}

/** What the host knew about the request that produced the event. */
export interface RequestFacts {
  /** The request carried ?uploadId=…: a POST with it completes a multipart upload. */
  readonly multipart: boolean;
  /** Looked up from the store when s3rver leaves it out (copies). */
  readonly eTag?: string;
}

const OPERATIONS: Record<string, S3Operation> = {
  'ObjectCreated:Put': 'Put',
  'ObjectCreated:Copy': 'Copy',
  'ObjectCreated:Post': 'Post',
  'ObjectRemoved:Delete': 'Delete',
};

/** null for events this pipeline does not model. */
export function fromS3rverEvent(record: S3rverEventRecord, facts: RequestFacts): RawS3Notification | null {
  const base = OPERATIONS[record.eventName];
  if (base === undefined) return null;
  const operation: S3Operation = base === 'Post' && facts.multipart ? 'CompleteMultipartUpload' : base;
  const object = record.s3.object;
  const eTag = object.eTag ?? facts.eTag;
  return {
    operation,
    bucket: record.s3.bucket.name,
    key: object.key,
    ...(operation === 'Delete' ? {} : { size: object.size ?? 0 }),
    ...(operation === 'Delete' || eTag === undefined ? {} : { eTag }),
    sourceIp: record.requestParameters.sourceIPAddress,
    requestId: record.responseElements['x-amz-request-id'],
    time: record.eventTime,
  };
}
