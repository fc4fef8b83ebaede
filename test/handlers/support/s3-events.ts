/** Record factories: S3 event notifications as Lambda receives them (keys form-encoded). */
import type { S3Event } from 'aws-lambda';

export interface ObjectChange {
  readonly bucket: string;
  readonly key: string;
  readonly sequencer: string;
  readonly eTag?: string;
  readonly size?: number;
  readonly eventName?: string;
}

export function s3Event(...changes: ObjectChange[]): S3Event {
  return {
    Records: changes.map((c) => {
      const removed = c.eventName?.startsWith('ObjectRemoved') ?? false;
      return {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: c.eventName ?? 'ObjectCreated:Put',
        userIdentity: { principalId: 'AWS:TEST' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'REQ', 'x-amz-id-2': 'ID2' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'test',
          bucket: { name: c.bucket, ownerIdentity: { principalId: 'TEST' }, arn: `arn:aws:s3:::${c.bucket}` },
          object: {
            key: encodeURIComponent(c.key).replace(/%2F/g, '/').replace(/%20/g, '+'),
            sequencer: c.sequencer,
            ...(removed ? {} : { size: c.size ?? 0, eTag: c.eTag ?? '' }),
          } as S3Event['Records'][number]['s3']['object'],
        },
      };
    }),
  };
}

/** Fixed-width increasing hex sequencers, like S3's for one key. */
export function sequencers(start = 1): () => string {
  let n = start;
  return () => (n++).toString(16).toUpperCase().padStart(18, '0');
}
