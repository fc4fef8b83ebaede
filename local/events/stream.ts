/**
 * DynamoDB Streams records as the SDK returns them → records as Lambda delivers them in a
 * DynamoDBStreamEvent (JSON wire form: epoch-seconds dates, base64 binaries, eventSourceARN). Pure.
 */
import type { _Record, AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** One attribute value in the JSON form Lambda receives. */
export function toWireAttributeValue(value: SdkAttributeValue): AttributeValue {
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map(toWireAttributeValue) };
  if (value.M !== undefined) return { M: toWireImage(value.M) };
  return value as AttributeValue;
}

export function toWireImage(image: Record<string, SdkAttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(
    Object.entries(image).map(([name, value]) => [name, toWireAttributeValue(value)]),
  );
}

/** DynamoDB Local reports the region as 'ddblocal'; Lambda reports the stream's real region. */
export function withRegion(streamArn: string, region: string): string {
  return streamArn.replace(/^arn:aws:dynamodb:[^:]*:/, `arn:aws:dynamodb:${region}:`);
}

export function toLambdaStreamRecord(record: _Record, streamArn: string, region: string): DynamoDBRecord {
  const change = record.dynamodb ?? {};
  const dynamodb: NonNullable<DynamoDBRecord['dynamodb']> = {};
  if (change.ApproximateCreationDateTime !== undefined) {
    dynamodb.ApproximateCreationDateTime = Math.floor(change.ApproximateCreationDateTime.getTime() / 1000);
  }
  if (change.Keys) dynamodb.Keys = toWireImage(change.Keys);
  if (change.NewImage) dynamodb.NewImage = toWireImage(change.NewImage);
  if (change.OldImage) dynamodb.OldImage = toWireImage(change.OldImage);
  if (change.SequenceNumber !== undefined) dynamodb.SequenceNumber = change.SequenceNumber;
  if (change.SizeBytes !== undefined) dynamodb.SizeBytes = change.SizeBytes;
  if (change.StreamViewType !== undefined) dynamodb.StreamViewType = change.StreamViewType;
  const out: DynamoDBRecord = {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    dynamodb,
    eventSourceARN: withRegion(streamArn, region),
  };
  if (record.userIdentity?.Type && record.userIdentity.PrincipalId) {
    out.userIdentity = { type: record.userIdentity.Type, principalId: record.userIdentity.PrincipalId };
  }
  return out;
}
