/** Creates the wiring's tables in DynamoDB Local (idempotent: a persistent database keeps its tables). */
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TableKey } from '../../lambdas/shared/wiring.js';
import { tableCreateInputs, timeToLiveInputs } from './tables.js';

export async function createTables(client: DynamoDBClient, names: Record<TableKey, string>): Promise<void> {
  for (const input of tableCreateInputs(names)) {
    try {
      await client.send(new CreateTableCommand(input));
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  for (const input of timeToLiveInputs(names)) {
    // Already enabled on a persistent database: DynamoDB answers a ValidationException; nothing to do.
    await client.send(new UpdateTimeToLiveCommand(input)).catch(() => undefined);
  }
}

export async function latestStreamArn(client: DynamoDBClient, tableName: string): Promise<string> {
  const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = described.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${tableName} has no stream`);
  return streamArn;
}
