import type { _Record } from '@aws-sdk/client-dynamodb-streams';
import { DynamoDBStreamSchema } from '@aws-lambda-powertools/parser/schemas/dynamodb';
import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../local/runtime/stream-poller.js';
import { toLambdaStreamRecord, withRegion } from '../../local/events/stream.js';

const STREAM_ARN = 'arn:aws:dynamodb:ddblocal:000000000000:table/Articles/stream/2026-01-01T00:00:00.000';

const sdkRecord = (sequence: string, overrides: Partial<_Record> = {}): _Record => ({
  eventID: `e${sequence}`,
  eventName: 'MODIFY',
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'ddblocal',
  dynamodb: {
    ApproximateCreationDateTime: new Date('2026-01-01T00:00:01.900Z'),
    Keys: { id: { S: 'a1' } },
    NewImage: {
      id: { S: 'a1' },
      n: { N: '2' },
      raw: { B: new Uint8Array([1, 2]) },
      m: { M: { b: { BS: [new Uint8Array([3])] } } },
    },
    OldImage: { id: { S: 'a1' }, n: { N: '1' } },
    SequenceNumber: sequence,
    SizeBytes: 40,
    StreamViewType: 'NEW_AND_OLD_IMAGES',
  },
  ...overrides,
});

describe('Function: toLambdaStreamRecord', () => {
  it('produces what Lambda delivers: epoch seconds, base64 binaries, the stream ARN in the real region', () => {
    // Act
    const record = toLambdaStreamRecord(sdkRecord('100'), STREAM_ARN, 'us-east-1');
    // Assess
    expect(DynamoDBStreamSchema.safeParse({ Records: [record] }).success).toBe(true);
    expect(record).toMatchObject({
      eventName: 'MODIFY',
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      eventSourceARN: 'arn:aws:dynamodb:us-east-1:000000000000:table/Articles/stream/2026-01-01T00:00:00.000',
      dynamodb: {
        ApproximateCreationDateTime: 1767225601,
        SequenceNumber: '100',
        NewImage: { raw: { B: 'AQI=' }, m: { M: { b: { BS: ['Aw=='] } } } },
      },
    });
  });

  it('carries the TTL service identity of expiry deletions', () => {
    // Act
    const record = toLambdaStreamRecord(
      sdkRecord('1', {
        eventName: 'REMOVE',
        userIdentity: { Type: 'Service', PrincipalId: 'dynamodb.amazonaws.com' },
      }),
      STREAM_ARN,
      'us-east-1',
    );
    // Assess
    expect(record.userIdentity).toEqual({ type: 'Service', principalId: 'dynamodb.amazonaws.com' });
  });
});

describe('Function: withRegion', () => {
  it('replaces only the region field', () => {
    expect(withRegion('arn:aws:dynamodb:ddblocal:1:table/T/stream/x:y', 'eu-west-1')).toBe(
      'arn:aws:dynamodb:eu-west-1:1:table/T/stream/x:y',
    );
  });
});

describe('Function: outcomeOf', () => {
  const batch = ['1', '2', '3', '4'].map((sequence) => sdkRecord(sequence));
  it.each([
    ['no answer', undefined, true, { kind: 'ok' }],
    ['an empty failure list', { batchItemFailures: [] }, true, { kind: 'ok' }],
    [
      'failures at 3 and 2',
      { batchItemFailures: [{ itemIdentifier: '3' }, { itemIdentifier: '2' }] },
      true,
      { kind: 'partial', from: 1 },
    ],
    [
      'failures while reporting is off',
      { batchItemFailures: [{ itemIdentifier: '2' }] },
      false,
      { kind: 'ok' },
    ],
  ])('%s → %j', (_label, response, report, expected) => {
    expect(outcomeOf(batch, response, report)).toEqual(expected);
  });

  it.each([[''], ['999']])(
    'treats the unknown identifier %j as a failure of the whole batch',
    (itemIdentifier) => {
      expect(outcomeOf(batch, { batchItemFailures: [{ itemIdentifier }] }, true).kind).toBe('error');
    },
  );
});
