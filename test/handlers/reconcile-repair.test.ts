/**
 * Reconcile's metrics repair against DynamoDB Local, racing the metrics function: a repair too large for one
 * transaction must never let a late stream record add an article's contribution that the repair adds too
 * (found by chaos seed 70: one --fix pass left counters wrong after a schedule with metrics failing).
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as MetricsModule from '../../lambdas/metrics/handler.js';
import { compareMetrics } from '../../lambdas/reconcile/metrics.js';
import { reconcileClients, repairMetrics, scanMetrics } from '../../lambdas/reconcile/store.js';
import { article, figure, ref } from '../domain/factories.js';
import { startDynamo, type LocalDynamo } from './support/dynamodb.js';
import { useLocalEnv } from './support/env.js';
import { lambdaContext } from './support/lambda-context.js';
import { streamEvent, streamRecord } from './support/stream-records.js';

let dynamo: LocalDynamo;
let metrics: typeof MetricsModule;

beforeAll(async () => {
  dynamo = await startDynamo();
  useLocalEnv({ dynamodb: dynamo.endpoint, tables: dynamo.tables, credentials: dynamo.credentials });
  metrics = await import('../../lambdas/metrics/handler.js');
});
afterAll(async () => dynamo?.stop());

describe('Function: repairMetrics', () => {
  it('never counts an article twice when its stream record lands between two transactions of one repair', async () => {
    // Prepare: 12 articles whose records never reached metrics (as after a dead-lettered batch): more
    // differences than one transaction holds.
    const articles = Array.from({ length: 12 }, (_, n) =>
      article({
        id: (n + 1).toString(16).padStart(32, '0'),
        language: `r${String.fromCharCode(97 + n)}`,
        primaryProvince: ref(`p${n}-province`, `q${n}-province`),
        figures: [figure({ value: n + 1 }), figure({ value: 2, unit: 'kg', topic: 'drugs' })],
      }),
    );
    const late = articles[0]!;
    const table = dynamo.tables.metrics;
    const { metrics: doc } = reconcileClients(dynamo.client);
    const seen = await scanMetrics(doc, table);
    const comparison = compareMetrics({ articles, items: seen.items, guards: seen.guards });
    // One article's record arrives (a retry) right after the repair's first transaction.
    let transactions = 0;
    const racing = {
      send: async (command: unknown) => {
        const n = command instanceof TransactWriteCommand ? ++transactions : 0;
        const out = await doc.send(command as never);
        if (n === 1)
          await metrics.handler(streamEvent(streamRecord(undefined, late)), lambdaContext('metrics'));
        return out;
      },
    } as unknown as DynamoDBDocumentClient;

    // Act
    const result = await repairMetrics(racing, table, comparison, seen.repairs);
    const after = await scanMetrics(doc, table);
    const again = compareMetrics({ articles, items: after.items, guards: after.guards });

    // Assess
    expect(comparison.counterDiffs.length + comparison.guards.length).toBeGreaterThan(99);
    expect(transactions).toBeGreaterThan(1);
    expect(again).toEqual({ counterDiffs: [], guards: [] });
    expect(result.ok).toBe(true);
  });
});
