/**
 * Applies one article change to the Metrics table exactly once, with TransactWriteItems: the counters'
 * ADDs commit together with the guard update whose condition proves the change has not been applied yet.
 *
 * A change touching more items than one transaction holds is split, deterministically, into chunks. Chunks
 * 1..n-1 each carry their own guard (state < target → target) and go first; chunk 0 carries the article's
 * guard (state == source → target) and goes last, so the article's guard only moves once every chunk is in.
 * A retry after a partial failure re-sends every chunk; the ones already in fail their guard and are skipped.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { NumberValue, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readAppliedVersion } from '../shared/applied.js';
import { toString as decimalString } from '../shared/decimal.js';
import { OutOfOrderError } from '../shared/errors.js';
import { appliedVersionKey, chunkGuardKey, type MetricsKey } from '../shared/records.js';
import { delta, type Contribution, type ContributingArticle } from './contributions.js';
import { stateOrder, transitionOf, verdict, type Transition } from './guard.js';

/** DynamoDB's limit on actions per TransactWriteItems. */
export const MAX_TRANSACTION_ITEMS = 100;

export interface Change {
  readonly articleId: string;
  readonly oldArticle: ContributingArticle | undefined;
  readonly newArticle: ContributingArticle | undefined;
}

export interface ApplyOptions {
  readonly maxTransactionItems?: number;
}

export type ApplyOutcome = { status: 'applied'; items: number; chunks: number } | { status: 'duplicate' };

export async function applyChange(
  doc: DynamoDBDocumentClient,
  table: string,
  change: Change,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const transition = transitionOf(change.oldArticle?.version, change.newArticle?.version);
  const current = await readAppliedVersion(doc, table, change.articleId);
  const first = verdict(current, transition);
  if (first === 'duplicate') return { status: 'duplicate' };
  if (first === 'early') throw early(change.articleId, current, transition);

  const items = delta(change.oldArticle, change.newArticle);
  const chunks = chunk(items, (options.maxTransactionItems ?? MAX_TRANSACTION_ITEMS) - 1);
  for (let n = chunks.length - 1; n >= 1; n--) {
    await transact(doc, table, change.articleId, transition, n, chunks[n]!);
  }
  const committed = await transact(doc, table, change.articleId, transition, 0, chunks[0] ?? []);
  if (!committed) {
    // Someone else moved the guard between our read and our write: a concurrent duplicate, or a gap.
    const now = await readAppliedVersion(doc, table, change.articleId);
    if (verdict(now, transition) === 'duplicate') return { status: 'duplicate' };
    throw early(change.articleId, now, transition);
  }
  return { status: 'applied', items: items.length, chunks: Math.max(chunks.length, 1) };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('chunk size must be positive');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Returns false when the guard's condition failed (the chunk is already in, or the guard moved). */
async function transact(
  doc: DynamoDBDocumentClient,
  table: string,
  articleId: string,
  t: Transition,
  n: number,
  items: readonly Contribution[],
): Promise<boolean> {
  const guard = n === 0 ? articleGuard(table, articleId, t) : chunkGuard(table, articleId, t, n);
  try {
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [{ Update: guard }, ...items.map((item) => ({ Update: counterUpdate(table, item) }))],
      }),
    );
    return true;
  } catch (error) {
    if (guardConditionFailed(error)) return false;
    throw error;
  }
}

function articleGuard(table: string, articleId: string, t: Transition) {
  const values: Record<string, unknown> = { ':v': t.to.version, ':p': t.to.present };
  let condition: string;
  if (t.from === undefined) {
    condition = 'attribute_not_exists(#v) OR (#p = :false AND #v < :v)';
    values[':false'] = false;
  } else {
    condition = '#p = :true AND #v = :from';
    values[':true'] = true;
    values[':from'] = t.from.version;
  }
  return {
    TableName: table,
    Key: appliedVersionKey(articleId),
    UpdateExpression: 'SET #v = :v, #p = :p',
    ConditionExpression: condition,
    ExpressionAttributeNames: { '#v': 'version', '#p': 'present' },
    ExpressionAttributeValues: values,
  };
}

function chunkGuard(table: string, articleId: string, t: Transition, n: number) {
  return {
    TableName: table,
    Key: chunkGuardKey(articleId, n),
    UpdateExpression: 'SET #s = :s',
    ConditionExpression: 'attribute_not_exists(#s) OR #s < :s',
    ExpressionAttributeNames: { '#s': 'state' },
    ExpressionAttributeValues: { ':s': stateOrder(t.to) },
  };
}

function counterUpdate(table: string, item: Contribution) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const adds = Object.entries(item.counters).map(([counter, value], i) => {
    names[`#c${i}`] = counter;
    values[`:c${i}`] = NumberValue.from(decimalString(value));
    return `#c${i} :c${i}`;
  });
  return {
    TableName: table,
    Key: item.key satisfies MetricsKey,
    UpdateExpression: `ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** The guard is always the first action, so its cancellation reason is the first one. */
function guardConditionFailed(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledException &&
    error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
  );
}

function early(articleId: string, current: unknown, t: Transition): OutOfOrderError {
  return new OutOfOrderError(
    `article ${articleId}: change to ${JSON.stringify(t.to)} expects ${JSON.stringify(t.from ?? 'nothing')} but the metrics reflect ${JSON.stringify(current ?? 'nothing')}; retry later`,
  );
}
