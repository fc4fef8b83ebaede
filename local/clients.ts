/**
 * SDK clients for an embedded stack, from the stack itself or its saved connection. s3rver needs path-style
 * URLs and checksums only where required (otherwise streamed uploads keep their aws-chunked framing); the
 * stack's printed AWS_* environment says the same to other SDKs and the aws CLI.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { S3ClientConfig } from '@aws-sdk/client-s3';

export interface EmbeddedAddress {
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly endpoints: { readonly s3: string; readonly dynamodb: string };
}

export function embeddedS3Client(a: EmbeddedAddress, overrides: S3ClientConfig = {}): S3Client {
  return new S3Client({
    ...overrides,
    endpoint: a.endpoints.s3,
    region: a.region,
    credentials: a.credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function embeddedDynamoDbClient(a: EmbeddedAddress): DynamoDBClient {
  return new DynamoDBClient({ endpoint: a.endpoints.dynamodb, region: a.region, credentials: a.credentials });
}
