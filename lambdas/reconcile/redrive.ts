/**
 * Pure: the S3 event that re-drives one object through the parse function, exactly as a notification
 * would. Its sequencer follows the ledger's (successorSequencer), so parse orders it after what it has
 * applied and before any later real event for the key.
 */
import type { S3Event } from 'aws-lambda';
import { encodeS3EventKey } from '../shared/s3-keys.js';
import { successorSequencer } from './objects.js';
import type { BucketObject } from './objects.js';

export const REDRIVE_CONFIGURATION_ID = 'provincewire-reconcile';

export function redriveEvent(input: {
  readonly bucket: string;
  readonly region: string;
  readonly key: string;
  /** undefined: the object is gone (an ObjectRemoved event). */
  readonly object: BucketObject | undefined;
  readonly ledgerSequencer: string | undefined;
  readonly now: Date;
  readonly requestId: string;
}): S3Event {
  const object = {
    key: encodeS3EventKey(input.key),
    sequencer: successorSequencer(input.ledgerSequencer),
    ...(input.object ? { size: input.object.size, eTag: input.object.eTag } : {}),
  };
  return {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: input.region,
        eventTime: input.now.toISOString(),
        eventName: input.object ? 'ObjectCreated:Put' : 'ObjectRemoved:Delete',
        userIdentity: { principalId: 'AWS:PROVINCEWIRE-RECONCILE' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: {
          'x-amz-request-id': input.requestId,
          'x-amz-id-2': Buffer.from(`${input.requestId}/${input.bucket}`).toString('base64'),
        },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: REDRIVE_CONFIGURATION_ID,
          bucket: {
            name: input.bucket,
            ownerIdentity: { principalId: 'PROVINCEWIRE-RECONCILE' },
            arn: `arn:aws:s3:::${input.bucket}`,
          },
          object: object as S3Event['Records'][number]['s3']['object'],
        },
      },
    ],
  };
}
