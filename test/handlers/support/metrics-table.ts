import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { contributions, type ContributingArticle } from '../../../lambdas/metrics/contributions.js';
import * as D from '../../../lambdas/shared/decimal.js';

export type CounterTable = Record<string, Record<string, string>>;

/** Every non-zero counter of the Metrics table ("pk|sk" → counter → exact decimal), guards excluded. */
export async function readCounters(client: DynamoDBClient, table: string): Promise<CounterTable> {
  const out: CounterTable = {};
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    for (const item of page.Items ?? []) {
      const pk = item.pk?.S ?? '';
      if (pk.startsWith('ARTICLE#')) continue;
      for (const [name, value] of Object.entries(item)) {
        if (value.N === undefined) continue;
        const n = D.parse(value.N);
        if (D.isZero(n)) continue;
        (out[`${pk}|${item.sk?.S}`] ??= {})[name] = D.toString(n);
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

/** What the Metrics table must hold when exactly these articles are present. */
export function expectedCounters(articles: readonly ContributingArticle[]): CounterTable {
  const sums = new Map<string, Record<string, D.Decimal>>();
  for (const a of articles) {
    for (const { key, counters } of contributions(a).values()) {
      const id = `${key.pk}|${key.sk}`;
      const acc = sums.get(id) ?? {};
      for (const [name, v] of Object.entries(counters)) acc[name] = D.add(acc[name] ?? D.ZERO, v);
      sums.set(id, acc);
    }
  }
  const out: CounterTable = {};
  for (const [id, counters] of sums) {
    for (const [name, v] of Object.entries(counters))
      if (!D.isZero(v)) (out[id] ??= {})[name] = D.toString(v);
  }
  return out;
}
