import type {
  AttributeDefinition,
  CreateTableCommandInput,
  GlobalSecondaryIndex,
  KeySchemaElement,
  UpdateTimeToLiveCommandInput,
} from '@aws-sdk/client-dynamodb';
import { TABLES } from '../../lambdas/shared/wiring.js';
import type { KeyAttribute, TableDefinition, TableKey } from '../../lambdas/shared/wiring.js';

/** Table keys in declaration order, typed. */
export const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

/** Local table names: the wiring id, optionally prefixed (e.g. per test run). */
export function localTableNames(prefix = ''): Record<TableKey, string> {
  return Object.fromEntries(TABLE_KEYS.map((key) => [key, `${prefix}${TABLES[key].id}`])) as Record<
    TableKey,
    string
  >;
}

function keySchema(partitionKey: KeyAttribute, sortKey?: KeyAttribute): KeySchemaElement[] {
  const schema: KeySchemaElement[] = [{ AttributeName: partitionKey.name, KeyType: 'HASH' }];
  if (sortKey) schema.push({ AttributeName: sortKey.name, KeyType: 'RANGE' });
  return schema;
}

/** Every attribute used by the table key or an index key, once, in first-seen order. */
function attributeDefinitions(table: TableDefinition): AttributeDefinition[] {
  const keys: KeyAttribute[] = [table.partitionKey];
  if (table.sortKey) keys.push(table.sortKey);
  for (const index of table.globalSecondaryIndexes) {
    keys.push(index.partitionKey);
    if (index.sortKey) keys.push(index.sortKey);
  }
  const seen = new Map<string, AttributeDefinition>();
  for (const key of keys) {
    if (!seen.has(key.name)) seen.set(key.name, { AttributeName: key.name, AttributeType: key.type });
  }
  return [...seen.values()];
}

function createTableInput(table: TableDefinition, tableName: string): CreateTableCommandInput {
  const input: CreateTableCommandInput = {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    AttributeDefinitions: attributeDefinitions(table),
  };
  if (table.globalSecondaryIndexes.length > 0) {
    input.GlobalSecondaryIndexes = table.globalSecondaryIndexes.map((index): GlobalSecondaryIndex => ({
      IndexName: index.indexName,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: index.projection },
    }));
  }
  if (table.stream) {
    input.StreamSpecification = { StreamEnabled: true, StreamViewType: table.stream };
  }
  return input;
}

/**
 * The CreateTable requests for every table in the wiring, in TABLES order. Pure: the embedded stack sends
 * them, and the CDK drift test compares the synthesized template against them.
 */
export function tableCreateInputs(names: Record<TableKey, string>): CreateTableCommandInput[] {
  return TABLE_KEYS.map((key) => createTableInput(TABLES[key], names[key]));
}

/** UpdateTimeToLive requests for tables that expire items (TTL is not part of CreateTable). */
export function timeToLiveInputs(names: Record<TableKey, string>): UpdateTimeToLiveCommandInput[] {
  return TABLE_KEYS.flatMap((key) => {
    const table: TableDefinition = TABLES[key];
    return table.timeToLiveAttribute
      ? [
          {
            TableName: names[key],
            TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
          },
        ]
      : [];
  });
}
