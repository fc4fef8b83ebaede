/**
 * The account, region, credentials and environment of the local engines: what the handlers (through the
 * standard AWS_* variables and the wiring's table variables), the SDKs and the aws CLI are given.
 */
import { DEFAULT_MAX_OBJECT_BYTES, ENV, SECRETS, TABLES } from '../../lambdas/shared/wiring.js';
import type { SecretKey, TableKey } from '../../lambdas/shared/wiring.js';
import type { LocalCredentials } from '../security/secrets.js';

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT_ID = '000000000000';
export const DEFAULT_BUCKET = 'provincewire-articles';

export function localEnvironment(input: {
  readonly endpoints: { readonly s3: string; readonly dynamodb: string };
  readonly tableNames: Record<TableKey, string>;
  /** The key pair both engines check signatures with (per data directory). */
  readonly credentials: LocalCredentials;
  readonly maxObjectBytes?: number;
  /** The upload bucket (the api function lists its articles). */
  readonly bucket: string;
  /** The local dashboard's origin, the only one the API answers CORS for. */
  readonly dashboardOrigin?: string;
  /** The files of the wiring's per-deployment secrets (data-dir.ts), named through their fileEnvVar. */
  readonly secretFiles: Readonly<Record<SecretKey, string>>;
}): Record<string, string> {
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_DEFAULT_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: input.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: input.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_S3: input.endpoints.s3,
    AWS_ENDPOINT_URL_DYNAMODB: input.endpoints.dynamodb,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: input.endpoints.dynamodb,
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    [ENV.s3ForcePathStyle]: 'true',
    [ENV.maxObjectBytes]: String(input.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES),
    [ENV.bucketName]: input.bucket,
    ...(input.dashboardOrigin ? { [ENV.dashboardOrigin]: input.dashboardOrigin } : {}),
    ...Object.fromEntries(
      (Object.keys(SECRETS) as SecretKey[]).map((key) => [SECRETS[key].fileEnvVar, input.secretFiles[key]]),
    ),
    ...Object.fromEntries(
      (Object.keys(TABLES) as TableKey[]).map((key) => [TABLES[key].envVar, input.tableNames[key]]),
    ),
  };
}

/**
 * Handlers run in this process and build their clients from process.env: the stack's environment goes
 * there, and a profile or session token (which would override it) is removed.
 */
export function applyHandlerEnvironment(env: Record<string, string>): void {
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  Object.assign(process.env, env);
  process.env[ENV.serviceName] ??= 'provincewire';
  process.env[ENV.logLevel] ??= 'WARN';
}
