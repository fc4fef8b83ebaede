/**
 * A real DynamoDB Local for handler tests, launched and guarded as the engine host does it (its own run
 * directory for Java's temp files, removed on stop; the signature-checking gate in front), tables created
 * from the wiring (local/engines/tables.ts), stopped by the test's afterAll.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startDynamoDbGate } from '../../../local/engines/dynamodb-gate.js';
import { launchDynamoDbLocal } from '../../../local/engines/dynamodb-local.js';
import { randomCredentials } from '../../../local/security/secrets.js';
import { localTableNames, tableCreateInputs } from '../../../local/engines/tables.js';
import type { TableKey } from '../../../lambdas/shared/wiring.js';

export interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly tables: Record<TableKey, string>;
  /** The pair the gate checks signatures with. */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  stop(): Promise<void>;
}

export async function startDynamo(): Promise<LocalDynamo> {
  const runDir = mkdtempSync(join(tmpdir(), 'provincewire-ddb-'));
  const dynamodb = await launchDynamoDbLocal({ dbDir: null, runDir });
  const child = dynamodb.child;
  child.stdout?.resume();
  child.stderr?.resume();
  await dynamodb.waitUntilReady(60_000);
  const credentials = randomCredentials();
  const gate = await startDynamoDbGate({ upstream: dynamodb.upstream, credentials, region: 'us-east-1' });
  const endpoint = `http://127.0.0.1:${gate.port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials });
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
    credentials,
    stop: async () => {
      client.destroy();
      await gate.close();
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
      dynamodb.cleanup();
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
