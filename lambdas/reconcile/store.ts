/**
 * Reading a pipeline's state for reconcile (bucket listing, table scans) and repairing the Metrics table.
 * Numbers are read exactly: metric counters as decimal strings, figure values as numbers or, beyond 2^53,
 * bigints (as the metrics function receives them from the stream).
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { TransactionCanceledException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  NumberValue,
  ScanCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ContributingArticleSchema, type Contribution } from '../metrics/contributions.js';
import type { ContributingArticle } from '../metrics/contributions.js';
import * as D from '../shared/decimal.js';
import {
  APPLIED_SK,
  AppliedVersionSchema,
  IngestionRecordSchema,
  appliedVersionKey,
  type AppliedVersion,
  type IngestionRecord,
  type MetricsKey,
} from '../shared/records.js';
import type { GuardFinding, MetricsItem } from './metrics.js';
import { stripQuotes, type ArticleStamp, type BucketObject } from './objects.js';

/** The reconcile pass's own item in the Metrics table: serializes repairs (see repairMetrics). */
export const RECONCILE_KEY: MetricsKey = { pk: 'RECONCILE', sk: 'STATE' };

export interface ReconcileClients {
  /** Numbers as exact NumberValues (see plainNumbers for records). */
  readonly records: DynamoDBDocumentClient;
  readonly metrics: DynamoDBDocumentClient;
}

export function reconcileClients(client: DynamoDBClient): ReconcileClients {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
    unmarshallOptions: { wrapNumbers: true },
  });
  return { records: doc, metrics: doc };
}

/** NumberValues → numbers, integers beyond 2^53 → bigints (as the stream gives them to metrics). */
export function plainNumbers(value: unknown): unknown {
  if (value instanceof NumberValue) {
    const n = Number(value.value);
    return /^-?\d+$/.test(value.value) && !Number.isSafeInteger(n) ? BigInt(value.value) : n;
  }
  if (Array.isArray(value)) return value.map(plainNumbers);
  if (value instanceof Set) return new Set([...value].map(plainNumbers));
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainNumbers(v)]));
  }
  return value;
}

export async function listObjects(s3: S3Client, bucket: string, suffix: string): Promise<BucketObject[]> {
  const out: BucketObject[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const item of page.Contents ?? []) {
      if (!item.Key?.endsWith(suffix)) continue;
      out.push({ key: item.Key, eTag: stripQuotes(item.ETag ?? ''), size: item.Size ?? 0 });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return out;
}

async function scanAll(client: DynamoDBDocumentClient, table: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export async function scanIngestions(doc: DynamoDBDocumentClient, table: string): Promise<IngestionRecord[]> {
  return (await scanAll(doc, table)).map((item) => IngestionRecordSchema.parse(plainNumbers(item)));
}

export interface StoredArticle extends ArticleStamp {
  readonly contributing: ContributingArticle;
}

export async function scanArticles(doc: DynamoDBDocumentClient, table: string): Promise<StoredArticle[]> {
  return (await scanAll(doc, table))
    .map((raw) => plainNumbers(raw) as Record<string, unknown>)
    .map((item) => ({
      id: String(item.id),
      key: String(item.key),
      eTag: String(item.eTag ?? ''),
      sequencer: String(item.sequencer ?? ''),
      version: Number(item.version),
      contributing: ContributingArticleSchema.parse(item),
    }));
}

export interface MetricsSnapshot {
  readonly items: MetricsItem[];
  readonly guards: Map<string, AppliedVersion>;
  /** Repairs made so far (the RECONCILE item), to condition the next one on. */
  readonly repairs: number;
}

export async function scanMetrics(doc: DynamoDBDocumentClient, table: string): Promise<MetricsSnapshot> {
  const items: MetricsItem[] = [];
  const guards = new Map<string, AppliedVersion>();
  let repairs = 0;
  for (const raw of await scanAll(doc, table)) {
    const pk = String(raw.pk);
    const sk = String(raw.sk);
    const plain = Object.fromEntries(
      Object.entries(raw).map(([name, value]) => [
        name,
        value instanceof NumberValue ? Number(value.value) : value,
      ]),
    );
    if (pk === RECONCILE_KEY.pk) {
      repairs = Number(plain.repairs ?? 0);
      continue;
    }
    if (pk.startsWith('ARTICLE#')) {
      if (sk === APPLIED_SK) guards.set(pk.slice('ARTICLE#'.length), AppliedVersionSchema.parse(plain));
      continue;
    }
    const counters: Record<string, D.Decimal> = {};
    for (const [name, value] of Object.entries(raw)) {
      if (value instanceof NumberValue) counters[name] = D.parse(value.value);
    }
    items.push({ key: { pk, sk }, counters });
  }
  return { items, guards, repairs };
}

/**
 * Repairs the Metrics table in transactions of at most 100 actions: the guards set to the state the stored
 * articles imply, then the counter differences (ADD), each guard conditioned on the state the comparison
 * saw (a change the stream applies meanwhile cancels the repair, which is then recomputed), and every
 * transaction conditioned on the RECONCILE item's count of repairs (two reconcile runs never both apply
 * the same difference). Returns false when a condition failed: nothing of that transaction was applied.
 */
export async function repairMetrics(
  doc: DynamoDBDocumentClient,
  table: string,
  input: { readonly counterDiffs: readonly Contribution[]; readonly guards: readonly GuardFinding[] },
  observedRepairs: number,
): Promise<{ ok: boolean; transactions: number }> {
  type Action = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
  const counters = input.counterDiffs.map((item): Action => ({
    Update: {
      TableName: table,
      Key: item.key,
      UpdateExpression: `ADD ${Object.keys(item.counters)
        .map((_, i) => `#c${i} :c${i}`)
        .join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(Object.keys(item.counters).map((n, i) => [`#c${i}`, n])),
      ExpressionAttributeValues: Object.fromEntries(
        Object.values(item.counters).map((v, i) => [`:c${i}`, NumberValue.from(D.toString(v))]),
      ),
    },
  }));
  const guards = input.guards.flatMap((guard): Action[] =>
    guard.expected
      ? [
          {
            Update: {
              TableName: table,
              Key: appliedVersionKey(guard.articleId),
              UpdateExpression: 'SET #v = :v, #p = :p',
              ExpressionAttributeNames: { '#v': 'version', '#p': 'present' },
              ...(guard.actual
                ? {
                    ConditionExpression: '#v = :av AND #p = :ap',
                    ExpressionAttributeValues: {
                      ':v': guard.expected.version,
                      ':p': guard.expected.present,
                      ':av': guard.actual.version,
                      ':ap': guard.actual.present,
                    },
                  }
                : {
                    ConditionExpression: 'attribute_not_exists(#v)',
                    ExpressionAttributeValues: {
                      ':v': guard.expected.version,
                      ':p': guard.expected.present,
                    },
                  }),
            },
          },
        ]
      : [],
  );
  // Guards first: when the repair takes more than one transaction, an article's guard has moved before
  // any of its counters are added, so a record of it the stream delivers in between is a duplicate (or
  // cancels the repair) instead of being counted by both.
  const actions = [...guards, ...counters];
  let repairs = observedRepairs;
  let transactions = 0;
  for (let i = 0; i < actions.length; i += 99) {
    const marker: Action = {
      Update: {
        TableName: table,
        Key: RECONCILE_KEY,
        UpdateExpression: 'SET #r = :next',
        ConditionExpression: repairs === 0 ? 'attribute_not_exists(#r) OR #r = :seen' : '#r = :seen',
        ExpressionAttributeNames: { '#r': 'repairs' },
        ExpressionAttributeValues: { ':next': repairs + 1, ':seen': repairs },
      },
    };
    try {
      await doc.send(new TransactWriteCommand({ TransactItems: [marker, ...actions.slice(i, i + 99)] }));
    } catch (error) {
      if (error instanceof TransactionCanceledException) return { ok: false, transactions };
      throw error;
    }
    repairs += 1;
    transactions += 1;
  }
  return { ok: true, transactions };
}
