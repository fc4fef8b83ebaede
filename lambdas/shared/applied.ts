import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AppliedVersionSchema, appliedVersionKey, type AppliedVersion } from './records.js';

/**
 * The article version the Metrics table reflects, or undefined if no change of the article was applied
 * yet. Tests and the harness poll this to know when an upload's contribution has landed.
 */
export async function readAppliedVersion(
  doc: DynamoDBDocumentClient,
  metricsTable: string,
  articleId: string,
): Promise<AppliedVersion | undefined> {
  const out = await doc.send(
    new GetCommand({ TableName: metricsTable, Key: appliedVersionKey(articleId), ConsistentRead: true }),
  );
  return out.Item ? AppliedVersionSchema.parse(out.Item) : undefined;
}
