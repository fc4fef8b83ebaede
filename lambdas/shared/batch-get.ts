/**
 * Every item of a set of keys of one table, by BatchGetItem: at most 100 keys a call (the service's limit),
 * and the keys a call leaves unprocessed (throttling, a response's size limit) asked again after a growing
 * pause, as AWS asks of a batch caller. A key with no item simply has none in the answer.
 */
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';

/** BatchGetItem's most keys a call. */
const MAX_KEYS = 100;

export async function batchGetAll(
  doc: DynamoDBDocumentClient,
  table: string,
  keys: readonly Record<string, unknown>[],
  options: { consistentRead?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += MAX_KEYS) {
    let wanted: Record<string, unknown>[] | undefined = keys.slice(i, i + MAX_KEYS);
    for (let attempt = 0; wanted && wanted.length > 0; attempt++) {
      if (attempt > 0) await new Promise((done) => setTimeout(done, Math.min(1000, 25 * 2 ** attempt)));
      const got: BatchGetCommandOutput = await doc.send(
        new BatchGetCommand({
          RequestItems: { [table]: { Keys: wanted, ConsistentRead: options.consistentRead } },
        }),
      );
      items.push(...(got.Responses?.[table] ?? []));
      wanted = got.UnprocessedKeys?.[table]?.Keys;
    }
  }
  return items;
}
