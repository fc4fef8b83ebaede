import type { DynamoDBRecord, DynamoDBBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FullBatchFailureError } from '@aws-lambda-powertools/batch';
import type * as MetricsModule from '../../lambdas/metrics/handler.js';
import type { ContributingArticle } from '../../lambdas/metrics/contributions.js';
import { readAppliedVersion } from '../../lambdas/shared/applied.js';
import { createDocumentClient } from '../../lambdas/shared/aws.js';
import { article, figure, ref } from '../domain/factories.js';
import { startDynamo, type LocalDynamo } from './support/dynamodb.js';
import { useLocalEnv } from './support/env.js';
import { lambdaContext } from './support/lambda-context.js';
import { expectedCounters, readCounters } from './support/metrics-table.js';
import { streamEvent, streamRecord } from './support/stream-records.js';

let dynamo: LocalDynamo;
let counter = 0;
let metrics: typeof MetricsModule;

beforeAll(async () => {
  dynamo = await startDynamo();
  useLocalEnv({ dynamodb: dynamo.endpoint, tables: dynamo.tables, credentials: dynamo.credentials });
  // Imported once the environment is set, as Lambda would load it.
  metrics = await import('../../lambdas/metrics/handler.js');
});
afterAll(async () => dynamo?.stop());
beforeEach(() => {
  metrics.options.apply = {};
});

/** A fresh article id per test, so tests share the table without sharing articles. */
function freshArticle(overrides: Partial<ContributingArticle> = {}): ContributingArticle {
  counter++;
  const language = `x${String.fromCharCode(97 + counter)}`;
  return article({ id: counter.toString(16).padStart(32, '0'), language, ...overrides });
}

const deliver = (...records: DynamoDBRecord[]): Promise<DynamoDBBatchResponse> =>
  metrics.handler(streamEvent(...records), lambdaContext('metrics'));

/** Counters restricted to the keys some articles touch (tests run against a shared table). */
async function countersFor(...articles: ContributingArticle[]) {
  const all = await readCounters(dynamo.client, dynamo.tables.metrics);
  const keys = new Set(Object.keys(expectedCounters(articles)));
  return Object.fromEntries(Object.entries(all).filter(([k]) => keys.has(k)));
}

describe('Function: metrics handler', () => {
  it('applies an insert once however often it is delivered', async () => {
    // Prepare
    const a = freshArticle({
      primaryProvince: ref('unit-one', 'merged-one'),
      figures: [figure({ value: 94.72, unit: 'kg', topic: 'drugs' }), figure({ value: 3 })],
    });
    const insert = streamRecord(undefined, a);

    // Act
    const first = await deliver(insert);
    const again = await deliver(insert, insert);
    const concurrent = await Promise.all([deliver(insert), deliver(insert), deliver(insert)]);

    // Assess
    expect([first, again, ...concurrent].every((r) => r.batchItemFailures.length === 0)).toBe(true);
    expect(await countersFor(a)).toEqual(expectedCounters([a]));
    expect(
      await readAppliedVersion(createDocumentClient(dynamo.client), dynamo.tables.metrics, a.id),
    ).toEqual({
      version: 1,
      present: true,
    });
  });

  it('moves totals by exactly the difference on modify, and to zero on remove', async () => {
    // Prepare
    const v1 = freshArticle({
      primaryProvince: ref('unit-two', 'merged-two'),
      figures: [figure({ value: 0.1 }), figure({ value: 0.2 })],
    });
    const v2 = {
      ...v1,
      version: 2,
      figures: [figure({ value: 0.1 }), figure({ value: 0.2 }), figure({ value: 0.4 })],
    };
    await deliver(streamRecord(undefined, v1));

    // Act
    await deliver(streamRecord(v1, v2), streamRecord(v1, v2));
    const afterModify = await countersFor(v2);
    await deliver(streamRecord(v2, undefined));
    const afterRemove = await countersFor(v1, v2);

    // Assess
    expect(afterModify['PROVINCE#named#unit-two|TOPIC#crime#UNIT#person']).toEqual({
      sum: '0.7',
      figures: '3',
      articles: '1',
      stories: '1',
    });
    expect(afterModify['PROVINCE#2025#merged-two|TOTAL']).toEqual({
      figures: '3',
      articles: '1',
      stories: '1',
    });
    expect(afterRemove).toEqual({});
  });

  it('moves a re-dated article between months exactly, however often and in whatever order it arrives', async () => {
    // Prepare
    const v1 = freshArticle({
      primaryProvince: ref('unit-month', 'merged-month'),
      published: '2024-01-31',
      figures: [figure({ value: 1.5, unit: 'kg', topic: 'drugs' }), figure({ value: 2 })],
    });
    const v2 = { ...v1, version: 2, published: '2024-02-01' };
    const insert = streamRecord(undefined, v1);
    const redate = streamRecord(v1, v2);

    // Act: the re-date arrives first (fails, to be retried), then both, then both again
    await expect(deliver(redate)).rejects.toThrow(FullBatchFailureError);
    await deliver(insert, redate);
    await deliver(insert, redate);
    const after = await countersFor(v1, v2);

    // Assess
    expect(after).toEqual(expectedCounters([v2]));
    expect(after['PROVINCE#2025#merged-month|MONTH#2024-02#TOPIC#drugs#UNIT#kg']).toEqual({
      sum: '1.5',
      figures: '1',
      articles: '1',
      stories: '1',
    });
    expect(Object.keys(after).some((k) => k.includes('MONTH#2024-01'))).toBe(false);
  });

  it('reports an early change as failed and applies it once its predecessor is in', async () => {
    // Prepare
    const v1 = freshArticle({ primaryProvince: ref('unit-three'), figures: [figure({ value: 5 })] });
    const v2 = { ...v1, version: 2, figures: [figure({ value: 8 })] };
    const other = freshArticle({ primaryProvince: ref('unit-three') });
    const insert = streamRecord(undefined, v1);
    const modify = streamRecord(v1, v2);

    // Act
    const alone = deliver(modify);
    await expect(alone).rejects.toThrow(FullBatchFailureError);
    const partial = await deliver(streamRecord(undefined, other), modify);
    const inOrder = await deliver(insert, modify);

    // Assess
    expect(partial.batchItemFailures).toEqual([{ itemIdentifier: modify.dynamodb!.SequenceNumber }]);
    expect(inOrder.batchItemFailures).toEqual([]);
    expect(await countersFor(v2, other)).toEqual(expectedCounters([v2, other]));
  });

  it('counts a deleted and re-created article once, at its new version', async () => {
    // Prepare
    const v1 = freshArticle({ primaryProvince: ref('unit-four'), figures: [figure({ value: 2 })] });
    const v2 = { ...v1, version: 2, figures: [figure({ value: 6, unit: 'case' })] };

    // Act
    await deliver(streamRecord(undefined, v1), streamRecord(v1, undefined), streamRecord(undefined, v2));
    await deliver(streamRecord(undefined, v1), streamRecord(v1, undefined));

    // Assess
    expect(await countersFor(v1, v2)).toEqual(expectedCounters([v2]));
  });

  it('stays exact when a change spans several transactions, even with concurrent duplicates', async () => {
    // Prepare
    metrics.options.apply = { maxTransactionItems: 4 };
    const provinces = ['p-one', 'p-two', 'p-three', 'p-four', 'p-five', 'p-six'];
    const v1 = freshArticle({
      primaryProvince: ref('p-one', 'p-merged'),
      figures: provinces.map((province, i) => figure({ value: i + 0.5, province })),
    });
    const v2 = {
      ...v1,
      version: 2,
      figures: provinces.slice(2).map((province) => figure({ value: 1.25, province, unit: 'vehicle' })),
    };
    const insert = streamRecord(undefined, v1);
    const modify = streamRecord(v1, v2);

    // Act
    await Promise.all([deliver(insert), deliver(insert), deliver(insert)]);
    const afterInsert = await countersFor(v1);
    await Promise.all([deliver(insert, modify), deliver(modify), deliver(insert, modify)]);

    // Assess
    expect(afterInsert).toEqual(expectedCounters([v1]));
    expect(await countersFor(v1, v2)).toEqual(expectedCounters([v2]));
  });
});
