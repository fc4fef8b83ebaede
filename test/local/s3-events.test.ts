import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { describe, expect, it } from 'vitest';
import { decodeS3EventKey, encodeS3EventKey } from '../../lambdas/shared/s3-keys.js';
import { createSequencer, selectsNotification, toIpv4, toS3Event } from '../../local/events/s3.js';
import type { RawS3Notification, S3Operation } from '../../local/events/s3.js';
import { fromS3rverEvent } from '../../local/events/s3rver.js';
import type { S3rverEventRecord } from '../../local/events/s3rver.js';
import { localTriggers } from '../../local/triggers.js';

const OPTIONS = {
  region: 'eu-west-3',
  sequencer: '0000018C2D0F5A000001',
  configurationId: 'cfg',
  principalId: 'OWNER1',
};

const raw = (overrides: Partial<RawS3Notification> = {}): RawS3Notification => ({
  operation: 'Put',
  bucket: 'my-bucket',
  key: 'in/a.txt',
  size: 12,
  eTag: '"d41d8cd98f00b204e9800998ecf8427e"',
  sourceIp: '::ffff:127.0.0.1',
  requestId: 'REQ1',
  time: '2026-01-02T03:04:05.678Z',
  ...overrides,
});

describe('Function: encodeS3EventKey', () => {
  it.each([
    ['plain/name.txt', 'plain/name.txt'],
    ['with space.txt', 'with+space.txt'],
    ['plus+sign.txt', 'plus%2Bsign.txt'],
    ['dir/sub dir/x=1&y.txt', 'dir/sub+dir/x%3D1%26y.txt'],
    ['tiếng việt.txt', 'ti%E1%BA%BFng+vi%E1%BB%87t.txt'],
  ])('encodes %j as %j and decodes it back', (key, encoded) => {
    // Act
    const result = encodeS3EventKey(key);
    // Assess
    expect(result).toBe(encoded);
    expect(decodeS3EventKey(result)).toBe(key);
  });
});

describe('Function: toIpv4', () => {
  it.each([
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['192.168.0.1', '192.168.0.1'],
    ['::1', '127.0.0.1'],
  ])('reports %s as %s', (input, expected) => {
    expect(toIpv4(input)).toBe(expected);
  });
});

describe('Function: toS3Event', () => {
  it.each<[S3Operation, string]>([
    ['Put', 'ObjectCreated:Put'],
    ['Post', 'ObjectCreated:Post'],
    ['Copy', 'ObjectCreated:Copy'],
    ['CompleteMultipartUpload', 'ObjectCreated:CompleteMultipartUpload'],
    ['Delete', 'ObjectRemoved:Delete'],
  ])('builds a valid AWS event for %s named %s', (operation, eventName) => {
    // Act
    const event = toS3Event(raw({ operation }), OPTIONS);
    // Assess
    expect(S3Schema.safeParse(event).success).toBe(true);
    expect(event.Records).toHaveLength(1);
    expect(event.Records[0]?.eventName).toBe(eventName);
  });

  it('fills every field the way AWS does for a put', () => {
    // Act
    const event = toS3Event(raw({ key: 'a b/ç.txt', versionId: 'v1' }), OPTIONS);
    // Assess
    expect(event.Records[0]).toEqual({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-3',
      eventTime: '2026-01-02T03:04:05.678Z',
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:OWNER1' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': 'REQ1', 'x-amz-id-2': expect.any(String) },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'cfg',
        bucket: {
          name: 'my-bucket',
          ownerIdentity: { principalId: 'OWNER1' },
          arn: 'arn:aws:s3:::my-bucket',
        },
        object: {
          key: 'a+b/%C3%A7.txt',
          size: 12,
          eTag: 'd41d8cd98f00b204e9800998ecf8427e',
          versionId: 'v1',
          sequencer: '0000018C2D0F5A000001',
        },
      },
    });
  });

  it('leaves size and eTag out of a removal', () => {
    // Act
    const object = toS3Event(raw({ operation: 'Delete' }), OPTIONS).Records[0]?.s3.object;
    // Assess
    expect(object).toEqual({ key: 'in/a.txt', sequencer: OPTIONS.sequencer });
  });
});

describe('Function: createSequencer', () => {
  it('grows strictly per bucket at a fixed width, even within one millisecond', () => {
    // Prepare
    const next = createSequencer(() => 1_700_000_000_000);
    // Act
    const values = [next('a'), next('a'), next('a'), next('b')];
    // Assess
    expect(new Set(values.map((value) => value.length))).toEqual(new Set([18]));
    expect(values.every((value) => /^[0-9A-F]+$/.test(value))).toBe(true);
    expect(values[0]! < values[1]! && values[1]! < values[2]!).toBe(true);
    expect(values[3]).toBe(values[0]);
  });

  it('follows the clock, so a restarted stack keeps ordering after the previous one', () => {
    // Prepare
    let now = 1_700_000_000_000;
    const before = createSequencer(() => now);
    const first = before('a');
    before('a');
    now += 1;
    // Act
    const afterRestart = createSequencer(() => now)('a');
    // Assess
    expect(afterRestart > first).toBe(true);
  });
});

describe('Function: selectsNotification', () => {
  const [parse] = localTriggers().bucket;
  it.each<[S3Operation, string, boolean]>([
    ['Put', 'x/a.txt', true],
    ['Copy', 'a.txt', true],
    ['CompleteMultipartUpload', 'a.txt', true],
    ['Delete', 'a.txt', true],
    ['Put', 'a.pdf', false],
    ['Put', 'a.txt.bak', false],
  ])('%s of %s → %s', (operation, key, expected) => {
    expect(selectsNotification(parse!, { operation, key })).toBe(expected);
  });
});

describe('Function: fromS3rverEvent', () => {
  const record = (eventName: string, object: S3rverEventRecord['s3']['object']): S3rverEventRecord => ({
    eventName,
    eventTime: '2026-01-02T03:04:05.678Z',
    requestParameters: { sourceIPAddress: '::ffff:127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'R' },
    s3: { bucket: { name: 'b' }, object },
  });

  it.each([
    ['ObjectCreated:Put', false, 'Put'],
    ['ObjectCreated:Post', false, 'Post'],
    ['ObjectCreated:Post', true, 'CompleteMultipartUpload'],
    ['ObjectCreated:Copy', false, 'Copy'],
  ])('maps %s (multipart %s) to %s', (eventName, multipart, operation) => {
    // Act
    const result = fromS3rverEvent(record(eventName, { key: 'k', size: 3, eTag: 'e' }), { multipart });
    // Assess
    expect(result?.operation).toBe(operation);
  });

  it('takes the eTag from the store when s3rver leaves it out (copies)', () => {
    // Act
    const result = fromS3rverEvent(record('ObjectCreated:Copy', { key: 'k', size: 3 }), {
      multipart: false,
      eTag: '"abc"',
    });
    // Assess
    expect(result).toMatchObject({ operation: 'Copy', eTag: '"abc"', size: 3 });
  });

  it('ignores events the pipeline does not model', () => {
    expect(fromS3rverEvent(record('ObjectRestore:Post', { key: 'k' }), { multipart: false })).toBeNull();
  });
});
