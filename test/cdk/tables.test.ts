import { describe, expect, it } from 'vitest';
import { TABLES } from '../../lambdas/shared/wiring.js';
import type { TableKey } from '../../lambdas/shared/wiring.js';
import { logicalIdOf, synthesize } from './synth.js';

const { stack, template } = synthesize();
const KEYS = Object.keys(TABLES) as TableKey[];
const tableOf = (key: TableKey): { Properties: Record<string, unknown>; DeletionPolicy: string } =>
  template.toJSON().Resources[logicalIdOf(stack, stack.tables.tables[key])];

describe('Construct: PipelineTables', () => {
  it('creates exactly one table per wiring entry', () => {
    // Assess
    template.resourceCountIs('AWS::DynamoDB::Table', KEYS.length);
  });

  it.each(KEYS)('bills %s on demand, with point-in-time recovery and KMS encryption', (key) => {
    // Act
    const { Properties } = tableOf(key);

    // Assess
    expect(Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      // SSEEnabled without a key: KMS with the AWS managed key (aws/dynamodb).
      SSESpecification: { SSEEnabled: true },
    });
  });

  it.each(KEYS)('keys %s as the wiring says', (key) => {
    // Prepare
    const { partitionKey, sortKey } = TABLES[key] as {
      partitionKey: { name: string };
      sortKey?: { name: string };
    };
    const expected = [{ AttributeName: partitionKey.name, KeyType: 'HASH' }];
    if (sortKey) expected.push({ AttributeName: sortKey.name, KeyType: 'RANGE' });

    // Act / Assess
    expect(tableOf(key).Properties.KeySchema).toEqual(expected);
  });

  it.each(KEYS)('declares the wiring GSIs of %s with their projection', (key) => {
    // Prepare
    const expected = TABLES[key].globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: index.projection },
    }));

    // Act
    const indexes = tableOf(key).Properties.GlobalSecondaryIndexes;

    // Assess
    expect(indexes ?? []).toEqual(expected);
  });

  it.each([
    ['articles', { StreamViewType: 'NEW_AND_OLD_IMAGES' }],
    ['metrics', undefined],
    ['ingestions', undefined],
  ] as const)('streams %s as %j', (key, expected) => {
    // Assess
    expect(tableOf(key).Properties.StreamSpecification).toEqual(expected);
  });

  it.each([
    ['articles', undefined],
    ['metrics', { AttributeName: 'expiresAt', Enabled: true }],
    ['ingestions', undefined],
  ] as const)('expires items of %s with %j', (key, expected) => {
    // Assess
    expect(tableOf(key).Properties.TimeToLiveSpecification).toEqual(expected);
  });

  it.each(KEYS)('retains %s when the stack is deleted (default removal policy)', (key) => {
    // Assess
    expect(tableOf(key).DeletionPolicy).toBe('Retain');
  });
});
