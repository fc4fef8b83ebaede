import { z } from 'zod';
import { ConfigError } from './errors.js';
import { DEFAULT_MAX_OBJECT_BYTES, ENV, TABLES, type TableKey } from './wiring.js';

export interface Config<K extends TableKey> {
  /** Physical table names, by wiring key. */
  readonly tables: Readonly<Record<K, string>>;
  readonly maxObjectBytes: number;
  readonly s3ForcePathStyle: boolean;
}

const MaxBytesSchema = z.coerce.number().int().positive().default(DEFAULT_MAX_OBJECT_BYTES);
const FlagSchema = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1');

/**
 * Reads the configuration a handler needs from the environment. A missing table variable is a ConfigError
 * naming the variable, so a mis-wired function fails on its first invocation with a clear message.
 */
export function readConfig<K extends TableKey>(
  tableKeys: readonly K[],
  env: NodeJS.ProcessEnv = process.env,
): Config<K> {
  const problems: string[] = [];
  const tables = {} as Record<K, string>;
  for (const key of tableKeys) {
    const name = TABLES[key].envVar;
    const value = env[name]?.trim();
    if (value) tables[key] = value;
    else problems.push(`${name} is not set (name of the ${TABLES[key].id} table)`);
  }
  const maxBytes = MaxBytesSchema.safeParse(emptyToUndefined(env[ENV.maxObjectBytes]));
  if (!maxBytes.success) problems.push(`${ENV.maxObjectBytes} must be a positive integer`);
  const pathStyle = FlagSchema.safeParse(emptyToUndefined(env[ENV.s3ForcePathStyle]?.toLowerCase()));
  if (!pathStyle.success) problems.push(`${ENV.s3ForcePathStyle} must be true or false`);
  if (problems.length > 0 || !maxBytes.success || !pathStyle.success) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return { tables, maxObjectBytes: maxBytes.data, s3ForcePathStyle: pathStyle.data };
}

/** Memoizes readConfig so the environment is read on first use (not at import, which tests and CDK do). */
export function lazyConfig<K extends TableKey>(tableKeys: readonly K[]): () => Config<K> {
  let cached: Config<K> | undefined;
  return () => (cached ??= readConfig(tableKeys));
}

function emptyToUndefined(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}
