import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { EventValidationError } from '../shared/errors.js';
import { decodeS3EventKey } from '../shared/s3-keys.js';

/** One object change, decoded from an S3 notification record. */
export interface ObjectEvent {
  readonly kind: 'created' | 'removed';
  readonly bucket: string;
  /** Decoded key, as stored in the bucket. */
  readonly key: string;
  readonly sequencer: string;
  readonly eTag?: string;
  readonly size?: number;
  readonly eventName: string;
}

export type ObjectEventResult =
  { ok: true; event: ObjectEvent } | { ok: false; message: string; eventName: string };

/**
 * Validates an S3 event (a wiring contract: a malformed event throws) and turns each record into an
 * ObjectEvent, or into a reason it cannot be processed (e.g. no sequencer to order it by).
 */
export function objectEvents(event: unknown): ObjectEventResult[] {
  const parsed = S3Schema.safeParse(event);
  if (!parsed.success)
    throw new EventValidationError('not an S3 event notification', { cause: parsed.error });
  return parsed.data.Records.map((record): ObjectEventResult => {
    const { eventName } = record;
    const kind = eventName.startsWith('ObjectCreated:')
      ? 'created'
      : eventName.startsWith('ObjectRemoved:')
        ? 'removed'
        : undefined;
    if (!kind) return { ok: false, eventName, message: `event ${eventName} is not handled` };
    const { object, bucket } = record.s3;
    if (!object.sequencer) return { ok: false, eventName, message: 'event has no sequencer to order it by' };
    let key: string;
    try {
      key = decodeS3EventKey(object.key);
    } catch {
      return { ok: false, eventName, message: `key ${JSON.stringify(object.key)} is not URL-encoded UTF-8` };
    }
    return {
      ok: true,
      event: {
        kind,
        bucket: bucket.name,
        key,
        sequencer: object.sequencer,
        eTag: object.eTag ? object.eTag.replace(/^"+|"+$/g, '') : undefined,
        size: object.size,
        eventName,
      },
    };
  });
}
