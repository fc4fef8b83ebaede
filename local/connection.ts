/**
 * Connection info of a running embedded stack, saved as JSON in its data directory so other CLIs
 * (npm run ingest, npm run query) can find the bucket, endpoints, API URL and key.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { privateDirectory, writePrivateFile } from './security/secrets.js';

export const DEFAULT_DATA_DIR = '.provincewire';
export const CONNECTION_FILE = 'connection.json';

export const StackConnectionSchema = z.object({
  bucket: z.string(),
  apiUrl: z.string().url(),
  apiKey: z.string(),
  region: z.string(),
  credentials: z.object({ accessKeyId: z.string(), secretAccessKey: z.string() }),
  endpoints: z.object({ s3: z.string().url(), dynamodb: z.string().url() }),
  tableNames: z.object({
    articles: z.string(),
    metrics: z.string(),
    ingestions: z.string(),
    stories: z.string(),
  }),
  /** Environment variables for the aws CLI and SDKs. */
  env: z.record(z.string(), z.string()),
  /** The stack's own process and its engines. */
  pids: z.object({ stack: z.number().int(), host: z.number().int(), java: z.number().int() }),
  startedAt: z.string(),
});
export type StackConnection = z.infer<typeof StackConnectionSchema>;

export type LoadResult = { ok: true; connection: StackConnection } | { ok: false; reason: string };

/** The embedded stack's own routes (dead letters, async invocations; local/admin.ts): /_local on the API's port. */
export const adminUrlOf = (apiUrl: string): string => `${new URL(apiUrl).origin}/_local`;

export function connectionPath(dataDir: string = DEFAULT_DATA_DIR): string {
  return join(resolve(dataDir), CONNECTION_FILE);
}

/** What a stack started in this process knows of itself: its connection but for this process and the time. */
export type StartedStack = Omit<StackConnection, 'pids' | 'startedAt'> & {
  readonly pids: Omit<StackConnection['pids'], 'stack'>;
};

/** The connection record of `stack`, started by this process at `startedAt`. */
export function connectionFor(stack: StartedStack, startedAt: Date = new Date()): StackConnection {
  return {
    bucket: stack.bucket,
    apiUrl: stack.apiUrl,
    apiKey: stack.apiKey,
    region: stack.region,
    credentials: { ...stack.credentials },
    endpoints: { ...stack.endpoints },
    tableNames: { ...stack.tableNames },
    env: { ...stack.env },
    pids: { stack: process.pid, ...stack.pids },
    startedAt: startedAt.toISOString(),
  };
}

export function saveConnection(dataDir: string, connection: StackConnection): string {
  const file = connectionPath(dataDir);
  // It holds the API key and the engines' credentials.
  privateDirectory(resolve(dataDir));
  writePrivateFile(file, `${JSON.stringify(connection, null, 2)}\n`);
  return file;
}

export function removeConnection(dataDir: string): void {
  rmSync(connectionPath(dataDir), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The running stack's connection, or why there is none (not started, stale file, bad file). */
export function loadConnection(dataDir: string = DEFAULT_DATA_DIR): LoadResult {
  const file = connectionPath(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, reason: `no running stack: ${file} not found (start one with \`npm start\`)` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${file} is not JSON` };
  }
  const parsed = StackConnectionSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, reason: `${file} is not a stack connection: ${parsed.error.message}` };
  if (!isAlive(parsed.data.pids.stack)) {
    return { ok: false, reason: `the stack in ${file} is no longer running (start one with \`npm start\`)` };
  }
  return { ok: true, connection: parsed.data };
}
