/**
 * DynamoDB side of the parse function: the ingestion record is the per-key ledger (last applied sequencer,
 * last version ever written), and every write is a transaction conditioned on the ledger being exactly as it
 * was read. A writer that loses the race re-reads and re-decides, so concurrent events for one key serialize
 * on the ledger and the highest sequencer wins.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord, IngestionRecord } from '../shared/records.js';
import { IngestionRecordSchema } from '../shared/records.js';

export interface ParseTables {
  readonly articles: string;
  readonly ingestions: string;
  readonly stories: string;
}

export type Write =
  /** New or changed article: article and ledger together. */
  | { kind: 'article'; article: ArticleRecord; ingestion: IngestionRecord }
  /** Rejected or removed: the ledger, and the article deleted if there was one. */
  | { kind: 'no-article'; ingestion: IngestionRecord; deleteArticle: boolean }
  /** Same content re-uploaded, or nothing else changes: the ledger only. */
  | { kind: 'ledger'; ingestion: IngestionRecord };

export async function readIngestion(
  doc: DynamoDBDocumentClient,
  tables: ParseTables,
  objectId: string,
): Promise<IngestionRecord | undefined> {
  const out = await doc.send(
    new GetCommand({ TableName: tables.ingestions, Key: { objectId }, ConsistentRead: true }),
  );
  return out.Item ? IngestionRecordSchema.parse(out.Item) : undefined;
}

/** Commits a write if the ledger is still `previous`; false when another writer got there first. */
export async function commit(
  doc: DynamoDBDocumentClient,
  tables: ParseTables,
  previous: IngestionRecord | undefined,
  write: Write,
  /** Story writes that must commit with the article (story-store.ts). */
  extra: NonNullable<TransactWriteCommandInput['TransactItems']> = [],
): Promise<boolean> {
  const ledger = {
    Put: {
      TableName: tables.ingestions,
      Item: write.ingestion,
      // lastVersion too: a story's change of representative moves a sibling's version and its ledger's.
      ...(previous
        ? {
            ConditionExpression: 'sequencerKey = :previous AND lastVersion = :lastVersion',
            ExpressionAttributeValues: {
              ':previous': previous.sequencerKey,
              ':lastVersion': previous.lastVersion,
            },
          }
        : { ConditionExpression: 'attribute_not_exists(objectId)' }),
    },
  };
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [ledger];
  if (write.kind === 'article') items.push({ Put: { TableName: tables.articles, Item: write.article } });
  if (write.kind === 'no-article' && write.deleteArticle) {
    items.push({ Delete: { TableName: tables.articles, Key: { id: write.ingestion.objectId } } });
  }
  items.push(...extra);
  try {
    await doc.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (error) {
    // Lost the race: the ledger moved (condition) or another transaction holds the item (conflict).
    const codes =
      error instanceof TransactionCanceledException
        ? (error.CancellationReasons ?? []).map((r) => r.Code)
        : [];
    if (codes.includes('ConditionalCheckFailed') || codes.includes('TransactionConflict')) return false;
    throw error;
  }
}
