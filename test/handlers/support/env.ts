import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECRETS, TABLES, type SecretKey, type TableKey } from '../../../lambdas/shared/wiring.js';
import { localSecretFiles } from '../../../local/data-dir.js';

/** Points the SDK and the handlers' config at local engines, as the embedded stack does for Lambda. */
export function useLocalEnv(options: {
  dynamodb: string;
  s3?: string;
  tables: Record<TableKey, string>;
  /** The engines' key pair (startEngines checks signatures); any pair for a bare DynamoDB Local. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}): void {
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = options.credentials?.accessKeyId ?? 'TESTKEY';
  process.env.AWS_SECRET_ACCESS_KEY = options.credentials?.secretAccessKey ?? 'TESTSECRET';
  process.env.AWS_ENDPOINT_URL_DYNAMODB = options.dynamodb;
  if (options.s3) process.env.AWS_ENDPOINT_URL_S3 = options.s3;
  process.env.S3_FORCE_PATH_STYLE = 'true';
  process.env.AWS_REQUEST_CHECKSUM_CALCULATION = 'WHEN_REQUIRED';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  for (const key of Object.keys(TABLES) as TableKey[]) process.env[TABLES[key].envVar] = options.tables[key];
  // The per-deployment secrets as the embedded stack keeps them: one private file each (600, in a 700 dir).
  const dir = mkdtempSync(join(tmpdir(), 'provincewire-handler-secrets-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const files = localSecretFiles(dir);
  for (const key of Object.keys(SECRETS) as SecretKey[]) process.env[SECRETS[key].fileEnvVar] = files[key];
}
