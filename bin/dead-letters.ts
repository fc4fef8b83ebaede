/**
 * Which uploads the pipeline has given up on: the parse function's dead letters, read without consuming
 * them, so `ingest` can report a failed file at once instead of waiting out its timeout. Embedded stack: its
 * admin route; a deployed stack: a peek at the parse on-failure SQS queue (messages become visible again
 * at once, so the queue is left as it was).
 */
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { decodeS3EventKey } from '../lambdas/shared/s3-keys.js';
import { adminUrlOf } from '../local/connection.js';

export interface FailedObject {
  readonly key: string;
  /** The ETag the failed event carried (absent for deletions). */
  readonly eTag: string | undefined;
  readonly message: string;
}

export type FailureProbe = () => Promise<FailedObject[]>;

interface S3EventLike {
  readonly Records?: readonly { s3?: { object?: { key?: unknown; eTag?: unknown } } }[];
}

/** The objects named by an S3 event, or by an on-failure destination record wrapping one. */
export function failedObjects(payload: unknown, message: string): FailedObject[] {
  const wrapped = payload as { requestPayload?: unknown } | null;
  const event = (wrapped?.requestPayload ?? payload) as S3EventLike | null;
  const records = Array.isArray(event?.Records) ? event.Records : [];
  return records.flatMap((record) => {
    const key = record.s3?.object?.key;
    if (typeof key !== 'string') return [];
    let decoded: string;
    try {
      decoded = decodeS3EventKey(key);
    } catch {
      return [];
    }
    const eTag = record.s3?.object?.eTag;
    return [{ key: decoded, eTag: typeof eTag === 'string' ? eTag : undefined, message }];
  });
}

/** The embedded stack's dead letters for parse, from GET /_local/dead-letters. */
export function embeddedFailures(apiUrl: string, apiKey: string): FailureProbe {
  const url = `${adminUrlOf(apiUrl)}/dead-letters`;
  return async () => {
    const res = await fetch(url, { headers: { 'x-api-key': apiKey } });
    if (!res.ok) return [];
    const body = (await res.json()) as {
      items?: { function?: string; event?: unknown; error?: { message?: string } }[];
    };
    return (body.items ?? [])
      .filter((letter) => letter.function === 'parse')
      .flatMap((letter) => failedObjects(letter.event, letter.error?.message ?? 'dead-lettered'));
  };
}

/** A deployed stack: up to 10 messages of the parse dead-letter queue, left visible. */
export function queueFailures(queueUrl: string, sqs = new SQSClient({})): FailureProbe {
  return async () => {
    const out = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }),
    );
    return (out.Messages ?? []).flatMap((m) => {
      let body: unknown;
      try {
        body = JSON.parse(m.Body ?? '');
      } catch {
        return [];
      }
      const error = (body as { responsePayload?: { errorMessage?: unknown } }).responsePayload?.errorMessage;
      return failedObjects(body, typeof error === 'string' ? error : 'dead-lettered');
    });
  };
}
