/** Record factories: DynamoDB stream records (NEW_AND_OLD_IMAGES) as Lambda receives them. */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

let sequence = 0;

export function streamRecord(
  oldImage: Record<string, unknown> | undefined,
  newImage: Record<string, unknown> | undefined,
): DynamoDBRecord {
  const id = String((newImage ?? oldImage)?.id);
  const eventName = oldImage && newImage ? 'MODIFY' : newImage ? 'INSERT' : 'REMOVE';
  const image = (v: Record<string, unknown> | undefined) =>
    v ? (marshall(v, { removeUndefinedValues: true }) as Record<string, AttributeValue>) : undefined;
  sequence++;
  return {
    eventID: `event-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    eventSourceARN: 'arn:aws:dynamodb:us-east-1:000000000000:table/Articles/stream/2026-01-01T00:00:00.000',
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      Keys: { id: { S: id } },
      ...(oldImage ? { OldImage: image(oldImage) } : {}),
      ...(newImage ? { NewImage: image(newImage) } : {}),
      SequenceNumber: String(1000 + sequence).padStart(21, '0'),
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

export const streamEvent = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });
