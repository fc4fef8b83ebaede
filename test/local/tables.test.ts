import { describe, expect, it } from 'vitest';
import { TABLES } from '../../lambdas/shared/wiring.js';
import { localTableNames, tableCreateInputs, timeToLiveInputs } from '../../local/engines/tables.js';

describe('Function: tableCreateInputs', () => {
  const names = localTableNames('t-');
  const inputs = tableCreateInputs(names);
  const byName = (name: string) => inputs.find((input) => input.TableName === name);

  it('creates one table per wiring entry, named from the given names', () => {
    // Assess
    expect(inputs.map((input) => input.TableName)).toEqual([
      't-Articles',
      't-Metrics',
      't-Ingestions',
      't-Stories',
    ]);
  });

  it.each([
    ['t-Articles', [{ AttributeName: 'id', KeyType: 'HASH' }]],
    [
      't-Metrics',
      [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    ],
    ['t-Ingestions', [{ AttributeName: 'objectId', KeyType: 'HASH' }]],
    [
      't-Stories',
      [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    ],
  ])('gives %s the key schema %j', (name, keySchema) => {
    expect(byName(name)?.KeySchema).toEqual(keySchema);
  });

  it('defines each key attribute exactly once, including index keys', () => {
    // Act
    const definitions = byName('t-Articles')?.AttributeDefinitions ?? [];
    // Assess
    expect(definitions).toEqual([
      { AttributeName: 'id', AttributeType: 'S' },
      { AttributeName: 'primaryProvinceSlug', AttributeType: 'S' },
      { AttributeName: 'ingestedAt', AttributeType: 'S' },
      { AttributeName: 'language', AttributeType: 'S' },
      { AttributeName: 'bucket', AttributeType: 'S' },
    ]);
  });

  it('enables the stream only where the wiring asks for it', () => {
    expect(byName('t-Articles')?.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(byName('t-Metrics')?.StreamSpecification).toBeUndefined();
  });

  it('projects every index as the wiring says', () => {
    const indexes = byName('t-Ingestions')?.GlobalSecondaryIndexes ?? [];
    expect(indexes).toEqual([
      {
        IndexName: TABLES.ingestions.globalSecondaryIndexes[0].indexName,
        KeySchema: [
          { AttributeName: 'status', KeyType: 'HASH' },
          { AttributeName: 'updatedAt', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
    expect(byName('t-Metrics')?.GlobalSecondaryIndexes).toBeUndefined();
  });
});

describe('Function: timeToLiveInputs', () => {
  it('enables TTL only on tables with an expiry attribute', () => {
    // Act
    const inputs = timeToLiveInputs(localTableNames());
    // Assess
    expect(inputs).toEqual([
      { TableName: 'Metrics', TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true } },
    ]);
  });
});
