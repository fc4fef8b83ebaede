import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';

/**
 * SDK client factories. Endpoints, region and checksum behaviour come from the SDK's own environment
 * variables (AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_S3, AWS_REQUEST_CHECKSUM_CALCULATION),
 * so the same code talks to AWS, LocalStack or the embedded stack without a branch here.
 */
export function createDocumentClient(
  client: DynamoDBClient = new DynamoDBClient({}),
): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    // Optional attributes (e.g. primaryProvinceSlug of a national article) are omitted, which keeps the
    // sparse GSI sparse.
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
}

export function createS3Client(options: { forcePathStyle: boolean }): S3Client {
  return new S3Client({ forcePathStyle: options.forcePathStyle });
}
