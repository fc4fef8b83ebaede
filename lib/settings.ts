import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { z } from 'zod';
import { DEFAULT_KEY_SUFFIX, DEFAULT_MAX_OBJECT_BYTES } from '../lambdas/shared/wiring.js';

/** Context keys are namespaced so they never collide with CDK feature flags in cdk.json. */
export const CONTEXT_PREFIX = 'provincewire:';

/** Context arrives as JSON from cdk.json but as strings from `-c key=value`: accept both. */
const flag = z.union([z.boolean(), z.stringbool()]);
const positiveInt = z.coerce.number().int().positive();
const retentionDays = z.coerce
  .number()
  .int()
  .refine((days) => (Object.values(RetentionDays) as unknown[]).includes(days), {
    message:
      'must be a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ...)',
  });
/** `none` (or null) means no reserved concurrency: a new account's limit of 10 cannot spare any. */
const optionalConcurrency = z
  .union([z.literal('none'), z.null(), positiveInt])
  .optional()
  .transform((value) => (value === 'none' || value === null ? undefined : value));

export const StackSettingsSchema = z.object({
  /** `localstack` switches the few things LocalStack needs differently (path-style S3, API URL form). */
  target: z.enum(['aws', 'localstack']).default('aws'),
  /** Base URL of the LocalStack edge port, used to build the ApiUrl output under LocalStack. */
  localstackEndpoint: z.url().default('http://localhost:4566'),
  keySuffix: z.string().min(1).default(DEFAULT_KEY_SUFFIX),
  /** Retain data in AWS by default; LocalStack and throwaway stacks pass `destroy`. */
  removalPolicy: z.enum(['retain', 'destroy']).default('retain'),
  parseReservedConcurrency: optionalConcurrency,
  logRetentionDays: retentionDays.default(RetentionDays.ONE_MONTH),
  logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
  tracing: flag.default(false),
  maxObjectBytes: positiveInt.default(DEFAULT_MAX_OBJECT_BYTES),
  apiRateLimit: positiveInt.default(20),
  apiBurstLimit: positiveInt.default(40),
  apiQuotaPerDay: positiveInt.default(50_000),
});

export type StackSettings = z.infer<typeof StackSettingsSchema>;
export type SettingKey = keyof z.input<typeof StackSettingsSchema>;
export const SETTING_KEYS = Object.keys(StackSettingsSchema.shape) as SettingKey[];

export type SettingsResult = { ok: true; settings: StackSettings } | { ok: false; error: string };

/**
 * Reads every `provincewire:*` context value through `read` (e.g. `key => app.node.tryGetContext(key)`)
 * and validates them. Pure apart from `read`; returns an error message naming the bad key instead of throwing.
 */
export function settingsFromContext(read: (key: string) => unknown): SettingsResult {
  const raw: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = read(`${CONTEXT_PREFIX}${key}`);
    if (value !== undefined) raw[key] = value;
  }
  const parsed = StackSettingsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const problems = parsed.error.issues.map(
    (issue) => `${CONTEXT_PREFIX}${issue.path.join('.')}: ${issue.message}`,
  );
  return { ok: false, error: `invalid CDK context: ${problems.join('; ')}` };
}
