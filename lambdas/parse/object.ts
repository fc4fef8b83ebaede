/**
 * S3 side of the parse function: what the key holds now, read with conditions on the event's eTag (and
 * version, on versioned buckets). S3 is strongly consistent for reads after writes, so these answers are
 * the ground truth an event is checked against when its sequencer cannot order it.
 */
import { GetObjectCommand, HeadObjectCommand, S3ServiceException, type S3Client } from '@aws-sdk/client-s3';
import type { ObjectEvent } from './events.js';

/** What the object says about itself besides its bytes: user metadata and when it was uploaded. */
export interface ObjectFacts {
  /** User metadata, keys without the x-amz-meta- prefix (as the SDK returns them). */
  readonly metadata: Record<string, string>;
  /** Last-Modified: the upload time of this object version, the same on every retry of its event. */
  readonly lastModified: string | undefined;
}

export type Fetched =
  | ({ kind: 'bytes'; bytes: Uint8Array; size: number } & ObjectFacts)
  | { kind: 'too-large'; size: number; message: string }
  | { kind: 'superseded' };

const unquote = (eTag: string | undefined) => eTag?.replace(/^"+|"+$/g, '');

/** The answer's eTag and version are the event's (or the event does not say). */
function describes(event: ObjectEvent, answer: { ETag?: string; VersionId?: string }): boolean {
  const eTag = unquote(answer.ETag);
  // Also compared here: some S3-compatible servers (s3rver) ignore If-Match.
  if (event.eTag && eTag && eTag !== event.eTag) return false;
  const version = answer.VersionId && answer.VersionId !== 'null' ? answer.VersionId : undefined;
  return !(event.versionId && version && version !== event.versionId);
}

const ifMatch = (event: ObjectEvent) => (event.eTag ? { IfMatch: `"${event.eTag}"` } : {});

/** The object's bytes if the key still holds the object this creation event describes. */
export async function fetchObject(
  s3: S3Client,
  event: ObjectEvent,
  maxObjectBytes: number,
): Promise<Fetched> {
  try {
    const out = await s3.send(
      new GetObjectCommand({ Bucket: event.bucket, Key: event.key, ...ifMatch(event) }),
    );
    if (!describes(event, out)) {
      await out.Body?.transformToWebStream().cancel();
      return { kind: 'superseded' };
    }
    const size = out.ContentLength ?? event.size ?? 0;
    if (size > maxObjectBytes) {
      // Do not download what will be rejected anyway.
      await out.Body?.transformToWebStream().cancel();
      return { kind: 'too-large', size, message: `object is ${size} bytes; the limit is ${maxObjectBytes}` };
    }
    const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    return {
      kind: 'bytes',
      bytes,
      size: bytes.byteLength,
      metadata: out.Metadata ?? {},
      lastModified: out.LastModified?.toISOString(),
    };
  } catch (error) {
    if (isGone(error)) return { kind: 'superseded' };
    throw error;
  }
}

/**
 * Whether the bucket is, right now, in the state the event describes: for a creation, the key holds that
 * object (HeadObject with If-Match); for a removal, the key holds nothing (HeadObject answers 404, also
 * for a delete marker).
 */
export async function isCurrent(s3: S3Client, event: ObjectEvent): Promise<boolean> {
  try {
    const out = await s3.send(
      new HeadObjectCommand({
        Bucket: event.bucket,
        Key: event.key,
        ...(event.kind === 'created' ? ifMatch(event) : {}),
      }),
    );
    return event.kind === 'created' && describes(event, out);
  } catch (error) {
    if (isNotFound(error)) return event.kind === 'removed';
    if (isGone(error)) return false;
    throw error;
  }
}

/** 412 (the key now holds another version) or 404 (deleted since): the event describes the past. */
function isGone(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  const status = error.$metadata.httpStatusCode;
  return (
    status === 412 || status === 404 || error.name === 'PreconditionFailed' || error.name === 'NoSuchKey'
  );
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound')
  );
}
